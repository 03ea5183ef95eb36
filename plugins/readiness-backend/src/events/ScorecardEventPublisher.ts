import type { EventsService } from '@backstage/plugin-events-node';
import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';
import { compareScorecards } from '../recompute/compareScorecards';
import {
  RecomputeBatch,
  RecomputeListener,
  ScorecardChange,
} from '../recompute/ScorecardChange';
import type { ResultSummary } from '../store';
import {
  READINESS_SCORECARD_CHANGED_TOPIC,
  ScorecardChangedEvent,
  ScorecardEventSnapshot,
} from './ScorecardChangedEvent';

/**
 * Publishes `readiness.scorecard.changed` on the events service for every
 * result a recompute created, changed or removed, so other plugins can react.
 */
export class ScorecardEventPublisher implements RecomputeListener {
  readonly name = 'events';

  constructor(
    private readonly deps: { events: EventsService; tiers: () => string[] },
  ) {}

  async onBatch(batch: RecomputeBatch): Promise<void> {
    const tiers = this.deps.tiers();
    for (const change of batch.changes) {
      await this.deps.events.publish({
        topic: READINESS_SCORECARD_CHANGED_TOPIC,
        eventPayload: toEvent(change, batch.now, tiers),
      });
    }
  }
}

export function toEvent(
  change: ScorecardChange,
  now: Date,
  tiers: string[],
): ScorecardChangedEvent {
  const comparison = compareScorecards(change.previous, change.current, tiers);
  return {
    entityRef: change.entityRef,
    change: change.change,
    ...(change.owner ? { owner: change.owner } : {}),
    computedAt: now.toISOString(),
    previous: change.previous ? storedSnapshot(change.previous) : null,
    current: change.current ? snapshot(change.current) : null,
    tierDropped: comparison.tierDropped,
    newBlockers: comparison.newBlockers,
  };
}

/** The stored result before: the store's summary has exactly these fields. */
function storedSnapshot(stored: ResultSummary): ScorecardEventSnapshot {
  return {
    tier: stored.tier,
    nextTier: stored.nextTier,
    score: stored.score,
    blockers: stored.blockers,
    failingChecks: stored.failingChecks,
  };
}

function snapshot(scorecard: Scorecard): ScorecardEventSnapshot {
  return {
    tier: scorecard.tier,
    nextTier: scorecard.nextTier,
    score: scorecard.score,
    blockers: scorecard.blockers,
    failingChecks: scorecard.checks
      .filter(c => c.status === 'fail' || c.status === 'invalid')
      .map(c => c.checkId),
  };
}
