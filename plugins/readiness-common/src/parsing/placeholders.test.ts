import { component, runRule } from '../__testUtils__/fixtures';
import { findPlaceholder, placeholderDetail } from './placeholders';

describe('findPlaceholder', () => {
  it.each([
    // [value, the placeholder it holds]
    ['<system>', '<system>'],
    ['<url>', '<url>'],
    ['<<DATADOG_URL>>', '<<DATADOG_URL>>'],
    ['‹system›', '‹system›'],
    ['‹your team›', '‹your team›'],
    ['TODO', 'TODO'],
    ['todo', 'todo'],
    ['TBD', 'TBD'],
    ['unknown', 'unknown'],
    ['Unknown', 'Unknown'],
    ['N/A', 'N/A'],
    ['undefined', 'undefined'],
    ['n/a', 'n/a'],
    ['FIXME', 'FIXME'],
    ['${{ values.name }}', '${{ values.name }}'],
    ['{{ cookiecutter.component_id }}', '{{ cookiecutter.component_id }}'],
    ['{% raw %}', '{% raw %}'],
  ])('finds %s as a whole value', (value, placeholder) => {
    expect(findPlaceholder(value)).toBe(placeholder);
    expect(findPlaceholder(`  ${value}\n`)).toBe(placeholder);
    expect(placeholderDetail(value, placeholder)).toBe(
      'a placeholder, not a value',
    );
  });

  it.each([
    ['https://<host>/d/<uid>', '<host>'],
    ['https://wiki.acme.io/‹team›/runbook', '‹team›'],
    ['TODO: add the runbook link', 'TODO'],
    ['TBD - ask the SRE team', 'TBD'],
    ['unknown (ask Bob)', 'unknown'],
    ['N/A, no dashboard yet', 'N/A'],
    ['https://grafana.acme.io/d/${{ values.name }}', '${{ values.name }}'],
    ['group:default/{{ cookiecutter.owner }}', '{{ cookiecutter.owner }}'],
    ['{% raw %}${{ values.x }}{% endraw %}', '{% raw %}'],
  ])('finds the placeholder in part of %s', (value, placeholder) => {
    expect(findPlaceholder(value)).toBe(placeholder);
    expect(placeholderDetail(value, placeholder)).toBe(
      `"${placeholder}" is a placeholder`,
    );
  });

  it.each([
    'p99 < 2s',
    'latency-p99 <= 300ms',
    'a < b and c > d',
    'todo-service',
    'todos',
    'Unknown Pleasures',
    'undefined behaviour sanitizer',
    'unknown-service',
    'n/a-dapter',
    'Jane Doe <jane@acme.io>',
    'https://grafana.acme.io/d/abc?var-env=prod',
    '{"query": "service:payments"}',
    'tags @> payments',
    '99.9%',
    'group:default/payments',
    'a to-do list app',
  ])('finds none in %s', value => {
    expect(findPlaceholder(value)).toBeUndefined();
  });

  it('stays linear on a long value of unclosed template braces and brackets', () => {
    const value = `${'{{ '.repeat(20_000)}${'<a'.repeat(20_000)}${'‹'.repeat(
      20_000,
    )}`;
    const start = Date.now();
    expect(findPlaceholder(value)).toBeUndefined();
    expect(Date.now() - start).toBeLessThan(500);
  });
});

describe('a placeholder where evidence should be', () => {
  it('makes an annotation invalid, naming the placeholder', () => {
    const outcome = runRule(
      { type: 'annotation', keys: ['pagerduty.com/service-id'] },
      component({
        annotations: { 'pagerduty.com/service-id': '<service-id>' },
      }),
    );
    expect([outcome.status, outcome.message]).toEqual([
      'invalid',
      'pagerduty.com/service-id is "<service-id>" (a placeholder, not a value), expected a real value, not a placeholder',
    ]);
  });

  it('makes a link URL invalid, naming the placeholder', () => {
    const outcome = runRule(
      { type: 'link', linkTypes: ['dashboard'] },
      component({
        links: [
          {
            url: 'https://grafana.acme.io/d/${{ values.name }}',
            type: 'dashboard',
          },
        ],
      }),
    );
    expect([outcome.status, outcome.message]).toEqual([
      'invalid',
      'the dashboard link metadata.links[0].url is "https://grafana.acme.io/d/${{ values.name }}" ("${{ values.name }}" is a placeholder), expected a URL starting with https://',
    ]);
  });

  it('makes spec.owner invalid, naming the placeholder', () => {
    const outcome = runRule(
      { type: 'owner-group' },
      component({ spec: { owner: '{{ cookiecutter.owner }}' } }),
      { related: {} },
    );
    expect([outcome.status, outcome.message]).toEqual([
      'invalid',
      'spec.owner is "{{ cookiecutter.owner }}" (a placeholder, not a value), expected a group ref such as group:default/payments',
    ]);
  });

  it('makes spec.system invalid, naming the placeholder', () => {
    const outcome = runRule(
      { type: 'field', path: 'spec.system', condition: 'non-empty' },
      component({ spec: { system: '‹system›' } }),
    );
    expect([outcome.status, outcome.message]).toEqual([
      'invalid',
      'spec.system is "‹system›" (a placeholder, not a value), expected a real spec.system, not a placeholder',
    ]);
  });

  it('lets a real value with a look-alike pass', () => {
    expect(
      runRule(
        { type: 'field', path: 'spec.system', condition: 'non-empty' },
        component({ spec: { system: 'todo-service' } }),
      ).status,
    ).toBe('pass');
  });
});
