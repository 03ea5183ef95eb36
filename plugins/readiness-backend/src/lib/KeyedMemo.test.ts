import { KeyedMemo } from './KeyedMemo';

/** A clock the test moves; starts away from 0 like a real one. */
function testClock() {
  let time = 1_000_000;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

describe('KeyedMemo', () => {
  it('serves a time-bound entry until its ttl has passed, then loads again', async () => {
    const clock = testClock();
    let loads = 0;
    const memo = new KeyedMemo<string, Promise<number>>({
      name: 'test',
      maxEntries: 10,
      ttlMs: 1000,
      now: clock.now,
    });
    const load = async () => ++loads;
    await expect(memo.getOrLoad('a', load)).resolves.toBe(1);
    clock.advance(999);
    await expect(memo.getOrLoad('a', load)).resolves.toBe(1);
    clock.advance(1);
    await expect(memo.getOrLoad('a', load)).resolves.toBe(2);
  });

  it('keeps each key apart', () => {
    const memo = new KeyedMemo<string, string>({
      name: 'test',
      maxEntries: 10,
    });
    memo.set('a', 'first');
    memo.set('b', 'second');
    expect(memo.get('a')).toBe('first');
    expect(memo.get('b')).toBe('second');
    expect(memo.get('c')).toBeUndefined();
  });

  it('serves a version-bound entry while the version asked for is the one it was stored under', () => {
    let loads = 0;
    const memo = new KeyedMemo<string, number>({
      name: 'test',
      maxEntries: 10,
    });
    const load = () => ++loads;
    expect(memo.getOrLoad('rows', load, 'v1')).toBe(1);
    expect(memo.getOrLoad('rows', load, 'v1')).toBe(1);
    expect(memo.get('rows', 'v2')).toBeUndefined();
    expect(memo.getOrLoad('rows', load, 'v2')).toBe(2);
    // The entry of v1 was replaced: going back loads again.
    expect(memo.getOrLoad('rows', load, 'v1')).toBe(3);
  });

  it('evicts the least recently used entry when full, and keeps the others', () => {
    const memo = new KeyedMemo<string, string>({ name: 'test', maxEntries: 2 });
    memo.set('a', 'A');
    memo.set('b', 'B');
    expect(memo.get('a')).toBe('A'); // a is now the most recently used
    memo.set('c', 'C');
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toBe('A');
    expect(memo.get('c')).toBe('C');
    expect(memo.size).toBe(2);
  });

  it('keeps null values (a known absence) apart from unknown keys', () => {
    const memo = new KeyedMemo<string, string | null>({
      name: 'test',
      maxEntries: 10,
    });
    memo.set('hidden', null);
    expect(memo.get('hidden')).toBeNull();
    expect(memo.get('unknown')).toBeUndefined();
  });

  it('keeps nothing with a ttl of 0', () => {
    let loads = 0;
    const memo = new KeyedMemo<string, number>({
      name: 'test',
      maxEntries: 10,
      ttlMs: 0,
    });
    expect(memo.getOrLoad('a', () => ++loads)).toBe(1);
    expect(memo.getOrLoad('a', () => ++loads)).toBe(2);
    expect(memo.size).toBe(0);
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    const memo = new KeyedMemo<string, Promise<string>>({
      name: 'test',
      maxEntries: 10,
      ttlMs: 60_000,
      now: testClock().now,
    });
    const load = async () => {
      if (fail) throw new Error('down');
      return 'up';
    };
    await expect(memo.getOrLoad('a', load)).rejects.toThrow('down');
    fail = false;
    await expect(memo.getOrLoad('a', load)).resolves.toBe('up');
  });

  it('does not drop a newer entry when an older load fails late', async () => {
    let reject: (e: Error) => void = () => {};
    let loads = 0;
    const memo = new KeyedMemo<string, Promise<number>>({
      name: 'test',
      maxEntries: 10,
      ttlMs: 60_000,
      now: testClock().now,
    });
    const load = () =>
      ++loads === 1
        ? new Promise<number>((_, r) => {
            reject = r;
          })
        : Promise.resolve(loads);
    const first = memo.getOrLoad('a', load);
    memo.clear();
    await expect(memo.getOrLoad('a', load)).resolves.toBe(2);
    reject(new Error('late'));
    await expect(first).rejects.toThrow('late');
    await expect(memo.getOrLoad('a', load)).resolves.toBe(2);
  });

  it('shares one load between concurrent callers', async () => {
    let loads = 0;
    const memo = new KeyedMemo<string, Promise<number>>({
      name: 'test',
      maxEntries: 10,
      ttlMs: 60_000,
      now: testClock().now,
    });
    const load = async () => ++loads;
    const [a, b] = await Promise.all([
      memo.getOrLoad('a', load),
      memo.getOrLoad('a', load),
    ]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
  });

  it('forgets a deleted key', () => {
    const memo = new KeyedMemo<string, string>({
      name: 'test',
      maxEntries: 10,
    });
    memo.set('a', 'A');
    memo.delete('a');
    expect(memo.get('a')).toBeUndefined();
  });

  it('refuses bounds that cannot hold anything, naming the cache', () => {
    expect(() => new KeyedMemo({ name: 'people', maxEntries: 0 })).toThrow(
      'Cache "people": maxEntries must be a whole number of at least 1, got 0',
    );
    expect(
      () => new KeyedMemo({ name: 'people', maxEntries: 1, ttlMs: -1 }),
    ).toThrow(
      'Cache "people": ttlMs must be a number of milliseconds of at least 0, got -1',
    );
  });
});
