import type { RollupFilter, RollupRow, ScorecardStore } from './ScorecardStore';

/**
 * Keeps every stored result's rollup columns in memory until the store's
 * version changes (a recompute on any replica), so an organisation-wide view
 * costs one cheap query instead of reading and parsing every row. Filtering
 * happens in memory; visibility is applied by the caller, per request.
 *
 * The version itself is asked for at most once per `versionTtlMs`: under
 * load, one aggregate query per request queued on the database pool. A
 * recompute on any replica shows within that time.
 */
export class CachedRollupRows {
  private cached?: { version: string; rows: Promise<RollupRow[]> };
  private version?: { expires: number; value: Promise<string> };

  constructor(
    private readonly store: ScorecardStore,
    private readonly versionTtlMs = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  private currentVersion(): Promise<string> {
    if (this.version && this.version.expires > this.now()) {
      return this.version.value;
    }
    const value = this.store.getVersion();
    const entry = { expires: this.now() + this.versionTtlMs, value };
    this.version = entry;
    // A failed read must not stay cached.
    value.catch(() => {
      if (this.version === entry) this.version = undefined;
    });
    return value;
  }

  async list(filter: RollupFilter = {}): Promise<RollupRow[]> {
    return (await this.listWithVersion(filter)).rows;
  }

  /** The rows and the store version they belong to. */
  async listWithVersion(
    filter: RollupFilter = {},
  ): Promise<{ version: string; rows: RollupRow[] }> {
    const version = await this.currentVersion();
    if (!this.cached || this.cached.version !== version) {
      const rows = this.store.listRollupRows();
      this.cached = { version, rows };
      // A failed read must not stay cached.
      rows.catch(() => {
        if (this.cached?.rows === rows) this.cached = undefined;
      });
    }
    const rows = await this.cached.rows;
    if (!filter.kind?.length && !filter.type?.length && !filter.lifecycle?.length) {
      return { version, rows };
    }
    return {
      version,
      rows: rows.filter(
        row =>
          matches(row.kind, filter.kind) &&
          matches(row.type, filter.type) &&
          matches(row.lifecycle, filter.lifecycle),
      ),
    };
  }
}

function matches(value: string | undefined, wanted?: string[]): boolean {
  if (!wanted?.length) return true;
  return value !== undefined && wanted.includes(value);
}
