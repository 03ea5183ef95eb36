/*
 * Runs Tech Insights' bulk check run (POST /api/tech-insights/checks/run for
 * all entities) in a worker thread, so that receiving and parsing its large
 * answer does not compete with the backend under test for the main thread or
 * its heap. Posts back the time to the last byte, the answer's size and, per
 * entity, the ids of the checks that failed.
 */
const { parentPort, workerData } = require('node:worker_threads');

async function main() {
  const { baseUrl, token } = workerData;
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/tech-insights/checks/run`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ entities: [] }),
  });
  const text = await response.text();
  const seconds = (performance.now() - started) / 1000;
  if (response.status !== 200) {
    throw new Error(`checks/run answered ${response.status}: ${text.slice(0, 500)}`);
  }
  const results = JSON.parse(text);
  const failing = {};
  let errors = 0;
  let checkResults = 0;
  for (const item of results) {
    if (item.error) errors += 1;
    failing[item.entity] = item.results.filter(r => r.result === false).map(r => r.check.id);
    checkResults += item.results.length;
  }
  parentPort.postMessage({
    seconds,
    responseBytes: Buffer.byteLength(text),
    entities: results.length,
    checkResults,
    errors,
    failing,
  });
}

main().catch(error => {
  parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) });
});
