/**
 * Benchmark of initiatives (not a test): what --initiatives (default 20)
 * initiatives cost the recompute, and how fast their endpoints answer.
 * Runs the same backend twice, each in a process of its own with the same
 * generated catalog of --entities (default 10,000) on PostgreSQL, the real
 * permission backend and the restricted user of bench:backend: first with
 * no initiative, then with them. Each times --runs (default 5) full
 * recomputes (the first writes every result, the others find them
 * unchanged: a daily run); the growth is the ratio of the medians. The
 * second then measures every initiative endpoint for the service caller
 * and the restricted user: the first call (the user's after their visible
 * set expired), then --clients (default 20) clients for --seconds (default
 * 20) after --warmup seconds (default 5). Writes
 * bench/results/initiatives-<entities>.json and .md.
 *
 *   yarn workspace @internal/readiness-bench bench:initiatives [--entities 10000] [--initiatives 20]
 */
import { createBackend } from '@backstage/backend-defaults';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCatalog } from '../catalog/generateCatalog';
import { writeCatalog } from '../catalog/writeCatalog';
import { numberArgument, stringArgument } from '../lib/args';
import { benchBackendConfig, HAND_TRIGGERED_RECOMPUTE, QUIET_CATALOG, useConfig } from '../lib/benchBackendConfig';
import { createBenchApi, log } from '../lib/benchApi';
import { generatedInitiatives, initiativeEndpoints } from '../lib/benchInitiatives';
import { waitForCatalog } from '../lib/catalogReady';
import { LoadResult } from '../lib/latency';
import { describeMachine } from '../lib/machine';
import { timeRequest, untilVisibleSetExpired, warmLoad } from '../lib/orgViews';
import { connectDatabase, dropDatabases, dropDatabasesOnSignal, uniquePrefix } from '../lib/postgres';
import { hidingPolicyModule, refOf, restrictedUserOf, signInAsGuest } from '../lib/restrictedUser';
import { runScheduledTask } from '../lib/scheduledRun';
import { InitiativesBenchResult, PhaseResult, renderInitiativesMarkdown } from '../lib/renderInitiativesMarkdown';

