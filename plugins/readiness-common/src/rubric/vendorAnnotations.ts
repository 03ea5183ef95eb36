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

/** Plugins whose documented annotations say nothing a check could count, and why. */
export const VENDOR_PLUGINS_WITHOUT_EVIDENCE: readonly {
  plugin: string;
  reason: string;
}[] = [
  {
    plugin: 'incident.io',
    reason:
      'documents no annotation: it finds an entity through the incident.io catalog importer',
  },
  {
    plugin: 'Mend',
    reason:
      "documents no annotation: projects are matched in Mend's own configuration",
  },
  {
    plugin: 'GitHub code scanning and Dependabot (security insights)',
    reason:
      'read only `github.com/project-slug`, which every GitHub repository has: it does not show that scanning is on',
  },
  {
    plugin:
      'PagerDuty (`pagerduty.com/account`), Datadog (`datadoghq.com/site`), Prometheus (`prometheus.io/service-name`)',
    reason:
      'these keys choose an account, site or server for the keys above and identify nothing on their own',
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
