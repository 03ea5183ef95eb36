import { Entity } from '@backstage/catalog-model';

/**
 * Groups and users (an entity's owner group, its members, its operational
 * owner) as one principal saw them in the catalog, for a few seconds. Many
 * services share a team, so a burst of scorecard requests asks the catalog
 * for each team once instead of once per service. Entities the principal
 * could not see are remembered as absent, so they stay hidden.
 */
export class PeopleCache {
  private readonly byPrincipal = new Map<string, Map<string, Remembered>>();
  private size = 0;

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The fresh entries for these refs: an entity, or null when it was not visible. */
  get(principal: string, refs: string[]): Map<string, Entity | null> {
    const known = new Map<string, Entity | null>();
    const entries = this.byPrincipal.get(principal);
    if (!entries) return known;
    const now = this.now();
    for (const ref of refs) {
      const entry = entries.get(ref);
      if (entry && entry.expires > now) known.set(ref, entry.entity);
    }
    return known;
  }

  set(principal: string, found: Map<string, Entity | null>): void {
    if (this.size + found.size > this.maxEntries) {
      this.byPrincipal.clear();
      this.size = 0;
    }
    let entries = this.byPrincipal.get(principal);
    if (!entries) {
      entries = new Map();
      this.byPrincipal.set(principal, entries);
    }
    const expires = this.now() + this.ttlMs;
    for (const [ref, entity] of found) {
      if (!entries.has(ref)) this.size += 1;
      entries.set(ref, { entity, expires });
    }
  }
}

interface Remembered {
  entity: Entity | null;
  expires: number;
}
