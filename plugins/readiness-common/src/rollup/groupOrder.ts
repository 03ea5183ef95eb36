import type { RollupGroup } from '../api/types';
import { NO_TIER } from '../summary';

/** The sort keys of GET /rollup besides `tier.<id>`. */
export const ROLLUP_SORTS = [
  'urgency',
  'name',
  'entityCount',
  'meanScore',
  'distribution',
  'openBlockers',
  'stuckBelowTop',
  'overdueDecisions',
  'oldPilotsWithoutDecision',
  'claimedAboveEarned',
  'expiringSoon',
] as const;

/** What rollup groups are sorted by: a key of ROLLUP_SORTS, or `tier.<id>` for one tier's count. */
export type RollupSort = (typeof ROLLUP_SORTS)[number] | `tier.${string}`;

export type RollupSortOrder = 'asc' | 'desc';

/** How GET /rollup orders its rows; by default the most urgent first, in the sort's natural order. */
export interface RollupSortRequest {
  sort?: RollupSort;
  order?: RollupSortOrder;
}

/** The sort asked for when none is: the most urgent group first. */
export const DEFAULT_ROLLUP_SORT: RollupSort = 'urgency';

/** The sort key of one tier's count column (`none` for below the first tier). */
export function tierSort(tierId: string): RollupSort {
  return `tier.${tierId}`;
}

/** A to Z for names, largest first for everything else, when no order is asked for. */
export function naturalRollupOrder(sort: RollupSort): RollupSortOrder {
  return sort === 'name' ? 'asc' : 'desc';
}

/**
 * Why `sort` is not a sort key of a rollup with these tiers (lowest first),
 * or undefined when it is one.
 */
export function problemOfRollupSort(
  sort: string,
  tiers: readonly string[],
): string | undefined {
  if ((ROLLUP_SORTS as readonly string[]).includes(sort)) return undefined;
  if (sort.startsWith('tier.')) {
    const tier = sort.slice('tier.'.length);
    if (tier === NO_TIER || tiers.includes(tier)) return undefined;
    return `Unknown tier "${tier}" in sort "${sort}": the tiers are ${[
      NO_TIER,
      ...tiers,
    ].join(', ')}`;
  }
  return `Unknown sort "${sort}": expected one of ${ROLLUP_SORTS.join(
    ', ',
  )} or tier.<id>`;
}

const nameOf = (g: RollupGroup) =>
  (g.title ?? g.key).toLocaleLowerCase('en-US');
const byName = (a: RollupGroup, b: RollupGroup) =>
  nameOf(a).localeCompare(nameOf(b));

/**
 * How rollup groups are ordered, on the server and anywhere else that sorts
 * them: by the key asked for in `order` (natural order by default), ties by
 * name A to Z. `tiers` are the rollup's tier ids, lowest first.
 */
export function compareRollupGroups(
  sort: RollupSort,
  order: RollupSortOrder | undefined,
  tiers: readonly string[],
): (a: RollupGroup, b: RollupGroup) => number {
  const sign = (order ?? naturalRollupOrder(sort)) === 'asc' ? 1 : -1;
  if (sort === 'name') return (a, b) => sign * byName(a, b);
  if (sort === 'urgency') {
    // Overdue decisions, then open blockers; the order asked for flips both.
    return (a, b) =>
      sign * ((a.overdueDecisions ?? 0) - (b.overdueDecisions ?? 0)) ||
      sign * (a.openBlockers - b.openBlockers) ||
      byName(a, b);
  }
  if (sort === 'distribution') {
    // Most ready first: the larger share in the top tier, then in the next one down.
    const topFirst = [...tiers].reverse();
    const share = (g: RollupGroup, tier: string) =>
      g.entityCount ? (g.tiers[tier] ?? 0) / g.entityCount : 0;
    return (a, b) => {
      for (const tier of topFirst) {
        const difference = share(a, tier) - share(b, tier);
        if (difference) return sign * difference;
      }
      return byName(a, b);
    };
  }
  const value = valueOf(sort);
  return (a, b) => sign * (value(a) - value(b)) || byName(a, b);
}

function valueOf(sort: RollupSort): (group: RollupGroup) => number {
  if (sort.startsWith('tier.')) {
    const tier = sort.slice('tier.'.length);
    return g => g.tiers[tier] ?? 0;
  }
  const key = sort as Exclude<
    (typeof ROLLUP_SORTS)[number],
    'name' | 'urgency' | 'distribution'
  >;
  return g => g[key] ?? 0;
}
