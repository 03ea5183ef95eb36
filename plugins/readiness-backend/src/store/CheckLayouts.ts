import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { checkIdsOfLayoutKey, layoutKeyOf } from './compactResult';

const LAYOUTS_TABLE = 'readiness_check_layouts';

type LayoutRow = { id: number | string; check_ids: string };

const NONE: readonly string[] = Object.freeze([]);

/**
 * The check-id lists stored results were written with, by id. The table
 * holds one row per rubric version, so it is kept in memory, and read again
 * when a row names a layout this instance has not seen (another replica
 * created it). Check-id lists are shared arrays: one per layout.
 */
export class CheckLayouts {
  private readonly idByKey = new Map<string, number>();
  private readonly checkIdsById = new Map<number, readonly string[]>();

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
    for (const id of ids) {
      if (id !== null && !this.checkIdsById.has(Number(id))) {
        await this.reload();
        break;
      }
    }
    return id =>
      id === null ? NONE : this.checkIdsById.get(Number(id)) ?? NONE;
  }

  private async reload(): Promise<void> {
    const rows: LayoutRow[] = await this.db(LAYOUTS_TABLE).select(
      'id',
      'check_ids',
    );
    rows.forEach(row => this.remember(row));
  }

  private remember(row: LayoutRow) {
    const id = Number(row.id);
    if (!this.checkIdsById.has(id)) {
      this.checkIdsById.set(
        id,
        Object.freeze(checkIdsOfLayoutKey(row.check_ids)),
      );
    }
    this.idByKey.set(row.check_ids, id);
  }
}
