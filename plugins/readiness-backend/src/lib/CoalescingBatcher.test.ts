import { CoalescingBatcher } from './CoalescingBatcher';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>(r => (resolve = r));
  return { promise, resolve };
}

describe('CoalescingBatcher', () => {
  it('sends the first lookup at once and the ones that arrive meanwhile together', async () => {
    const calls: string[][] = [];
    const gates: Array<ReturnType<typeof deferred<void>>> = [];
    const batcher = new CoalescingBatcher<string, number>(async keys => {
      calls.push([...keys].sort());
      const gate = deferred<void>();
      gates.push(gate);
      await gate.promise;
      return new Map(keys.map(k => [k, k.length]));
    });

    const first = batcher.load('alice', ['a'], undefined);
    expect(calls).toEqual([['a']]);
    const second = batcher.load('alice', ['bb', 'a'], undefined);
    const third = batcher.load('alice', ['ccc'], undefined);
    expect(calls).toHaveLength(1);

    gates[0].resolve();
    expect((await first).get('a')).toBe(1);
    await new Promise(r => setImmediate(r));
    expect(calls).toEqual([['a'], ['a', 'bb', 'ccc']]);
    gates[1].resolve();
    expect((await second).get('bb')).toBe(2);
    expect((await third).get('ccc')).toBe(3);
  });

  it('never puts two groups in one call, and passes each group its own context', async () => {
    const calls: Array<{ keys: string[]; context: string }> = [];
    const batcher = new CoalescingBatcher<string, string, string>(async (keys, context) => {
      calls.push({ keys, context });
      return new Map(keys.map(k => [k, context]));
    });
    const [a, b] = await Promise.all([
      batcher.load('alice', ['x'], 'alice-token'),
      batcher.load('bob', ['x'], 'bob-token'),
    ]);
    expect(a.get('x')).toBe('alice-token');
    expect(b.get('x')).toBe('bob-token');
    expect(calls).toHaveLength(2);
  });

  it('rejects every lookup of a failed call and goes on with the next', async () => {
    let fail = true;
    const batcher = new CoalescingBatcher<string, string>(async keys => {
      if (fail) throw new Error('catalog down');
      return new Map(keys.map(k => [k, 'ok']));
    });
    await expect(batcher.load('g', ['a'], undefined)).rejects.toThrow('catalog down');
    fail = false;
    expect((await batcher.load('g', ['a'], undefined)).get('a')).toBe('ok');
  });

  it('splits a queue larger than the per-call limit', async () => {
    const sizes: number[] = [];
    const batcher = new CoalescingBatcher<number, number>(async keys => {
      sizes.push(keys.length);
      await new Promise(r => setImmediate(r));
      return new Map(keys.map(k => [k, k]));
    }, 3);
    await Promise.all([0, 1, 2, 3, 4, 5, 6].map(k => batcher.load('g', [k], undefined)));
    expect(sizes).toEqual([1, 3, 3]);
  });
});
