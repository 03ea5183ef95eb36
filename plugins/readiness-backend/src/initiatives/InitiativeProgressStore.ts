import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const TABLE = 'readiness_initiative_progress';

/** One day of one initiative's burn-up, over every stored result. */
export interface RecordedProgress {
  initiativeId: string;
  /** YYYY-MM-DD (UTC). */
  day: string;
  inScope: number;
  done: number;
}

type Row = { initiative_id: string; day: string; in_scope: number | string; done: number | string };

/**
 * The initiatives' burn-up points in the plugin's database, shared by every
 * replica. The table is created by the plugin's migrations, which
 * DatabaseScorecardStore.create runs.
 */
export class InitiativeProgressStore {
  static async create(options: { database: DatabaseService }): Promise<InitiativeProgressStore> {
    return new InitiativeProgressStore(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  /** Writes the day's points; a later recompute on the same day replaces them. */
  async record(points: RecordedProgress[], now: Date): Promise<void> {
    if (points.length === 0) return;
    await this.db(TABLE)
      .insert(
        points.map(p => ({
          initiative_id: p.initiativeId,
          day: p.day,
          in_scope: p.inScope,
          done: p.done,
          recorded_at: now,
        })),
      )
      .onConflict(['initiative_id', 'day'])
      .merge(['in_scope', 'done', 'recorded_at']);
  }

  /** Writes points for days that have none; a recorded day is kept. */
  async recordMissing(points: RecordedProgress[], now: Date): Promise<void> {
    if (points.length === 0) return;
    await this.db(TABLE)
      .insert(
        points.map(p => ({
          initiative_id: p.initiativeId,
          day: p.day,
          in_scope: p.inScope,
          done: p.done,
          recorded_at: now,
        })),
      )
      .onConflict(['initiative_id', 'day'])
      .ignore();
  }

  /** The points of the given initiatives, by initiative, oldest first. */
  async list(initiativeIds: string[]): Promise<Map<string, RecordedProgress[]>> {
    const byInitiative = new Map<string, RecordedProgress[]>(initiativeIds.map(id => [id, []]));
    if (initiativeIds.length === 0) return byInitiative;
    const rows: Row[] = await this.db(TABLE)
      .whereIn('initiative_id', initiativeIds)
      .orderBy([{ column: 'initiative_id' }, { column: 'day' }])
      .select('initiative_id', 'day', 'in_scope', 'done');
    for (const row of rows) {
      byInitiative.get(row.initiative_id)?.push({
        initiativeId: row.initiative_id,
        day: row.day,
        inScope: Number(row.in_scope),
        done: Number(row.done),
      });
    }
    return byInitiative;
  }

  /** Removes points of days before `day` (YYYY-MM-DD). */
  async pruneBefore(day: string): Promise<number> {
    return this.db(TABLE).where('day', '<', day).delete();
  }
}
