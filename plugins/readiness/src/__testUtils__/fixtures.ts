/**
 * API responses shaped exactly as plugins/readiness-backend/src/schema/openapi.yaml
 * describes them, for a realistic service part-way through the tiers.
 */
import type { Entity } from '@backstage/catalog-model';
import type {
  CheckResult,
  Scorecard,
} from '@readiness-scorecards/plugin-readiness-common';
import type {
  HistoryResponse,
  RubricResponse,
  ScorecardResponse,
} from '../api/types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO timestamp `days` days before the moment the tests run. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

/** A date (YYYY-MM-DD) `days` days after the moment the tests run. */
export function dayInDays(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

export const paymentsApiEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    namespace: 'default',
    title: 'Payments API',
    annotations: {
      'backstage.io/techdocs-ref': 'dir:.',
      'readiness/operational-owner': 'user:default/jonas-lindqvist',
      'readiness/runbook': 'see the wiki',
      'readiness/waiver.fallback':
        'until=2027-03-01; approver=user:default/cto; reason=vendor contract pending',
    },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/payments-team',
    system: 'payments',
  },
};

/** A check result with the fields every result has; override the rest. */
export function checkResult(
  overrides: Partial<CheckResult> & Pick<CheckResult, 'checkId' | 'title'>,
): CheckResult {
  return {
    category: 'operations',
    tier: 'beta',
    severity: 'major',
    status: 'pass',
    message: `${overrides.title} is in place.`,
    evidence: [],
    ...overrides,
  };
}

export const paymentsApiChecks: CheckResult[] = [
  checkResult({
    checkId: 'owner-group',
    title: 'Owned by a group with members',
    category: 'ownership',
    tier: 'pilot',
    severity: 'blocker',
    message: 'Owned by group:default/payments-team, which has 4 members.',
    evidence: [{ source: 'spec.owner', value: 'group:default/payments-team' }],
  }),
  checkResult({
    checkId: 'system',
    title: 'Part of a system, lifecycle set',
    category: 'ownership',
    tier: 'pilot',
    message: 'Part of system payments; lifecycle production.',
    evidence: [{ source: 'spec.system', value: 'payments' }],
  }),
  checkResult({
    checkId: 'dependencies',
    title: 'Dependencies declared',
    category: 'reliability',
    tier: 'pilot',
    severity: 'minor',
    status: 'not-applicable',
    message: 'Does not apply: the rubric skips this check for this type.',
  }),
  checkResult({
    checkId: 'on-call',
    title: 'On-call routing',
    category: 'operations',
    severity: 'blocker',
    status: 'fail',
    message:
      'No on-call routing found: add a PagerDuty, Opsgenie or readiness/on-call annotation.',
    actor: 'group:default/payments-team',
    fix: {
      yaml: 'metadata:\n  annotations:\n    pagerduty.com/service-id: "<your PagerDuty service id>"\n',
      docUrl: 'https://readiness.example.com/docs/checks#on-call',
    },
  }),
  checkResult({
    checkId: 'runbook',
    title: 'Runbook linked',
    category: 'operations',
    severity: 'blocker',
    status: 'invalid',
    message:
      'readiness/runbook is "see the wiki", which is not a URL; expected an http(s) URL.',
    evidence: [
      {
        source: 'metadata.annotations["readiness/runbook"]',
        value: 'see the wiki',
      },
    ],
    actor: 'user:default/jonas-lindqvist',
    fix: {
      yaml: 'metadata:\n  links:\n    - url: https://wiki.example.com/payments-api/runbook\n      title: Runbook\n      type: runbook\n',
      docUrl: 'https://readiness.example.com/docs/checks#runbook',
    },
  }),
  checkResult({
    checkId: 'alerting',
    title: 'Actionable alerts',
    category: 'observability',
    severity: 'blocker',
    status: 'fail',
    message: 'No alerting found.',
    actor: 'group:default/payments-team',
    fix: {
      yaml: 'metadata:\n  annotations:\n    readiness/alerts: "https://grafana.example.com/alerting/payments-api"\n',
      docUrl: 'https://readiness.example.com/docs/checks#alerting',
    },
  }),
  checkResult({
    checkId: 'rollout',
    title: 'Rollout plan and stage',
    category: 'operations',
    status: 'fail',
    message: 'No rollout stage or plan declared.',
    fix: {
      yaml: 'metadata:\n  annotations:\n    readiness/rollout-stage: "pilot"\n    readiness/rollout-plan: "https://wiki.example.com/payments-api/rollout"\n',
    },
  }),
  checkResult({
    checkId: 'scanning',
    title: 'Code and dependency scanning',
    category: 'security',
    status: 'warn',
    message: 'Waived until soon: the waiver expires in 5 days.',
    waiver: {
      until: dayInDays(5),
      approver: 'user:default/ciso',
      reason: 'scanner licence renewal',
      state: 'expiring',
      message: 'The waiver expires in 5 days.',
    },
    fix: {
      yaml: 'metadata:\n  annotations:\n    snyk.io/org-name: "<your Snyk org>"\n',
      docUrl: 'https://readiness.example.com/docs/checks#scanning',
    },
  }),
  checkResult({
    checkId: 'fallback',
    title: 'Failure and fallback behaviour written down',
    category: 'reliability',
    status: 'waived',
    message: 'Waived until 2027-03-01 by user:default/cto.',
    waiver: {
      until: '2027-03-01',
      approver: 'user:default/cto',
      reason: 'vendor contract pending',
      state: 'valid',
      message: 'Valid waiver.',
    },
  }),
  checkResult({
    checkId: 'error-tracking',
    title: 'Errors tracked',
    category: 'observability',
    severity: 'minor',
    status: 'fail',
    message: 'No error tracking found.',
    fix: {
      yaml: 'metadata:\n  annotations:\n    sentry.io/project-slug: "payments-api"\n',
    },
  }),
  checkResult({
    checkId: 'security-review',
    title: 'Security and access review',
    category: 'security',
    tier: 'production',
    severity: 'blocker',
    status: 'fail',
    message: 'No security review recorded.',
    fix: {
      yaml: 'metadata:\n  annotations:\n    readiness/security-review: "url=https://security.example.com/reviews/payments-api; date=2026-11-21"\n',
      docUrl: 'https://readiness.example.com/docs/checks#security-review',
    },
  }),
];

