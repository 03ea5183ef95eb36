/**
 * Benchmark of the readiness backend (not a test). Generates a catalog of
 * --entities scored entities (default 10,000) plus its org, loads it into a
 * real catalog backend on PostgreSQL in this process (tables analysed, as
 * autovacuum has them in production), runs a full recompute, then measures
 * the live scorecard and every organisation-wide endpoint (rollups by
 * owner, system and lifecycle, rollup history, the list, the CSV export)
 * for two callers of the same backend, with the real permission backend:
 * a service with a static token, whom the policy lets read everything, and
 * a user signed in through the guest provider, from whom a conditional
 * policy (`not isEntityOwner(...)`) hides about 10% of the scored entities.
 * For each: the first call of each endpoint (cold; for the user, after
 * their visible set has expired), then --clients concurrent clients
 * (default 20) on each endpoint for --seconds (default 20), after
 * --warmup seconds (default 5) of the same load, not measured. Prints and
 * writes to bench/results/ (JSON and markdown) recompute time, peak memory,
 * database bytes per entity and the latencies.
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
import { coldCalls, timeRequest, untilVisibleSetExpired, warmLoad, warmLoads } from '../lib/orgViews';
import { renderBackendMarkdown } from '../lib/renderBackendMarkdown';
import { hidingPolicyModule, refOf, restrictedUserOf, signInAsGuest } from '../lib/restrictedUser';
import { describeMachine } from '../lib/machine';
import { connectDatabase, dropDatabases, tableBytes, uniquePrefix } from '../lib/postgres';
import { runScheduledTask } from '../lib/scheduledRun';
import { profileCpu } from '../lib/cpuProfile';

const ENTITIES = numberArgument('entities', 10_000);
const CLIENTS = numberArgument('clients', 20);
const SECONDS = numberArgument('seconds', 20);
/** Unmeasured load before each measured one: warm figures are a busy caller's steady state. */
const WARMUP_SECONDS = numberArgument('warmup', 5);
const PORT = numberArgument('port', 7107);
const TOKEN = 'bench-static-token-0123456789abcdef';
const BASE = `http://localhost:${PORT}`;
const PREFIX = uniquePrefix('readiness_bench');
/** --profile: CPU profile of the backend during the scorecard load, printed by package and function. */
const PROFILE = process.argv.includes('--profile');
/**
 * --permissions-off: permissions disabled and the unrestricted caller alone,
 * as the benchmark ran before it measured a restricted user; written to
 * backend-<entities>-permissions-off.json, which no README cites.
 */
const PERMISSIONS_OFF = process.argv.includes('--permissions-off');

const api = createBenchApi(BASE, TOKEN);

