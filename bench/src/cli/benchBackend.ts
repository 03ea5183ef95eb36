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
import { generateCatalog } from '../catalog/generateCatalog';
import { writeCatalog } from '../catalog/writeCatalog';
import { numberArgument } from '../lib/args';
import { benchBackendConfig, HAND_TRIGGERED_RECOMPUTE, QUIET_CATALOG, useConfig } from '../lib/benchBackendConfig';
import { createBenchApi, log } from '../lib/benchApi';
import { waitForCatalog } from '../lib/catalogReady';
import { runHttpLoad, trackMemory } from '../lib/latency';
import { describeMachine } from '../lib/machine';
import { connectDatabase, dropDatabases, tableBytes, uniquePrefix } from '../lib/postgres';
import { runScheduledTask } from '../lib/scheduledRun';
import { profileCpu } from '../lib/cpuProfile';

const ENTITIES = numberArgument('entities', 10_000);
const CLIENTS = numberArgument('clients', 20);
const SECONDS = numberArgument('seconds', 20);
const PORT = numberArgument('port', 7107);
const TOKEN = 'bench-static-token-0123456789abcdef';
const BASE = `http://localhost:${PORT}`;
const PREFIX = uniquePrefix('readiness_bench');
/** --profile: CPU profile of the backend during the scorecard load, printed by package and function. */
const PROFILE = process.argv.includes('--profile');

const api = createBenchApi(BASE, TOKEN);

async function main() {
  const now = new Date();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-bench-'));
  const catalog = generateCatalog({ entities: ENTITIES, now });
  const files = writeCatalog(catalog, dir);
  log(`generated ${catalog.scored.length} scored entities and ${catalog.org.length} org entities in ${dir}`);

  useConfig(
    dir,
    benchBackendConfig({
      port: PORT,
      prefix: PREFIX,
      token: TOKEN,
      files,
      extra: { catalog: QUIET_CATALOG, readiness: HAND_TRIGGERED_RECOMPUTE },
    }),
  );

  const memory = trackMemory();
  const backend = createBackend();
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(import('@readiness-scorecards/plugin-readiness-backend'));
  await backend.start();

  const catalogDb = connectDatabase(`${PREFIX}catalog`);
  const expectedScored = catalog.scored.length;
  const ingestSeconds = await waitForCatalog({ api, catalogDb, expected: expectedScored });
  log(`catalog ingested ${expectedScored} entities in ${ingestSeconds.toFixed(1)} s`);

  // Full recompute, triggered and timed through the scheduler's own table.
  const tasksDb = connectDatabase(`${PREFIX}readiness`);
  memory.reset();
  const recompute = await runScheduledTask({
    db: tasksDb,
    taskId: 'readiness-recompute',
    trigger: async () => {
      for (;;) {
        const response = await api('/api/readiness/refresh', { method: 'POST' });
        if (response.status === 202) return;
        await new Promise(r => setTimeout(r, 500)); // the worker may still be in its initial delay
      }
    },
  });
  const recomputeSeconds = recompute.runSeconds;
  const recomputeMemory = memory.peaks();
  const [{ count: storedCount }] = await tasksDb('readiness_entity_state').count({ count: '*' });
  const bytes = await tableBytes(tasksDb, ['readiness_entity_state', 'readiness_check_layouts']);
  log(`recompute of ${storedCount} entities took ${recomputeSeconds.toFixed(2)} s`);

  // Load on the scorecard endpoint.
  memory.reset();
  const scorecardLoad = () =>
    runHttpLoad({
      baseUrl: BASE,
      token: TOKEN,
      paths: catalog.scored.map(
        e => `/api/readiness/scorecards/default/${e.kind.toLocaleLowerCase('en-US')}/${e.metadata.name}`,
      ),
      clients: CLIENTS,
      durationMs: SECONDS * 1000,
    });
  let profile: Omit<Awaited<ReturnType<typeof profileCpu>>, 'result'> | undefined;
  let load: Awaited<ReturnType<typeof runHttpLoad>>;
  if (PROFILE) {
    const { result, ...hotspots } = await profileCpu(scorecardLoad, 40);
    load = result;
    profile = hotspots;
  } else {
    load = await scorecardLoad();
  }
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
    machine: describeMachine(),
    command: `yarn workspace @internal/readiness-bench bench:backend --entities ${ENTITIES} --clients ${CLIENTS} --seconds ${SECONDS}`,
    entities: { scored: expectedScored, org: catalog.org.length, stored: Number(storedCount) },
    catalogIngestSeconds: ingestSeconds,
    recompute: { seconds: recomputeSeconds, entitiesPerSecond: Number(storedCount) / recomputeSeconds, ...recomputeMemory },
    database: { bytes, bytesPerEntity: bytes / Number(storedCount) },
    scorecardLoad: { clients: CLIENTS, seconds: SECONDS, ...load, ...loadMemory, ...(profile ? { profile } : {}) },
    rollupLoad: { clients: CLIENTS, seconds: SECONDS, ...rollupLoad, ...rollupMemory },
    goals: {
      recomputeUnder60s: recomputeSeconds < 60,
      scorecardP95Under50ms: load.p95 < 50,
      rollupP95Under100ms: rollupLoad.p95 < 100,
    },
  };
  const out = path.join(
    resolvePackagePath('@internal/readiness-bench', 'results'),
    `backend-${ENTITIES}${PROFILE ? '-profile' : ''}.json`,
  );
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));

  await Promise.all([tasksDb.destroy(), catalogDb.destroy()]);
  await backend.stop();
  memory.stop();
  await dropDatabases(PREFIX);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
