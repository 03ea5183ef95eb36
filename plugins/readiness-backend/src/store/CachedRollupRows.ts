import { KeyedMemo } from '../lib/KeyedMemo';
import type { RollupFilter, RollupRow, ScorecardStore } from './ScorecardStore';

/** Every stored row, and the same rows by entity ref (made on first use). */
interface StoredRows {
  rows: RollupRow[];
  byRef?: Map<string, RollupRow>;
}

/**
 * Keeps every stored result's rollup columns in memory until the store's
 * version changes (a recompute on any replica), so an organisation-wide view
 * costs one cheap query instead of reading and parsing every row. Filtering
 * happens in memory; visibility is applied by the caller, per request.
 *
 * One instance serves the whole plugin (wired in plugin.ts): the rollups
 * and the live scorecards read the same rows.
 */
export class CachedRollupRows {
  /** One entry, valid while the store version it was read at is current. */
  private readonly stored = new KeyedMemo<'all', Promise<StoredRows>>({
    name: 'stored rollup rows',
    maxEntries: 1,
  });

  constructor(private readonly store: ScorecardStore) {}

  /**
   * The stored row of one entity (refs as stringifyEntityRef writes them).
   * No visibility here: callers ask only for entities the caller has read.
   */
  async byRef(entityRef: string): Promise<RollupRow | undefined> {
    const stored = await this.read(await this.store.getVersion());
    stored.byRef ??= new Map(stored.rows.map(r => [r.entityRef, r]));
    return stored.byRef.get(entityRef);
  }

  async list(filter: RollupFilter = {}): Promise<RollupRow[]> {
    return (await this.listWithVersion(filter)).rows;
  }

  /** The rows and the store version they belong to. */
  async listWithVersion(
    filter: RollupFilter = {},
  ): Promise<{ version: string; rows: RollupRow[] }> {
    const version = await this.store.getVersion();
    const { rows } = await this.read(version);
    if (
      !filter.kind?.length &&
      !filter.type?.length &&
      !filter.lifecycle?.length
    ) {
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

  private read(version: string): Promise<StoredRows> {
    return this.stored.getOrLoad(
      'all',
      async () => ({ rows: await this.store.listRollupRows() }),
      version,
    );
  }
}

function matches(value: string | undefined, wanted?: string[]): boolean {
  if (!wanted?.length) return true;
  return value !== undefined && wanted.includes(value);
}
