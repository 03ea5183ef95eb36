import type {
  AttentionItem,
  AttentionList,
  AttentionResponse,
} from '../api/types';

const NOW = '2026-11-21T12:00:00.000Z';

/** Three pilots overdue as in the example organisation, most overdue first. */
export const overdueItems: AttentionItem[] = [
  {
    entityRef: 'component:default/chargeback-labels-etl',
    title: 'Chargeback labels ETL',
    kind: 'Component',
    type: 'data-pipeline',
    lifecycle: 'experimental',
    owner: 'group:default/data-platform-team',
    ownerTitle: 'Data Platform Team',
    operationalOwner: 'user:default/marcus-webb',
    whoActs: 'group:default/data-platform-team',
    whoActsNote:
      'user:default/marcus-webb (named operational owner) was not found in the catalog; the owning team acts',
    tier: 'pilot',
    score: 40,
    blockerCount: 6,
    decisionState: 'overdue',
    decisionDue: '2026-04-30',
    daysOverdue: 205,
    timeInTier: { since: '2025-11-03T00:00:00.000Z', source: 'declared', days: 383 },
    claimAboveTier: false,
    expiring: [],
  },
  {
    entityRef: 'component:default/dispute-assistant-agent',
    kind: 'Component',
    type: 'agent',
    owner: 'group:default/ml-team',
    ownerTitle: 'ML Team',
    operationalOwner: 'user:default/lucia-romano',
    whoActs: 'user:default/lucia-romano',
    tier: 'pilot',
    score: 35,
    blockerCount: 8,
    decisionState: 'overdue',
    decisionDue: '2026-05-31',
    daysOverdue: 174,
    timeInTier: { since: '2026-11-21T08:00:00.000Z', source: 'first-record', days: 0 },
    claimAboveTier: false,
    expiring: [],
  },
  {
    entityRef: 'component:default/fraud-model-v3',
    kind: 'Component',
    type: 'model',
    owner: 'group:default/ml-team',
    ownerTitle: 'ML Team',
    whoActs: 'user:default/kenji-watanabe',
    tier: 'pilot',
    score: 45,
    blockerCount: 7,
    decisionState: 'overdue',
    decisionDue: '2026-06-30',
    daysOverdue: 144,
    timeInTier: { since: '2026-02-02T00:00:00.000Z', source: 'declared', days: 292 },
    claimAboveTier: false,
    expiring: [],
  },
];

export const expiringItem: AttentionItem = {
  entityRef: 'component:default/fraud-scoring-service',
  kind: 'Component',
  owner: 'group:default/ml-team',
  ownerTitle: 'ML Team',
  whoActs: 'user:default/ravi-shankar',
  tier: 'production',
  score: 100,
  blockerCount: 0,
  decisionState: 'ship',
  timeInTier: { since: NOW, source: 'first-record', days: 0 },
  claimAboveTier: false,
  expiring: [
    { checkId: 'ai-drift-review', severity: 'major', checkTier: 'production', kind: 'evidence', dropsOn: '2026-12-18' },
  ],
  tierThen: 'beta',
};

/** GET /attention as the backend answers it for one list of these items. */
export function attentionResponse(
  list: AttentionList,
  options: { offset?: number; limit?: number; sort?: AttentionResponse['sort']; order?: 'asc' | 'desc' } = {},
): AttentionResponse {
  const byList: Partial<Record<AttentionList, AttentionItem[]>> = {
    'overdue-decisions': overdueItems,
    expiring: [expiringItem],
  };
  const all = byList[list] ?? [];
  const offset = options.offset ?? 0;
  const limit = options.limit ?? 25;
  return {
    list,
    total: all.length,
    offset,
    limit,
    sort: options.sort ?? 'urgency',
    order: options.order ?? naturalOrder(list, options.sort ?? 'urgency'),
    withinDays: 30,
    oldPilotDays: 90,
    evaluatedAt: NOW,
    counts: { 'overdue-decisions': 3, 'old-pilots': 0, 'claimed-above-earned': 0, expiring: 1 },
    items: all.slice(offset, offset + limit),
    recompute: { stale: false, running: false, lastSucceededAt: NOW },
  };
}

/** The backend's default order: urgent first, names A to Z. */
function naturalOrder(list: AttentionList, sort: AttentionResponse['sort']): 'asc' | 'desc' {
  if (sort === 'urgency') return list === 'expiring' ? 'asc' : 'desc';
  return ['daysOverdue', 'daysInTier', 'blockers'].includes(sort) ? 'desc' : 'asc';
}
