export interface Config {
  /**
   * Demo only: keeps the example organisation's dated evidence at the same
   * distance from today as on the day it was written, so the demo shows the
   * same states on any date. Leave it out for your own catalog.
   */
  exampleOrg?: {
    /** The day the examples' dates were written for, YYYY-MM-DD. */
    datesWrittenOn: string;
    /** Folders (relative to the backend's working directory) whose files' annotation dates are moved. */
    directories: string[];
  };
}
