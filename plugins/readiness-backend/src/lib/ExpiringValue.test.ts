import { ExpiringValue } from './ExpiringValue';

describe('ExpiringValue', () => {
  it('loads once per ttl and again after it', async () => {
    let time = 0;
    let loads = 0;
    const value = new ExpiringValue(async () => ++loads, 1000, () => time);
    await expect(value.get()).resolves.toBe(1);
    time = 999;
    await expect(value.get()).resolves.toBe(1);
    time = 1000;
    await expect(value.get()).resolves.toBe(2);
  });

  it('loads again right after clear()', async () => {
    let loads = 0;
    const value = new ExpiringValue(async () => ++loads, 60_000);
    await value.get();
    value.clear();
    await expect(value.get()).resolves.toBe(2);
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    const value = new ExpiringValue(async () => {
      if (fail) throw new Error('down');
      return 'up';
    }, 60_000);
    await expect(value.get()).rejects.toThrow('down');
    fail = false;
    await expect(value.get()).resolves.toBe('up');
  });

  it('a clear() during a load is not undone when that load fails', async () => {
    let reject: (e: Error) => void = () => {};
    let loads = 0;
    const value = new ExpiringValue(
      () =>
        ++loads === 1
          ? new Promise<number>((_, r) => {
              reject = r;
            })
          : Promise.resolve(loads),
      60_000,
    );
    const first = value.get();
    value.clear();
    await expect(value.get()).resolves.toBe(2);
    reject(new Error('late'));
    await expect(first).rejects.toThrow('late');
    await expect(value.get()).resolves.toBe(2);
  });
});