const ENTITIES = numberArgument('entities', 10_000);
const INITIATIVES = numberArgument('initiatives', 20);
const RUNS = numberArgument('runs', 5);
const CLIENTS = numberArgument('clients', 20);
const SECONDS = numberArgument('seconds', 20);
const WARMUP_SECONDS = numberArgument('warmup', 5);
const PORT = numberArgument('port', 7109);
const TOKEN = 'bench-static-token-0123456789abcdef';
const BASE = `http://localhost:${PORT}`;
/** Set in a child process: `baseline` or `initiatives`, and the file it writes its result to. */
const PHASE = stringArgument('phase', '');
const OUT = stringArgument('out', '');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One phase in this process: a backend with `initiativeCount` initiatives. */
async function runPhase(initiativeCount: number): Promise<PhaseResult> {
  const prefix = uniquePrefix('readiness_initiatives');
  dropDatabasesOnSignal(prefix);
  const api = createBenchApi(BASE, TOKEN);
  const now = new Date();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-initiatives-'));
  const catalog = generateCatalog({ entities: ENTITIES, now });
  const files = writeCatalog(catalog, dir);
  const user = restrictedUserOf(catalog);
  const initiatives = generatedInitiatives(initiativeCount, catalog, now);
  useConfig(
    dir,
    benchBackendConfig({
      port: PORT,
      prefix,
      token: TOKEN,
      files,
      signInAs: user.userEntityRef,
      extra: { catalog: QUIET_CATALOG, readiness: { ...HAND_TRIGGERED_RECOMPUTE, initiatives } },
    }),
  );
  const backend = createBackend();
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(import('@readiness-scorecards/plugin-readiness-backend'));
  backend.add(import('@backstage/plugin-permission-backend'));
  backend.add(hidingPolicyModule(user.hiddenOwners));
  backend.add(import('@backstage/plugin-auth-backend'));
  backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
  await backend.start();

  const catalogDb = connectDatabase(`${prefix}catalog`);
  const tasksDb = connectDatabase(`${prefix}readiness`);
  try {
    await waitForCatalog({ api, catalogDb, expected: catalog.scored.length });
    await catalogDb.raw('ANALYZE');
    const recomputeSeconds: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { runSeconds } = await runScheduledTask({
        db: tasksDb,
        taskId: 'readiness-recompute',
        trigger: async () => {
          while ((await api('/api/readiness/refresh', { method: 'POST' })).status !== 202) {
            await new Promise(r => setTimeout(r, 500));
          }
        },
      });
      recomputeSeconds.push(runSeconds);
      log(`${initiativeCount} initiatives: recompute ${run + 1}/${RUNS} took ${runSeconds.toFixed(2)} s`);
      if (run === 0) await tasksDb.raw('ANALYZE');
    }
    const phase: PhaseResult = {
      initiatives: initiativeCount,
      recomputeSeconds,
      recomputeMedianSeconds: median(recomputeSeconds),
    };
    if (initiativeCount === 0) return phase;

    const userToken = await signInAsGuest(BASE);
    const visibleRefs = catalog.scored.map(refOf).filter(ref => !user.hiddenScored.has(ref));
    const endpoints = initiativeEndpoints(initiatives, visibleRefs);
    const callers = { unrestricted: TOKEN, restricted: userToken };
    phase.cold = { unrestricted: {}, restricted: {} };
    phase.warm = { unrestricted: {}, restricted: {} };
    for (const [caller, token] of Object.entries(callers) as [keyof typeof callers, string][]) {
      for (const [name, paths] of Object.entries(endpoints)) {
        if (caller === 'restricted') await untilVisibleSetExpired();
        phase.cold[caller][name] = (await timeRequest(BASE, token, paths[0])).ms;
      }
      for (const [name, paths] of Object.entries(endpoints)) {
        const load: LoadResult = await warmLoad({
          baseUrl: BASE,
          token,
          paths,
          clients: CLIENTS,
          seconds: SECONDS,
          warmupSeconds: WARMUP_SECONDS,
        });
        phase.warm[caller][name] = load;
        log(`${caller} ${name}: cold ${phase.cold[caller][name].toFixed(0)} ms, warm p95 ${load.p95.toFixed(0)} ms, ${load.errors} errors`);
      }
    }
    // The user sees fewer entities in scope than the service: the policy applies.
    const inScope = async (token: string) =>
      (JSON.parse((await timeRequest(BASE, token, '/api/readiness/initiatives')).body.toString()) as {
        initiatives: Array<{ progress: { inScope: number } }>;
      }).initiatives.reduce((sum, i) => sum + i.progress.inScope, 0);
    phase.inScope = { unrestricted: await inScope(TOKEN), restricted: await inScope(userToken) };
    return phase;
  } finally {
    await Promise.all([tasksDb.destroy(), catalogDb.destroy()]);
    await backend.stop();
    await dropDatabases(prefix);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs this script again as one phase, in a process (and backend) of its own. */
function runChild(phase: 'baseline' | 'initiatives'): Promise<PhaseResult> {
  const out = path.join(os.tmpdir(), `readiness-initiatives-${phase}-${process.pid}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, __filename, ...process.argv.slice(2), '--phase', phase, '--out', out],
      { stdio: 'inherit' },
    );
    child.on('error', reject);
    child.on('exit', code => {
      if (code !== 0) reject(new Error(`the ${phase} phase exited with ${code}`));
      else resolve(JSON.parse(fs.readFileSync(out, 'utf8')));
    });
  });
}

async function main() {
  if (PHASE) {
    const result = await runPhase(PHASE === 'baseline' ? 0 : INITIATIVES);
    fs.writeFileSync(OUT, JSON.stringify(result));
    process.exit(0);
  }
  const baseline = await runChild('baseline');
  const withInitiatives = await runChild('initiatives');
  const growth = withInitiatives.recomputeMedianSeconds / baseline.recomputeMedianSeconds - 1;
  const worstP95 = Math.max(
    ...Object.values(withInitiatives.warm ?? {}).flatMap(loads => Object.values(loads).map(l => l.p95)),
  );
  const result: InitiativesBenchResult = {
    benchmark: 'readiness-initiatives',
    date: new Date().toISOString(),
    machine: describeMachine(),
    command: `yarn workspace @internal/readiness-bench bench:initiatives --entities ${ENTITIES} --initiatives ${INITIATIVES} --runs ${RUNS} --clients ${CLIENTS} --seconds ${SECONDS} --warmup ${WARMUP_SECONDS}`,
    entities: ENTITIES,
    clients: CLIENTS,
    baseline,
    withInitiatives,
    recomputeGrowth: growth,
    goals: {
      recomputeGrowthUnder10Percent: growth < 0.1,
      endpointP95Under100ms: worstP95 < 100,
      restrictedSeesLess:
        (withInitiatives.inScope?.restricted ?? 0) < (withInitiatives.inScope?.unrestricted ?? 0),
    },
  };
  const dir = resolvePackagePath('@internal/readiness-bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `initiatives-${ENTITIES}.json`), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, `initiatives-${ENTITIES}.md`), renderInitiativesMarkdown(result));
  console.log(renderInitiativesMarkdown(result));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
