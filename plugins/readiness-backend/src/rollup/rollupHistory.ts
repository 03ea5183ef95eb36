import type {
  RollupGroup,
  RollupHistoryPoint,
  RollupPointGroup,
} from '@readiness-scorecards/plugin-readiness-common';
import type { HistoryPoint, RollupRow } from '../store';
import { aggregateRollup, AggregateOptions } from './aggregateRollup';

const DAY_MS = 86_400_000;

/**
 * The rollup as it stood at the end of each of the last `days` days, from the
 * history points (each stored result and when it began: the superseded ones
 * and the current one). Entities keep today's grouping (owner, system...)
 * throughout; an entity counts from its first recorded day on.
 */
export function rollupHistory(
  rows: RollupRow[],
  history: Array<HistoryPoint & { entityRef: string }>,
  options: Omit<AggregateOptions, 'now'> & { now: Date; days: number },
): RollupHistoryPoint[] {
  const byEntity = new Map<string, HistoryPoint[]>();
  for (const point of history) {
    const list = byEntity.get(point.entityRef);
    if (list) list.push(point);
    else byEntity.set(point.entityRef, [point]);
  }
  const today = Math.floor(options.now.getTime() / DAY_MS);
  const cursors = new Map<string, number>(rows.map(r => [r.entityRef, -1]));
  const points: RollupHistoryPoint[] = [];

  for (let day = today - options.days + 1; day <= today; day++) {
    const dayEnd = (day + 1) * DAY_MS;
    const asOfDay: RollupRow[] = [];
    for (const row of rows) {
      const list = byEntity.get(row.entityRef) ?? [];
      let cursor = cursors.get(row.entityRef)!;
      while (cursor + 1 < list.length && list[cursor + 1].recordedAt.getTime() < dayEnd) {
        cursor += 1;
      }
      cursors.set(row.entityRef, cursor);
      if (cursor >= 0) {
        const point = list[cursor];
        asOfDay.push({
          ...row,
          tier: point.tier,
          score: point.score,
          blockerCount: point.blockerCount,
          failingChecks: [],
          categoryScores: {},
        });
      }
    }
    const { groups, total } = aggregateRollup(asOfDay, {
      ...options,
      now: new Date(dayEnd),
    });
    const brief = (g: RollupGroup): RollupPointGroup => ({
      key: g.key,
      entityCount: g.entityCount,
      meanScore: g.meanScore,
      tiers: g.tiers,
    });
    points.push({
      date: new Date(day * DAY_MS).toISOString().slice(0, 10),
      total: { entityCount: total.entityCount, meanScore: total.meanScore, tiers: total.tiers },
      groups: groups.map(brief),
    });
  }
  return points;
}
