/** Percentile of sorted samples (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
}

/**
 * Runs `clients` concurrent HTTP clients in a worker thread, cycling through
 * `paths` until `durationMs` passes, and summarises their latencies.
 */
export async function runHttpLoad(options: {
  baseUrl: string;
  token: string;
  paths: string[];
  clients: number;
  durationMs: number;
}): Promise<LoadResult> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(require.resolve('./loadWorker.js'), { workerData: options });
  const { latencies, errors, elapsedMs } = await new Promise<{
    latencies: number[];
    errors: number;
    elapsedMs: number;
  }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    requestsPerSecond: (latencies.length / elapsedMs) * 1000,
  };
}

/**
 * Runs `clients` concurrent loops, each calling `request` until `durationMs`
 * passes; bounded in time so it always stops by itself.
 */
export async function runLoad(options: {
  clients: number;
  durationMs: number;
  request: (client: number, i: number) => Promise<boolean>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + options.durationMs;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      for (let i = 0; performance.now() < end; i++) {
        const t0 = performance.now();
        const ok = await options.request(client, i).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    requestsPerSecond: (latencies.length / elapsed) * 1000,
  };
}

/** Samples RSS and heap every 100 ms and keeps the peaks. */
export function trackMemory() {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 100);
  timer.unref();
  return {
    reset: () => {
      peakRss = 0;
      peakHeap = 0;
      sample();
    },
    peaks: () => {
      sample();
      return { peakRssMiB: peakRss / 2 ** 20, peakHeapMiB: peakHeap / 2 ** 20 };
    },
    stop: () => clearInterval(timer),
  };
}
