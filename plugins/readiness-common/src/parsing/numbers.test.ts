import fc from 'fast-check';
import { isQuantityValue, parseNumberValue } from './numbers';

describe('parseNumberValue', () => {
  // Forms found in the public corpus and in vendors' docs (Datadog, Grafana,
  // Dynatrace and Nobl9 SLO targets; success thresholds of product docs).
  it.each([
    ['0.95', { value: 0.95 }],
    ['0.85', { value: 0.85 }],
    ['30%', { value: 30, unit: '%' }],
    ['>= 95%', { value: 95, comparator: '>=', unit: '%' }],
    ['<300ms', { value: 300, comparator: '<', unit: 'ms' }],
    ['< 1%', { value: 1, comparator: '<', unit: '%' }],
    ['p99 < 2s', { value: 2, comparator: '<', unit: 's', metric: 'p99' }],
    ['p95<=300ms', { value: 300, comparator: '<=', unit: 'ms', metric: 'p95' }],
    [
      'latency p99 < 250 ms',
      { value: 250, comparator: '<', unit: 'ms', metric: 'latency p99' },
    ],
    ['>= 99.9% availability', { value: 99.9, comparator: '>=', unit: '%' }],
    ['99.95% uptime', { value: 99.95, unit: '%' }],
    ['< 0.1% errors', { value: 0.1, comparator: '<', unit: '%' }],
    [
      'error rate <= 0.5%',
      { value: 0.5, comparator: '<=', unit: '%', metric: 'error rate' },
    ],
    ['NPS >= 40', { value: 40, comparator: '>=', metric: 'NPS' }],
    ['≥ 99.5%', { value: 99.5, comparator: '>=', unit: '%' }],
    ['≤ 200ms', { value: 200, comparator: '<=', unit: 'ms' }],
    ['at least 95%', { value: 95, comparator: '>=', unit: '%' }],
    ['at most 2 s', { value: 2, comparator: '<=', unit: 's' }],
    ['1000 req/s', { value: 1000, unit: 'req/s' }],
    ['> 1,000 rps', { value: 1000, comparator: '>', unit: 'rps' }],
    ['1,000', { value: 1000 }],
    ['>= 2.5%', { value: 2.5, comparator: '>=', unit: '%' }],
    ['99.9 % of requests', { value: 99.9, unit: '%' }],
    ['-3', { value: -3 }],
    ['.5', { value: 0.5 }],
    ['1e3', { value: 1000 }],
    ['= 0', { value: 0, comparator: '=' }],
  ])('reads %s', (text, expected) => {
    expect(parseNumberValue(text)).toEqual(expected);
  });

  it.each([
    '',
    'high',
    'ninety-nine',
    '95 %%',
    '>=',
    'NaN',
    'Infinity',
    '1e999',
    'p99 2s',
    'TODO',
    `${'9'.repeat(200)}`,
  ])('rejects %p', text => {
    expect(parseNumberValue(text)).toBeUndefined();
  });

  it('tells quantities (a unit or percent) from bare numbers', () => {
    expect(isQuantityValue('99.9%')).toBe(true);
    expect(isQuantityValue('p99 < 300ms')).toBe(true);
    expect(isQuantityValue('99.9')).toBe(false);
    expect(isQuantityValue('ninety-nine')).toBe(false);
  });

  it('reads every finite number it prints', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), n => {
        expect(parseNumberValue(String(n))?.value).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