export const paymentsApiScorecard: Scorecard = {
  entityRef: 'component:default/payments-api',
  evaluatedAt: daysAgo(0),
  tier: 'pilot',
  nextTier: 'beta',
  blockers: ['on-call', 'runbook', 'alerting', 'rollout'],
  score: 46.2,
  categories: [
    {
      category: 'ownership',
      title: 'Ownership',
      score: 100,
      passed: 2,
      applicable: 2,
    },
    {
      category: 'operations',
      title: 'Operations',
      score: 0,
      passed: 0,
      applicable: 3,
    },
    {
      category: 'observability',
      title: 'Observability',
      score: 0,
      passed: 0,
      applicable: 2,
    },
    {
      category: 'reliability',
      title: 'Reliability',
      score: 100,
      passed: 1,
      applicable: 1,
    },
    {
      category: 'security',
      title: 'Security',
      score: 33.3,
      passed: 0,
      applicable: 2,
    },
  ],
  checks: paymentsApiChecks,
  owner: 'group:default/payments-team',
  operationalOwner: 'user:default/jonas-lindqvist',
  decision: {
    state: 'undecided',
    due: '2027-02-26',
    message: 'No decision yet: ship, kill or extend by 2027-02-26.',
  },
};

export const paymentsApiResponse: ScorecardResponse = {
  scorecard: paymentsApiScorecard,
  people: {
    ownerGroup: {
      entityRef: 'group:default/payments-team',
      title: 'Payments team',
      email: 'payments@acme.example',
      members: [
        {
          entityRef: 'user:default/jane-doe',
          title: 'Jane Doe',
          email: 'jane@acme.example',
        },
      ],
    },
    operationalOwner: {
      entityRef: 'user:default/jonas-lindqvist',
      title: 'Jonas Lindqvist',
      email: 'jonas@acme.example',
    },
  },
  stored: { tierSince: daysAgo(143), computedAt: daysAgo(0) },
};

