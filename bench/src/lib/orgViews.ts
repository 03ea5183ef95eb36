import { log, sleep } from './benchApi';
import { LoadResult, runHttpLoad } from './latency';

/** Every organisation-wide endpoint, as a portal page or a script calls it. */
export const ORG_VIEW_ENDPOINTS = {
  rollupByOwner: '/api/readiness/rollup?groupBy=owner',
  rollupBySystem: '/api/readiness/rollup?groupBy=system',
  rollupByLifecycle: '/api/readiness/rollup?groupBy=lifecycle',
  rollupHistory: '/api/readiness/rollup/history?groupBy=owner',
  scorecardList: '/api/readiness/scorecards?limit=50',
  csvExport: '/api/readiness/export.csv',
  attention: '/api/readiness/attention?list=overdue-decisions',
} as const;

export type OrgViewEndpoint = keyof typeof ORG_VIEW_ENDPOINTS;

/**
 * How long the backend serves a restricted caller's visible set after
 * reading it (VISIBLE_SET_TTL_MS in the backend's VisibleEntities.ts), plus
 * a second: a caller idle this long gets a cold answer.
 */
export const VISIBLE_SET_EXPIRY_MS = 31_000;

/** One request with the caller's token, timed to its last byte. */
export async function timeRequest(
  baseUrl: string,
  token: string,
  path: string,
): Promise<{ ms: number; body: Buffer }> {
  const t0 = performance.now();
  const response = await fetch(`${baseUrl}${path}`, {
    headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip' },
  });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - t0;
  if (response.status !== 200) {
    throw new Error(`${path} answered ${response.status}: ${body.toString().slice(0, 300)}`);
  }
  return { ms, body };
}

/**
 * The first call of every endpoint, in milliseconds. `beforeEach` makes
 * each call cold (for a restricted caller: waits until their visible set
 * has expired); each endpoint's own result is never cached before its
 * first call.
 */
export async function coldCalls(
  baseUrl: string,
  token: string,
  beforeEach: () => Promise<void> = async () => {},
): Promise<Record<OrgViewEndpoint, number>> {
  const times = {} as Record<OrgViewEndpoint, number>;
  for (const [name, path] of Object.entries(ORG_VIEW_ENDPOINTS) as [OrgViewEndpoint, string][]) {
    await beforeEach();
    times[name] = (await timeRequest(baseUrl, token, path)).ms;
    log(`cold ${name}: ${times[name].toFixed(0)} ms`);
  }
  return times;
}

/** Waits until a restricted caller's visible set has expired. */
export const untilVisibleSetExpired = async (): Promise<void> => {
  await sleep(VISIBLE_SET_EXPIRY_MS);
};

export interface WarmLoads {
  /** The three rollups (by owner, system, lifecycle) mixed, as a dashboard calls them. */
  rollup: LoadResult;
  rollupHistory: LoadResult;
  scorecardList: LoadResult;
  csvExport: LoadResult;
  /** GET /attention, the list the Readiness page opens with. */
  attention: LoadResult;
}

/**
 * `clients` concurrent clients on `paths` for `seconds`, after
 * `warmupSeconds` of the same load that is not measured: the steady state
 * of a busy caller (caches filled, a restricted caller's visible set read).
 */
export async function warmLoad(options: {
  baseUrl: string;
  token: string;
  paths: string[];
  clients: number;
  seconds: number;
  warmupSeconds: number;
}): Promise<LoadResult> {
  const { seconds, warmupSeconds, ...load } = options;
  if (warmupSeconds > 0) {
    await runHttpLoad({ ...load, durationMs: warmupSeconds * 1000 });
  }
  return runHttpLoad({ ...load, durationMs: seconds * 1000 });
}

/** `clients` concurrent clients on each organisation-wide endpoint in turn, each after its warm-up. */
export async function warmLoads(options: {
  baseUrl: string;
  token: string;
  clients: number;
  seconds: number;
  warmupSeconds: number;
}): Promise<WarmLoads> {
  const load = async (name: string, paths: string[]) => {
    const result = await warmLoad({ ...options, paths });
    log(`warm ${name}: p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, ${result.requestsPerSecond.toFixed(0)}/s, ${result.errors} errors`);
    return result;
  };
  return {
    rollup: await load('rollup', [
      ORG_VIEW_ENDPOINTS.rollupByOwner,
      ORG_VIEW_ENDPOINTS.rollupBySystem,
      ORG_VIEW_ENDPOINTS.rollupByLifecycle,
    ]),
    rollupHistory: await load('rollupHistory', [ORG_VIEW_ENDPOINTS.rollupHistory]),
    scorecardList: await load('scorecardList', [ORG_VIEW_ENDPOINTS.scorecardList]),
    csvExport: await load('csvExport', [ORG_VIEW_ENDPOINTS.csvExport]),
    attention: await load('attention', [ORG_VIEW_ENDPOINTS.attention]),
  };
}
