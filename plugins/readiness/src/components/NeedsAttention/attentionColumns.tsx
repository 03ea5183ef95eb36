import Typography from '@material-ui/core/Typography';
import type { ReactNode } from 'react';
import type {
  AttentionItem,
  AttentionList,
  AttentionSort,
} from '../../api/types';
import type { TierSummary } from '../../api/types';
import { shortRefName } from '../../lib/entityRefs';
import { formatDate, formatDays } from '../../lib/time';
import { tierTitle } from '../../lib/tiers';
import { WhoName } from '../WhoName';

/** What each list is called, and what its empty state says. */
export const LIST_LABELS: Record<
  AttentionList,
  { title: string; empty: (days: { withinDays: number; oldPilotDays: number }) => string }
> = {
  'overdue-decisions': {
    title: 'Overdue decisions',
    empty: () => 'No decision is overdue.',
  },
  'old-pilots': {
    title: 'Old pilots, no decision',
    empty: ({ oldPilotDays }) =>
      `No pilot older than ${oldPilotDays} days is waiting without a decision or a due date.`,
  },
  'claimed-above-earned': {
    title: 'Production claimed, not earned',
    empty: () =>
      'Every service whose lifecycle claims a tier has earned it.',
  },
  expiring: {
    title: 'Expiring soon',
    empty: ({ withinDays }) =>
      `No waiver or dated evidence stops holding within ${withinDays} days.`,
  },
};

export interface ColumnContext {
  tiers: TierSummary[];
  checkTitle: (checkId: string) => string;
}

export interface AttentionColumn {
  id: string;
  label: string;
  /** The server's sort key, when the column sorts. */
  sort?: AttentionSort;
  align?: 'right';
  cell: (item: AttentionItem, context: ColumnContext) => ReactNode;
}

const ownerTeam: AttentionColumn = {
  id: 'owner',
  label: 'Owner team',
  sort: 'owner',
  cell: item =>
    item.ownerTitle ?? (item.owner ? shortRefName(item.owner) : 'No owner'),
};

const whoActs: AttentionColumn = {
  id: 'whoActs',
  label: 'Who acts',
  sort: 'whoActs',
  cell: item => (
    <>
      {item.whoActs ? (
        <WhoName
          entityRef={item.whoActs}
          title={item.whoActs === item.owner ? item.ownerTitle : undefined}
        />
      ) : (
        'Nobody named'
      )}
      {item.whoActsNote && (
        <Typography variant="caption" component="div" color="textSecondary">
          {item.operationalOwner
            ? `${shortRefName(item.operationalOwner)} is not in the catalog`
            : item.whoActsNote}
        </Typography>
      )}
    </>
  ),
};

const tier: AttentionColumn = {
  id: 'tier',
  label: 'Tier',
  sort: 'tier',
  cell: (item, { tiers }) => (item.tier ? tierTitle(tiers, item.tier) : 'No tier'),
};

const blockers: AttentionColumn = {
  id: 'blockers',
  label: 'Blockers',
  sort: 'blockers',
  align: 'right',
  cell: item => item.blockerCount,
};

/** "292 days (declared start)" / "since at least 21 Nov 2026". */
export function describeTimeInTierShort(item: Pick<AttentionItem, 'timeInTier'>): string {
  const { since, source, days } = item.timeInTier;
  if (source === 'first-record') return `since at least ${formatDate(since)}`;
  if (source === 'declared') return `${formatDays(days)} (declared start)`;
  return formatDays(days);
}

const timeInTier: AttentionColumn = {
  id: 'daysInTier',
  label: 'In tier',
  sort: 'daysInTier',
  align: 'right',
  cell: item => describeTimeInTierShort(item),
};

/** The columns of each list, the service first. */
export const LIST_COLUMNS: Record<AttentionList, AttentionColumn[]> = {
  'overdue-decisions': [
    ownerTeam,
    whoActs,
    {
      id: 'daysOverdue',
      label: 'Overdue',
      sort: 'daysOverdue',
      align: 'right',
      cell: item => (
        <>
          <strong>{formatDays(item.daysOverdue ?? 0)}</strong>
          {item.decisionDue && (
            <Typography variant="caption" component="div" color="textSecondary">
              due {formatDate(item.decisionDue)}
            </Typography>
          )}
        </>
      ),
    },
    timeInTier,
  ],
  'old-pilots': [ownerTeam, whoActs, timeInTier, tier, blockers],
  'claimed-above-earned': [
    ownerTeam,
    {
      id: 'claim',
      label: 'Claims / earned',
      sort: 'tier',
      cell: (item, { tiers }) =>
        `${item.claimedTier ? tierTitle(tiers, item.claimedTier) : '?'} / ${
          item.tier ? tierTitle(tiers, item.tier) : 'no tier'
        }`,
    },
    blockers,
    whoActs,
  ],
  expiring: [
    ownerTeam,
    {
      id: 'dropsOn',
      label: 'Drops on',
      sort: 'dropsOn',
      cell: (item, { checkTitle, tiers }) => (
        <>
          {item.expiring.map(check => (
            <div key={check.checkId}>
              {formatDate(check.dropsOn)}: {checkTitle(check.checkId)} (
              {check.kind === 'waiver' ? 'waiver ends' : 'evidence goes stale'})
            </div>
          ))}
          {item.tierThen !== undefined && item.tierThen !== item.tier && (
            <Typography variant="caption" component="div" color="textSecondary">
              then {item.tierThen ? tierTitle(tiers, item.tierThen) : 'no tier'}
            </Typography>
          )}
        </>
      ),
    },
    whoActs,
  ],
};
