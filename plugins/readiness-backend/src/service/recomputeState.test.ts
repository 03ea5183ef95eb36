import { cachedRecomputeState } from './recomputeState';
import type { RecomputeStatus } from '../store/RecomputeRunStore';

describe('cachedRecomputeState', () => {
  it('says the results are stale and why, without the error text', async () => {
    const runs = {
      getStatus: async (): Promise<RecomputeStatus> => ({
        running: false,
        stale: true,
        staleReason: 'last-run-failed',
        lastSucceededAt: new Date('2026-11-21T08:00:00Z'),
        lastFailedAt: new Date('2026-11-21T08:30:00Z'),
        lastError: 'connect ECONNREFUSED 10.0.0.5:5432',
      }),
    };
    const state = await cachedRecomputeState(runs)();
    expect(state).toEqual({
      stale: true,
      staleReason: 'last-run-failed',
      running: false,
      lastSucceededAt: '2026-11-21T08:00:00.000Z',
      lastFailedAt: '2026-11-21T08:30:00.000Z',
    });
    expect(JSON.stringify(state)).not.toContain('ECONNREFUSED');
  });

  it('reads the status at most once per time to live, and not a failed read again', async () => {
    let now = 0;
    let calls = 0;
    let fail = true;
    const runs = {
      getStatus: async (): Promise<RecomputeStatus> => {
        calls += 1;
        if (fail) throw new Error('database down');
        return { running: true, stale: false };
      },
    };
    const state = cachedRecomputeState(runs, 5000, () => now);
    await expect(state()).rejects.toThrow('database down');
    fail = false;
    expect(await state()).toEqual({ running: true, stale: false });
    now = 4999;
    await state();
    expect(calls).toBe(2);
    now = 5001;
    await state();
    expect(calls).toBe(3);
  });
});
