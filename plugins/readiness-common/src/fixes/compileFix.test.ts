import { parse } from 'yaml';
import { compileFix, slugify } from './compileFix';

describe('compileFix', () => {
  const values = {
    name: 'payments-api',
    namespace: 'default',
    today: '2026-03-01',
  };

  it('renders annotations, links, metadata and spec as YAML, filling placeholders', () => {
    const fix = compileFix(
      {
        note: 'Or a link of type runbook.',
        annotations: {
          'readiness/runbook': 'https://runbooks.example.com/{{name}}',
          'readiness/runbook-reviewed': '{{today}}',
        },
        links: [
          {
            url: 'https://grafana.example.com/d/{{name}}',
            title: 'Dashboard',
            type: 'dashboard',
          },
        ],
        metadata: { description: '{{name}}: what it does' },
        spec: { dependsOn: ['component:{{namespace}}/{{name}}-backend'] },
      },
      'docs/annotations.md#runbook',
    )(values);
    expect(fix.docUrl).toBe('docs/annotations.md#runbook');
    expect(
      fix.yaml.startsWith('# Or a link of type runbook.\nmetadata:\n'),
    ).toBe(true);
    expect(parse(fix.yaml)).toEqual({
      metadata: {
        description: 'payments-api: what it does',
        annotations: {
          'readiness/runbook': 'https://runbooks.example.com/payments-api',
          'readiness/runbook-reviewed': '2026-03-01',
        },
        links: [
          {
            url: 'https://grafana.example.com/d/payments-api',
            title: 'Dashboard',
            type: 'dashboard',
          },
        ],
      },
      spec: { dependsOn: ['component:default/payments-api-backend'] },
    });
  });

  it('keeps string values strings after YAML parsing', () => {
    const fix = compileFix(
      {
        annotations: {
          'readiness/no-dependencies': 'true',
          'x/date': '{{today}}',
        },
      },
      '',
    )(values);
    expect(parse(fix.yaml).metadata.annotations).toEqual({
      'readiness/no-dependencies': 'true',
      'x/date': '2026-03-01',
    });
    expect(fix.docUrl).toBeUndefined();
  });

  it('prefers the template docUrl', () => {
    expect(
      compileFix({ docUrl: 'https://x.example.com/doc' }, 'base#id')(values)
        .docUrl,
    ).toBe('https://x.example.com/doc');
  });
});

describe('slugify', () => {
  it('makes names safe for YAML and URLs', () => {
    expect(slugify('Payments API: v2 #1', 'x')).toBe('payments-api-v2-1');
    expect(slugify('---', 'service')).toBe('service');
    expect(slugify('a'.repeat(100), 'x')).toHaveLength(63);
  });
});
