/** A fetch against the benchmark backend with its static token. */
export function createBenchApi(baseUrl: string, token: string) {
  return (pathname: string, init?: RequestInit) =>
    fetch(`${baseUrl}${pathname}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(init?.body ? { 'Content-Type': 'application/json' } : {}),
        ...(init?.headers ?? {}),
      },
    });
}

export type BenchApi = ReturnType<typeof createBenchApi>;

export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
