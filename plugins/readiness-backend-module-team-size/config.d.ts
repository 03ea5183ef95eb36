export interface Config {
  readiness?: {
    teamSize?: {
      /** Members the owning group needs for the team-size check. Default 2. */
      minMembers?: number;
    };
  };
}