async function main() {
  const now = new Date();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-bench-'));
  const catalog = generateCatalog({ entities: ENTITIES, now });
  const files = writeCatalog(catalog, dir);
  log(`generated ${catalog.scored.length} scored entities and ${catalog.org.length} org entities in ${dir}`);
  const user = restrictedUserOf(catalog);
  log(`the policy hides ${user.hiddenScored.size} scored entities (${user.hiddenOwners.length} teams) from ${user.userEntityRef}`);

  useConfig(
    dir,
    benchBackendConfig({
      port: PORT,
      prefix: PREFIX,
      token: TOKEN,
      files,
      signInAs: PERMISSIONS_OFF ? undefined : user.userEntityRef,
      extra: { catalog: QUIET_CATALOG, readiness: HAND_TRIGGERED_RECOMPUTE },
    }),
  );

  const memory = trackMemory();
  const backend = createBackend();
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(import('@readiness-scorecards/plugin-readiness-backend'));
  if (!PERMISSIONS_OFF) {
    backend.add(import('@backstage/plugin-permission-backend'));
    backend.add(hidingPolicyModule(user.hiddenOwners));
    backend.add(import('@backstage/plugin-auth-backend'));
    backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
  }
  await backend.start();

  const catalogDb = connectDatabase(`${PREFIX}catalog`);
  const expectedScored = catalog.scored.length;
  const ingestSeconds = await waitForCatalog({ api, catalogDb, expected: expectedScored });
  log(`catalog ingested ${expectedScored} entities in ${ingestSeconds.toFixed(1)} s`);
  // Production databases have statistics (autovacuum analyses them); fresh
  // tables have none, and the planner's guesses for the catalog's permission
  // filters are then far off.
  await catalogDb.raw('ANALYZE');

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
  await tasksDb.raw('ANALYZE');

  const userToken = PERMISSIONS_OFF ? '' : await signInAsGuest(BASE);
  const storedRefs = (await tasksDb('readiness_entity_state').select('entity_ref')).map(r => r.entity_ref as string);
  const hiddenStored = storedRefs.filter(ref => user.hiddenScored.has(ref)).length;
  const scorecardPath = (e: (typeof catalog.scored)[number]) =>
    `/api/readiness/scorecards/default/${e.kind.toLocaleLowerCase('en-US')}/${e.metadata.name}`;
  const visibleToUser = catalog.scored.filter(e => !user.hiddenScored.has(refOf(e)));

  // Cold: the first call of each endpoint after the recompute; for the user,
  // each after their visible set has expired, so each includes reading it.
  // The live scorecards first, before the user has a visible set.
  const coldUnrestrictedScorecard = (await timeRequest(BASE, TOKEN, scorecardPath(visibleToUser[0]))).ms;
  const coldRestrictedScorecard = PERMISSIONS_OFF
    ? 0
    : (await timeRequest(BASE, userToken, scorecardPath(visibleToUser[1]))).ms;
  const coldUnrestricted = { scorecard: coldUnrestrictedScorecard, ...(await coldCalls(BASE, TOKEN)) };

  // Load on the scorecard endpoint.
  memory.reset();
  const scorecardLoad = () =>
    warmLoad({
      baseUrl: BASE,
      token: TOKEN,
      paths: catalog.scored.map(scorecardPath),
      clients: CLIENTS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
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
  const unrestrictedWarm = await warmLoads({
    baseUrl: BASE,
    token: TOKEN,
    clients: CLIENTS,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
  });
  // The three rollups mixed, as before: the figure earlier results report.
  const rollupLoad = unrestrictedWarm.rollup;
  const rollupMemory = memory.peaks();

  if (PERMISSIONS_OFF) {
    const out = path.join(
      resolvePackagePath('@internal/readiness-bench', 'results'),
      `backend-${ENTITIES}-permissions-off${PROFILE ? '-profile' : ''}.json`,
    );
    const summary = {
      benchmark: 'readiness-backend-permissions-off',
      date: new Date().toISOString(),
      machine: describeMachine(),
      command: `yarn workspace @internal/readiness-bench bench:backend --entities ${ENTITIES} --clients ${CLIENTS} --seconds ${SECONDS} --warmup ${WARMUP_SECONDS} --permissions-off${PROFILE ? ' --profile' : ''}`,
      entities: { scored: expectedScored, stored: Number(storedCount) },
      recompute: { seconds: recomputeSeconds },
      cold: coldUnrestricted,
      scorecardLoad: { clients: CLIENTS, seconds: SECONDS, ...load, ...(profile ? { profile } : {}) },
      rollupLoad: { clients: CLIENTS, seconds: SECONDS, ...rollupLoad },
      warm: unrestrictedWarm,
    };
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
    log(`permissions off: recompute ${recomputeSeconds.toFixed(2)} s, scorecard p95 ${load.p95.toFixed(1)} ms, rollup p95 ${rollupLoad.p95.toFixed(1)} ms; written to ${out}`);
    await Promise.all([tasksDb.destroy(), catalogDb.destroy()]);
    await backend.stop();
    memory.stop();
    await dropDatabases(PREFIX);
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }

  // The same for the signed-in user the policy restricts: cold first.
  const cold = {
    unrestricted: coldUnrestricted,
    restricted: {
      scorecard: coldRestrictedScorecard,
      ...(await coldCalls(BASE, userToken, untilVisibleSetExpired)),
    },
  };
  const exactness = await checkExactness(userToken, storedRefs.length, hiddenStored, visibleToUser, user.hiddenScored);
  memory.reset();
  const restrictedScorecardLoad = await warmLoad({
    baseUrl: BASE,
    token: userToken,
    paths: visibleToUser.map(scorecardPath),
    clients: CLIENTS,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
  });
  log(`warm restricted scorecard: p95 ${restrictedScorecardLoad.p95.toFixed(0)} ms, ${restrictedScorecardLoad.errors} errors`);
  const restrictedScorecardMemory = memory.peaks();
  memory.reset();
  const restrictedWarm = await warmLoads({
    baseUrl: BASE,
    token: userToken,
    clients: CLIENTS,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
  });
  const restrictedOrgViewMemory = memory.peaks();

  const result = {
    benchmark: 'readiness-backend',
    date: new Date().toISOString(),
    machine: describeMachine(),
    command: `yarn workspace @internal/readiness-bench bench:backend --entities ${ENTITIES} --clients ${CLIENTS} --seconds ${SECONDS} --warmup ${WARMUP_SECONDS}`,
    entities: { scored: expectedScored, org: catalog.org.length, stored: Number(storedCount) },
    catalogIngestSeconds: ingestSeconds,
    recompute: { seconds: recomputeSeconds, entitiesPerSecond: Number(storedCount) / recomputeSeconds, ...recomputeMemory },
    database: { bytes, bytesPerEntity: bytes / Number(storedCount) },
    scorecardLoad: { clients: CLIENTS, seconds: SECONDS, ...load, ...loadMemory, ...(profile ? { profile } : {}) },
    rollupLoad: { clients: CLIENTS, seconds: SECONDS, ...rollupLoad, ...rollupMemory },
    permissions: {
      policy: 'users: catalog.entity.read is conditional, not isEntityOwner(hidden teams); services: allow',
      restrictedUser: user.userEntityRef,
      hiddenOwners: user.hiddenOwners.length,
      hiddenScored: user.hiddenScored.size,
      hiddenStored,
      hiddenShare: hiddenStored / storedRefs.length,
      exactness,
    },
    /** Milliseconds of the first call of each endpoint; the user's after their visible set expired. */
    cold,
    /** --clients clients on each endpoint for --seconds, one endpoint at a time. */
    warm: {
      unrestricted: { scorecard: load, ...unrestrictedWarm },
      restricted: { scorecard: restrictedScorecardLoad, ...restrictedWarm },
    },
    restrictedMemory: { scorecard: restrictedScorecardMemory, orgViews: restrictedOrgViewMemory },
    goals: {
      recomputeUnder60s: recomputeSeconds < 60,
      scorecardP95Under50ms: load.p95 < 50,
      rollupP95Under100ms: rollupLoad.p95 < 100,
      restrictedScorecardP95Under50ms: restrictedScorecardLoad.p95 < 50,
      restrictedRollupP95Under250ms: restrictedWarm.rollup.p95 < 250,
      restrictedAnswersExact: exactness.exact,
    },
  };
  const out = path.join(
    resolvePackagePath('@internal/readiness-bench', 'results'),
    `backend-${ENTITIES}${PROFILE ? '-profile' : ''}.json`,
  );
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(out.replace(/\.json$/, '.md'), renderBackendMarkdown(result));
  console.log(renderBackendMarkdown(result));

  await Promise.all([tasksDb.destroy(), catalogDb.destroy()]);
  await backend.stop();
  memory.stop();
  await dropDatabases(PREFIX);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

/**
 * Whether the user's answers hold exactly the entities they may read: the
 * rollup counts every stored entity but the hidden ones, the CSV names no
 * hidden entity, a hidden entity's scorecard is a 404 and a visible one's
 * is not. Asked after the cold calls, so it warms nothing they measure.
 */
async function checkExactness(
  userToken: string,
  stored: number,
  hiddenStored: number,
  visible: Array<{ kind: string; metadata: { name: string } }>,
  hidden: Set<string>,
) {
  const rollup = JSON.parse(
    (await timeRequest(BASE, userToken, '/api/readiness/rollup?groupBy=lifecycle')).body.toString(),
  ) as { total: { entityCount: number } };
  const csv = (await timeRequest(BASE, userToken, '/api/readiness/export.csv')).body.toString();
  // Refs hold no comma or quote: the first cell of each line is the ref.
  const csvRefs = csv.split('\r\n').slice(1).map(line => line.split(',')[0]);
  const csvHidden = csvRefs.filter(ref => hidden.has(ref)).length;
  const [hiddenKind, hiddenName] = [...hidden][0].split(/[:/]/).filter((_, i) => i !== 1);
  const hiddenStatus = (await fetch(`${BASE}/api/readiness/scorecards/default/${hiddenKind}/${hiddenName}`, {
    headers: { Authorization: `Bearer ${userToken}` },
  })).status;
  const visibleStatus = (await fetch(
    `${BASE}/api/readiness/scorecards/default/${visible[0].kind.toLocaleLowerCase('en-US')}/${visible[0].metadata.name}`,
    { headers: { Authorization: `Bearer ${userToken}` } },
  )).status;
  const checks = {
    rollupEntityCount: rollup.total.entityCount,
    expectedEntityCount: stored - hiddenStored,
    hiddenRefsInCsv: csvHidden,
    hiddenScorecardStatus: hiddenStatus,
    visibleScorecardStatus: visibleStatus,
  };
  const exact =
    checks.rollupEntityCount === checks.expectedEntityCount &&
    csvHidden === 0 &&
    hiddenStatus === 404 &&
    visibleStatus === 200;
  log(`exactness for the restricted user: ${JSON.stringify(checks)}${exact ? '' : ' NOT EXACT'}`);
  return { exact, ...checks };
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
