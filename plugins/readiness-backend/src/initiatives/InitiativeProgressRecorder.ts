import {
  compileTarget,
  CompiledRubric,
  dayOf,
  formatDay,
  Initiative,
  progressOfRows,
  tallyProgress,
} from '@readiness-scorecards/plugin-readiness-common';
import type { FinishedRecompute, RecomputeListener } from '../recompute/ScorecardChange';
import type { RollupRow } from '../store';
import type { InitiativeProgressStore, RecordedProgress } from './InitiativeProgressStore';

/**
 * Writes each initiative's burn-up point for the day at the end of every
 * recompute, over every stored result (no caller's permissions: callers
 * the policy restricts get a replayed burn-up, see InitiativeService), with
 * the groups the recompute read: no catalog read of its own.
 */
export class InitiativeProgressRecorder implements RecomputeListener {
  readonly name = 'initiative progress';

  constructor(
    private readonly deps: {
      initiatives: readonly Initiative[];
      /** Every stored result, after the recompute's writes. */
      rows: () => Promise<RollupRow[]>;
      progress: Pick<InitiativeProgressStore, 'record' | 'pruneBefore'>;
      rubric: () => CompiledRubric;
      historyRetentionDays: number;
    },
  ) {}

  async onRunFinished({ now, groups }: FinishedRecompute): Promise<void> {
    const { initiatives } = this.deps;
    if (initiatives.length === 0) return;
    const rows = await this.deps.rows();
    const rubric = this.deps.rubric();
    const tiers = rubric.tiers.map(t => t.id);
    const today = dayOf(now);
    const points: RecordedProgress[] = initiatives
      // Nothing to show before the start; after the deadline the line goes on.
      .filter(initiative => initiative.startDate <= formatDay(today))
      .map(initiative => {
        const tally = tallyProgress(
          progressOfRows(rows, initiative, {
            target: compileTarget(initiative.target, rubric),
            tiers,
            ownerWithin: (owner, ancestor) => groups.isWithin(owner, ancestor),
          }),
        );
        return { initiativeId: initiative.id, day: formatDay(today), inScope: tally.inScope, done: tally.done };
      });
    await this.deps.progress.record(points, now);
    await this.deps.progress.pruneBefore(formatDay(today - this.deps.historyRetentionDays));
  }
}
