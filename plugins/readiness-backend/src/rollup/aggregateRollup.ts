import type {
  RollupGroup,
  RollupGroupBy,
} from '@readiness-scorecards/plugin-readiness-common';
import type { RollupRow } from '../store';
import type { AttentionSettings } from '../attention/attentionConfig';
import {
  addToAttentionCounts,
  emptyAttentionCounts,
} from '../attention/attentionCounts';
import { attentionOfRow, RowAttention } from '../attention/rowAttention';

/** Stands for "no value" (an entity without a system, say) in a grouping. */
export const NO_VALUE = '(none)';
/** Stands for "not even the first tier" in tier counts. */
export const NO_TIER = 'none';

export interface AggregateOptions {
  groupBy: RollupGroupBy;
  /** Tier ids, lowest first. */
  tiers: string[];
  stuckAfterDays: number;
  now: Date;
  /** For groupBy owner: the owner group and every group above it. */
  ownerChain?: (ownerRef: string) => string[];
  titleOf?: (key: string) => string | undefined;
  topChecks?: number;
  /** When set, the attention counts are filled and "stuck" counts declared pilot starts. */
  attention?: AttentionSettings;
}

interface Accumulator {
  group: RollupGroup;
  scoreSum: number;
  failing: Map<string, number>;
  categorySums: Map<string, { sum: number; n: number }>;
}

/**
 * Aggregates stored results into groups. Pure: the caller has already dropped
 * every row the requester may not see, so every number here is safe to show.
 * Grouping by owner counts an entity in its owner group and every group
 * above it, so a department includes its teams' services.
 */
export function aggregateRollup(
  rows: RollupRow[],
  options: AggregateOptions,
): { groups: RollupGroup[]; total: RollupGroup } {
  const topTier = options.tiers[options.tiers.length - 1];
  const stuckBefore = options.now.getTime() - options.stuckAfterDays * 86_400_000;
  const groups = new Map<string, Accumulator>();
  const total = createAccumulator('(all)', options);

  const attentionContext = options.attention && {
    settings: options.attention,
    tiers: options.tiers,
    now: options.now,
  };
  for (const row of rows) {
    const attention = attentionContext && attentionOfRow(row, attentionContext);
    const since = attention
      ? Date.parse(attention.timeInTier.since)
      : row.tierSince.getTime();
    const stuck = row.tier !== topTier && since < stuckBefore;
    add(total, row, stuck, attention);
    const keys = keysOf(row, options);
    keys.forEach((key, i) => {
      let accumulator = groups.get(key);
      if (!accumulator) {
        accumulator = createAccumulator(key, options);
        if (options.groupBy === 'owner') placeInTree(accumulator.group, keys[i + 1]);
        groups.set(key, accumulator);
      }
      add(accumulator, row, stuck, attention);
    });
  }
  return {
    groups: [...groups.values()]
      .map(a => finish(a, options))
      .sort((a, b) => a.key.localeCompare(b.key)),
    total: finish(total, options),
  };
}

/** An owner key's place in the tree: its parent, and whether a person owns. */
function placeInTree(group: RollupGroup, parent: string | undefined) {
  if (parent) group.parent = parent;
  if (group.key.toLocaleLowerCase('en-US').startsWith('user:')) {
    group.ownedByPerson = true;
  }
}

function keysOf(row: RollupRow, options: AggregateOptions): string[] {
  switch (options.groupBy) {
    case 'owner':
      if (!row.owner) return [NO_VALUE];
      return options.ownerChain ? options.ownerChain(row.owner) : [row.owner];
    case 'system':
      return [row.system ?? NO_VALUE];
    case 'domain':
      return [row.domain ?? NO_VALUE];
    case 'lifecycle':
      return [row.lifecycle ?? NO_VALUE];
    case 'type':
      return [row.type ?? NO_VALUE];
    default:
      return [NO_VALUE];
  }
}

function createAccumulator(key: string, options: AggregateOptions): Accumulator {
  const tiers: Record<string, number> = { [NO_TIER]: 0 };
  for (const tier of options.tiers) tiers[tier] = 0;
  const title = options.titleOf?.(key);
  return {
    group: {
      key,
      ...(title ? { title } : {}),
      entityCount: 0,
      tiers,
      meanScore: 0,
      openBlockers: 0,
      stuckBelowTop: 0,
      ...emptyAttentionCounts(),
      topFailingChecks: [],
      categoryScores: {},
    },
    scoreSum: 0,
    failing: new Map(),
    categorySums: new Map(),
  };
}

function add(
  accumulator: Accumulator,
  row: RollupRow,
  stuck: boolean,
  attention: RowAttention | undefined,
) {
  const { group } = accumulator;
  if (attention) addToAttentionCounts(group, attention);
  group.entityCount += 1;
  const tier = row.tier ?? NO_TIER;
  group.tiers[tier] = (group.tiers[tier] ?? 0) + 1;
  accumulator.scoreSum += row.score;
  group.openBlockers += row.blockerCount;
  if (stuck) group.stuckBelowTop += 1;
  for (const checkId of row.failingChecks) {
    accumulator.failing.set(checkId, (accumulator.failing.get(checkId) ?? 0) + 1);
  }
  for (const [category, score] of Object.entries(row.categoryScores)) {
    const sum = accumulator.categorySums.get(category) ?? { sum: 0, n: 0 };
    sum.sum += score;
    sum.n += 1;
    accumulator.categorySums.set(category, sum);
  }
}

function finish(accumulator: Accumulator, options: AggregateOptions): RollupGroup {
  const { group } = accumulator;
  group.meanScore = group.entityCount
    ? round1(accumulator.scoreSum / group.entityCount)
    : 0;
  group.topFailingChecks = [...accumulator.failing.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, options.topChecks ?? 5)
    .map(([checkId, count]) => ({ checkId, count }));
  group.categoryScores = Object.fromEntries(
    [...accumulator.categorySums.entries()].map(([category, { sum, n }]) => [
      category,
      round1(sum / n),
    ]),
  );
  return group;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
