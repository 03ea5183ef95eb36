import { RequestPacer } from './RequestPacer';

function pacer(perSecond: number, burst: number, maxWaitMs?: number) {
  let time = 0;
  const waits: number[] = [];
  const paced = new RequestPacer({
    perSecond,
    burst,
    maxWaitMs,
    now: () => time,
    sleep: async ms => {
      waits.push(ms);
    },
  });
  return {
    paced,
    waits,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe('RequestPacer', () => {
  it('lets a burst through at once, then spaces requests at the rate', async () => {
    const { paced, waits } = pacer(10, 3);
    for (let i = 0; i < 6; i++) await paced.wait('alice');
    // 3 at once, then 100 ms apart (the calls above all happen at time 0).
    expect(waits).toEqual([100, 200, 300]);
  });

  it('paces each key on its own', async () => {
    const { paced, waits } = pacer(10, 1);
    await paced.wait('alice');
    await paced.wait('bob');
    await paced.wait('alice');
    expect(waits).toEqual([100]);
  });

  it('forgives idle time up to the burst, never more', async () => {
    const { paced, waits, advance } = pacer(10, 2);
    await paced.wait('alice');
    await paced.wait('alice');
    advance(10_000);
    await paced.wait('alice');
    await paced.wait('alice');
    await paced.wait('alice');
    expect(waits).toEqual([100]);
  });

  it('refuses a request that would wait longer than the limit, with a 503 naming the rate', async () => {
    const { paced, waits } = pacer(10, 1, 250);
    for (let i = 0; i < 3; i++) await paced.wait('alice');
    expect(waits).toEqual([100, 200]);
    // The fourth would wait 300 ms.
    await expect(paced.wait('alice')).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining('at most 10 per second'),
    });
    // Another caller is not affected.
    await expect(paced.wait('bob')).resolves.toBeUndefined();
  });
});
