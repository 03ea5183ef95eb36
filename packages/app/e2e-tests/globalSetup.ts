/*
 * Waits until the backend has ingested the example catalog and the readiness
 * plugin has finished its first recompute, so every page shows real data.
 */
const BACKEND = process.env.E2E_BACKEND_URL ?? 'http://localhost:7007';

async function fetchJson(url: string, token?: string) {
  const response = await fetch(url, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: response.ok ? await response.json() : undefined };
}

export default async function globalSetup() {
  const deadline = Date.now() + 300_000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const health = await fetchJson(`${BACKEND}/api/readiness/health`);
      if (health.status === 200) {
        // A guest token, as the browser gets one on sign-in.
        const guest = await fetchJson(`${BACKEND}/api/auth/guest/refresh`);
        const token = guest.body?.backstageIdentity?.token as string | undefined;
        const history = await fetchJson(
          `${BACKEND}/api/readiness/scorecards/default/component/payments-api/history`,
          token,
        );
        if (history.status === 200 && history.body.points.length > 0) {
          return;
        }
        last = `history: ${history.status}, ${history.body?.points?.length ?? 0} points`;
      }
    } catch (error) {
      last = String(error);
    }
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
  throw new Error(`The portal's backend did not become ready: ${last}`);
}
