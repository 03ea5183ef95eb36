import { judgeSoak, SoakWindow } from './judgeSoak';

function window(n: number, p95: number, heap: number, errors = 0): SoakWindow {
  const load = { requests: 100, errors, p50: p95 / 2, p95, p99: p95 * 2, max: p95 * 3, requestsPerSecond: 10 };
  return { window: n, scorecards: load, rollups: load, rssMiB: 900, heapAfterGcMiB: heap };
}

describe('judgeSoak', () => {
  it('passes a steady run', () => {
    const verdict = judgeSoak([1, 2, 3, 4, 5, 6].map(n => window(n, 100 + n, 200)));
    expect(verdict.passed).toBe(true);
    expect(verdict.requests).toBe(1200);
  });

  it('fails on errors, latency creeping up, or a growing heap', () => {
    const steady = [1, 2, 3, 4, 5, 6].map(n => window(n, 100, 200));
    expect(judgeSoak([...steady.slice(0, 5), window(6, 100, 200, 1)]).checks.noErrors).toBe(false);
    const creeping = [1, 2, 3, 4, 5, 6].map(n => window(n, n * 60, 200));
    expect(judgeSoak(creeping).checks.scorecardLatencyStable).toBe(false);
    const leaking = [1, 2, 3, 4, 5, 6].map(n => window(n, 100, 200 + n * 10));
    expect(judgeSoak(leaking).checks.heapNotGrowing).toBe(false);
    expect(judgeSoak(leaking).passed).toBe(false);
  });
});
