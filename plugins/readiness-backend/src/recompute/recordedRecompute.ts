import { LoggerService } from '@backstage/backend-plugin-api';
import type { RecomputeRunStore } from '../store/RecomputeRunStore';
import type { ReadinessRecomputer } from './ReadinessRecomputer';

/**
 * The scheduled task's body: one recompute, recorded in the run store as
 * started, then succeeded or failed. A failure is rethrown so the scheduler
 * logs it too; the next scheduled run starts afresh.
 */
export function recordedRecompute(deps: {
  recomputer: Pick<ReadinessRecomputer, 'run'>;
  runs: RecomputeRunStore;
  logger: LoggerService;
}): (signal?: AbortSignal) => Promise<void> {
  return async signal => {
    const runId = await deps.runs.start();
    try {
      const summary = await deps.recomputer.run({ signal });
      await deps.runs.succeed(runId, summary);
    } catch (error) {
      deps.logger.error(`Readiness recompute failed: ${error}`);
      // The database may be what failed; the next run closes this one then.
      await deps.runs
        .fail(runId, error)
        .catch(recordError =>
          deps.logger.warn(
            `Readiness recompute: could not record the failed run: ${recordError}`,
          ),
        );
      throw error;
    }
  };
}
