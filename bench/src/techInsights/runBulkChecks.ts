export interface BulkCheckRun {
  seconds: number;
  responseBytes: number;
  entities: number;
  checkResults: number;
  errors: number;
  /** Entity ref to the ids of its failing checks. */
  failing: Record<string, string[]>;
}

/** Tech Insights' bulk check run for every entity with facts, from a child process. */
export async function runBulkChecks(baseUrl: string, token: string): Promise<BulkCheckRun> {
  const { fork } = await import('node:child_process');
  const child = fork(require.resolve('./checkRunClient.js'), [JSON.stringify({ baseUrl, token })], {
    execArgv: ['--max-old-space-size=8192'],
  });
  const message = await new Promise<BulkCheckRun | { error: string }>((resolve, reject) => {
    child.once('message', m => resolve(m as BulkCheckRun | { error: string }));
    child.once('error', reject);
    child.once('exit', code => reject(new Error(`check run client exited with ${code} before answering`)));
  });
  if ('error' in message) throw new Error(message.error);
  return message;
}
