/**
 * Benchmark of the readiness backend (not a test). Generates a catalog of
 * --entities scored entities (default 10,000) plus its org, loads it into a
 * real catalog backend on PostgreSQL in this process, runs a full recompute,
 * then puts --clients concurrent clients (default 20) on the scorecard
 * endpoint for --seconds (default 20), then on the rollup endpoint. Prints
 * recompute time, peak memory, database bytes per entity, and p50/p95/p99
 * latency of both endpoints; writes JSON to bench/results/.
 *
 *   yarn workspace @internal/readiness-bench bench:backend [--entities 10000]
 *
 * Needs PostgreSQL (BENCH_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432).
 */
import { createBackend } from '@backstage/backend-defaults';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { generateCatalog } from '../catalog/generateCatalog';
import { writeCatalog } from '../catalog/writeCatalog';
import { runHttpLoad, trackMemory } from '../lib/latency';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const ENTITIES = argument('entities', 10_000);
const CLIENTS = argument('clients', 20);
const SECONDS = argument('seconds', 20);
const PORT = argument('port', 7107);
const POSTGRES = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432');
const TOKEN = 'bench-static-token-0123456789abcdef';
const BASE = `http://localhost:${PORT}`;
const PREFIX = `readiness_bench_${Date.now()}_`;

