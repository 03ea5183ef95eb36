import { judgeSoak, SoakWindow } from './judgeSoak';

function window(n: number, p95: number, heap: number, errors = 0, rss = 900): SoakWindow {
  const load = { requests: 100, errors, p50: p95 / 2, p95, p99: p95 * 2, max: p95 * 3, requestsPerSecond: 10 };
  return { window: n, scorecards: load, rollups: load, rssMiB: rss, heapAfterGcMiB: heap };
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

  it('lets RSS grow while warming up in the first half, not after', () => {
    // As measured: +20% over the first minutes, then flat.
    const warming = [1000, 1100, 1200, 1250, 1250, 1260, 1255, 1265, 1270, 1262].map(
      (rss, i) => window(i + 1, 100, 200, 0, rss),
    );
    expect(judgeSoak(warming).checks.rssSettled).toBe(true);
    expect(judgeSoak(warming).passed).toBe(true);
    const leaking = [1000, 1050, 1100, 1150, 1200, 1250, 1300, 1350, 1400, 1450].map(
      (rss, i) => window(i + 1, 100, 200, 0, rss),
    );
    expect(judgeSoak(leaking).checks.rssSettled).toBe(false);
    expect(judgeSoak(leaking).rssGrowth).toBeCloseTo(1450 / 1200 - 1, 5);
  });
});
