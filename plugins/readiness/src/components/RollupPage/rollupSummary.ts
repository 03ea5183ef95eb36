import type { RollupResponse } from '../../api/types';

/**
 * The rollup's one-line summary. An empty result says so (no "mean score 0");
 * overdue decisions come first, then the rest.
 */
export function rollupSummary(rollup: RollupResponse): string {
  const total = rollup.total;
  if (total.entityCount === 0) {
    return 'No scored entity matches these filters, or none you may read.';
  }
  const parts = [
    `${total.entityCount} ${total.entityCount === 1 ? 'entity' : 'entities'}`,
  ];
  if (total.overdueDecisions !== undefined) {
    parts.push(
      `${total.overdueDecisions} overdue ${total.overdueDecisions === 1 ? 'decision' : 'decisions'}`,
    );
  }
  if (total.claimedAboveEarned !== undefined) {
    parts.push(`${total.claimedAboveEarned} claiming a tier not earned`);
  }
  parts.push(
    `mean score ${Math.round(total.meanScore * 10) / 10}`,
    `${total.openBlockers} open blockers`,
    `${total.stuckBelowTop} below the top tier for more than ${rollup.stuckAfterDays} days`,
  );
  return `${parts.join(', ')}.`;
}
