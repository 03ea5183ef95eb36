/**
 * The built-in rubric (docs/annotations.md is generated from it). Ecosystem annotations that
 * catalogs already carry count as evidence. Teams replace or extend it in
 * app-config under `readiness.rubric` (see loadRubricFromConfig).
 */
import type { LinkHost } from '../rules/link';
import { vendorKeysFor, vendorPluginsFor } from './vendorAnnotations';
import type {
  AppliesTo,
  CategoryDefinition,
  CheckDefinition,
  Rubric,
  TierDefinition,
} from '../model/rubric';

export const DEFAULT_TIERS: TierDefinition[] = [
  {
    id: 'pilot',
    title: 'Pilot',
    description:
      'Real users try it, with a team behind it and success defined.',
  },
  {
    id: 'beta',
    title: 'Beta',
    description: 'Run like a service: on-call, runbook, alerts, rollout plan.',
  },
  {
    id: 'production',
    title: 'Production',
    description: 'Reviewed, current, and decided on.',
  },
];

export const DEFAULT_CATEGORIES: CategoryDefinition[] = [
  { id: 'ownership', title: 'Ownership' },
  { id: 'operations', title: 'Operations' },
  { id: 'observability', title: 'Observability' },
  { id: 'reliability', title: 'Reliability' },
  { id: 'security', title: 'Security' },
  { id: 'documentation', title: 'Documentation and decisions' },
  { id: 'ai', title: 'AI systems' },
];

/** spec.type values of AI systems. */
export const AI_TYPES = ['ai-service', 'model', 'agent', 'llm'];
/** Tags that mark an AI system. */
export const AI_TAGS = ['ai', 'ml', 'llm'];
/** spec.type values of data systems (data-access applies to them). */
export const DATA_TYPES = [
  'data-pipeline',
  'pipeline',
  'etl',
  'elt',
  'dataset',
  'data-product',
  'data-warehouse',
  'stream-processor',
];

const AI_ONLY: AppliesTo = { anyOf: [{ type: AI_TYPES }, { tags: AI_TAGS }] };

export const DEFAULT_DOC_BASE_URL = 'docs/annotations.md';

/** On-call annotations: the vendor plugins' (PagerDuty, Opsgenie...) and readiness/on-call. */
export const ON_CALL_KEYS = [...vendorKeysFor('on-call'), 'readiness/on-call'];

/** Dashboard annotations of the vendor plugins (Grafana, Datadog, New Relic...). */
export const DASHBOARD_KEYS = vendorKeysFor('dashboard');

/**
 * Where monitoring products show dashboards: a link there is a dashboard
 * whatever its title. Only the products' app hosts and paths, never their
 * whole domains: documentation, blogs and marketing pages live there too
 * (docs.datadoghq.com, grafana.com/docs, newrelic.com/blog).
 */
