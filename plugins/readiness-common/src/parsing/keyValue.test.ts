import fc from 'fast-check';
import { parseKeyValueList } from './keyValue';

describe('parseKeyValueList', () => {
  it('reads pairs, trims, lowercases keys and keeps = in values', () => {
    const result = parseKeyValueList(
      ' URL=https://x.example.com/a?b=c ; date=2026-01-01; ',
    );
    expect(result).toEqual({
      ok: true,
      values: new Map([
        ['url', 'https://x.example.com/a?b=c'],
        ['date', '2026-01-01'],
      ]),
    });
  });

  it('allows empty values', () => {
    const result = parseKeyValueList('reason=');
    expect(result.ok && result.values.get('reason')).toBe('');
  });

  it('explains what is wrong', () => {
    expect(parseKeyValueList('see wiki')).toEqual({
      ok: false,
      error: '"see wiki" is not a key=value pair',
    });
    expect(parseKeyValueList('=x')).toEqual({
      ok: false,
      error: '"=x" has no key before "="',
    });
    expect(parseKeyValueList('a=1; A=2')).toEqual({
      ok: false,
      error: 'key "a" appears twice',
    });
    expect(parseKeyValueList(' ; ')).toEqual({
      ok: false,
      error: 'no key=value pair',
    });
  });

  it('round-trips generated lists and never throws', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
    const val = fc.stringMatching(/^[^;]*$/).map(s => s.trim());
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(key, val), {
          selector: t => t[0],
          minLength: 1,
        }),
        pairs => {
          const text = pairs.map(([k, v]) => `${k}=${v}`).join('; ');
          const result = parseKeyValueList(text);
          expect(result.ok && [...result.values.entries()]).toEqual(pairs);
        },
      ),
    );
    fc.assert(fc.property(fc.string(), s => void parseKeyValueList(s)));
  });
});
