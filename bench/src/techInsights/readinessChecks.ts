import {
  DASHBOARD_KEYS,
  DEFAULT_CHECKS,
  ON_CALL_KEYS,
} from './defaultRubricParts';

/** The id of the benchmark's FactRetriever (readinessFactRetriever.ts). */
export const READINESS_RETRIEVER_ID = 'readinessFactRetriever';

type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { fact: string; operator: string; value: unknown };

/** How one of our default checks is written as a jsonfc check. */
export interface CheckMapping {
  id: string;
  /**
   * exact: same pass/fail on the same entity at retrieval time;
   * approximate: expressible only in a weaker or time-shifted form (note says how).
   */
  expressible: 'exact' | 'approximate';
  note?: string;
  conditions: Condition;
}

const has = (fact: string, item: string): Condition => ({ fact, operator: 'contains', value: item });
const annotation = (key: string) => has('annotationKeys', key);
const url = (key: string) => has('urlAnnotationKeys', key);
const fields = (key: string, names: string[]) => names.map(name => has('keyValueFields', `${key}#${name}`));
const is = (fact: string, value: unknown): Condition => ({ fact, operator: 'equal', value });
const oneOf = (fact: string, values: string[]): Condition => ({ fact, operator: 'in', value: values });
const atLeast = (fact: string, value: number): Condition => ({ fact, operator: 'greaterThanInclusive', value });
const atMost = (fact: string, value: number): Condition => ({ fact, operator: 'lessThanInclusive', value });
const ageWithin = (fact: string, days: number): Condition[] => [atLeast(fact, 0), atMost(fact, days)];
/** AI-only checks pass for other entities: jsonfc has no "not applicable". */
const aiOnly = (...conditions: Condition[]): Condition => ({
  any: [is('isAiSystem', false), { all: conditions }],
});
const AGE_NOTE =
  'The age is computed when facts are retrieved (once a day), so the check goes stale between retrievals; ours is evaluated against the current date.';

/**
 * Our 28 default checks as jsonfc checks over READINESS_FACT_SCHEMA. None of
 * them honours waivers (Tech Insights has none), and jsonfc results are
 * pass/fail per check: no tiers, weights, scores or "not applicable".
 */