export const DASHBOARD_HOSTS: LinkHost[] = [
  // Grafana Cloud stacks, and self-hosted grafana.<company> hosts.
  { host: '*.grafana.net', name: 'Grafana' },
  { host: 'grafana', name: 'Grafana' },
  // Datadog's sites (US1, US3, US5, AP1, AP2, EU1, US1-FED) and public dashboards.
  { host: 'app.datadoghq.com', name: 'Datadog' },
  { host: 'us3.datadoghq.com', name: 'Datadog' },
  { host: 'us5.datadoghq.com', name: 'Datadog' },
  { host: 'ap1.datadoghq.com', name: 'Datadog' },
  { host: 'ap2.datadoghq.com', name: 'Datadog' },
  { host: 'app.datadoghq.eu', name: 'Datadog' },
  { host: 'app.ddog-gov.com', name: 'Datadog' },
  { host: 'p.datadoghq.com', name: 'Datadog' },
  { host: 'one.newrelic.com', name: 'New Relic' },
  { host: 'one.eu.newrelic.com', name: 'New Relic' },
  { host: 'rpm.newrelic.com', name: 'New Relic' },
  // New Relic's permalinks.
  { host: 'onenr.io', name: 'New Relic' },
  // Self-hosted kibana.<company>, and Kibana on Elastic Cloud (its apps).
  { host: 'kibana', name: 'Kibana' },
  { host: '*.elastic-cloud.com', path: '/app/', name: 'Kibana' },
  { host: '*.elastic-cloud.com', path: '/s/', name: 'Kibana' },
  { host: '*.cloud.es.io', path: '/app/', name: 'Kibana' },
  { host: '*.cloud.es.io', path: '/s/', name: 'Kibana' },
  { host: '*.live.dynatrace.com', name: 'Dynatrace' },
  { host: '*.apps.dynatrace.com', name: 'Dynatrace' },
  { host: 'console.aws.amazon.com', path: '/cloudwatch', name: 'CloudWatch' },
  // The Azure portal says where you are in the fragment (urlParts keeps it).
  {
    host: 'portal.azure.com',
    path: '/#blade/microsoft_azure_monitoring',
    name: 'Azure Monitor',
  },
  {
    host: 'portal.azure.com',
    path: '/#view/microsoft_azure_monitoring',
    name: 'Azure Monitor',
  },
  {
    host: 'portal.azure.com',
    path: '/#blade/appinsightsextension',
    name: 'Azure Monitor',
  },
  {
    host: 'portal.azure.com',
    path: '/#view/appinsightsextension',
    name: 'Azure Monitor',
  },
  {
    host: 'console.cloud.google.com',
    path: '/monitoring',
    name: 'Google Cloud Monitoring',
  },
  { host: 'ui.honeycomb.io', name: 'Honeycomb' },
  { host: 'ui.eu1.honeycomb.io', name: 'Honeycomb' },
  { host: 'app.*.signalfx.com', name: 'Splunk Observability' },
  {
    host: 'app.*.observability.splunkcloud.com',
    name: 'Splunk Observability',
  },
  { host: 'app.lightstep.com', name: 'Lightstep' },
  { host: 'app.logz.io', name: 'Logz.io' },
  { host: 'prometheus', name: 'Prometheus' },
];

/** Titles of dashboard links (most links have no type). */
export const DASHBOARD_TITLES = [
  'dashboard',
  'grafana',
  'datadog',
  'new relic',
  'newrelic',
  'kibana',
  'dynatrace',
  'cloudwatch',
];

/** Where on-call tools show schedules and escalations (never their sites' docs or blogs). */
export const ON_CALL_HOSTS: LinkHost[] = [
  { host: '*.pagerduty.com', path: '/schedules', name: 'PagerDuty' },
  { host: '*.pagerduty.com', path: '/escalation_policies', name: 'PagerDuty' },
  { host: '*.pagerduty.com', path: '/service-directory', name: 'PagerDuty' },
  { host: 'app.opsgenie.com', name: 'Opsgenie' },
  { host: 'app.eu.opsgenie.com', name: 'Opsgenie' },
  { host: 'portal.victorops.com', name: 'Splunk On-Call' },
  // Rootly's web app (its site, blog and docs are elsewhere on rootly.com).
  { host: 'rootly.com', path: '/account/', name: 'Rootly' },
  { host: 'app.firehydrant.io', name: 'FireHydrant' },
  // app.incident.io/<organisation>/on-call/schedules, /escalation-paths...
  { host: 'app.incident.io', path: '/*/on-call', name: 'incident.io' },
];

