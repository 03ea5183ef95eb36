/*
 * Runs Tech Insights' bulk check run (POST /api/tech-insights/checks/run for
 * all entities) in a child process, so that receiving and parsing its large
 * answer counts neither in the backend's CPU nor in its memory. Sends back
 * the time to the last byte, the answer's size and, per entity, the ids of
 * the checks that failed.
 */
const http = require('node:http');

async function main() {
  const { baseUrl, token } = JSON.parse(process.argv[2]);
  const started = performance.now();
  // node:http rather than fetch: fetch gives up when the answer's headers
  // take more than 300 s, which the bulk run can on a loaded machine.
  const response = await post(`${baseUrl}/api/tech-insights/checks/run`, token, JSON.stringify({ entities: [] }));
  const text = response.body;
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

function post(url, token, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      response => {
        const chunks = [];
        response.on('data', chunk => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.setTimeout(0);
    request.on('error', reject);
    request.end(body);
  });
}

function send(message) {
  return new Promise(resolve => process.send(message, resolve));
}

main()
  .catch(error => send({ error: String(error && error.stack ? error.stack : error) }))
  .finally(() => process.disconnect());
