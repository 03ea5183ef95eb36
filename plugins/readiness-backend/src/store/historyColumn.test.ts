import {
  appendHistory,
  decodeHistory,
  encodeHistory,
  HistoryEntry,
  MalformedHistoryError,
  pruneHistoryValue,
} from './historyColumn';

const REF = 'component:default/payments-api';
const day = (n: number) => new Date(Date.UTC(2026, 10, n));

const entry = (
  n: number,
  overrides: Partial<HistoryEntry> = {},
): HistoryEntry => ({
  recordedAt: day(n).getTime(),
  tier: 'pilot',
  score: 42.5,
  blockerCount: 2,
  layout: 3,
  checks: 'pffpf',
  ...overrides,
});

describe('the history column', () => {
  it('round-trips entries, nulls included, oldest first', () => {
    const entries = [
      entry(1, { tier: null, layout: null, checks: null, blockerCount: 0 }),
      entry(2),
      entry(2, { score: 61.3, checks: 'ppfpf' }),
    ];
    const value = encodeHistory(entries);
    expect(decodeHistory(REF, value)).toEqual(entries);
  });

  it('is compact: one array per entry, no keys', () => {
    expect(encodeHistory([entry(1)])).toBe(
      `[[${day(1).getTime()},"pilot",42.5,2,3,"pffpf"]]`,
    );
  });

  it('is NULL without entries, and NULL reads as none', () => {
    expect(encodeHistory([])).toBeNull();
    expect(decodeHistory(REF, null)).toEqual([]);
    expect(decodeHistory(REF, undefined)).toEqual([]);
  });

  it.each([
    [
      'not JSON',
      '[[1,"pilot"',
      /history of component:default\/payments-api is not valid JSON/,
    ],
    [
      'not an array',
      '{"a":1}',
      /history of component:default\/payments-api is not an array/,
    ],
    [
      'a short entry',
      '[[1,"pilot",3,1,2]]',
      /Entry 0 of the stored history of component:default\/payments-api/,
    ],
    [
      'a wrong type',
      `[${JSON.stringify([1, 'a', 1, 1, 1, 'p'])},[1,"a","x",1,1,"p"]]`,
      /Entry 1 of/,
    ],
    ['a fractional blocker count', '[[1,"a",1,1.5,1,"p"]]', /Entry 0 of/],
  ])('rejects %s with an error naming the entity', (_, value, message) => {
    const read = () => decodeHistory(REF, value);
    expect(read).toThrow(MalformedHistoryError);
    expect(read).toThrow(message);
  });

  it('appends the replaced result at the end', () => {
    const once = appendHistory(REF, null, entry(1));
    const twice = appendHistory(REF, once, entry(3, { tier: 'beta' }));
    expect(decodeHistory(REF, twice)).toEqual([
      entry(1),
      entry(3, { tier: 'beta' }),
    ]);
  });

  it('starts an unreadable history over from the replaced result', () => {
    expect(decodeHistory(REF, appendHistory(REF, 'garbage', entry(4)))).toEqual(
      [entry(4)],
    );
  });

  it('prunes the entries that began before the cutoff', () => {
    const value = encodeHistory([entry(1), entry(3), entry(5)]);
    const pruned = pruneHistoryValue(REF, value, day(3));
    expect(pruned.removed).toBe(1);
    expect(decodeHistory(REF, pruned.history)).toEqual([entry(3), entry(5)]);
  });

  it('prunes to NULL when every entry goes, and asks no write when none does', () => {
    const value = encodeHistory([entry(1), entry(2)]);
    expect(pruneHistoryValue(REF, value, day(9))).toEqual({
      removed: 2,
      history: null,
    });
    expect(pruneHistoryValue(REF, value, day(1))).toEqual({ removed: 0 });
    expect(pruneHistoryValue(REF, null, day(9))).toEqual({ removed: 0 });
  });

  it('names the entity when pruning an unreadable history', () => {
    expect(() => pruneHistoryValue(REF, '[', day(1))).toThrow(
      /component:default\/payments-api/,
    );
  });
});
