import type { StoredScorecardSummary } from '@readiness-scorecards/plugin-readiness-common';
import type { RollupRow } from '../store';
import { PLACEMENT_COLUMNS, placementCells, toCsvTable } from '../lib/csv';
import {
  attentionOfRow,
  RowAttentionContext,
} from '../attention/rowAttention';

/** Lowest tier first (below the first tier before all), then score, then ref. */
export function sortByReadiness(rows: RollupRow[], tiers: string[]): RollupRow[] {
  const rank = (tier: string | null) => (tier === null ? -1 : tiers.indexOf(tier));
  return [...rows].sort(
    (a, b) =>
      rank(a.tier) - rank(b.tier) ||
      a.score - b.score ||
      a.entityRef.localeCompare(b.entityRef),
  );
}

/**
 * A stored result as the list and the CSV show it; with an attention
 * context, also its decision state, days overdue, claimed tier and who acts
 * at the context's `now`, and since when it holds its tier (a declared pilot
 * start counts).
 */
export function toSummary(
  row: RollupRow,
  attentionContext?: RowAttentionContext,
): StoredScorecardSummary {
  const attention = attentionContext && attentionOfRow(row, attentionContext);
  return {
    entityRef: row.entityRef,
    ...(row.title ? { title: row.title } : {}),
    kind: row.kind,
    ...(row.type ? { type: row.type } : {}),
    ...(row.lifecycle ? { lifecycle: row.lifecycle } : {}),
    ...(row.owner ? { owner: row.owner } : {}),
    ...(row.system ? { system: row.system } : {}),
    ...(row.domain ? { domain: row.domain } : {}),
    tier: row.tier,
    score: row.score,
    blockerCount: row.blockerCount,
    failingChecks: row.failingChecks,
    tierSince: attention?.timeInTier.since ?? row.tierSince.toISOString(),
    ...(attention
      ? {
          tierSinceSource: attention.timeInTier.source,
          ...(attention.decisionState ? { decisionState: attention.decisionState } : {}),
          ...(attention.daysOverdue !== undefined ? { daysOverdue: attention.daysOverdue } : {}),
          ...(attention.claimedTier ? { claimedTier: attention.claimedTier } : {}),
          ...(attention.whoActs ? { whoActs: attention.whoActs } : {}),
        }
      : {}),
  };
}

const CSV_COLUMNS = [
  ...PLACEMENT_COLUMNS,
  'score',
  'blockers',
  'failingChecks',
  'tierSince',
  'tierSinceSource',
  'decisionState',
  'daysOverdue',
  'claimedTier',
  'whoActs',
] as const;

/** The list as RFC 4180 CSV, one line per stored result. */
export function toCsv(rows: StoredScorecardSummary[]): string {
  return toCsvTable(CSV_COLUMNS, rows, row => ({
    ...placementCells(row),
    score: String(row.score),
    blockers: String(row.blockerCount),
    failingChecks: row.failingChecks.join(' '),
    tierSince: row.tierSince,
    tierSinceSource: row.tierSinceSource ?? '',
    decisionState: row.decisionState ?? '',
    daysOverdue: row.daysOverdue === undefined ? '' : String(row.daysOverdue),
    claimedTier: row.claimedTier ?? '',
    whoActs: row.whoActs ?? '',
  }));
}
