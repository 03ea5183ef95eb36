/**
 * Annotations that vendors' Backstage plugins document, and the checks of
 * the default rubric each one is evidence for. The rubric's key lists are
 * derived from this table, and the plugin's name appears in the evidence
 * ("pagerduty.com/service-id is set (PagerDuty plugin)") and in
 * docs/annotations.md.
 */

export interface VendorAnnotation {
  key: string;
  /** The plugin that documents the annotation, as people call it. */
  plugin: string;
  /** Ids of default-rubric checks the annotation is evidence for. */
  checks: readonly string[];
}

export const VENDOR_ANNOTATIONS: readonly VendorAnnotation[] = [
  // On-call and incident response
  { key: 'pagerduty.com/service-id', plugin: 'PagerDuty', checks: ['on-call'] },
  {
    key: 'pagerduty.com/integration-key',
    plugin: 'PagerDuty',
    checks: ['on-call'],
  },
  { key: 'opsgenie.com/team', plugin: 'Opsgenie', checks: ['on-call'] },
  {
    key: 'opsgenie.com/component-selector',
    plugin: 'Opsgenie',
    checks: ['on-call', 'alerting'],
  },
  {
    key: 'splunk.com/on-call-team',
    plugin: 'Splunk On-Call',
    checks: ['on-call'],
  },
  {
    key: 'splunk.com/on-call-routing-key',
    plugin: 'Splunk On-Call',
    checks: ['on-call'],
  },
  { key: 'rootly.com/service-id', plugin: 'Rootly', checks: ['on-call'] },
  { key: 'rootly.com/service-slug', plugin: 'Rootly', checks: ['on-call'] },
  // The plugin's newer releases find a service by name as well as by id or slug.
  { key: 'rootly.com/service-name', plugin: 'Rootly', checks: ['on-call'] },
  {
    key: 'firehydrant.com/service-name',
    plugin: 'FireHydrant',
    checks: ['on-call'],
  },
  // Dashboards and alerts
  {
    key: 'grafana/dashboard-selector',
    plugin: 'Grafana',
    checks: ['dashboard'],
  },
  {
    key: 'grafana/overview-dashboard',
    plugin: 'Grafana',
    checks: ['dashboard'],
  },
  {
    key: 'grafana/alert-label-selector',
    plugin: 'Grafana',
    checks: ['alerting'],
  },
  {
    key: 'grafana/tag-selector',
    plugin: 'Grafana',
    checks: ['dashboard', 'alerting'],
  },
  {
    key: 'datadoghq.com/dashboard-url',
    plugin: 'Datadog',
    checks: ['dashboard'],
  },
  {
    key: 'datadoghq.com/graph-token',
    plugin: 'Datadog',
    checks: ['dashboard'],
  },
  {
    key: 'newrelic.com/dashboard-guid',
    plugin: 'New Relic',
    checks: ['dashboard'],
  },
  {
    key: 'dynatrace.com/dynatrace-entity-id',
    plugin: 'Dynatrace',
    checks: ['dashboard'],
  },
  {
    key: 'dynatrace.com/synthetics-ids',
    plugin: 'Dynatrace',
    checks: ['alerting'],
  },
  { key: 'prometheus.io/rule', plugin: 'Prometheus', checks: ['dashboard'] },
  { key: 'prometheus.io/alert', plugin: 'Prometheus', checks: ['alerting'] },
  // Errors
  {
    key: 'sentry.io/project-slug',
    plugin: 'Sentry',
    checks: ['error-tracking'],
  },
  {
    key: 'rollbar.com/project-slug',
    plugin: 'Rollbar',
    checks: ['error-tracking'],
  },
  {
    key: 'bugsnag.com/project-key',
    plugin: 'Bugsnag',
    checks: ['error-tracking'],
  },
  // Security scanning
  {
    key: 'sonarqube.org/project-key',
    plugin: 'SonarQube',
    checks: ['scanning'],
  },
  { key: 'snyk.io/org-name', plugin: 'Snyk', checks: ['scanning'] },
  { key: 'snyk.io/org-id', plugin: 'Snyk', checks: ['scanning'] },
  { key: 'snyk.io/project-ids', plugin: 'Snyk', checks: ['scanning'] },
  { key: 'snyk.io/targets', plugin: 'Snyk', checks: ['scanning'] },
  { key: 'snyk.io/target-id', plugin: 'Snyk', checks: ['scanning'] },
];

/** Documented annotations (or whole plugins) that are evidence for no check, and why. */
export interface VendorKeysWithoutEvidence {
  plugin: string;
  /** The documented keys; none when the plugin documents no annotation. */
  keys: readonly string[];
  reason: string;
}

export const VENDOR_KEYS_WITHOUT_EVIDENCE: readonly VendorKeysWithoutEvidence[] =
  [
    {
      plugin: 'incident.io',
      keys: [],
      reason:
        'documents no annotation: it finds an entity through the incident.io catalog importer',
    },
    {
      plugin: 'Mend',
      keys: [],
      reason:
        "documents no annotation: projects are matched in Mend's own configuration",
    },
    {
      plugin: 'GitHub code scanning and Dependabot (security insights)',
      keys: ['github.com/project-slug'],
      reason:
        'every GitHub repository has it: it does not show that scanning is on',
    },
    {
      plugin: 'Rootly',
      keys: [
        'rootly.com/functionality-id',
        'rootly.com/functionality-slug',
        'rootly.com/functionality-name',
      ],
      reason:
        'a functionality is what users can do (login, checkout) that incidents are filed against: it says what breaks, not who is paged',
    },
    {
      plugin: 'Rootly',
      keys: [
        'rootly.com/team-id',
        'rootly.com/team-slug',
        'rootly.com/team-name',
      ],
      reason:
        "a Rootly team (the plugin's examples put it on a Group) is who owns incidents, not a paging route; the owner-group check already asks for the team",
    },
    {
      plugin: 'Dynatrace',
      keys: ['dynatrace.com/guardian-tags'],
      reason:
        "filters the Site Reliability Guardian validations the DQL card shows by tag: a tag selects, it does not show that a guardian, an alert or a dashboard exists (and a release gate's objectives are not the service's SLO)",
    },
    {
      plugin: 'Snyk',
      keys: ['snyk.io/exclude-project-ids'],
      reason:
        'removes projects from the Snyk card: it says what is not shown, not what is scanned',
    },
    {
      plugin: 'PagerDuty, Datadog, Prometheus, Rootly',
      keys: [
        'pagerduty.com/account',
        'datadoghq.com/site',
        'prometheus.io/service-name',
        'rootly.com/organization-id',
        'rootly.com/service-auto-import',
        'rootly.com/functionality-auto-import',
        'rootly.com/team-auto-import',
      ],
      reason:
        'these keys choose an account, site, server or import setting for the keys above and identify nothing on their own',
    },
  ];

/** The vendor annotation keys that are evidence for a check, in the table's order. */
export function vendorKeysFor(checkId: string): string[] {
  return VENDOR_ANNOTATIONS.filter(a => a.checks.includes(checkId)).map(
    a => a.key,
  );
}

/** Key to plugin name, for the keys that are evidence for a check. */
export function vendorPluginsFor(checkId: string): Record<string, string> {
  const plugins: Record<string, string> = {};
  for (const a of VENDOR_ANNOTATIONS) {
    if (a.checks.includes(checkId)) {
      plugins[a.key] = a.plugin;
    }
  }
  return plugins;
}
