/**
 * Side-by-side benchmark of the readiness backend and Backstage Tech
 * Insights (plugin-tech-insights-backend 3.1.0 + jsonfc 0.10.0) on the same
 * generated catalog, in one backend process on PostgreSQL (not a test).
 *
 *   yarn workspace @internal/readiness-bench bench:compare --entities 10000
 *
 * Day 0: the catalog is ingested, then each side scores it from empty:
 * our recompute; their fact retrieval followed by a bulk check run of every
 * entity. The organisation-wide view is our rollup against their bulk run:
 * ours as a user signed in through the guest provider sees it, under the
 * real permission backend with a conditional policy that hides about 10% of
 * the scored entities from them (the usual case), first call after the
 * recompute; beside it, the rollup of a caller the policy lets read
 * everything (the cached path), labelled as such.
 * Days 1..30: 2% of the entities change (whole generated files, processed by
 * the catalog itself), then both sides run again; storage is measured after
 * the last day. Writes bench/results/compare-<entities>.{json,md}.
 *
 * Options: --entities (10000) --days (30) --max-items (14: Tech Insights
 * fact lifecycle, the two weeks of their README at a daily cadence)
 * --port (7200) --repeat (2 rounds of the day-0 measures, fastest kept)
 * --profile (CPU profile of both sides' day-0 scoring in the first round;
 * slows them a little). Needs PostgreSQL (BENCH_POSTGRES_URL).
 */
import { createBackend } from '@backstage/backend-defaults';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCatalog } from '../catalog/generateCatalog';
import { writeCatalog } from '../catalog/writeCatalog';
import { compareOutcomes } from '../compare/agreement';
import { advanceCatalogOneDay } from '../compare/advanceCatalog';
import { renderCompareMarkdown } from '../compare/renderMarkdown';
import { storedFailingChecks } from '../compare/storedFailingChecks';
import { numberArgument } from '../lib/args';
import { profileCpu } from '../lib/cpuProfile';
import { benchBackendConfig, useConfig } from '../lib/benchBackendConfig';
import { createBenchApi, log } from '../lib/benchApi';
import { waitForCatalog } from '../lib/catalogReady';
import { trackMemory } from '../lib/latency';
import { hidingPolicyModule, restrictedUserOf, signInAsGuest } from '../lib/restrictedUser';
import { describeMachine } from '../lib/machine';
import { connectDatabase, dropDatabases, tableBytes, uniquePrefix } from '../lib/postgres';
import { runScheduledTask } from '../lib/scheduledRun';
import { jsonfcChecksConfig, READINESS_CHECK_MAPPINGS, READINESS_RETRIEVER_ID } from '../techInsights/readinessChecks';
import { techInsightsModuleReadinessFacts } from '../techInsights/readinessFactsModule';
import { runBulkChecks } from '../techInsights/runBulkChecks';

const ENTITIES = numberArgument('entities', 10_000);
const DAYS = numberArgument('days', 30);
const MAX_ITEMS = numberArgument('max-items', 14);
const PORT = numberArgument('port', 7200);
const PROFILE = process.argv.includes('--profile');
const REPEAT = numberArgument('repeat', 2);
const CHANGE_RATE = 0.02;
const TOKEN = 'bench-compare-static-token-0123456789';
const BASE = `http://localhost:${PORT}`;
const PREFIX = uniquePrefix('bench_compare');
/** Never fires by itself: both sides run only when the benchmark triggers them. */
const MANUAL_CRON = { cron: '0 0 1 1 *' };
const OUR_TABLES = ['readiness_entity_state', 'readiness_check_layouts'];
const THEIR_TABLES = ['facts', 'fact_schemas'];
const OUR_TASK = 'readiness-recompute';

const api = createBenchApi(BASE, TOKEN);
const collectGarbage = () => (global as { gc?: () => void }).gc?.();

