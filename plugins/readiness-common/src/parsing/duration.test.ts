import fc from 'fast-check';
import { parseCadenceDays, parseDurationDays } from './duration';

describe('parseDurationDays', () => {
  it.each([
    ['30d', 30],
    ['2w', 14],
    ['12h', 0.5],
    ['3 months', 90],
    ['1y', 365],
    ['P1M', 30],
    ['P1Y2W', 379],
    ['PT36H', 1.5],
  ])('reads %s', (text, days) => {
    expect(parseDurationDays(text)).toBeCloseTo(days);
  });

  it.each(['', 'P', 'PT', 'P1DT', '0d', 'soon', '5 parsecs', 'd'])(
    'rejects %p',
    text => {
      expect(parseDurationDays(text)).toBeUndefined();
    },
  );

  it('never throws and never returns a non-positive number', () => {
    fc.assert(
      fc.property(fc.string(), s => {
        const days = parseDurationDays(s);
        expect(days === undefined || days > 0).toBe(true);
      }),
    );
  });
});

describe('parseCadenceDays', () => {
  it('reads named cadences and durations', () => {
    expect(parseCadenceDays('Monthly')).toBe(30);
    expect(parseCadenceDays('quarterly')).toBe(91);
    expect(parseCadenceDays('10d')).toBe(10);
    expect(parseCadenceDays('whenever')).toBeUndefined();
  });
});
