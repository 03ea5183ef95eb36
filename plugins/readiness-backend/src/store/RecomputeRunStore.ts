import { DatabaseService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import os from 'node:os';

const TABLE = 'readiness_recompute_runs';
const MAX_ERROR_LENGTH = 1000;
const KEEP_RUNS_DAYS = 30;
const INTERRUPTED =
  'Interrupted: the backend stopped or lost its database before the run ended';

export type RecomputeRunOutcome = 'running' | 'succeeded' | 'failed';

/** One recompute run as recorded. */
export interface RecomputeRun {
  id: number;
  /** The backend instance that ran it. */
  runner: string;
  startedAt: Date;
  finishedAt?: Date;
  status: RecomputeRunOutcome;
  error?: string;
  /** The counts a finished run reported (scored, created, deleted, ...). */
  summary?: Record<string, number>;
}

/** Whether the stored results are current, for API responses. */
export interface RecomputeStatus {
  /** A run has started and not recorded its end yet. */
  running: boolean;
  lastStartedAt?: Date;
  lastSucceededAt?: Date;
  lastFailedAt?: Date;
  /** Why the last failed run failed. */
  lastError?: string;
  /**
   * True when the last finished run failed, or when the last success is
   * older than `staleAfterMs`. False before any run has finished.
   */
  stale: boolean;
  staleReason?: 'last-run-failed' | 'no-recent-success';
}

type RunRow = {
  id: number | string;
  runner: string;
  started_at: Date | string | number;
  finished_at: Date | string | number | null;
  status: RecomputeRunOutcome;
  error: string | null;
  summary: string | null;
};

/**
 * Recompute runs in the plugin's database, shared by every replica. The
 * table is created by the plugin's migrations (DatabaseScorecardStore.create
 * runs them). Runs are serialised by the scheduler's lock, so a run that is
 * still marked running when the next one starts was cut off: start() closes
 * it as failed.
 */
export class RecomputeRunStore {
  static async create(options: {
    database: DatabaseService;
    /** Age of the last success after which results count as stale; none: never by age. */
    staleAfterMs?: number;
    clock?: () => Date;
    /** Names this backend instance in the runs it records. */
    runner?: string;
  }): Promise<RecomputeRunStore> {
    return new RecomputeRunStore(
      await options.database.getClient(),
      options.staleAfterMs,
      options.clock ?? (() => new Date()),
      options.runner ??
        `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    );
  }

  private constructor(
    private readonly db: Knex,
    private readonly staleAfterMs: number | undefined,
    private readonly clock: () => Date,
    readonly runner: string,
  ) {}

  /** Records a run as started; returns its id. */
  async start(): Promise<number> {
    const now = this.clock();
    return this.db.transaction(async trx => {
      await trx(TABLE)
        .where({ status: 'running' })
        .update({ status: 'failed', finished_at: now, error: INTERRUPTED });
      await trx(TABLE)
        .where(
          'started_at',
          '<',
          new Date(now.getTime() - KEEP_RUNS_DAYS * 86_400_000),
        )
        .delete();
      const [row] = await trx(TABLE)
        .insert({ runner: this.runner, started_at: now, status: 'running' })
        .returning('id');
      return Number(typeof row === 'object' ? row.id : row);
    });
  }

  async succeed(id: number, summary: object): Promise<void> {
    await this.db(TABLE)
      .where({ id })
      .update({
        status: 'succeeded',
        finished_at: this.clock(),
        error: null,
        summary: JSON.stringify(summary),
      });
  }

  async fail(id: number, error: unknown): Promise<void> {
    await this.db(TABLE)
      .where({ id })
      .update({
        status: 'failed',
        finished_at: this.clock(),
        error: stringifyError(error).slice(0, MAX_ERROR_LENGTH),
      });
  }

  async getStatus(): Promise<RecomputeStatus> {
    const rows: Array<{
      status: RecomputeRunOutcome;
      last_started: Date | string | number | null;
      last_finished: Date | string | number | null;
    }> = await this.db(TABLE)
      .select('status')
      .max('started_at as last_started')
      .max('finished_at as last_finished')
      .groupBy('status');
    const of = (status: RecomputeRunOutcome) =>
      rows.find(r => r.status === status);
    const lastStartedAt = latest(rows.map(r => toDate(r.last_started)));
    const lastSucceededAt = toDate(of('succeeded')?.last_finished);
    const lastFailedAt = toDate(of('failed')?.last_finished);
    const lastError = lastFailedAt
      ? (
          (await this.db(TABLE)
            .where({ status: 'failed' })
            .orderBy([
              { column: 'finished_at', order: 'desc' },
              { column: 'id', order: 'desc' },
            ])
            .first('error')) as { error: string | null } | undefined
        )?.error ?? undefined
      : undefined;

    let staleReason: RecomputeStatus['staleReason'];
    if (lastFailedAt && (!lastSucceededAt || lastFailedAt > lastSucceededAt)) {
      staleReason = 'last-run-failed';
    } else if (
      lastSucceededAt &&
      this.staleAfterMs !== undefined &&
      this.clock().getTime() - lastSucceededAt.getTime() > this.staleAfterMs
    ) {
      staleReason = 'no-recent-success';
    }
    return {
      running: !!of('running'),
      lastStartedAt,
      lastSucceededAt,
      lastFailedAt,
      lastError,
      stale: !!staleReason,
      ...(staleReason && { staleReason }),
    };
  }

  /** The latest runs, newest first. */
  async listRuns(limit = 50): Promise<RecomputeRun[]> {
    const rows: RunRow[] = await this.db(TABLE)
      .orderBy([
        { column: 'started_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(row => ({
      id: Number(row.id),
      runner: row.runner,
      startedAt: toDate(row.started_at)!,
      finishedAt: toDate(row.finished_at),
      status: row.status,
      error: row.error ?? undefined,
      summary: row.summary ? JSON.parse(row.summary) : undefined,
    }));
  }
}

/** SQLite hands timestamps back as epoch milliseconds, PostgreSQL as Dates. */
function toDate(
  value: Date | string | number | null | undefined,
): Date | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value;
  return new Date(
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
  );
}

function latest(dates: Array<Date | undefined>): Date | undefined {
  return dates.reduce<Date | undefined>(
    (max, date) => (date && (!max || date > max) ? date : max),
    undefined,
  );
}
