import type { StoredScorecardSummary } from '@readiness-scorecards/plugin-readiness-common';
import type { RollupRow } from '../store';
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
  'entityRef',
  'kind',
  'type',
  'lifecycle',
  'owner',
  'system',
  'domain',
  'tier',
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

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (= + - @)
 * are prefixed with a quote, since entity names and tags come from YAML
 * anyone can write.
 */
export function toCsv(rows: StoredScorecardSummary[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      entityRef: row.entityRef,
      kind: row.kind,
      type: row.type ?? '',
      lifecycle: row.lifecycle ?? '',
      owner: row.owner ?? '',
      system: row.system ?? '',
      domain: row.domain ?? '',
      tier: row.tier ?? 'none',
      score: String(row.score),
      blockers: String(row.blockerCount),
      failingChecks: row.failingChecks.join(' '),
      tierSince: row.tierSince,
      tierSinceSource: row.tierSinceSource ?? '',
      decisionState: row.decisionState ?? '',
      daysOverdue: row.daysOverdue === undefined ? '' : String(row.daysOverdue),
      claimedTier: row.claimedTier ?? '',
      whoActs: row.whoActs ?? '',
    };
    lines.push(CSV_COLUMNS.map(c => csvCell(cells[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** One RFC 4180 cell, with formula-like text made inert. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
