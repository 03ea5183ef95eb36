/*
 * Waits until the portal started by scripts/page-at-scale.sh has ingested the
 * generated catalog (SCALE_ENTITIES components, resources and APIs) and the
 * readiness backend has stored a scorecard for every component, so the page
 * is measured with the whole catalog in it; then for a quieter machine.
 */
import os from 'node:os';

const BACKEND = process.env.E2E_BACKEND_URL ?? 'http://localhost:7007';
const ENTITIES = Number(process.env.SCALE_ENTITIES ?? 10_000);
const TIMEOUT_MS = Number(process.env.SCALE_READY_TIMEOUT_MS ?? 45 * 60_000);

async function fetchJson(url: string, token?: string) {
  const response = await fetch(url, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    body: response.ok ? await response.json() : undefined,
  };
}

async function guestToken(): Promise<string | undefined> {
  const guest = await fetchJson(`${BACKEND}/api/auth/guest/refresh`);
  return guest.body?.backstageIdentity?.token;
}

async function catalogCount(filter: string, token?: string): Promise<number> {
  const result = await fetchJson(
    `${BACKEND}/api/catalog/entities/by-query?${filter}&limit=1`,
    token,
  );
  return result.body?.totalItems ?? 0;
}

async function readinessState() {
  const token = await guestToken();
  const scoredKinds = await catalogCount(
    'filter=kind=component,kind=resource,kind=api',
    token,
  );
  const components = await catalogCount('filter=kind=component', token);
  const rollup = await fetchJson(
    `${BACKEND}/api/readiness/rollup?groupBy=lifecycle&limit=1`,
    token,
  );
  const scored: number = rollup.body?.total?.entityCount ?? 0;
  return { scoredKinds, components, scored, rollupStatus: rollup.status };
}

/**
 * Waits (at most SCALE_LOAD_WAIT_MS, default 15 minutes) until the machine's
 * 1-minute load average is at most SCALE_MAX_LOAD (default twice the cores),
 * so that the page's numbers are not mostly other processes' work. The
 * portal's own background work (catalog processing, rescoring every minute)
 * counts too.
 */
async function waitForQuietMachine() {
  const maxLoad = Number(process.env.SCALE_MAX_LOAD ?? 2 * os.cpus().length);
  const waitMs = Number(process.env.SCALE_LOAD_WAIT_MS ?? 15 * 60_000);
  const started = Date.now();
  let announced = false;
  while (os.loadavg()[0] > maxLoad && Date.now() - started < waitMs) {
    if (!announced) {
      log(
        `load average ${os
          .loadavg()[0]
          .toFixed(1)} > ${maxLoad}: waiting up to ${
          waitMs / 60_000
        } minutes for a quieter machine`,
      );
      announced = true;
    }
    await new Promise(resolve => setTimeout(resolve, 10_000));
  }
  log(
    `load average ${os
      .loadavg()[0]
      .toFixed(1)} (limit ${maxLoad}) after ${Math.round(
      (Date.now() - started) / 1000,
    )} s`,
  );
}

function log(message: string) {
  process.stderr.write(
    `[page-at-scale ${new Date().toISOString().slice(11, 19)}] ${message}\n`,
  );
}

export default async function globalSetup() {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < TIMEOUT_MS) {
    try {
      const health = await fetchJson(`${BACKEND}/api/readiness/health`);
      if (health.status === 200) {
        const state = await readinessState();
        const message =
          `catalog: ${state.scoredKinds}/${ENTITIES} components, resources and APIs; ` +
          `readiness: ${state.scored}/${state.components} components scored (rollup ${state.rollupStatus})`;
        if (message !== last) log(message);
        last = message;
        // The generator gives every component evidence to score; "nearly
        // all" leaves room for the odd one the catalog rejects.
        if (
          state.scoredKinds >= ENTITIES &&
          state.components > 0 &&
          state.scored >= Math.floor(state.components * 0.99)
        ) {
          log(`ready after ${Math.round((Date.now() - started) / 1000)} s`);
          // Set by scripts/page-at-scale.sh when it starts the portal.
          const portalStarted = Number(process.env.SCALE_PORTAL_STARTED_AT);
          if (portalStarted > 0) {
            process.env.SCALE_READY_SECONDS = String(
              Math.round((Date.now() - portalStarted) / 1000),
            );
          }
          await waitForQuietMachine();
          return;
        }
      } else {
        last = `health: ${health.status}`;
      }
    } catch (error) {
      last = String(error);
    }
    await new Promise(resolve => setTimeout(resolve, 5000));
  }
  throw new Error(
    `The portal did not ingest and score the generated catalog in ${
      TIMEOUT_MS / 60_000
    } minutes: ${last}`,
  );
}