export const DEFAULT_CHECKS: CheckDefinition[] = [
  // Ownership
  {
    id: 'owner-group',
    title: 'Owned by a team',
    description:
      'Owned by a Group that exists in the catalog and has members, so someone answers for it on the Monday after launch.',
    category: 'ownership',
    tier: 'pilot',
    severity: 'blocker',
    evidence: { type: 'owner-group', minMembers: 1 },
    fix: {
      note: 'The owner must be a Group in the catalog with at least one member.',
      spec: { owner: 'group:default/{{name}}-team' },
    },
  },
  {
    id: 'operational-owner',
    title: 'Operational owner named',
    description:
      'A named person runs it after launch: a User entity in the catalog.',
    category: 'ownership',
    tier: 'beta',
    severity: 'blocker',
    evidence: { type: 'user-ref', key: 'readiness/operational-owner' },
    fix: {
      note: 'A User entity in the catalog.',
      annotations: { 'readiness/operational-owner': 'user:default/jane.doe' },
    },
  },
  {
    id: 'system',
    title: 'Part of a system, lifecycle set',
    description:
      'spec.system and spec.lifecycle are set, so it shows up in system and lifecycle rollups.',
    category: 'ownership',
    tier: 'pilot',
    severity: 'major',
    evidence: {
      type: 'all',
      rules: [
        { type: 'field', path: 'spec.system', condition: 'non-empty' },
        { type: 'field', path: 'spec.lifecycle', condition: 'non-empty' },
      ],
    },
    fix: {
      note: 'Keep your lifecycle if it is already set.',
      spec: { system: '{{name}}-system', lifecycle: 'experimental' },
    },
  },
  // Operations
  {
    id: 'on-call',
    title: 'On-call routing',
    description:
      'Pages reach a person: a PagerDuty, Opsgenie, Splunk On-Call, Rootly or FireHydrant annotation, readiness/on-call, or a link to the on-call schedule (by type, title, or to an on-call tool: PagerDuty, Opsgenie, incident.io...).',
    category: 'operations',
    tier: 'beta',
    severity: 'blocker',
    actor: 'operational-owner',
    evidence: {
      type: 'any',
      rules: [
        {
          type: 'annotation',
          keys: ON_CALL_KEYS,
          plugins: vendorPluginsFor('on-call'),
        },
        {
          type: 'link',
          linkTypes: ['on-call'],
          titles: [
            'on-call',
            'oncall',
            'on-call schedule',
            'escalation policy',
          ],
          hosts: ON_CALL_HOSTS,
        },
      ],
    },
    fix: {
      note: 'Or pagerduty.com/service-id, opsgenie.com/team, splunk.com/on-call-routing-key, rootly.com/service-id, firehydrant.com/service-name.',
      annotations: {
        'readiness/on-call': 'https://oncall.example.com/schedules/{{name}}',
      },
    },
  },
  {
    id: 'runbook',
    title: 'Runbook linked',
    description:
      'A runbook or playbook link (by type or title in metadata.links) or readiness/runbook with its URL.',
    category: 'operations',
    tier: 'beta',
    severity: 'blocker',
    actor: 'operational-owner',
    evidence: {
      type: 'any',
      rules: [
        {
          type: 'link',
          linkTypes: ['runbook', 'playbook'],
          titles: ['runbook', 'run book', 'playbook'],
        },
        {
          type: 'annotation-format',
          keys: ['readiness/runbook'],
          format: 'url',
        },
      ],
    },
    fix: {
      note: 'Or a metadata.links entry with type: runbook.',
      annotations: {
        'readiness/runbook': 'https://runbooks.example.com/{{name}}',
      },
    },
  },
  {
    id: 'runbook-fresh',
    title: 'Runbook reviewed recently',
    description:
      'readiness/runbook-reviewed holds the date of the last runbook review, within 180 days.',
    category: 'operations',
    tier: 'production',
    severity: 'major',
    actor: 'operational-owner',
    freshness: { maxAgeDays: 180 },
    evidence: { type: 'freshness', key: 'readiness/runbook-reviewed' },
    fix: {
      note: 'The date you last walked through the runbook.',
      annotations: { 'readiness/runbook-reviewed': '{{today}}' },
    },
  },
  {
    id: 'rollout',
    title: 'Rollout plan and stage',
    description:
      'readiness/rollout-stage (pilot, canary, limited, ga) and readiness/rollout-plan (URL).',
    category: 'operations',
    tier: 'beta',
    severity: 'major',
    evidence: {
      type: 'all',
      rules: [
        {
          type: 'annotation-format',
          keys: ['readiness/rollout-stage'],
          format: 'enum',
          values: ['pilot', 'canary', 'limited', 'ga'],
        },
        {
          type: 'annotation-format',
          keys: ['readiness/rollout-plan'],
          format: 'url',
        },
      ],
    },
    fix: {
      note: 'rollout-stage is one of pilot, canary, limited, ga.',
      annotations: {
        'readiness/rollout-stage': 'canary',
        'readiness/rollout-plan': 'https://wiki.example.com/{{name}}/rollout',
      },
    },
  },
  {
    id: 'handover',
    title: 'Operators trained, handover done',
    description:
      'readiness/handover: a URL, or date=YYYY-MM-DD; url=... of the handover.',
    category: 'operations',
    tier: 'production',
    severity: 'major',
    actor: 'operational-owner',
    evidence: {
      type: 'any',
      rules: [
        {
          type: 'annotation-format',
          keys: ['readiness/handover'],
          format: 'url',
        },
        {
          type: 'annotation-format',
          keys: ['readiness/handover'],
          format: 'key-value',
          requiredKeys: ['date', 'url'],
          keyFormats: { date: 'past-date', url: 'url' },
        },
      ],
    },
    fix: {
      annotations: {
        'readiness/handover':
          'date={{today}}; url=https://wiki.example.com/{{name}}/handover',
      },
    },
  },
  // Observability
  {
    id: 'dashboard',
    title: 'A dashboard',
    description:
      'A Grafana, Datadog, New Relic, Dynatrace or Prometheus annotation, or a dashboard link: by type, by title, or to a monitoring host (Grafana, Datadog, New Relic, Kibana, Dynatrace, CloudWatch...).',
    category: 'observability',
    tier: 'pilot',
    severity: 'major',
    evidence: {
      type: 'any',
      rules: [
        {
          type: 'annotation',
          keys: DASHBOARD_KEYS,
          plugins: vendorPluginsFor('dashboard'),
        },
        {
          type: 'link',
          linkTypes: ['dashboard'],
          titles: DASHBOARD_TITLES,
          hosts: DASHBOARD_HOSTS,
        },
      ],
    },
    fix: {
      note: 'Or grafana/dashboard-selector, datadoghq.com/dashboard-url, newrelic.com/dashboard-guid.',
      links: [
        {
          url: 'https://grafana.example.com/d/{{name}}',
          title: 'Dashboard',
          type: 'dashboard',
        },
      ],
    },
  },
  {
    id: 'alerting',
    title: 'Actionable alerts',
    description:
      'Alerts route somewhere: Grafana, Prometheus, Dynatrace or Opsgenie alert annotations, or readiness/alerts (URL).',
    category: 'observability',
    tier: 'beta',
    severity: 'blocker',
    actor: 'operational-owner',
    evidence: {
      type: 'any',
      rules: [
        {
          type: 'annotation',
          keys: vendorKeysFor('alerting'),
          plugins: vendorPluginsFor('alerting'),
        },
        {
          type: 'annotation-format',
          keys: ['readiness/alerts'],
          format: 'url',
        },
      ],
    },
    fix: {
      note: 'Or grafana/alert-label-selector, prometheus.io/alert, opsgenie.com/component-selector.',
      annotations: {
        'readiness/alerts': 'https://alerts.example.com/{{name}}',
      },
    },
  },
  {
    id: 'error-tracking',
    title: 'Errors tracked',
    description: 'Errors go to Sentry, Rollbar or Bugsnag.',
    category: 'observability',
    tier: 'beta',
    severity: 'minor',
    evidence: {
      type: 'annotation',
      keys: vendorKeysFor('error-tracking'),
      plugins: vendorPluginsFor('error-tracking'),
    },
    fix: {
      note: 'Or rollbar.com/project-slug.',
      annotations: { 'sentry.io/project-slug': '{{name}}' },
    },
  },
  // Reliability
  {
    id: 'slo',
    title: 'An SLO',
    description:
      'readiness/slo as key=value pairs, each objective a number with its unit or percent (availability=99.9%; latency-p99=300ms), or an SLO link (by type or title).',
    category: 'reliability',
    tier: 'beta',
    severity: 'major',
    evidence: {
      type: 'any',
      rules: [
        {
          type: 'annotation-format',
          keys: ['readiness/slo'],
          format: 'key-value',
          valueFormat: 'quantity',
        },
        {
          type: 'link',
          linkTypes: ['slo'],
          titles: ['slo', 'service level objective', 'error budget'],
          hosts: [{ host: 'app.nobl9.com', name: 'Nobl9' }],
        },
      ],
    },
    fix: {
      annotations: { 'readiness/slo': 'availability=99.9%; latency-p99=300ms' },
    },
  },
  {
    id: 'fallback',
    title: 'Failure and fallback written down',
    description:
      'readiness/fallback-plan links to what it does when a dependency fails.',
    category: 'reliability',
    tier: 'beta',
    severity: 'major',
    actor: 'operational-owner',
    evidence: {
      type: 'annotation-format',
      keys: ['readiness/fallback-plan'],
      format: 'url',
    },
    fix: {
      annotations: {
        'readiness/fallback-plan': 'https://wiki.example.com/{{name}}/fallback',
      },
    },
  },
  {
    id: 'dependencies',
    title: 'Dependencies declared',
    description:
      'spec.dependsOn lists what it needs, or readiness/no-dependencies: "true".',
    category: 'reliability',
    tier: 'pilot',
    severity: 'minor',
    evidence: {
      type: 'any',
      rules: [
        { type: 'field', path: 'spec.dependsOn', condition: 'non-empty' },
        {
          type: 'annotation-format',
          keys: ['readiness/no-dependencies'],
          format: 'enum',
          values: ['true'],
        },
      ],
    },
    fix: {
      note: 'List what it calls (components, resources such as databases); or set readiness/no-dependencies: "true".',
      spec: { dependsOn: ['component:default/{{name}}-backend'] },
    },
  },
  // Security
  {
    id: 'scanning',
    title: 'Code and dependency scanning',
    description: 'A Snyk or SonarQube annotation, or readiness/scanning.',
    category: 'security',
    tier: 'beta',
    severity: 'major',
    evidence: {
      type: 'annotation',
      keys: [...vendorKeysFor('scanning'), 'readiness/scanning'],
      plugins: vendorPluginsFor('scanning'),
    },
    fix: {
      note: 'Or snyk.io/org-name, or readiness/scanning.',
      annotations: { 'sonarqube.org/project-key': '{{name}}' },
    },
  },
  {
    id: 'security-review',
    title: 'Security and access review',
    description:
      'readiness/security-review: url=...; date=YYYY-MM-DD of the review, within 365 days; or a security review link (by type or title), which shows a review exists but not its age.',
    category: 'security',
    tier: 'production',
    severity: 'blocker',
    freshness: { maxAgeDays: 365 },
    evidence: {
      type: 'any',
      rules: [
        {
          type: 'all',
          rules: [
            {
              type: 'annotation-format',
              keys: ['readiness/security-review'],
              format: 'key-value',
              requiredKeys: ['url', 'date'],
              keyFormats: { url: 'url', date: 'date' },
            },
            {
              type: 'freshness',
              key: 'readiness/security-review',
              field: 'date',
            },
          ],
        },
        {
          type: 'link',
          linkTypes: ['security-review'],
          titles: [
            'security review',
            'threat model',
            'penetration test',
            'pentest',
          ],
        },
      ],
    },
    fix: {
      annotations: {
        'readiness/security-review':
          'url=https://security.example.com/reviews/{{name}}; date={{today}}',
      },
    },
  },
  {
    id: 'data-access',
    title: 'Data source, schedule, permissions',
    description:
      'readiness/data-access: source=...; schedule=...; approver=... (who allowed the data use).',
    category: 'security',
    tier: 'beta',
    severity: 'major',
    appliesTo: {
      anyOf: [
        { type: [...DATA_TYPES, ...AI_TYPES] },
        { dependsOnKind: ['resource'] },
      ],
    },
    evidence: {
      type: 'annotation-format',
      keys: ['readiness/data-access'],
      format: 'key-value',
      requiredKeys: ['source', 'schedule', 'approver'],
    },
    fix: {
      annotations: {
        'readiness/data-access':
          'source=warehouse.{{name}}; schedule=hourly; approver=user:default/jane.doe',
      },
    },
  },
  // Documentation and decisions
  {
    id: 'docs',
    title: 'Documentation',
    description:
      'TechDocs (backstage.io/techdocs-ref) and a metadata.description.',
    category: 'documentation',
    tier: 'pilot',
    severity: 'major',
    evidence: {
      type: 'all',
      rules: [
        { type: 'annotation', keys: ['backstage.io/techdocs-ref'] },
        { type: 'field', path: 'metadata.description', condition: 'non-empty' },
      ],
    },
    fix: {
      note: 'Keep your description if it is already set.',
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      metadata: { description: '{{name}}: what it does and for whom' },
    },
  },
  {
    id: 'success-metric',
    title: 'Success defined as a number',
    description:
      'readiness/success-metric and readiness/success-threshold (a number), written before build.',
    category: 'documentation',
    tier: 'pilot',
    severity: 'blocker',
    evidence: {
      type: 'all',
      rules: [
        { type: 'annotation', keys: ['readiness/success-metric'] },
        {
          type: 'annotation-format',
          keys: ['readiness/success-threshold'],
          format: 'number',
        },
      ],
    },
    fix: {
      annotations: {
        'readiness/success-metric': 'checkout conversion rate',
        'readiness/success-threshold': '>= 2.5%',
      },
    },
  },
  {
    id: 'cost',
    title: 'Cost per transaction',
    description:
      'readiness/cost-per-transaction at expected volume, e.g. 0.004 USD @ 50000/day.',
    category: 'documentation',
    tier: 'production',
    severity: 'major',
    evidence: {
      type: 'annotation-pattern',
      keys: ['readiness/cost-per-transaction'],
      // No two `\s*` side by side (that backtracks quadratically on long
      // runs of spaces): the optional multiplier carries its own spaces.
      pattern:
        '^\\s*\\d+(?:\\.\\d+)?\\s*[A-Za-z]{3}\\s*@\\s*\\d+(?:\\.\\d+)?(?:\\s*[kKmM])?\\s*/\\s*(?:s|sec|second|min|minute|h|hour|d|day|w|week|mo|month|y|year)\\s*$',
      expected:
        '<amount> <currency> @ <volume>/<period>, such as 0.004 USD @ 50000/day',
    },
    fix: {
      annotations: {
        'readiness/cost-per-transaction': '0.004 USD @ 50000/day',
      },
    },
  },
  {
    id: 'decision',
    title: 'Decision gate',
    description:
      'readiness/decision (ship, kill or extend); while undecided, readiness/decision-due (a date) not in the past. A due date passed with no decision is pilot purgatory.',
    category: 'documentation',
    tier: 'production',
    severity: 'blocker',
    evidence: { type: 'decision-gate', warnDays: 14 },
    fix: {
      note: 'ship, kill or extend; until decided, set readiness/decision-due: YYYY-MM-DD instead.',
      annotations: { 'readiness/decision': 'ship' },
    },
  },
  {
    id: 'review',
    title: 'Readiness review current',
    description:
      'readiness/last-review holds the date of the last readiness review, within 365 days.',
    category: 'documentation',
    tier: 'production',
    severity: 'major',
    freshness: { maxAgeDays: 365 },
    evidence: { type: 'freshness', key: 'readiness/last-review' },
    fix: {
      annotations: { 'readiness/last-review': '{{today}}' },
    },
  },
  // AI systems
  {
    id: 'ai-eval',
    title: 'Evaluation metric and threshold',
    description:
      'readiness/ai-eval-metric and readiness/ai-eval-threshold (a number).',
    category: 'ai',
    tier: 'pilot',
    severity: 'blocker',
    appliesTo: AI_ONLY,
    evidence: {
      type: 'all',
      rules: [
        { type: 'annotation', keys: ['readiness/ai-eval-metric'] },
        {
          type: 'annotation-format',
          keys: ['readiness/ai-eval-threshold'],
          format: 'number',
        },
      ],
    },
    fix: {
      annotations: {
        'readiness/ai-eval-metric': 'answer accuracy on the golden set',
        'readiness/ai-eval-threshold': '>= 0.9',
      },
    },
  },
  {
    id: 'ai-eval-report',
    title: 'Latest evaluation result',
    description:
      'readiness/ai-eval-report links to the latest evaluation result (required from beta).',
    category: 'ai',
    tier: 'beta',
    severity: 'blocker',
    appliesTo: AI_ONLY,
    evidence: {
      type: 'annotation-format',
      keys: ['readiness/ai-eval-report'],
      format: 'url',
    },
    fix: {
      annotations: {
        'readiness/ai-eval-report': 'https://evals.example.com/{{name}}/latest',
      },
    },
  },
  {
    id: 'ai-oversight',
    title: 'Human oversight policy',
    description:
      'readiness/ai-oversight-policy (URL): what the system must not decide; readiness/ai-autonomy: suggest, approve or act.',
    category: 'ai',
    tier: 'beta',
    severity: 'blocker',
    appliesTo: AI_ONLY,
    evidence: {
      type: 'all',
      rules: [
        {
          type: 'annotation-format',
          keys: ['readiness/ai-oversight-policy'],
          format: 'url',
        },
        {
          type: 'annotation-format',
          keys: ['readiness/ai-autonomy'],
          format: 'enum',
          values: ['suggest', 'approve', 'act'],
        },
      ],
    },
    fix: {
      note: 'ai-autonomy is one of suggest, approve, act.',
      annotations: {
        'readiness/ai-oversight-policy':
          'https://wiki.example.com/{{name}}/oversight',
        'readiness/ai-autonomy': 'suggest',
      },
    },
  },
  {
    id: 'ai-action-log',
    title: 'Tool calls logged and reversible',
    description:
      'readiness/ai-action-log says where the audit log of its actions goes.',
    category: 'ai',
    tier: 'beta',
    severity: 'blocker',
    appliesTo: AI_ONLY,
    evidence: { type: 'annotation', keys: ['readiness/ai-action-log'] },
    fix: {
      annotations: {
        'readiness/ai-action-log': 'https://logs.example.com/{{name}}/actions',
      },
    },
  },
  {
    id: 'ai-drift-review',
    title: 'Drift reviewed on a cadence',
    description:
      'readiness/ai-drift-review: forum=...; cadence=monthly; last=YYYY-MM-DD, with the last review within 1.5 x the cadence.',
    category: 'ai',
    tier: 'production',
    severity: 'major',
    appliesTo: AI_ONLY,
    evidence: {
      type: 'all',
      rules: [
        {
          type: 'annotation-format',
          keys: ['readiness/ai-drift-review'],
          format: 'key-value',
          requiredKeys: ['forum', 'cadence', 'last'],
          keyFormats: { cadence: 'cadence', last: 'date' },
        },
        {
          type: 'freshness',
          key: 'readiness/ai-drift-review',
          field: 'last',
          windowFrom: { field: 'cadence', factor: 1.5 },
        },
      ],
    },
    fix: {
      annotations: {
        'readiness/ai-drift-review':
          'forum=ml-review; cadence=monthly; last={{today}}',
      },
    },
  },
  {
    id: 'ai-rollback',
    title: 'Model rollback path',
    description:
      'readiness/ai-rollback links to how to roll back to the previous model.',
    category: 'ai',
    tier: 'production',
    severity: 'major',
    actor: 'operational-owner',
    appliesTo: AI_ONLY,
    evidence: {
      type: 'annotation-format',
      keys: ['readiness/ai-rollback'],
      format: 'url',
    },
    fix: {
      annotations: {
        'readiness/ai-rollback':
          'https://wiki.example.com/{{name}}/model-rollback',
      },
    },
  },
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) {
      deepFreeze(item);
    }
  }
  return value;
}

/** The built-in rubric (frozen); derive changes with loadRubricFromConfig. */
export const defaultRubric: Rubric = deepFreeze({
  tiers: DEFAULT_TIERS,
  categories: DEFAULT_CATEGORIES,
  checks: DEFAULT_CHECKS,
  weights: { blocker: 5, major: 3, minor: 1 },
  waivers: { maxDays: 90, expiringDays: 14 },
  docBaseUrl: DEFAULT_DOC_BASE_URL,
  appliesTo: { kind: ['Component'] },
});
