import { component, runRule } from '../__testUtils__/fixtures';
import { presenceCheck, testRubric } from '../__testUtils__/testRubric';
import { describeRule } from '../docs/describeRule';
import { validateRubric } from '../engine/validateRubric';
import type { LinkRule } from './link';
import { compileHostMatcher, urlParts } from './linkMatchers';

describe('link rule', () => {
  const rule = { type: 'link' as const, linkTypes: ['runbook'] };

  it('passes on a link of the type with an https URL', () => {
    const outcome = runRule(
      rule,
      component({
        links: [
          { url: 'https://docs.example.com', type: 'docs' },
          {
            url: 'https://runbooks.example.com/p',
            title: 'Runbook',
            type: 'Runbook',
          },
        ],
      }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toEqual([
      { source: 'metadata.links[1]', value: 'https://runbooks.example.com/p' },
    ]);
  });

  it('fails when no link has the type', () => {
    expect(
      runRule(
        rule,
        component({ links: [{ url: 'https://x.example.com', type: 'docs' }] }),
      ).message,
    ).toBe('no link of type runbook in metadata.links');
  });

  it('is invalid when the link URL is not a URL', () => {
    const outcome = runRule(
      rule,
      component({ links: [{ url: 'wiki page', type: 'runbook' }] }),
    );
    expect(outcome.status).toBe('invalid');
    expect(outcome.message).toBe(
      'the runbook link metadata.links[0].url is "wiki page", expected a URL starting with https://',
    );
  });

  it('ignores garbage in metadata.links', () => {
    const entity = component();
    (entity.metadata as Record<string, unknown>).links = [
      null,
      3,
      'x',
      { type: 7 },
    ];
    expect(runRule(rule, entity).status).toBe('fail');
  });
});

describe('links matched by host', () => {
  const hostRule = (hosts: LinkRule['hosts']): LinkRule => ({
    type: 'link',
    linkTypes: ['dashboard'],
    hosts,
  });
  const nameOf = (hosts: LinkRule['hosts'], url: string) =>
    compileHostMatcher(hosts!)(url)?.name;

  it('says which product the host is, naming the host', () => {
    const outcome = runRule(
      hostRule([{ host: 'app.datadoghq.com', name: 'Datadog' }]),
      component({
        links: [{ url: 'https://app.datadoghq.com/dashboard/x', title: 'APM' }],
      }),
    );
    expect([outcome.status, outcome.message]).toEqual([
      'pass',
      'link "APM" to a Datadog host (app.datadoghq.com)',
    ]);
  });

  it('matches a domain and its subdomains, or only its subdomains with *.', () => {
    const hosts = [
      { host: 'console.aws.amazon.com', name: 'AWS' },
      { host: '*.grafana.net', name: 'Grafana' },
    ];
    expect(nameOf(hosts, 'https://console.aws.amazon.com/x')).toBe('AWS');
    expect(nameOf(hosts, 'https://eu-west-1.console.aws.amazon.com/x')).toBe(
      'AWS',
    );
    expect(nameOf(hosts, 'https://aws.amazon.com/x')).toBeUndefined();
    expect(nameOf(hosts, 'https://acme.grafana.net/d/x')).toBe('Grafana');
    expect(nameOf(hosts, 'https://grafana.net/')).toBeUndefined();
    expect(nameOf(hosts, 'https://acme.grafana.net.evil.io/')).toBeUndefined();
  });

  it('takes a * label for any one label', () => {
    const hosts = [{ host: 'app.*.signalfx.com', name: 'Splunk' }];
    expect(nameOf(hosts, 'https://app.us1.signalfx.com/#/dashboard/x')).toBe(
      'Splunk',
    );
    expect(
      nameOf(hosts, 'https://docs.signalfx.com/en/latest/'),
    ).toBeUndefined();
    expect(nameOf(hosts, 'https://app.signalfx.com/')).toBeUndefined();
  });

  it("matches a product's name in a company's host, not the product's own site", () => {
    const hosts = [{ host: 'grafana', name: 'Grafana' }];
    for (const url of [
      'https://grafana.acme.io/d/x',
      'https://grafana-eu.ops.acme.co.uk/d/x',
      'https://ops.grafana.acme.io/',
      'http://grafana:3000/d/x',
    ]) {
      expect([url, nameOf(hosts, url)]).toEqual([url, 'Grafana']);
    }
    for (const url of [
      'https://grafana.com/docs/',
      'https://docs.grafana.com/',
      'https://play.grafana.org/d/x',
      'https://mygrafana.acme.io/',
    ]) {
      expect([url, nameOf(hosts, url)]).toEqual([url, undefined]);
    }
  });

  it('reads the fragment as part of the path (single-page consoles put the page there)', () => {
    expect(
      urlParts(
        'https://Portal.Azure.com/?x=1#view/Microsoft_Azure_Monitoring/A',
      ),
    ).toEqual({
      host: 'portal.azure.com',
      path: '/#view/microsoft_azure_monitoring/a',
    });
    expect(urlParts('https://portal.azure.com#blade/X')).toEqual({
      host: 'portal.azure.com',
      path: '/#blade/x',
    });
    expect(urlParts('ftp://x.example.com/a')).toEqual({ host: '', path: '' });
    const hosts = [
      {
        host: 'portal.azure.com',
        path: '/#view/Microsoft_Azure_Monitoring',
        name: 'Azure Monitor',
      },
    ];
    expect(
      nameOf(
        hosts,
        'https://portal.azure.com/#view/Microsoft_Azure_Monitoring/AzureMonitoringBrowseBlade/~/overview',
      ),
    ).toBe('Azure Monitor');
    expect(
      nameOf(hosts, 'https://portal.azure.com/#view/HubsExtension/BrowseAll'),
    ).toBeUndefined();
  });

  it('takes a * path segment for any one segment', () => {
    const hosts = [
      { host: 'app.incident.io', path: '/*/on-call', name: 'incident.io' },
    ];
    expect(
      nameOf(hosts, 'https://app.incident.io/acme/on-call/schedules/01H'),
    ).toBe('incident.io');
    expect(
      nameOf(hosts, 'https://app.incident.io/acme/incidents/1'),
    ).toBeUndefined();
    expect(
      nameOf(hosts, 'https://app.incident.io/on-call/schedules'),
    ).toBeUndefined();
  });

  it('describes each product once, with its hosts', () => {
    expect(
      describeRule(
        hostRule([
          { host: '*.grafana.net', name: 'Grafana' },
          { host: 'grafana', name: 'Grafana' },
          {
            host: 'console.aws.amazon.com',
            path: '/cloudwatch',
            name: 'CloudWatch',
          },
        ]),
      ),
    ).toBe(
      'a `metadata.links` entry with `type: dashboard`, or to a host of Grafana (`*.grafana.net`, `grafana*.<company domain>`), CloudWatch (`console.aws.amazon.com/cloudwatch`), with an https URL (the icon alone is not evidence)',
    );
  });

  it('is a rubric issue when a host is not a host pattern', () => {
    const rubric = {
      ...testRubric,
      checks: [
        {
          ...presenceCheck('x', 'bronze', 'major'),
          evidence: hostRule([
            { host: '*.grafana.net', name: 'ok' },
            { host: '.grafana.net', name: 'empty label' },
            { host: '*', name: 'any host' },
            { host: 'https://grafana.net', name: 'a URL' },
          ]),
        },
      ],
    };
    expect(validateRubric(rubric).map(issue => issue.path)).toEqual([
      'rubric.checks[0].evidence.hosts[1].host',
      'rubric.checks[0].evidence.hosts[2].host',
      'rubric.checks[0].evidence.hosts[3].host',
    ]);
  });
});