/** A knex/pg connection object for the benchmark's PostgreSQL server. */
function pgConnection(database?: string) {
  return {
    host: POSTGRES.hostname,
    port: Number(POSTGRES.port || 5432),
    user: decodeURIComponent(POSTGRES.username || 'postgres'),
    password: decodeURIComponent(POSTGRES.password || ''),
    ...(database ? { database } : {}),
  };
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function api(pathname: string, init?: RequestInit) {
  return fetch(`${BASE}${pathname}`, {
    ...init,
    headers: { Authorization: `Bearer ${TOKEN}`, ...(init?.headers ?? {}) },
  });
}

async function main() {
  const now = new Date();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-bench-'));
  const catalog = generateCatalog({ entities: ENTITIES, now });
  const files = writeCatalog(catalog, dir);
  log(`generated ${catalog.scored.length} scored entities and ${catalog.org.length} org entities in ${dir}`);

  const configFile = path.join(dir, 'app-config.bench.yaml');
  fs.writeFileSync(
    configFile,
    JSON.stringify({
      backend: {
        baseUrl: BASE,
        listen: { port: PORT },
        database: {
          client: 'pg',
          connection: pgConnection(),
          prefix: PREFIX,
        },
        auth: { externalAccess: [{ type: 'static', options: { token: TOKEN, subject: 'bench' } }] },
      },
      catalog: {
        rules: [{ allow: ['Component', 'System', 'API', 'Resource', 'Location', 'Domain', 'Group', 'User'] }],
        locations: files.map(target => ({ type: 'file', target })),
      },
      permission: { enabled: false },
      readiness: {
        // Triggered by hand below; the first scheduled run waits an hour.
        schedule: { frequency: { hours: 24 }, timeout: { minutes: 30 }, initialDelay: { seconds: 1 } },
      },
    }),
  );
  process.argv.push('--config', configFile);

  const memory = trackMemory();
  const backend = createBackend();
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(import('@readiness-scorecards/plugin-readiness-backend'));
  await backend.start();

  // Catalog ingestion of the generated files.
  const ingestStart = Date.now();
  const expectedScored = catalog.scored.length;
  for (;;) {
    const response = await api('/api/catalog/entities/by-query?filter=kind=component,kind=resource,kind=api&limit=1');
    const body = (await response.json()) as { totalItems: number };
    if (body.totalItems >= expectedScored) break;
    if (Date.now() - ingestStart > 20 * 60_000) throw new Error(`catalog ingested only ${body.totalItems} entities in 20 minutes`);
    await sleep(2000);
  }
  // Relations (ownedBy, hasMember) are stitched after ingestion; give them a moment to settle.
  await sleep(5000);
  const ingestSeconds = (Date.now() - ingestStart) / 1000;
  log(`catalog ingested ${expectedScored} entities in ${ingestSeconds.toFixed(1)} s`);

  // Full recompute, triggered and timed through the scheduler's own table.
  const tasksDb = knexFactory({
    client: 'pg',
    connection: pgConnection(`${PREFIX}readiness`),
  });
  memory.reset();
  const triggeredAt = new Date();
  const t0 = performance.now();
  for (;;) {
    const response = await api('/api/readiness/refresh', { method: 'POST' });
    if (response.status === 202) break;
    await sleep(500); // the worker may still be in its initial delay
  }
  for (;;) {
    const [row] = await tasksDb('backstage_backend_tasks__tasks')
      .where('id', 'readiness-recompute')
      .select('last_run_ended_at', 'last_run_error_json');
    if (row?.last_run_ended_at && new Date(row.last_run_ended_at) > triggeredAt) {
      if (row.last_run_error_json) throw new Error(`recompute failed: ${row.last_run_error_json}`);
      break;
    }
    await sleep(100);
  }
  const recomputeSeconds = (performance.now() - t0) / 1000;
  const recomputeMemory = memory.peaks();
  const [{ count: storedCount }] = await tasksDb('readiness_entity_state').count({ count: '*' });
  const sizeRows = await tasksDb.raw(
    `select sum(pg_total_relation_size(c.oid))::bigint as bytes from pg_class c
     where c.relname in ('readiness_entity_state', 'readiness_history')`,
  );
  const bytes = Number(sizeRows.rows[0].bytes);
  log(`recompute of ${storedCount} entities took ${recomputeSeconds.toFixed(2)} s`);

  // Load on the scorecard endpoint.
  memory.reset();
  const load = await runHttpLoad({
    baseUrl: BASE,
    token: TOKEN,
    paths: catalog.scored.map(
      e => `/api/readiness/scorecards/default/${e.kind.toLocaleLowerCase('en-US')}/${e.metadata.name}`,
    ),
    clients: CLIENTS,
    durationMs: SECONDS * 1000,
  });
  const loadMemory = memory.peaks();

  // Load on the organisation-wide rollup, grouped by owner along the hierarchy.
  memory.reset();
  const rollupLoad = await runHttpLoad({
    baseUrl: BASE,
    token: TOKEN,
    paths: [
      '/api/readiness/rollup?groupBy=owner',
      '/api/readiness/rollup?groupBy=system',
      '/api/readiness/rollup?groupBy=lifecycle',
    ],
    clients: CLIENTS,
    durationMs: SECONDS * 1000,
  });
  const rollupMemory = memory.peaks();

  const result = {
    benchmark: 'readiness-backend',
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    command: `yarn workspace @internal/readiness-bench bench:backend --entities ${ENTITIES} --clients ${CLIENTS} --seconds ${SECONDS}`,
    entities: { scored: expectedScored, org: catalog.org.length, stored: Number(storedCount) },
    catalogIngestSeconds: ingestSeconds,
    recompute: { seconds: recomputeSeconds, entitiesPerSecond: Number(storedCount) / recomputeSeconds, ...recomputeMemory },
    database: { bytes, bytesPerEntity: bytes / Number(storedCount) },
    scorecardLoad: { clients: CLIENTS, seconds: SECONDS, ...load, ...loadMemory },
    rollupLoad: { clients: CLIENTS, seconds: SECONDS, ...rollupLoad, ...rollupMemory },
    goals: {
      recomputeUnder60s: recomputeSeconds < 60,
      scorecardP95Under50ms: load.p95 < 50,
      rollupP95Under100ms: rollupLoad.p95 < 100,
    },
  };
  const out = path.join(
    resolvePackagePath('@internal/readiness-bench', 'results'),
    `backend-${ENTITIES}.json`,
  );
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));

  await tasksDb.destroy();
  await backend.stop();
  memory.stop();
  // Drop the benchmark's databases.
  const admin = knexFactory({ client: 'pg', connection: pgConnection('postgres') });
  const { rows } = await admin.raw('select datname from pg_database where datname like ?', [`${PREFIX}%`]);
  for (const { datname } of rows as { datname: string }[]) {
    await admin.raw('drop database if exists ?? with (force)', [datname]);
  }
  await admin.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
