export interface BulkCheckRun {
  seconds: number;
  responseBytes: number;
  entities: number;
  checkResults: number;
  errors: number;
  /** Entity ref to the ids of its failing checks. */
  failing: Record<string, string[]>;
}

/** Tech Insights' bulk check run for every entity with facts, from a worker thread. */
export async function runBulkChecks(baseUrl: string, token: string): Promise<BulkCheckRun> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(require.resolve('./checkRunWorker.js'), {
    workerData: { baseUrl, token },
    resourceLimits: { maxOldGenerationSizeMb: 8192 },
  });
  try {
    const message = await new Promise<BulkCheckRun | { error: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if ('error' in message) throw new Error(message.error);
    return message;
  } finally {
    await worker.terminate();
  }
}
