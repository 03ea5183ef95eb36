import type { LoadResult } from '../lib/latency';

export interface SoakWindow {
  window: number;
  scorecards: LoadResult;
  rollups: LoadResult;
  rssMiB: number;
  heapAfterGcMiB: number;
}

/** Latency may drift this much from the first windows to the last. */
const MAX_P95_DRIFT = 1.5;
/** The heap after GC may grow this much from the second window to the last. */
const MAX_HEAP_GROWTH = 0.1;
/**
 * The process RSS may grow this much from the middle window to the last:
 * over the first half the allocator and V8's spaces grow to their working
 * size (seen: +20% in the first minutes, then flat); growth after that is a leak.
 */
const MAX_RSS_GROWTH = 0.1;

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The soak's verdict: no failed request, p95 of the last third of the
 * windows within 1.5x of the first third, and the retained heap (after GC)
 * not growing by more than 10% from the second window (the first includes
 * warm-up) to the last, nor the process RSS by more than 10% from the
 * middle window to the last.
 */
export function judgeSoak(windows: SoakWindow[]) {
  const third = Math.max(1, Math.floor(windows.length / 3));
  const drift = (pick: (w: SoakWindow) => number) =>
    mean(windows.slice(-third).map(pick)) / mean(windows.slice(0, third).map(pick));
  const errors = windows.reduce((n, w) => n + w.scorecards.errors + w.rollups.errors, 0);
  const requests = windows.reduce((n, w) => n + w.scorecards.requests + w.rollups.requests, 0);
  const baseline = windows[Math.min(1, windows.length - 1)].heapAfterGcMiB;
  const heapGrowth = windows[windows.length - 1].heapAfterGcMiB / baseline - 1;
  const middle = windows[Math.floor((windows.length - 1) / 2)].rssMiB;
  const rssGrowth = windows[windows.length - 1].rssMiB / middle - 1;
  const scorecardDrift = drift(w => w.scorecards.p95);
  const rollupDrift = drift(w => w.rollups.p95);
  const checks = {
    noErrors: errors === 0,
    scorecardLatencyStable: scorecardDrift <= MAX_P95_DRIFT,
    rollupLatencyStable: rollupDrift <= MAX_P95_DRIFT,
    heapNotGrowing: heapGrowth <= MAX_HEAP_GROWTH,
    rssSettled: rssGrowth <= MAX_RSS_GROWTH,
  };
  return {
    passed: Object.values(checks).every(Boolean),
    checks,
    requests,
    errors,
    scorecardP95Drift: scorecardDrift,
    rollupP95Drift: rollupDrift,
    heapGrowth,
    rssGrowth,
  };
}

const ms = (n: number) => n.toFixed(0);

/** The soak as a markdown table, one row per window. */
export function soakMarkdown(result: {
  date: string;
  command: string;
  machine: { cpus: number; cpuModel?: string; memoryGiB: number; node: string; loadAverage: { load1: number } };
  entities: number;
  clients: number;
  windowSeconds: number;
  windows: SoakWindow[];
  verdict: ReturnType<typeof judgeSoak>;
}): string {
  const { machine, verdict } = result;
  const rows = result.windows.map(
    w =>
      `| ${w.window} | ${w.scorecards.requests} | ${w.scorecards.errors} | ${ms(w.scorecards.p50)} / ${ms(w.scorecards.p95)} / ${ms(w.scorecards.p99)} | ` +
      `${w.rollups.requests} | ${w.rollups.errors} | ${ms(w.rollups.p50)} / ${ms(w.rollups.p95)} / ${ms(w.rollups.p99)} | ${ms(w.rssMiB)} | ${ms(w.heapAfterGcMiB)} |`,
  );
  return [
    `# Soak: ${result.clients} clients over ${result.entities} entities`,
    '',
    `Command: \`${result.command}\` (${result.date})`,
    '',
    `Machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; load average ${machine.loadAverage.load1.toFixed(2)} at the end. Half the clients on live scorecards, half on rollups (owner, system, domain, lifecycle, type; first and second page), ${result.windowSeconds} s windows.`,
    '',
    '| window | scorecard requests | errors | p50 / p95 / p99 ms | rollup requests | errors | p50 / p95 / p99 ms | RSS MiB | heap after GC MiB |',
    '| ---: | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: |',
    ...rows,
    '',
    `Verdict: ${verdict.passed ? 'passed' : 'FAILED'}. ${verdict.requests} requests, ${verdict.errors} errors; p95 of the last third of the windows over the first third: scorecards ${verdict.scorecardP95Drift.toFixed(2)}x, rollups ${verdict.rollupP95Drift.toFixed(2)}x (limit 1.5x); heap after GC from window 2 to the last: ${(verdict.heapGrowth * 100).toFixed(1)}% (limit 10%); RSS from the middle window to the last: ${(verdict.rssGrowth * 100).toFixed(1)}% (limit 10%).`,
    '',
  ].join('\n');
}
