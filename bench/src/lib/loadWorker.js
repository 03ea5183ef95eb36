/*
 * The load client of the benchmarks, run in a worker thread so that sending
 * requests and decompressing answers does not compete with the backend under
 * test for the main JavaScript thread.
 */
const { parentPort, workerData } = require('node:worker_threads');

async function main() {
  const { baseUrl, token, paths, clients, durationMs } = workerData;
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const end = started + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; performance.now() < end; i++) {
        const path = paths[(client * 7919 + i * 104729) % paths.length];
        const t0 = performance.now();
        try {
          const response = await fetch(`${baseUrl}${path}`, {
            headers: { Authorization: `Bearer ${token}` },
          });
          await response.arrayBuffer();
          if (response.status !== 200) errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  parentPort.postMessage({ latencies, errors, elapsedMs: performance.now() - started });
}

main();
