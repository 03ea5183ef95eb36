/**
 * Soak test of the readiness backend (not a unit test): a generated catalog
 * of --entities (default 10,000) in a real catalog backend on PostgreSQL,
 * one full recompute, then --clients concurrent clients (default 50: half on
 * live scorecards, half on rollups) for --minutes (default 5), in windows of
 * --window seconds (default 30). Per window: requests, errors, p50/p95/p99
 * of each endpoint, RSS and the JavaScript heap after a forced GC. Passes
 * when no request failed, the last windows' p95 stays within 1.5x of the
 * first windows', and the heap after GC grows by less than 10% from the
 * second window to the last. Writes bench/results/soak-<entities>.json/.md.
 *
 *   yarn workspace @internal/readiness-bench bench:soak [--entities 10000] [--minutes 5]
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
import { createBenchApi, log, sleep } from '../lib/benchApi';
import { waitForCatalog } from '../lib/catalogReady';
import { LoadResult, runHttpLoad } from '../lib/latency';
import { describeMachine } from '../lib/machine';
import { connectDatabase, dropDatabases, dropDatabasesOnSignal, uniquePrefix } from '../lib/postgres';
import { runScheduledTask } from '../lib/scheduledRun';
import { judgeSoak, SoakWindow, soakMarkdown } from '../soak/judgeSoak';

const ENTITIES = numberArgument('entities', 10_000);
const CLIENTS = numberArgument('clients', 50);
const MINUTES = numberArgument('minutes', 5);
const WINDOW_SECONDS = numberArgument('window', 30);
const PORT = numberArgument('port', 7108);
const TOKEN = 'bench-static-token-0123456789abcdef';
const BASE = `http://localhost:${PORT}`;
const PREFIX = uniquePrefix('readiness_soak');

const api = createBenchApi(BASE, TOKEN);

/** The JavaScript heap after a full collection: what is really kept. */
function retainedHeapMiB(): number {
  (global as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function main() {
  if (!(global as { gc?: () => void }).gc) {
    throw new Error('run with node --expose-gc (the bench:soak script does)');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-soak-'));
  const catalog = generateCatalog({ entities: ENTITIES, now: new Date() });
  const files = writeCatalog(catalog, dir);
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
  const backend = createBackend();
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(import('@readiness-scorecards/plugin-readiness-backend'));
  await backend.start();

  const catalogDb = connectDatabase(`${PREFIX}catalog`);
  const tasksDb = connectDatabase(`${PREFIX}readiness`);
  try {
    await waitForCatalog({ api, catalogDb, expected: catalog.scored.length });
    await runScheduledTask({
      db: tasksDb,
      taskId: 'readiness-recompute',
      trigger: async () => {
        while ((await api('/api/readiness/refresh', { method: 'POST' })).status !== 202) {
          await sleep(500);
        }
      },
    });
    log(`catalog and recompute ready; ${CLIENTS} clients for ${MINUTES} min`);

    const scorecardPaths = catalog.scored.map(
      e => `/api/readiness/scorecards/default/${e.kind.toLocaleLowerCase('en-US')}/${e.metadata.name}`,
    );
    const rollupPaths = ['owner', 'system', 'domain', 'lifecycle', 'type'].flatMap(groupBy => [
      `/api/readiness/rollup?groupBy=${groupBy}`,
      `/api/readiness/rollup?groupBy=${groupBy}&offset=25&limit=25`,
    ]);
    const windows: SoakWindow[] = [];
    const windowCount = Math.max(2, Math.round((MINUTES * 60) / WINDOW_SECONDS));
    for (let w = 0; w < windowCount; w++) {
      const load = (paths: string[], clients: number): Promise<LoadResult> =>
        runHttpLoad({ baseUrl: BASE, token: TOKEN, paths, clients, durationMs: WINDOW_SECONDS * 1000 });
      const [scorecards, rollups] = await Promise.all([
        load(scorecardPaths, Math.ceil(CLIENTS / 2)),
        load(rollupPaths, Math.floor(CLIENTS / 2)),
      ]);
      const window = {
        window: w + 1,
        scorecards,
        rollups,
        rssMiB: process.memoryUsage().rss / 2 ** 20,
        heapAfterGcMiB: retainedHeapMiB(),
      };
      windows.push(window);
      log(
        `window ${w + 1}/${windowCount}: scorecards p95 ${scorecards.p95.toFixed(0)} ms (${scorecards.errors} errors), ` +
          `rollups p95 ${rollups.p95.toFixed(0)} ms (${rollups.errors} errors), heap ${window.heapAfterGcMiB.toFixed(0)} MiB`,
      );
    }

    const result = {
      benchmark: 'readiness-soak',
      date: new Date().toISOString(),
      machine: describeMachine(),
      command: `yarn workspace @internal/readiness-bench bench:soak --entities ${ENTITIES} --clients ${CLIENTS} --minutes ${MINUTES} --window ${WINDOW_SECONDS}`,
      entities: catalog.scored.length,
      clients: CLIENTS,
      windowSeconds: WINDOW_SECONDS,
      windows,
      verdict: judgeSoak(windows),
    };
    const out = resolvePackagePath('@internal/readiness-bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `soak-${ENTITIES}.json`), `${JSON.stringify(result, null, 2)}\n`);
    fs.writeFileSync(path.join(out, `soak-${ENTITIES}.md`), soakMarkdown(result));
    console.log(soakMarkdown(result));
    process.exitCode = result.verdict.passed ? 0 : 1;
  } finally {
    await Promise.all([tasksDb.destroy(), catalogDb.destroy()]);
    await backend.stop();
    await dropDatabases(PREFIX);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

dropDatabasesOnSignal(PREFIX);
main().then(
  () => process.exit(process.exitCode ?? 0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
