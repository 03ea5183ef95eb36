import fc from 'fast-check';
import { dayOf, formatDay, parseDay, pluralDays } from './dates';

describe('parseDay', () => {
  it('reads real calendar dates', () => {
    expect(parseDay('1970-01-02')).toBe(1);
    expect(parseDay('2024-02-29')).toBe(19782);
    expect(parseDay(' 2026-01-01 ')).toBe(parseDay('2026-01-01'));
  });

  it('rejects impossible dates and other shapes', () => {
    for (const bad of [
      '2023-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-00-10',
      '2026-1-1',
      'last spring',
      '2026-01-01T00:00:00Z',
      '',
    ]) {
      expect(parseDay(bad)).toBeUndefined();
    }
  });

  it('agrees with Date.UTC for every day from 1900 to 2200', () => {
    const wrong: string[] = [];
    for (let day = -25567; day < 84006; day++) {
      const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (parseDay(text) !== day) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('round-trips with formatDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), day => {
        expect(parseDay(formatDay(day))).toBe(day);
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), s => {
        const day = parseDay(s);
        expect(day === undefined || Number.isInteger(day)).toBe(true);
      }),
    );
  });
});

describe('dayOf', () => {
  it('uses UTC days', () => {
    expect(dayOf(new Date('2026-03-01T23:59:59Z'))).toBe(
      parseDay('2026-03-01'),
    );
    expect(dayOf(new Date('2026-03-02T00:00:00Z'))).toBe(
      parseDay('2026-03-02'),
    );
  });
});

describe('pluralDays', () => {
  it('says day or days', () => {
    expect(pluralDays(1)).toBe('1 day');
    expect(pluralDays(0)).toBe('0 days');
    expect(pluralDays(12)).toBe('12 days');
  });
});

describe('formatDay', () => {
  it('agrees with Date for every day from 1900 to 2200', () => {
    const wrong: number[] = [];
    for (let day = -25567; day < 84006; day++) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (formatDay(day) !== expected) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });
});