export const READINESS_CHECK_MAPPINGS: CheckMapping[] = [
  {
    id: 'owner-group',
    expressible: 'exact',
    note: 'The retriever looks the owner group and its members up in the catalog.',
    conditions: { all: [atLeast('ownerGroupMembers', 1)] },
  },
  {
    id: 'operational-owner',
    expressible: 'exact',
    note: 'The retriever looks the User up in the catalog.',
    conditions: { all: [is('operationalOwnerIsUser', true)] },
  },
  { id: 'system', expressible: 'exact', conditions: { all: [is('hasSystem', true), is('hasLifecycle', true)] } },
  { id: 'on-call', expressible: 'exact', conditions: { any: ON_CALL_KEYS.map(annotation) } },
  {
    id: 'runbook',
    expressible: 'exact',
    conditions: { any: [has('linkTypes', 'runbook'), url('readiness/runbook')] },
  },
  {
    id: 'runbook-fresh',
    expressible: 'approximate',
    note: AGE_NOTE,
    conditions: { all: ageWithin('runbookReviewedAgeDays', 180) },
  },
  {
    id: 'rollout',
    expressible: 'exact',
    conditions: {
      all: [oneOf('rolloutStage', ['pilot', 'canary', 'limited', 'ga']), url('readiness/rollout-plan')],
    },
  },
  {
    id: 'handover',
    expressible: 'approximate',
    note: 'The url field of date=...; url=... is not checked to be a URL (no regex operator).',
    conditions: {
      any: [
        url('readiness/handover'),
        { all: [...fields('readiness/handover', ['date', 'url']), atLeast('handoverAgeDays', 0)] },
      ],
    },
  },
  {
    id: 'dashboard',
    expressible: 'exact',
    conditions: { any: [...DASHBOARD_KEYS.map(annotation), has('linkTypes', 'dashboard')] },
  },
  {
    id: 'alerting',
    expressible: 'exact',
    conditions: {
      any: [
        annotation('grafana/alert-label-selector'),
        annotation('prometheus.io/alert'),
        annotation('opsgenie.com/component-selector'),
        url('readiness/alerts'),
      ],
    },
  },
  {
    id: 'error-tracking',
    expressible: 'exact',
    conditions: { any: [annotation('sentry.io/project-slug'), annotation('rollbar.com/project-slug')] },
  },
  {
    id: 'slo',
    expressible: 'exact',
    conditions: { any: [has('keyValueFields', 'readiness/slo'), has('linkTypes', 'slo')] },
  },
  { id: 'fallback', expressible: 'exact', conditions: { all: [url('readiness/fallback-plan')] } },
  {
    id: 'dependencies',
    expressible: 'exact',
    conditions: { any: [atLeast('dependsOnCount', 1), is('noDependencies', 'true')] },
  },
  {
    id: 'scanning',
    expressible: 'exact',
    conditions: {
      any: [annotation('snyk.io/org-name'), annotation('sonarqube.org/project-key'), annotation('readiness/scanning')],
    },
  },
  {
    id: 'security-review',
    expressible: 'approximate',
    note: `${AGE_NOTE} The url field is not checked to be a URL. Waivers (readiness/waiver.security-review) are ignored.`,
    conditions: {
      all: [...fields('readiness/security-review', ['url', 'date']), ...ageWithin('securityReviewAgeDays', 365)],
    },
  },
  {
    id: 'data-access',
    expressible: 'approximate',
    note: 'Entities it does not apply to pass instead of being not applicable.',
    conditions: {
      any: [
        { all: [is('isDataSystem', false), is('isAiSystem', false), is('dependsOnResource', false)] },
        { all: fields('readiness/data-access', ['source', 'schedule', 'approver']) },
      ],
    },
  },
  {
    id: 'docs',
    expressible: 'exact',
    conditions: { all: [annotation('backstage.io/techdocs-ref'), is('hasDescription', true)] },
  },
  {
    id: 'success-metric',
    expressible: 'exact',
    conditions: {
      all: [annotation('readiness/success-metric'), has('numericAnnotationKeys', 'readiness/success-threshold')],
    },
  },
  {
    id: 'cost',
    expressible: 'approximate',
    note: 'Presence only: "<amount> <currency> @ <volume>/<period>" needs a regex operator, which jsonfc lacks.',
    conditions: { all: [annotation('readiness/cost-per-transaction')] },
  },
  {
    id: 'decision',
    expressible: 'exact',
    note: 'Pass/fail only: the warning 14 days before the due date has no jsonfc equivalent.',
    conditions: {
      any: [oneOf('decision', ['ship', 'kill', 'extend']), atLeast('decisionDueInDays', 0)],
    },
  },
  {
    id: 'review',
    expressible: 'approximate',
    note: AGE_NOTE,
    conditions: { all: ageWithin('lastReviewAgeDays', 365) },
  },
  {
    id: 'ai-eval',
    expressible: 'approximate',
    note: 'Non-AI entities pass instead of being not applicable (also for the other ai-* checks).',
    conditions: aiOnly(annotation('readiness/ai-eval-metric'), has('numericAnnotationKeys', 'readiness/ai-eval-threshold')),
  },
  {
    id: 'ai-eval-report',
    expressible: 'approximate',
    conditions: aiOnly(url('readiness/ai-eval-report')),
  },
  {
    id: 'ai-oversight',
    expressible: 'approximate',
    conditions: aiOnly(url('readiness/ai-oversight-policy'), oneOf('aiAutonomy', ['suggest', 'approve', 'act'])),
  },
  {
    id: 'ai-action-log',
    expressible: 'approximate',
    conditions: aiOnly(annotation('readiness/ai-action-log')),
  },
  {
    id: 'ai-drift-review',
    expressible: 'approximate',
    note: 'The window is fixed at 45 days (1.5 x monthly): jsonfc cannot multiply the cadence field.',
    conditions: aiOnly(
      ...fields('readiness/ai-drift-review', ['forum', 'cadence', 'last']),
      ...ageWithin('aiDriftReviewAgeDays', 45),
    ),
  },
  {
    id: 'ai-rollback',
    expressible: 'approximate',
    conditions: aiOnly(url('readiness/ai-rollback')),
  },
];

/** The mappings as `techInsights.factChecker.checks` config. */
export function jsonfcChecksConfig() {
  const titles = new Map(DEFAULT_CHECKS.map(check => [check.id, check]));
  return Object.fromEntries(
    READINESS_CHECK_MAPPINGS.map(mapping => [
      mapping.id,
      {
        type: 'json-rules-engine',
        name: titles.get(mapping.id)?.title ?? mapping.id,
        description: titles.get(mapping.id)?.description ?? mapping.id,
        factIds: [READINESS_RETRIEVER_ID],
        rule: { conditions: mapping.conditions },
      },
    ]),
  );
}
