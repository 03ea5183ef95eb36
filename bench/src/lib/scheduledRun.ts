import { Knex } from 'knex';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export interface ScheduledRun {
  /** From the worker picking the task up to the end of the run (database clock). */
  runSeconds: number;
  /** From the trigger to the end of the run, scheduler pickup included. */
  wallSeconds: number;
}

/**
 * Triggers a scheduled task and waits for its run to end, timing it through
 * the scheduler's own table (`backstage_backend_tasks__tasks` in the plugin's
 * database): the start is `current_run_started_at` while the run is on, the
 * end is `last_run_ended_at`. The scheduler polls for triggered work every
 * few seconds; `runSeconds` leaves that pickup delay out, for both sides alike.
 */
export async function runScheduledTask(options: {
  db: Knex;
  taskId: string;
  trigger: () => Promise<void>;
  timeoutMs?: number;
}): Promise<ScheduledRun> {
  const { db, taskId } = options;
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const [before] = await db('backstage_backend_tasks__tasks')
    .where('id', taskId)
    .select('last_run_ended_at');
  const previousEnd = before?.last_run_ended_at
    ? new Date(before.last_run_ended_at).getTime()
    : 0;
  const t0 = performance.now();
  await options.trigger();
  let startedAt: Date | undefined;
  for (;;) {
    const [row] = await db('backstage_backend_tasks__tasks')
      .where('id', taskId)
      .select(
        'current_run_started_at',
        'last_run_ended_at',
        'last_run_error_json',
      );
    if (row?.current_run_started_at) {
      startedAt = new Date(row.current_run_started_at);
    }
    const ended = row?.last_run_ended_at
      ? new Date(row.last_run_ended_at).getTime()
      : 0;
    if (ended > previousEnd) {
      if (row.last_run_error_json) {
        throw new Error(`task ${taskId} failed: ${row.last_run_error_json}`);
      }
      const wallSeconds = (performance.now() - t0) / 1000;
      return {
        // A run shorter than one poll may end unseen: then the wall time.
        runSeconds: startedAt ? (ended - startedAt.getTime()) / 1000 : wallSeconds,
        wallSeconds,
      };
    }
    if (performance.now() - t0 > timeoutMs) {
      throw new Error(`task ${taskId} did not finish in ${timeoutMs / 1000} s`);
    }
    await sleep(50);
  }
}