export const paymentsApiHistory: HistoryResponse = {
  entityRef: 'component:default/payments-api',
  points: [
    {
      recordedAt: daysAgo(200),
      tier: null,
      score: 12.5,
      blockerCount: 3,
      failingChecks: ['owner-group', 'success-metric', 'docs'],
    },
    {
      recordedAt: daysAgo(143),
      tier: 'pilot',
      score: 38,
      blockerCount: 5,
      failingChecks: ['on-call', 'runbook', 'alerting', 'rollout', 'scanning'],
    },
    {
      recordedAt: daysAgo(20),
      tier: 'pilot',
      score: 46.2,
      blockerCount: 4,
      failingChecks: ['on-call', 'runbook', 'alerting', 'rollout'],
    },
  ],
};

export const defaultRubric: RubricResponse = {
  tiers: [
    { id: 'pilot', title: 'Pilot' },
    { id: 'beta', title: 'Beta' },
    { id: 'production', title: 'Production' },
  ],
  categories: [
    { id: 'ownership', title: 'Ownership' },
    { id: 'operations', title: 'Operations' },
    { id: 'observability', title: 'Observability' },
    { id: 'reliability', title: 'Reliability' },
    { id: 'security', title: 'Security' },
    { id: 'documentation', title: 'Documentation and decisions' },
  ],
  weights: { blocker: 3, major: 2, minor: 1 },
  checks: paymentsApiChecks.map(c => ({
    id: c.checkId,
    title: c.title,
    description: `${c.title}.`,
    category: c.category,
    tier: c.tier,
    severity: c.severity,
    appliesTo: 'Component, Resource and API entities',
  })),
};

/** A component registered a minute ago, with no readiness annotation at all. */
export const newServiceEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'fresh-service', namespace: 'default' },
  spec: {
    type: 'service',
    lifecycle: 'experimental',
    owner: 'group:default/payments-team',
  },
};

export const newServiceResponse: ScorecardResponse = {
  scorecard: {
    entityRef: 'component:default/fresh-service',
    evaluatedAt: daysAgo(0),
    tier: null,
    nextTier: 'pilot',
    blockers: ['success-metric', 'docs'],
    score: 0,
    categories: [
      {
        category: 'documentation',
        title: 'Documentation and decisions',
        score: 0,
        passed: 0,
        applicable: 2,
      },
      {
        category: 'observability',
        title: 'Observability',
        score: 0,
        passed: 0,
        applicable: 1,
      },
    ],
    checks: [
      checkResult({
        checkId: 'success-metric',
        title: 'Success defined as a number',
        category: 'documentation',
        tier: 'pilot',
        severity: 'blocker',
        status: 'fail',
        message: 'No success metric or threshold declared.',
        fix: {
          yaml: '# Decide the number before you build.\nmetadata:\n  annotations:\n    readiness/success-metric: "<what you measure>"\n    readiness/success-threshold: "<the value that counts as success>"\n',
        },
      }),
      checkResult({
        checkId: 'docs',
        title: 'Documentation',
        category: 'documentation',
        tier: 'pilot',
        status: 'fail',
        message: 'No TechDocs and no description.',
        fix: {
          yaml: 'metadata:\n  description: "<one sentence on what fresh-service does>"\n  annotations:\n    backstage.io/techdocs-ref: dir:.\n',
        },
      }),
      checkResult({
        checkId: 'dashboard',
        title: 'A dashboard',
        category: 'observability',
        tier: 'pilot',
        status: 'fail',
        message: 'No dashboard found.',
        fix: {
          yaml: 'metadata:\n  links:\n    - url: https://grafana.example.com/d/fresh-service\n      title: Dashboard\n      type: dashboard\n',
        },
      }),
      checkResult({
        checkId: 'on-call',
        title: 'On-call routing',
        tier: 'beta',
        severity: 'blocker',
        status: 'fail',
        message: 'No on-call routing found.',
        fix: {
          yaml: 'metadata:\n  annotations:\n    pagerduty.com/service-id: "<your PagerDuty service id>"\n',
        },
      }),
    ],
    owner: 'group:default/payments-team',
    decision: { state: 'undecided', message: 'No decision gate declared yet.' },
  },
  people: {
    ownerGroup: {
      entityRef: 'group:default/payments-team',
      title: 'Payments team',
    },
  },
  stored: {},
};
