/*
 * The load client of the benchmarks, run in a worker thread so that sending
 * requests does not compete with the backend under test for the main
 * JavaScript thread. Node's http module with a keep-alive agent, and the
 * gzip answers (Accept-Encoding: gzip, as browsers send it) are read to the
 * last byte but not inflated: on this 2-core machine fetch's streams and
 * inflating took CPU from the backend and PostgreSQL, and inflating is the
 * client's work, not the server's latency.
 */
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');

function get(agent, url, token) {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      {
        agent,
        headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip' },
      },
      response => {
        response.on('data', () => {});
        response.on('end', () => resolve(response.statusCode));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

async function main() {
  const { baseUrl, token, paths, clients, durationMs } = workerData;
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
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
          const status = await get(agent, `${baseUrl}${path}`, token);
          if (status !== 200) errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  agent.destroy();
  parentPort.postMessage({ latencies, errors, elapsedMs: performance.now() - started });
}

main();