async function main() {
  const machineAtStart = describeMachine();
  const changedPerDay = Math.max(1, Math.round(ENTITIES * CHANGE_RATE));
  // Files of a quarter of a day's change each: a day rewrites 4 whole files,
  // so the catalog reprocesses just the entities that changed.
  const chunk = Math.max(1, Math.round(changedPerDay / 4));
  const now = new Date();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-compare-'));
  const catalog = generateCatalog({ entities: ENTITIES, now });
  const files = writeCatalog(catalog, dir, chunk);
  const components = catalog.scored.filter(e => e.kind === 'Component').length;
  log(`generated ${catalog.scored.length} scored entities (${components} components), ${catalog.org.length} org entities, ${files.length} files in ${dir}`);
  const user = restrictedUserOf(catalog);

  useConfig(
    dir,
    benchBackendConfig({
      port: PORT,
      prefix: PREFIX,
      token: TOKEN,
      files,
      signInAs: user.userEntityRef,
      extra: {
        // No periodic reprocessing of unchanged files during the measurements.
        catalog: { processingInterval: { hours: 12 } },
        readiness: { schedule: { frequency: MANUAL_CRON, timeout: { minutes: 60 } } },
        techInsights: {
          factRetrievers: {
            [READINESS_RETRIEVER_ID]: {
              cadence: MANUAL_CRON.cron,
              timeout: { minutes: 60 },
              lifecycle: { maxItems: MAX_ITEMS },
            },
          },
          factChecker: { checks: jsonfcChecksConfig() },
        },
      },
    }),
  );

  process.env.LOG_LEVEL ??= 'warn';
  const memory = trackMemory();
  const backend = createBackend();
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(import('@readiness-scorecards/plugin-readiness-backend'));
  backend.add(import('@backstage-community/plugin-tech-insights-backend'));
  backend.add(import('@backstage-community/plugin-tech-insights-backend-module-jsonfc'));
  backend.add(techInsightsModuleReadinessFacts);
  backend.add(import('@backstage/plugin-permission-backend'));
  backend.add(hidingPolicyModule(user.hiddenOwners));
  backend.add(import('@backstage/plugin-auth-backend'));
  backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
  await backend.start();

  const catalogDb = connectDatabase(`${PREFIX}catalog`);
  const ourDb = connectDatabase(`${PREFIX}readiness`);
  const theirDb = connectDatabase(`${PREFIX}tech-insights`);
  const ingestSeconds = await waitForCatalog({ api, catalogDb, expected: catalog.scored.length });
  log(`catalog ingested in ${ingestSeconds.toFixed(1)} s`);
  // As in production, where autovacuum keeps statistics.
  await catalogDb.raw('ANALYZE');
  const userApi = createBenchApi(BASE, await signInAsGuest(BASE));
  // Tech Insights runs each retriever once shortly after start-up, whatever
  // its cadence, on a catalog still loading: let that run end and drop its
  // facts, so both sides score the whole catalog from empty stores.
  await waitUntilIdle(theirDb, READINESS_RETRIEVER_ID);
  await theirDb.raw('truncate table facts');

  const triggerOurs = async () => {
    const response = await api('/api/readiness/refresh', { method: 'POST' });
    if (response.status !== 202) throw new Error(`readiness refresh answered ${response.status}`);
  };
  const triggerTheirs = async () => {
    const response = await api(`/api/tech-insights/.backstage/scheduler/v1/tasks/${READINESS_RETRIEVER_ID}/trigger`, { method: 'POST' });
    if (response.status !== 200) throw new Error(`tech-insights trigger answered ${response.status}`);
  };
  const hotspots: Record<string, unknown> = {};
  const phase = async <T>(name: string, work: () => Promise<T>, profile = false) => {
    collectGarbage();
    memory.reset();
    const heapBefore = process.memoryUsage().heapUsed / 2 ** 20;
    let result: T;
    if (profile && PROFILE) {
      const profiled = await profileCpu(work);
      result = profiled.result;
      hotspots[name] = profiled.hotspots;
    } else {
      result = await work();
    }
    const peaks = memory.peaks();
    log(`${name} done`);
    return { result, memory: { ...peaks, heapBeforeMiB: heapBefore } };
  };

  // Day 0: each side scores the whole catalog from empty stores, then serves
  // the organisation-wide view; --repeat rounds (stores emptied in between),
  // keeping each measure's fastest round: the machine is shared.
  const runRound = async (round: number) => {
    if (round > 1) {
      await ourDb.raw('truncate table readiness_entity_state');
      await theirDb.raw('truncate table facts');
    }
    const profiled = round === 1;
    const ourScoring = await phase('our recompute', () =>
      runScheduledTask({ db: ourDb, taskId: OUR_TASK, trigger: triggerOurs }), profiled);
    // The restricted user first: their visible set is read on their first
    // call after the recompute (the store version changed).
    const ourView = await phase('our rollup', async () => ({
      ...(await timeRollup(userApi)),
      unrestricted: await timeRollup(api),
    }));
    const theirRetrieval = await phase('their fact retrieval', () =>
      runScheduledTask({ db: theirDb, taskId: READINESS_RETRIEVER_ID, trigger: triggerTheirs }), profiled);
    const theirCheckRun = await phase('their bulk check run', () => runBulkChecks(BASE, TOKEN), profiled);
    log(`round ${round}: ours ${ourScoring.result.runSeconds.toFixed(2)} s + rollup ${ourView.result.coldSeconds.toFixed(3)} s (unrestricted ${ourView.result.unrestricted.coldSeconds.toFixed(3)} s); theirs ${theirRetrieval.result.runSeconds.toFixed(2)} s + bulk run ${theirCheckRun.result.seconds.toFixed(1)} s (${theirCheckRun.result.entities} entities)`);
    return { ourScoring, ourView, theirRetrieval, theirCheckRun };
  };
  const rounds: Array<Awaited<ReturnType<typeof runRound>>> = [];
  for (let round = 1; round <= REPEAT; round++) {
    rounds.push(await runRound(round));
  }
  const fastest = <T>(pick: (r: (typeof rounds)[number]) => { result: T; memory: Record<string, number> }, time: (t: T) => number) => {
    const measured = rounds.map(pick);
    const best = measured.reduce((x, y) => (time(y.result) < time(x.result) ? y : x));
    // Memory of the first round: RSS never shrinks, so in later rounds our
    // phases would carry the peak of their bulk run before.
    const { peakRssMiB, peakHeapMiB } = measured[0].memory;
    return {
      result: best.result,
      memory: { peakRssMiB, peakHeapMiB },
      allSeconds: measured.map(m => time(m.result)),
    };
  };
  const ourScoring = fastest(r => r.ourScoring, t => t.runSeconds);
  const ourView = fastest(r => r.ourView, t => t.coldSeconds);
  const theirRetrieval = fastest(r => r.theirRetrieval, t => t.runSeconds);
  const theirCheckRun = fastest(r => r.theirCheckRun, t => t.seconds);

  const ourFailing = await storedFailingChecks(ourDb);
  const agreement = compareOutcomes(ourFailing, theirCheckRun.result.failing);
  const bytesDay0 = { ours: await tableBytes(ourDb, OUR_TABLES), theirs: await tableBytes(theirDb, THEIR_TABLES) };

  // Days 1..N: 2% of the entities change; both sides run on the changed catalog.
  const days = [];
  for (let day = 1; day <= DAYS; day++) {
    const changed = await advanceCatalogOneDay({ api, catalog, dir, chunk, day });
    const [ours, theirs] = await Promise.all([
      runScheduledTask({ db: ourDb, taskId: OUR_TASK, trigger: triggerOurs }),
      runScheduledTask({ db: theirDb, taskId: READINESS_RETRIEVER_ID, trigger: triggerTheirs }),
    ]);
    // A real day gives autovacuum time to run; a simulated one does not:
    // VACUUM both sides' tables, so space freed by updates and deletions is
    // reused the next day on both sides, as it would be in production.
    await vacuum(ourDb, OUR_TABLES);
    await vacuum(theirDb, THEIR_TABLES);
    const bytes = { ours: await tableBytes(ourDb, OUR_TABLES), theirs: await tableBytes(theirDb, THEIR_TABLES) };
    days.push({ day, changed, oursSeconds: ours.runSeconds, theirsSeconds: theirs.runSeconds, ...bytes });
    log(`day ${day}: ${changed} changed; ours ${ours.runSeconds.toFixed(1)} s, theirs ${theirs.runSeconds.toFixed(1)} s; bytes ours ${bytes.ours}, theirs ${bytes.theirs}`);
  }

  const storage = await measureStorage(ourDb, theirDb);
  const theirScoringSeconds = theirRetrieval.result.runSeconds + theirCheckRun.result.seconds;
  const result = {
    benchmark: 'readiness-vs-tech-insights',
    date: new Date().toISOString(),
    command: `yarn workspace @internal/readiness-bench bench:compare --entities ${ENTITIES}${PROFILE ? ' --profile' : ''}${REPEAT !== 2 ? ` --repeat ${REPEAT}` : ''}${DAYS !== 30 ? ` --days ${DAYS}` : ''}${MAX_ITEMS !== 14 ? ` --max-items ${MAX_ITEMS}` : ''}`,
    machine: { atStart: machineAtStart, atEnd: describeMachine() },
    versions: versions(),
    catalog: {
      scored: catalog.scored.length,
      components,
      org: catalog.org.length,
      files: files.length,
      entitiesPerFile: chunk,
      ingestSeconds,
      changedPerDay,
    },
    techInsightsSetup: {
      retriever: READINESS_RETRIEVER_ID,
      cadence: 'daily (triggered by the benchmark)',
      lifecycle: { maxItems: MAX_ITEMS },
      checks: READINESS_CHECK_MAPPINGS.length,
      exact: READINESS_CHECK_MAPPINGS.filter(m => m.expressible === 'exact').length,
      approximate: READINESS_CHECK_MAPPINGS.filter(m => m.expressible === 'approximate').length,
    },
    scoring: {
      ours: { seconds: ourScoring.result.runSeconds, wallSeconds: ourScoring.result.wallSeconds, ...ourScoring.memory },
      theirs: {
        seconds: theirScoringSeconds,
        factRetrievalSeconds: theirRetrieval.result.runSeconds,
        factRetrievalWallSeconds: theirRetrieval.result.wallSeconds,
        bulkCheckRunSeconds: theirCheckRun.result.seconds,
        retrievalMemory: theirRetrieval.memory,
        checkRunMemory: theirCheckRun.memory,
      },
      ratio: theirScoringSeconds / ourScoring.result.runSeconds,
    },
    organisationView: {
      ours: { ...ourView.result, ...ourView.memory },
      theirs: {
        seconds: theirCheckRun.result.seconds,
        responseBytes: theirCheckRun.result.responseBytes,
        entities: theirCheckRun.result.entities,
        checkResults: theirCheckRun.result.checkResults,
        errors: theirCheckRun.result.errors,
      },
      /** Against our rollup as the restricted user gets it, first call after the recompute. */
      ratio: theirCheckRun.result.seconds / ourView.result.coldSeconds,
      warmRatio: theirCheckRun.result.seconds / ourView.result.warmMedianSeconds,
      /** Against the cached rollup of a caller the policy lets read everything. */
      unrestrictedRatio: theirCheckRun.result.seconds / ourView.result.unrestricted.coldSeconds,
      restrictedUser: {
        userEntityRef: user.userEntityRef,
        policy: 'not isEntityOwner(hidden teams), conditional, through the permission backend',
        hiddenScored: user.hiddenScored.size,
        hiddenShare: user.hiddenScored.size / catalog.scored.length,
      },
    },
    storage: {
      ...storage,
      day0: bytesDay0,
      ratio: storage.theirs.bytes / storage.ours.bytes,
    },
    peakMemory: {
      oursMiB: Math.max(ourScoring.memory.peakRssMiB, ourView.memory.peakRssMiB),
      theirsMiB: Math.max(theirRetrieval.memory.peakRssMiB, theirCheckRun.memory.peakRssMiB),
      oursHeapMiB: Math.max(ourScoring.memory.peakHeapMiB, ourView.memory.peakHeapMiB),
      theirsHeapMiB: Math.max(theirRetrieval.memory.peakHeapMiB, theirCheckRun.memory.peakHeapMiB),
    },
    goals: {
      scoringAtLeast20x: theirScoringSeconds / ourScoring.result.runSeconds >= 20,
      organisationViewAtLeast100x: theirCheckRun.result.seconds / ourView.result.coldSeconds >= 100,
      storageAtLeast50x: storage.theirs.bytes / storage.ours.bytes >= 50,
    },
    day0Rounds: {
      rounds: REPEAT,
      oursScoringSeconds: ourScoring.allSeconds,
      oursRollupColdSeconds: ourView.allSeconds,
      theirsFactRetrievalSeconds: theirRetrieval.allSeconds,
      theirsBulkCheckRunSeconds: theirCheckRun.allSeconds,
    },
    agreement,
    ...(PROFILE ? { cpuHotspots: hotspots } : {}),
    days,
  };

  const resultsDir = resolvePackagePath('@internal/readiness-bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  // A profiled run is slower: it gets files of its own.
  const name = `compare-${ENTITIES}${PROFILE ? '-profile' : ''}`;
  fs.writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(resultsDir, `${name}.md`), renderCompareMarkdown(result));
  console.log(renderCompareMarkdown(result));

  await Promise.all([catalogDb.destroy(), ourDb.destroy(), theirDb.destroy()]);
  await backend.stop();
  memory.stop();
  log(`dropped ${(await dropDatabases(PREFIX)).length} databases`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);

  async function measureStorage(ours: typeof ourDb, theirs: typeof theirDb) {
    const [{ count: ourRows }] = await ours('readiness_entity_state').count({ count: '*' });
    // Superseded results are entries of each state row's history column.
    const history = await ours.raw(
      `select count(history)::int as with_history, coalesce(sum(json_array_length(history::json)), 0)::int as entries,
              coalesce(sum(pg_column_size(history)), 0)::bigint as bytes from readiness_entity_state`,
    );
    const [{ count: factRows }] = await theirs('facts').count({ count: '*' });
    const columns = await ours.raw(
      `select avg(pg_column_size(checks))::int as checks, avg(pg_column_size(tags))::int as tags,
              avg(pg_column_size(fingerprint))::int as fingerprint, avg(pg_column_size(history))::int as history,
              avg(pg_column_size(t.*))::int as row from readiness_entity_state t`,
    );
    const factColumns = await theirs.raw(
      'select avg(pg_column_size(facts))::int as facts, avg(pg_column_size(t.*))::int as row from facts t',
    );
    const theirBytes = await tableBytes(theirs, THEIR_TABLES);
    const factBytes = await tableBytes(theirs, ['facts']);
    return {
      afterDays: DAYS,
      ours: {
        bytes: await tableBytes(ours, OUR_TABLES),
        stateBytes: await tableBytes(ours, ['readiness_entity_state']),
        stateRows: Number(ourRows),
        rowsWithHistory: Number(history.rows[0].with_history),
        historyEntries: Number(history.rows[0].entries),
        historyBytes: Number(history.rows[0].bytes),
        averageColumnBytes: columns.rows[0],
      },
      theirs: {
        bytes: theirBytes,
        factRows: Number(factRows),
        averageColumnBytes: factColumns.rows[0],
        // Their default keeps every retrieval: DAYS + 1 rows per entity.
        withoutLifecycleBytesEstimate: Math.round((factBytes / Number(factRows)) * components * (DAYS + 1)),
      },
    };
  }
}

