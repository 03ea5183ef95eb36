import { compileRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import type { CheckResult } from '../model/scorecard';
import { component, NOW } from '../__testUtils__/fixtures';
import { defaultRubric } from './defaultRubric';

/**
 * Links as people write them in catalog-info.yaml: most have no `type`, so
 * the default rubric reads the title and the URL's host. Each case names the
 * check it is evidence for and what the evidence says.
 */
const compiled = compileRubric(defaultRubric);

function checkOfLink(
  id: string,
  link: { url: string; title?: string; type?: string },
): CheckResult {
  const entity = component({ links: [link] });
  const result = evaluate(compiled, { entity, now: NOW }).checks.find(
    c => c.checkId === id,
  );
  if (!result) throw new Error(`no check ${id}`);
  return result;
}

/** A title that says nothing, so only the host can count. */
const NEUTRAL = 'Metrics';

describe('dashboard links by host', () => {
  it.each([
    [
      'Grafana Cloud',
      'https://acme.grafana.net/d/abc123/payments',
      'Grafana',
      'acme.grafana.net',
    ],
    [
      'self-hosted Grafana',
      'https://grafana.acme.io/d/abc123/payments?orgId=1',
      'Grafana',
      'grafana.acme.io',
    ],
    [
      'Grafana with a suffix',
      'https://grafana-prod.internal.acme.io/d/x',
      'Grafana',
      'grafana-prod.internal.acme.io',
    ],
    ['Grafana in a cluster', 'http://grafana:3000/d/x', 'Grafana', 'grafana'],
    [
      'Datadog US1',
      'https://app.datadoghq.com/dashboard/abc-def-ghi/payments',
      'Datadog',
      'app.datadoghq.com',
    ],
    [
      'Datadog US5',
      'https://us5.datadoghq.com/apm/services/payments',
      'Datadog',
      'us5.datadoghq.com',
    ],
    [
      'Datadog EU',
      'https://app.datadoghq.eu/dashboard/abc-def-ghi',
      'Datadog',
      'app.datadoghq.eu',
    ],
    [
      'Datadog public dashboard',
      'https://p.datadoghq.com/sb/abc-123',
      'Datadog',
      'p.datadoghq.com',
    ],
    [
      'New Relic',
      'https://one.newrelic.com/dashboards/detail/MXxWSVp8REFTSEJPQVJE',
      'New Relic',
      'one.newrelic.com',
    ],
    [
      'New Relic EU',
      'https://one.eu.newrelic.com/nr1-core?account=1',
      'New Relic',
      'one.eu.newrelic.com',
    ],
    [
      'New Relic permalink',
      'https://onenr.io/0abcDEF',
      'New Relic',
      'onenr.io',
    ],
    [
      'self-hosted Kibana',
      'https://kibana.acme.io/app/dashboards#/view/abc',
      'Kibana',
      'kibana.acme.io',
    ],
    [
      'Kibana on Elastic Cloud',
      'https://payments.kb.us-east-1.aws.elastic-cloud.com:9243/app/dashboards#/view/abc',
      'Kibana',
      'payments.kb.us-east-1.aws.elastic-cloud.com',
    ],
    [
      'Kibana space on Elastic Cloud',
      'https://payments.kb.us-central1.gcp.cloud.es.io/s/ops/app/dashboards',
      'Kibana',
      'payments.kb.us-central1.gcp.cloud.es.io',
    ],
    [
      'Dynatrace SaaS',
      'https://abc12345.live.dynatrace.com/#dashboard;id=1234',
      'Dynatrace',
      'abc12345.live.dynatrace.com',
    ],
    [
      'Dynatrace platform',
      'https://abc12345.apps.dynatrace.com/ui/apps/dynatrace.dashboards/dashboard/1',
      'Dynatrace',
      'abc12345.apps.dynatrace.com',
    ],
    [
      'CloudWatch',
      'https://console.aws.amazon.com/cloudwatch/home?region=eu-west-1#dashboards:name=payments',
      'CloudWatch',
      'console.aws.amazon.com',
    ],
    [
      'CloudWatch, regional console',
      'https://eu-west-1.console.aws.amazon.com/cloudwatch/home#dashboards',
      'CloudWatch',
      'eu-west-1.console.aws.amazon.com',
    ],
    [
      'Azure Monitor (blade)',
      'https://portal.azure.com/#blade/Microsoft_Azure_Monitoring/AzureMonitoringBrowseBlade/overview',
      'Azure Monitor',
      'portal.azure.com',
    ],
    [
      'Azure Monitor (view)',
      'https://portal.azure.com/#view/Microsoft_Azure_Monitoring/AzureMonitoringBrowseBlade/~/overview',
      'Azure Monitor',
      'portal.azure.com',
    ],
    [
      'Application Insights',
      'https://portal.azure.com/?feature.customportal=false#view/AppInsightsExtension/WorkbookViewerBlade',
      'Azure Monitor',
      'portal.azure.com',
    ],
  ])('%s counts, and says it is a dashboard host', (_, url, product, host) => {
    const result = checkOfLink('dashboard', { url, title: NEUTRAL });
    expect(result.status).toBe('pass');
    expect(result.message).toBe(
      `link "${NEUTRAL}" to a ${product} host (${host})`,
    );
    expect(result.evidence).toEqual([
      { source: 'metadata.links[0]', value: url },
    ]);
  });

  it.each([
    ['Datadog docs', 'https://docs.datadoghq.com/dashboards/'],
    ['Datadog marketing', 'https://www.datadoghq.com/product/apm/'],
    ['Datadog blog', 'https://www.datadoghq.com/blog/monitor-kafka/'],
    ['Grafana docs', 'https://grafana.com/docs/grafana/latest/dashboards/'],
    ['Grafana docs on a subdomain', 'https://docs.grafana.com/'],
    ['Grafana Cloud sign-up', 'https://grafana.net/'],
    [
      'Grafana demo site',
      'https://play.grafana.org/d/000000012/grafana-play-home',
    ],
    ['New Relic blog', 'https://newrelic.com/blog/how-to-relic/dashboards'],
    [
      'New Relic docs',
      'https://docs.newrelic.com/docs/query-your-data/explore-query-data/dashboards/introduction-dashboards/',
    ],
    ['Prometheus docs', 'https://prometheus.io/docs/visualization/grafana/'],
    [
      'Kibana guide',
      'https://www.elastic.co/guide/en/kibana/current/dashboard.html',
    ],
    ['Elastic Cloud console', 'https://cloud.elastic.co/deployments'],
    [
      'Elastic Cloud endpoint without a Kibana app',
      'https://payments.es.us-east-1.aws.elastic-cloud.com:9243/_cat/indices',
    ],
    [
      'Dynatrace docs',
      'https://docs.dynatrace.com/docs/analyze-explore-automate/dashboards',
    ],
    ['Dynatrace marketing', 'https://www.dynatrace.com/platform/'],
    [
      'AWS docs',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Dashboards.html',
    ],
    ['AWS console, not CloudWatch', 'https://console.aws.amazon.com/ec2/home'],
    [
      'Azure portal, not Azure Monitor',
      'https://portal.azure.com/#view/HubsExtension/BrowseAll',
    ],
    [
      'Azure Monitor docs',
      'https://learn.microsoft.com/en-us/azure/azure-monitor/overview',
    ],
    [
      'Honeycomb docs',
      'https://docs.honeycomb.io/working-with-your-data/boards/',
    ],
    ['a look-alike host', 'https://notgrafana.com/d/x'],
  ])('%s does not count', (_, url) => {
    const result = checkOfLink('dashboard', { url, title: 'Setup guide' });
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(
      /and no dashboard link in metadata\.links \(by type, title or host\)$/,
    );
  });

  it('counts a dashboard by title or type whatever the host', () => {
    expect(
      checkOfLink('dashboard', {
        url: 'https://metrics.acme.io/x',
        title: 'Service Dashboard',
      }).message,
    ).toBe(
      'link "Service Dashboard" to https://metrics.acme.io/x: its title says dashboard ("Dashboard")',
    );
    expect(
      checkOfLink('dashboard', {
        url: 'https://metrics.acme.io/x',
        type: 'dashboard',
      }).message,
    ).toBe('link of type dashboard to https://metrics.acme.io/x');
  });
});

describe('on-call links by host', () => {
  it.each([
    [
      'PagerDuty schedule',
      'https://acme.pagerduty.com/schedules#PABC123',
      'PagerDuty',
      'acme.pagerduty.com',
    ],
    [
      'PagerDuty escalation policy',
      'https://acme.pagerduty.com/escalation_policies#PXYZ',
      'PagerDuty',
      'acme.pagerduty.com',
    ],
    [
      'PagerDuty service',
      'https://acme.pagerduty.com/service-directory/PABC123',
      'PagerDuty',
      'acme.pagerduty.com',
    ],
    [
      'Opsgenie schedule',
      'https://acme.app.opsgenie.com/schedule/whoIsOnCall',
      'Opsgenie',
      'acme.app.opsgenie.com',
    ],
    [
      'Splunk On-Call',
      'https://portal.victorops.com/client/acme/teams',
      'Splunk On-Call',
      'portal.victorops.com',
    ],
    [
      'Rootly',
      'https://rootly.com/account/services/payments',
      'Rootly',
      'rootly.com',
    ],
    [
      'FireHydrant',
      'https://app.firehydrant.io/services/payments',
      'FireHydrant',
      'app.firehydrant.io',
    ],
    [
      'incident.io schedule',
      'https://app.incident.io/acme/on-call/schedules/01HXYZ',
      'incident.io',
      'app.incident.io',
    ],
    [
      'incident.io escalation path',
      'https://app.incident.io/acme/on-call/escalation-paths/01HXYZ',
      'incident.io',
      'app.incident.io',
    ],
  ])('%s counts', (_, url, product, host) => {
    const result = checkOfLink('on-call', { url, title: 'Rota' });
    expect(result.status).toBe('pass');
    expect(result.message).toBe(`link "Rota" to a ${product} host (${host})`);
  });

  it.each([
    [
      'PagerDuty marketing',
      'https://www.pagerduty.com/platform/on-call-management/',
    ],
    [
      'PagerDuty docs',
      'https://support.pagerduty.com/main/docs/schedule-basics',
    ],
    [
      'PagerDuty account, not a schedule',
      'https://acme.pagerduty.com/incidents',
    ],
    ['Opsgenie marketing', 'https://www.atlassian.com/software/opsgenie'],
    [
      'Opsgenie docs',
      'https://docs.opsgenie.com/docs/on-call-schedules-and-rotations',
    ],
    ['Rootly blog', 'https://rootly.com/blog/on-call'],
    ['Rootly docs', 'https://docs.rootly.com/on-call/schedules'],
    ['FireHydrant marketing', 'https://firehydrant.com/signals/'],
    ['incident.io marketing', 'https://incident.io/on-call'],
    ['incident.io docs', 'https://docs.incident.io/on-call/schedules'],
    ['incident.io, not on-call', 'https://app.incident.io/acme/incidents/123'],
  ])('%s does not count', (_, url) => {
    expect(checkOfLink('on-call', { url, title: 'Reading' }).status).toBe(
      'fail',
    );
  });

  it.each(['On-call schedule', 'Oncall', 'Escalation policy'])(
    'counts a link titled %s',
    title => {
      const result = checkOfLink('on-call', {
        url: 'https://wiki.acme.io/rota',
        title,
      });
      expect(result.status).toBe('pass');
      expect(result.message).toContain(
        `link "${title}" to https://wiki.acme.io/rota: its title says on-call`,
      );
    },
  );
});

describe('runbook, SLO and security review links by title', () => {
  it.each([
    ['runbook', 'Runbook', 'runbook'],
    ['runbook', 'Ops run book', 'runbook'],
    ['runbook', 'Incident playbooks', 'runbook'],
    ['slo', 'SLOs', 'slo'],
    ['slo', 'Error budget', 'slo'],
    ['slo', 'Service Level Objective', 'slo'],
    ['security-review', 'Threat model', 'security-review'],
    ['security-review', 'Security review 2026', 'security-review'],
    ['security-review', 'Pentest report', 'security-review'],
  ])('%s counts a link titled "%s"', (id, title, label) => {
    const url = 'https://wiki.acme.io/payments/page';
    const result = checkOfLink(id, { url, title });
    expect(result.status).toBe('pass');
    expect(result.message).toMatch(
      new RegExp(
        `^link "${title}" to ${url}: its title says ${label} \\(".+"\\)$`,
      ),
    );
  });

  it('counts an SLO link to Nobl9 by host, not its docs', () => {
    expect(
      checkOfLink('slo', {
        url: 'https://app.nobl9.com/slo/payments',
        title: 'Objectives',
      }).message,
    ).toBe('link "Objectives" to a Nobl9 host (app.nobl9.com)');
    expect(
      checkOfLink('slo', {
        url: 'https://docs.nobl9.com/slos/',
        title: 'Reading',
      }).status,
    ).toBe('fail');
  });

  it.each([
    [
      'runbook',
      'Runbook template (TODO)',
      'https://wiki.acme.io/<service>/runbook',
    ],
    ['slo', 'SLO', 'TBD'],
  ])('%s is invalid when the titled link has no real URL', (id, title, url) => {
    const result = checkOfLink(id, { url, title });
    expect(result.status).toBe('invalid');
    expect(result.message).toContain('expected a URL starting with https://');
  });

  it('does not take words inside other words for a title', () => {
    for (const title of ['Runbooks-generator repo', 'Sloth config']) {
      // "Runbooks-generator" is a hyphenated name: still the word runbook.
      const id = title.startsWith('Run') ? 'runbook' : 'slo';
      const status = checkOfLink(id, {
        url: 'https://github.com/acme/x',
        title,
      }).status;
      expect([title, status]).toEqual([
        title,
        title.startsWith('Run') ? 'pass' : 'fail',
      ]);
    }
  });
});
