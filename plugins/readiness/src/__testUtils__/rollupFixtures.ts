/**
 * Organisation-level responses (RollupResponse, ScorecardListResponse,
 * RollupHistoryResponse), typed with the API types generated from
 * plugins/readiness-backend/src/schema/openapi.yaml and validated against the
 * spec by fixtures.contract.test.ts.
 */
import type { Entity } from '@backstage/catalog-model';
import type {
  FilterValuesResponse,
  SummaryResponse,
  RecomputeState,
  RollupGroup,
  RollupHistoryResponse,
  RollupResponse,
  ScorecardListResponse,
  StoredScorecardSummary,
} from '../api/types';
import { daysAgo } from './fixtures';

/** The stored results are current: the last recompute succeeded an hour ago. */
export const freshRecompute: RecomputeState = {
  stale: false,
  running: false,
  lastSucceededAt: daysAgo(1 / 24),
};

export const paymentsTeamGroup: RollupGroup = {
  key: 'group:default/payments-team',
  title: 'Payments Team',
  entityCount: 3,
  tiers: { none: 0, pilot: 2, beta: 0, production: 1 },
  meanScore: 58.3,
  openBlockers: 6,
  stuckBelowTop: 1,
  overdueDecisions: 0,
  oldPilotsWithoutDecision: 0,
  claimedAboveEarned: 0,
  expiringSoon: 0,
  topFailingChecks: [
    { checkId: 'on-call', count: 2 },
    { checkId: 'runbook', count: 2 },
  ],
  categoryScores: {
    ownership: 100,
    operations: 33.3,
    observability: 66.7,
    reliability: 50,
    security: 80,
    documentation: 20,
  },
};

export const searchTeamGroup: RollupGroup = {
  key: 'group:default/search-team',
  title: 'Search Team',
  entityCount: 2,
  tiers: { none: 1, pilot: 0, beta: 1, production: 0 },
  meanScore: 41,
  openBlockers: 3,
  stuckBelowTop: 2,
  overdueDecisions: 0,
  oldPilotsWithoutDecision: 0,
  claimedAboveEarned: 0,
  expiringSoon: 0,
  topFailingChecks: [{ checkId: 'on-call', count: 1 }],
  categoryScores: {
    ownership: 50,
    operations: 40,
    observability: 90,
    reliability: 10,
    security: 60,
    documentation: 75,
  },
};

export const noOwnerGroup: RollupGroup = {
  key: '(none)',
  entityCount: 1,
  tiers: { none: 1, pilot: 0, beta: 0, production: 0 },
  meanScore: 0,
  openBlockers: 2,
  stuckBelowTop: 0,
  overdueDecisions: 0,
  oldPilotsWithoutDecision: 0,
  claimedAboveEarned: 0,
  expiringSoon: 0,
  topFailingChecks: [{ checkId: 'owner-group', count: 1 }],
  categoryScores: { ownership: 0 },
};

export const ownerRollup: RollupResponse = {
  groupBy: 'owner',
  tiers: ['pilot', 'beta', 'production'],
  stuckAfterDays: 90,
  total: {
    key: 'total',
    entityCount: 6,
    tiers: { none: 2, pilot: 2, beta: 1, production: 1 },
    meanScore: 45.1,
    openBlockers: 11,
    stuckBelowTop: 3,
    overdueDecisions: 0,
    oldPilotsWithoutDecision: 0,
    claimedAboveEarned: 0,
    expiringSoon: 0,
    topFailingChecks: [
      { checkId: 'on-call', count: 3 },
      { checkId: 'runbook', count: 2 },
      { checkId: 'owner-group', count: 1 },
    ],
    categoryScores: {
      ownership: 70,
      operations: 35,
      observability: 75,
      reliability: 35,
      security: 72,
      documentation: 42,
    },
  },
  groupCount: 3,
  rowCount: 3,
  offset: 0,
  recompute: freshRecompute,
  groups: [paymentsTeamGroup, searchTeamGroup, noOwnerGroup],
};

/**
 * Grouped by owner as the server sends it, most urgent first: each
 * top-level row (a department, a person) followed by the groups below it.
 */
