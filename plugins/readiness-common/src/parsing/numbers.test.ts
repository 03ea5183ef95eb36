import fc from 'fast-check';
import { parseNumberValue } from './numbers';

describe('parseNumberValue', () => {
  it.each([
    ['0.95', { value: 0.95 }],
    ['>= 95%', { value: 95, comparator: '>=', unit: '%' }],
    ['<300ms', { value: 300, comparator: '<', unit: 'ms' }],
    ['1000 req/s', { value: 1000, unit: 'req/s' }],
    ['-3', { value: -3 }],
    ['.5', { value: 0.5 }],
    ['1e3', { value: 1000 }],
  ])('reads %s', (text, expected) => {
    expect(parseNumberValue(text)).toEqual(expected);
  });

  it.each(['', 'high', '95 %%', '>=', '1,000', 'NaN', 'Infinity', '1e999'])(
    'rejects %p',
    text => {
      expect(parseNumberValue(text)).toBeUndefined();
    },
  );

  it('reads every finite number it prints', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), n => {
        expect(parseNumberValue(String(n))?.value).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
