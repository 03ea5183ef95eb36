import type { RecomputeState } from '@readiness-scorecards/plugin-readiness-common';
import { KeyedMemo } from '../lib/KeyedMemo';
import type { RecomputeStatus } from '../store/RecomputeRunStore';

/**
 * The recompute status for responses, read at most every `ttlMs`: it is one
 * or two queries, and every rollup and list response carries it.
 */
export function cachedRecomputeState(
  runs: { getStatus(): Promise<RecomputeStatus> },
  ttlMs = 5_000,
  now: () => number = Date.now,
): () => Promise<RecomputeState> {
  const state = new KeyedMemo<'state', Promise<RecomputeState>>({
    name: 'recompute state',
    maxEntries: 1,
    ttlMs,
    now,
  });
  return () => state.getOrLoad('state', () => runs.getStatus().then(toState));
}

/** What the API says about the stored results' freshness (no error text: it may name internals). */
function toState(status: RecomputeStatus): RecomputeState {
  return {
    stale: status.stale,
    staleReason: status.staleReason,
    running: status.running,
    lastSucceededAt: status.lastSucceededAt?.toISOString(),
    lastFailedAt: status.lastFailedAt?.toISOString(),
  };
}
