import type {
  AttentionItem,
  AttentionList,
  AttentionQuery,
  AttentionSort,
} from '@readiness-scorecards/plugin-readiness-common';
import type { RollupRow } from '../store';
import { attentionOfRow, RowAttention, RowAttentionContext } from './rowAttention';

/** Every list of GET /attention, in the order of the spec. */
export const ATTENTION_LISTS = [
  'overdue-decisions',
  'old-pilots',
  'claimed-above-earned',
  'expiring',
] as const satisfies readonly AttentionList[];
/** Every order of GET /attention (zod enums in the actions need the tuple). */
export const ATTENTION_SORTS = [
  'urgency',
  'entity',
  'owner',
  'whoActs',
  'tier',
  'daysOverdue',
  'daysInTier',
  'blockers',
  'dropsOn',
] as const satisfies readonly AttentionSort[];
export type SortOrder = NonNullable<AttentionQuery['order']>;

/** Whether a row's attention puts it on a list. */
export function isOnList(list: AttentionList, attention: RowAttention): boolean {
  switch (list) {
    case 'overdue-decisions':
      return attention.decisionState === 'overdue';
    case 'old-pilots':
      return attention.oldPilotWithoutDecision;
    case 'claimed-above-earned':
      return attention.claimAboveTier;
    case 'expiring':
      return attention.expiring.length > 0;
    default:
      return false;
  }
}

export interface AttentionListsResult {
  counts: Record<AttentionList, number>;
  total: number;
  items: AttentionItem[];
}

/**
 * Every list's size and one sorted page of one list. Pure: the caller has
 * dropped the rows the requester may not read, so nothing hidden is counted.
 */
export function attentionLists(
  rows: readonly RollupRow[],
  query: {
    list: AttentionList;
    sort: AttentionSort;
    order?: SortOrder;
    offset: number;
    limit: number;
  },
  context: RowAttentionContext & { titleOf?: (ref: string) => string | undefined },
): AttentionListsResult {
  const counts = Object.fromEntries(ATTENTION_LISTS.map(l => [l, 0])) as Record<
    AttentionList,
    number
  >;
  const listed: AttentionItem[] = [];
  for (const row of rows) {
    const attention = attentionOfRow(row, context);
    for (const list of ATTENTION_LISTS) {
      if (isOnList(list, attention)) counts[list] += 1;
    }
    if (isOnList(query.list, attention)) {
      listed.push(toItem(row, attention, context.titleOf));
    }
  }
  const compare = comparatorOf(query.list, query.sort, query.order, context.tiers);
  listed.sort(compare);
  return {
    counts,
    total: listed.length,
    items: listed.slice(query.offset, query.offset + query.limit),
  };
}

function toItem(
  row: RollupRow,
  attention: RowAttention,
  titleOf?: (ref: string) => string | undefined,
): AttentionItem {
  const ownerTitle = row.owner ? titleOf?.(row.owner) : undefined;
  const operationalOwner = row.attention?.operationalOwner;
  return {
    entityRef: row.entityRef,
    ...(row.title ? { title: row.title } : {}),
    kind: row.kind,
    ...(row.type ? { type: row.type } : {}),
    ...(row.lifecycle ? { lifecycle: row.lifecycle } : {}),
    ...(row.owner ? { owner: row.owner } : {}),
    ...(ownerTitle ? { ownerTitle } : {}),
    ...(operationalOwner ? { operationalOwner } : {}),
    ...(attention.whoActs ? { whoActs: attention.whoActs } : {}),
    ...(attention.whoActsNote ? { whoActsNote: attention.whoActsNote } : {}),
    tier: row.tier,
    score: row.score,
    blockerCount: row.blockerCount,
    ...(attention.decisionState ? { decisionState: attention.decisionState } : {}),
    ...(attention.decisionDue ? { decisionDue: attention.decisionDue } : {}),
    ...(attention.daysOverdue !== undefined ? { daysOverdue: attention.daysOverdue } : {}),
    timeInTier: attention.timeInTier,
    ...(attention.claimedTier ? { claimedTier: attention.claimedTier } : {}),
    claimAboveTier: attention.claimAboveTier,
    expiring: attention.expiring,
    ...(attention.tierThen !== undefined ? { tierThen: attention.tierThen } : {}),
  };
}

type Comparator = (a: AttentionItem, b: AttentionItem) => number;

/** The list's own order when sorted by urgency. */
const URGENCY: Record<AttentionList, AttentionSort> = {
  'overdue-decisions': 'daysOverdue',
  'old-pilots': 'daysInTier',
  'claimed-above-earned': 'blockers',
  expiring: 'dropsOn',
};

/** Columns whose natural order is largest first (the most urgent). */
const LARGEST_FIRST = new Set<AttentionSort>(['daysOverdue', 'daysInTier', 'blockers']);

function comparatorOf(
  list: AttentionList,
  sort: AttentionSort,
  order: SortOrder | undefined,
  tiers: readonly string[],
): Comparator {
  const column = sort === 'urgency' ? URGENCY[list] : sort;
  const natural: SortOrder = LARGEST_FIRST.has(column) ? 'desc' : 'asc';
  const sign = (order ?? natural) === 'asc' ? 1 : -1;
  const key = keyOf(column, tiers);
  // Ties: most blockers, then entity ref, so pages never overlap.
  return (a, b) =>
    sign * compareKeys(key(a), key(b)) ||
    b.blockerCount - a.blockerCount ||
    a.entityRef.localeCompare(b.entityRef);
}

function keyOf(
  column: AttentionSort,
  tiers: readonly string[],
): (item: AttentionItem) => string | number {
  switch (column) {
    case 'entity':
      // As the rows read: by title, else by name (the ref breaks ties).
      return item => item.title ?? item.entityRef.slice(item.entityRef.lastIndexOf('/') + 1);
    case 'owner':
      return item => item.ownerTitle ?? item.owner ?? '';
    case 'whoActs':
      return item => item.whoActs ?? '';
    case 'tier':
      return item => (item.tier === null ? -1 : tiers.indexOf(item.tier));
    case 'daysOverdue':
      return item => item.daysOverdue ?? -1;
    case 'daysInTier':
      return item => item.timeInTier.days;
    case 'blockers':
      return item => item.blockerCount;
    case 'dropsOn':
      return item => item.expiring[0]?.dropsOn ?? '9999-12-31';
    default:
      return item => item.entityRef;
  }
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}