/** Our rollup by owner: the first call, then the median of ten more. */
async function timeRollup(call: ReturnType<typeof createBenchApi>) {
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const t0 = performance.now();
    const response = await call('/api/readiness/rollup?groupBy=owner');
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`rollup answered ${response.status}`);
    times.push((performance.now() - t0) / 1000);
  }
  const warm = times.slice(1).sort((x, y) => x - y);
  return { coldSeconds: times[0], warmMedianSeconds: warm[Math.floor(warm.length / 2)] };
}

async function vacuum(db: ReturnType<typeof connectDatabase>, tables: string[]) {
  for (const table of tables) {
    await db.raw('vacuum (analyze) ??', [table]);
  }
}

async function waitUntilIdle(db: ReturnType<typeof connectDatabase>, taskId: string) {
  for (;;) {
    const [row] = await db('backstage_backend_tasks__tasks').where('id', taskId).select('current_run_started_at');
    if (!row?.current_run_started_at) return;
    await new Promise(r => setTimeout(r, 200));
  }
}

function versions() {
  const version = (name: string) => {
    try {
      return JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version as string;
    } catch {
      return 'unknown';
    }
  };
  return Object.fromEntries(
    [
      '@backstage/backend-defaults',
      '@backstage/plugin-catalog-backend',
      '@backstage-community/plugin-tech-insights-backend',
      '@backstage-community/plugin-tech-insights-backend-module-jsonfc',
    ].map(name => [name, version(name)]),
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    log(`${signal}: dropping the benchmark's databases`);
    await dropDatabases(PREFIX).catch(() => []);
    process.exit(1);
  });
}

main().catch(async error => {
  console.error(error);
  await dropDatabases(PREFIX).catch(() => []);
  process.exit(1);
});
