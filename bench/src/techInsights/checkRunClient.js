/*
 * Runs Tech Insights' bulk check run (POST /api/tech-insights/checks/run for
 * all entities) in a child process, so that receiving and parsing its large
 * answer counts neither in the backend's CPU nor in its memory. Sends back
 * the time to the last byte, the answer's size and, per entity, the ids of
 * the checks that failed.
 */
async function main() {
  const { baseUrl, token } = JSON.parse(process.argv[2]);
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
  await send({
    seconds,
    responseBytes: Buffer.byteLength(text),
    entities: results.length,
    checkResults,
    errors,
    failing,
  });
}

function send(message) {
  return new Promise(resolve => process.send(message, resolve));
}

main()
  .catch(error => send({ error: String(error && error.stack ? error.stack : error) }))
  .finally(() => process.disconnect());
