import type { RollupFilter, RollupRow, ScorecardStore } from './ScorecardStore';

/**
 * Keeps every stored result's rollup columns in memory until the store's
 * version changes (a recompute on any replica), so an organisation-wide view
 * costs one cheap query instead of reading and parsing every row. Filtering
 * happens in memory; visibility is applied by the caller, per request.
 */
export class CachedRollupRows {
  private cached?: { version: string; rows: Promise<RollupRow[]> };
  private index?: { rows: RollupRow[]; byRef: Map<string, RollupRow> };

  constructor(private readonly store: ScorecardStore) {}

  /**
   * The stored row of one entity (refs as stringifyEntityRef writes them).
   * No visibility here: callers ask only for entities the caller has read.
   */
  async byRef(entityRef: string): Promise<RollupRow | undefined> {
    const { rows } = await this.listWithVersion();
    if (this.index?.rows !== rows) {
      this.index = { rows, byRef: new Map(rows.map(r => [r.entityRef, r])) };
    }
    return this.index.byRef.get(entityRef);
  }

  async list(filter: RollupFilter = {}): Promise<RollupRow[]> {
    return (await this.listWithVersion(filter)).rows;
  }

  /** The rows and the store version they belong to. */
  async listWithVersion(
    filter: RollupFilter = {},
  ): Promise<{ version: string; rows: RollupRow[] }> {
    const version = await this.store.getVersion();
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
