import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { KeyedMemo } from '../lib/KeyedMemo';
import { checkIdsOfLayoutKey, layoutKeyOf } from './compactResult';

const LAYOUTS_TABLE = 'readiness_check_layouts';

type LayoutRow = { id: number | string; check_ids: string };

const NONE: readonly string[] = Object.freeze([]);
/** Far more rubric versions than a deployment sees; past it, old ones are read again. */
const MAX_LAYOUTS = 1000;

/**
 * The check-id lists stored results were written with, by id. The table
 * holds one row per rubric version, so it is kept in memory, and read again
 * when a row names a layout this instance has not seen (another replica
 * created it). Check-id lists are shared arrays: one per layout. Rows never
 * change, so neither memo has a time bound.
 */
export class CheckLayouts {
  private readonly idByKey = new KeyedMemo<string, number>({
    name: 'check layout ids',
    maxEntries: MAX_LAYOUTS,
  });
  private readonly checkIdsById = new KeyedMemo<number, readonly string[]>({
    name: 'check layouts',
    maxEntries: MAX_LAYOUTS,
  });

  constructor(private readonly db: Knex) {}

  /**
   * The id of the layout of these check ids, created when missing. Insert
   * then select, so replicas writing at once agree. Not part of a caller's
   * transaction: a rolled-back write must not leave an id in memory that
   * the table does not have.
   */
  async idOf(checkIds: readonly string[]): Promise<number> {
    const key = layoutKeyOf(checkIds);
    const known = this.idByKey.get(key);
    if (known !== undefined) return known;
    const digest = createHash('sha256').update(key).digest('hex');
    await this.db(LAYOUTS_TABLE)
      .insert({
        check_ids: key,
        check_ids_sha256: digest,
        created_at: new Date(),
      })
      .onConflict('check_ids_sha256')
      .ignore();
    const row: LayoutRow = await this.db(LAYOUTS_TABLE)
      .where('check_ids_sha256', digest)
      .first('id', 'check_ids');
    this.remember(row);
    return Number(row.id);
  }

  /**
   * A lookup of check ids by layout id covering every id given (the table is
   * read again when one is unknown). A row without a layout, or one whose
   * layout is gone, has no checks.
   */
  async resolver(
    ids: Iterable<number | string | null>,
  ): Promise<(id: number | string | null) => readonly string[]> {
    // The lookup keeps what it resolved: an eviction afterwards cannot
    // take a layout from under it.
    const found = new Map<number, readonly string[]>();
    const missing: number[] = [];
    for (const id of ids) {
      if (id === null) continue;
      const key = Number(id);
      const checkIds = this.checkIdsById.get(key);
      if (checkIds) found.set(key, checkIds);
      else missing.push(key);
    }
    if (missing.length > 0) {
      const rows: LayoutRow[] = await this.db(LAYOUTS_TABLE).select(
        'id',
        'check_ids',
      );
      for (const row of rows) {
        const checkIds = this.remember(row);
        if (missing.includes(Number(row.id))) found.set(Number(row.id), checkIds);
      }
    }
    return id => (id === null ? NONE : found.get(Number(id)) ?? NONE);
  }

  private remember(row: LayoutRow): readonly string[] {
    const id = Number(row.id);
    this.idByKey.set(row.check_ids, id);
    return this.checkIdsById.getOrLoad(id, () =>
      Object.freeze(checkIdsOfLayoutKey(row.check_ids)),
    );
  }
}