export const ownerTreeRollup: RollupResponse = {
  ...ownerRollup,
  groupCount: 4,
  rowCount: 2,
  groups: [
    {
      ...paymentsTeamGroup,
      key: 'group:default/engineering',
      title: 'Engineering',
      entityCount: 5,
      tiers: { none: 1, pilot: 2, beta: 1, production: 1 },
      openBlockers: 9,
    },
    { ...searchTeamGroup, parent: 'group:default/engineering' },
    { ...paymentsTeamGroup, parent: 'group:default/engineering' },
    {
      ...noOwnerGroup,
      key: 'user:default/jane',
      ownedByPerson: true,
      openBlockers: 1,
    },
  ],
};

export function storedSummary(
  overrides: Partial<StoredScorecardSummary> &
    Pick<StoredScorecardSummary, 'entityRef'>,
): StoredScorecardSummary {
  return {
    kind: 'Component',
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/payments-team',
    system: 'system:default/payments',
    domain: 'domain:default/money',
    tier: 'pilot',
    score: 46.2,
    blockerCount: 4,
    failingChecks: ['on-call', 'runbook', 'alerting', 'rollout'],
    tierSince: daysAgo(143),
    ...overrides,
  };
}

export const paymentsTeamScorecards: ScorecardListResponse = {
  total: 3,
  offset: 0,
  recompute: freshRecompute,
  items: [
    storedSummary({ entityRef: 'component:default/payments-api' }),
    storedSummary({
      entityRef: 'resource:default/payments-db',
      kind: 'Resource',
      type: 'database',
      score: 61.5,
      blockerCount: 2,
      failingChecks: ['runbook', 'on-call'],
    }),
    storedSummary({
      entityRef: 'api:default/payments-rest',
      kind: 'API',
      type: 'openapi',
      tier: 'production',
      score: 100,
      blockerCount: 0,
      failingChecks: [],
      tierSince: daysAgo(20),
    }),
  ],
};

export const rollupHistory: RollupHistoryResponse = {
  groupBy: 'owner',
  tiers: ['pilot', 'beta', 'production'],
  groupCount: 2,
  points: [
    {
      date: '2026-01-05',
      total: {
        entityCount: 5,
        meanScore: 30.2,
        tiers: { none: 3, pilot: 2, beta: 0, production: 0 },
      },
      groups: [
        {
          key: 'group:default/payments-team',
          entityCount: 3,
          meanScore: 40.3,
          tiers: { none: 1, pilot: 2, beta: 0, production: 0 },
        },
        {
          key: 'group:default/search-team',
          entityCount: 2,
          meanScore: 15,
          tiers: { none: 2, pilot: 0, beta: 0, production: 0 },
        },
      ],
    },
    {
      date: '2026-02-05',
      total: {
        entityCount: 6,
        meanScore: 45.1,
        tiers: { none: 2, pilot: 2, beta: 1, production: 1 },
      },
      groups: [
        {
          key: 'group:default/payments-team',
          entityCount: 3,
          meanScore: 58.3,
          tiers: { none: 0, pilot: 2, beta: 0, production: 1 },
        },
        {
          key: 'group:default/search-team',
          entityCount: 2,
          meanScore: 41,
          tiers: { none: 1, pilot: 0, beta: 1, production: 0 },
        },
      ],
    },
  ],
};

/** The group the team card is shown for. */
export const paymentsTeamEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments-team', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

/** GET /filter-values: what the filters suggest. */
export const filterValues: FilterValuesResponse = {
  kind: ['API', 'Component'],
  type: ['agent', 'service', 'website'],
  lifecycle: ['experimental', 'production'],
  tag: ['ml', 'pci', 'public'],
  owner: [
    'group:default/engineering',
    'group:default/payments-team',
    'group:default/search-team',
  ],
  ownerTitles: {
    'group:default/engineering': 'Engineering',
    'group:default/payments-team': 'Payments Team',
  },
  system: ['system:default/payments'],
  domain: ['domain:default/commerce'],
};

/** GET /summary after the first recompute of the owner rollup's six entities. */
export const firstRunSummary: SummaryResponse = {
  summary: {
    entities: 6,
    byTier: [
      { tier: 'pilot', entities: 2 },
      { tier: 'beta', entities: 1 },
      { tier: 'production', entities: 1 },
      { tier: 'none', entities: 2 },
    ],
    commonGaps: [
      { checkId: 'on-call', title: 'On-call routing', tier: 'beta', entities: 4 },
      { checkId: 'runbook', title: 'Runbook linked', tier: 'beta', entities: 3 },
    ],
    declaredProductionBelowTop: {
      entities: 2,
      topTier: 'production',
      entityRefs: [
        'component:default/payments-api',
        'component:default/search-indexer',
      ],
    },
  },
  recompute: freshRecompute,
};
