import fc from 'fast-check';
import { compileFormat, describeFormat, isHttpUrl } from './formats';
import type { FormatSpec } from './formats';
import { parseDay } from './dates';

const today = parseDay('2026-03-01')!;

describe('formats', () => {
  it('accepts http(s) URLs only', () => {
    for (const good of [
      'https://a.example.com',
      'http://localhost:3000/x?y=1#z',
      'https://[::1]/',
    ]) {
      expect(isHttpUrl(good)).toBe(true);
    }
    for (const bad of [
      'see wiki',
      'ftp://x.example.com',
      'https://',
      'https://a b.example.com',
      'https://x.example.com/a b',
    ]) {
      expect(isHttpUrl(bad)).toBe(false);
    }
  });

  it('describes formats for messages', () => {
    expect(describeFormat({ format: 'enum', values: ['a', 'b'] })).toBe(
      'one of a, b',
    );
    expect(
      describeFormat({
        format: 'key-value',
        requiredKeys: ['url', 'date'],
        keyFormats: { url: 'url', date: 'date' },
      }),
    ).toBe('"url=https://...; date=YYYY-MM-DD"');
  });

  const specs: FormatSpec[] = [
    { format: 'url' },
    { format: 'date' },
    { format: 'past-date' },
    { format: 'number' },
    { format: 'duration' },
    { format: 'cadence' },
    { format: 'entity-ref' },
    { format: 'user-ref' },
    { format: 'text' },
    { format: 'enum', values: ['x'] },
    {
      format: 'key-value',
      requiredKeys: ['a'],
      keyFormats: { a: 'date', b: 'url' },
    },
  ];

  it('never throws, and every problem says what is expected', () => {
    fc.assert(
      fc.property(fc.constantFrom(...specs), fc.string(), (spec, value) => {
        const problem = compileFormat(spec)(value, today);
        expect(problem === undefined || problem.expected.length > 0).toBe(true);
      }),
    );
  });
});
