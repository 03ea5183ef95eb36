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
  return summarizeLatencies(latencies, errors, elapsedMs);
}

/** Percentiles and throughput of a load run. */
export function summarizeLatencies(
  latencies: number[],
  errors: number,
  elapsedMs: number,
): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    requestsPerSecond: (sorted.length / elapsedMs) * 1000,
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
