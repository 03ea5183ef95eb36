/**
 * GET /initiatives and below, typed with the generated API types and
 * validated against openapi.yaml by fixtures.contract.test.ts. Dates are
 * fixed strings: the components show what the backend computed (days left,
 * state), they compute nothing from today.
 */
import type {
  InitiativeEntitiesResponse,
  InitiativeEntity,
  InitiativeHistoryResponse,
  InitiativeListResponse,
  InitiativeResponse,
  InitiativeSummary,
  InitiativeTeamProgress,
} from '../api/types';
import { freshRecompute } from './rollupFixtures';

const EVALUATED_AT = '2027-02-01T08:00:00.000Z';

export const betaByMarch: InitiativeSummary = {
  initiative: {
    id: 'beta-by-march',
    title: 'Every customer-facing service reaches beta',
    description: 'Before the spring launch.',
    target: { tier: 'beta' },
    scope: { owner: ['group:default/engineering'], kind: ['Component'] },
    startDate: '2027-01-04',
    deadline: '2027-03-31',
    owningGroup: 'group:default/platform-team',
  },
  owningGroupTitle: 'Platform Team',
  scopeOwnerTitles: { 'group:default/engineering': 'Engineering' },
  progress: {
    inScope: 12,
    done: 9,
    remaining: 3,
    percentDone: 75,
    state: 'on-track',
    daysLeft: 58,
    projectedDone: 14.6,
    neededNow: 6.1,
  },
};

export const runbooksEverywhere: InitiativeSummary = {
  initiative: {
    id: 'runbooks-everywhere',
    title: 'Every service links a runbook',
    target: { checks: ['runbook'] },
    scope: { kind: ['Component'], type: ['service'] },
    startDate: '2027-01-04',
    deadline: '2027-02-28',
  },
  progress: {
    inScope: 10,
    done: 2,
    remaining: 8,
    percentDone: 20,
    state: 'at-risk',
    daysLeft: 27,
    projectedDone: 3.9,
    neededNow: 5.1,
  },
};

export const initiativeList: InitiativeListResponse = {
  evaluatedAt: EVALUATED_AT,
  initiatives: [betaByMarch, runbooksEverywhere],
  recompute: freshRecompute,
};

/** Teams of beta-by-march, most remaining first: 25 of them, for paging. */
export const betaByMarchTeams: InitiativeTeamProgress[] = [
  {
    owner: 'group:default/payments-team',
    ownerTitle: 'Payments Team',
    inScope: 4,
    done: 2,
    remaining: 2,
    remainingChecks: [
      { checkId: 'runbook', title: 'Runbook linked', entityCount: 2 },
      { checkId: 'on-call', title: 'On-call routing', entityCount: 1 },
    ],
  },
  {
    owner: 'group:default/search-team',
    ownerTitle: 'Search Team',
    inScope: 3,
    done: 2,
    remaining: 1,
    remainingChecks: [
      { checkId: 'on-call', title: 'On-call routing', entityCount: 1 },
    ],
  },
  ...Array.from({ length: 23 }, (_, i) => ({
    owner: `group:default/team-${String(i + 1).padStart(2, '0')}`,
    inScope: 1,
    done: 1,
    remaining: 0,
    remainingChecks: [],
  })),
];

export function betaByMarchDetail(page: {
  offset: number;
  limit: number;
}): InitiativeResponse {
  return {
    ...betaByMarch,
    remainingChecks: [
      { checkId: 'runbook', title: 'Runbook linked', entityCount: 2 },
      { checkId: 'on-call', title: 'On-call routing', entityCount: 2 },
    ],
    teamCount: betaByMarchTeams.length,
    offset: page.offset,
    limit: page.limit,
    teams: betaByMarchTeams.slice(page.offset, page.offset + page.limit),
    evaluatedAt: EVALUATED_AT,
    recompute: freshRecompute,
  };
}

export const paymentsApiInBetaByMarch: InitiativeEntity = {
  entityRef: 'component:default/payments-api',
  kind: 'Component',
  type: 'service',
  lifecycle: 'production',
  owner: 'group:default/payments-team',
  ownerTitle: 'Payments Team',
  system: 'payments',
  tier: 'pilot',
  done: false,
  remainingChecks: ['on-call', 'runbook'],
};

/** beta-by-march's entities, remaining first. */
export const betaByMarchEntities: InitiativeEntity[] = [
  paymentsApiInBetaByMarch,
  {
    entityRef: 'component:default/ledger',
    kind: 'Component',
    owner: 'group:default/payments-team',
    ownerTitle: 'Payments Team',
    tier: 'pilot',
    done: false,
    remainingChecks: ['runbook'],
  },
  {
    entityRef: 'component:default/search-api',
    kind: 'Component',
    owner: 'group:default/search-team',
    ownerTitle: 'Search Team',
    tier: 'pilot',
    done: false,
    remainingChecks: ['on-call'],
  },
  {
    entityRef: 'component:default/checkout',
    title: 'Checkout service',
    kind: 'Component',
    owner: 'group:default/payments-team',
    ownerTitle: 'Payments Team',
    tier: 'beta',
    done: true,
    remainingChecks: [],
  },
];

export function betaByMarchEntityPage(query: {
  owner?: string;
  offset: number;
  limit: number;
}): InitiativeEntitiesResponse {
  const items = betaByMarchEntities.filter(
    e => !query.owner || e.owner === query.owner,
  );
  return {
    initiativeId: 'beta-by-march',
    total: items.length,
    remaining: items.filter(e => !e.done).length,
    offset: query.offset,
    limit: query.limit,
    items: items.slice(query.offset, query.offset + query.limit),
    recompute: freshRecompute,
  };
}

export const betaByMarchHistory: InitiativeHistoryResponse = {
  initiativeId: 'beta-by-march',
  startDate: '2027-01-04',
  deadline: '2027-03-31',
  source: 'recorded',
  pace: {
    from: { date: '2027-01-04', done: 3 },
    to: { date: '2027-03-31', done: 12 },
  },
  points: [
    { date: '2027-01-04', inScope: 12, done: 3, needed: 3 },
    { date: '2027-01-18', inScope: 12, done: 6, needed: 4.5 },
    { date: '2027-02-01', inScope: 12, done: 9, needed: 5.9 },
  ],
};

/** GET /initiatives?entityRef=component:default/payments-api */
export const paymentsApiInitiatives: InitiativeListResponse = {
  evaluatedAt: EVALUATED_AT,
  initiatives: [
    { ...betaByMarch, entity: paymentsApiInBetaByMarch },
    {
      ...runbooksEverywhere,
      entity: { ...paymentsApiInBetaByMarch, remainingChecks: ['runbook'] },
    },
    // Met already: the entity's tab leaves it out.
    {
      initiative: {
        id: 'owners-everywhere',
        title: 'Every service has an owning group',
        target: { checks: ['owner-group'] },
        scope: {},
        startDate: '2027-01-04',
        deadline: '2027-02-28',
      },
      progress: {
        inScope: 10,
        done: 10,
        remaining: 0,
        percentDone: 100,
        state: 'done',
        daysLeft: 27,
      },
      entity: { ...paymentsApiInBetaByMarch, done: true, remainingChecks: [] },
    },
  ],
  recompute: freshRecompute,
};
