/*
 * Checks the created app with our packages installed, as its users meet it:
 * the health endpoint, a live scorecard of one of the app's own catalog
 * entities (the template's example-website), and in headless Chromium the
 * entity's Readiness tab and the organisation-wide Readiness page.
 *
 *   node checkPortal.js <app url> <backend url> <screenshot dir>
 */
const path = require('node:path');
// playwright-core comes from the repository's own node_modules.
const { chromium } = require(require.resolve('playwright-core', {
  paths: [path.resolve(__dirname, '../..')],
}));

const ENTITY = {
  namespace: 'default',
  kind: 'component',
  name: 'example-website',
};
const DEADLINE_MS = Number(process.env.CHECK_DEADLINE_MS ?? 600_000);

async function getJson(url, token) {
  const response = await fetch(url, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

async function waitFor(what, probe) {
  const deadline = Date.now() + DEADLINE_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const result = await probe();
      if (result.ok) return result.value;
      last = result.why;
    } catch (error) {
      last = String(error.cause?.code ?? error.message);
    }
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
  throw new Error(
    `${what}: not reached within ${DEADLINE_MS / 1000} s (last: ${last})`,
  );
}

function step(message) {
  console.log(`  ✓ ${message}`);
}

async function checkApi(backendUrl) {
  const health = await waitFor(
    'GET /api/readiness/health answers 200',
    async () => {
      const r = await getJson(`${backendUrl}/api/readiness/health`);
      return {
        ok: r.status === 200,
        value: r.body,
        why: `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`,
      };
    },
  );
  step(`GET /api/readiness/health: 200 ${JSON.stringify(health)}`);

  // A guest's token, as the browser gets one when the user clicks Enter.
  const guest = await getJson(`${backendUrl}/api/auth/guest/refresh`);
  const token = guest.body?.backstageIdentity?.token;
  if (!token)
    throw new Error(
      `guest sign-in gave ${guest.status} ${JSON.stringify(
        guest.body,
      )}; expected a token`,
    );

  const ref = `${ENTITY.namespace}/${ENTITY.kind}/${ENTITY.name}`;
  const scorecard = await waitFor(`a scorecard of ${ref}`, async () => {
    const r = await getJson(
      `${backendUrl}/api/readiness/scorecards/${ref}`,
      token,
    );
    return {
      ok: r.status === 200,
      value: r.body,
      why: `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`,
    };
  });
  const card = scorecard.scorecard ?? scorecard;
  const checks = card.checks ?? card.results ?? [];
  if (
    typeof card.score !== 'number' ||
    !Array.isArray(checks) ||
    checks.length === 0
  ) {
    throw new Error(
      `scorecard of ${ref}: ${JSON.stringify(scorecard).slice(
        0,
        500,
      )}; expected a score and check results`,
    );
  }
  const teamSize = checks.find(c => (c.checkId ?? c.id) === 'team-size');
  if (!teamSize) {
    throw new Error(
      `scorecard of ${ref} has no team-size check; expected the team-size module's check`,
    );
  }
  step(
    `GET /api/readiness/scorecards/${ref}: tier ${card.tier ?? 'none'}, score ${
      card.score
    }, ${checks.length} checks (team-size: ${teamSize.status})`,
  );
  return token;
}

async function checkBrowser(appUrl, screenshotDir) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 1000 },
    });
    page.setDefaultTimeout(120_000);
    await page.goto(appUrl);
    await page.getByRole('button', { name: 'Enter' }).click();
    // The sidebar's <nav> itself has no height: wait for one of its links.
    const sidebarLink = name =>
      page
        .getByRole('navigation', { name: 'sidebar nav' })
        .getByRole('link', { name, exact: true });
    await sidebarLink('Catalog').waitFor();
    step('signed in as guest');

    const entityPath = `/catalog/${ENTITY.namespace}/${ENTITY.kind}/${ENTITY.name}`;
    await page.goto(`${appUrl}${entityPath}`);
    await page.getByTestId('readiness-card').waitFor();
    step(`${ENTITY.name}'s overview: the readiness card rendered`);

    // The entity page's Readiness tab (not the card's link, not the sidebar's).
    await page
      .locator(`a[href$="${entityPath}/readiness"]`)
      .filter({ hasText: /^Readiness$/ })
      .first()
      .click();
    await page.getByTestId('readiness-content').waitFor();
    await page.getByTestId('readiness-tier-path').waitFor();
    await page.getByTestId('readiness-score').waitFor();
    const gaps = await page.locator('[data-testid^="readiness-gap-"]').count();
    await page.screenshot({
      path: path.join(screenshotDir, 'entity-readiness-tab.png'),
      fullPage: true,
    });
    step(
      `${ENTITY.name}'s Readiness tab: tier path, score and ${gaps} gaps with their fixes rendered`,
    );

    await sidebarLink('Readiness').click();
    await page.waitForURL(/\/readiness/);
    await page.getByTestId('readiness-rollup-page').waitFor();
    await page.getByTestId('readiness-rollup-groups').waitFor();
    const groups = await page
      .locator('[data-testid^="readiness-rollup-row-"]')
      .count();
    await page.screenshot({
      path: path.join(screenshotDir, 'readiness-page.png'),
      fullPage: true,
    });
    step(
      `the Readiness page, from its sidebar item: ${groups} rollup groups rendered`,
    );
  } finally {
    await browser.close();
  }
}

async function main([appUrl, backendUrl, screenshotDir]) {
  await checkApi(backendUrl);
  await checkBrowser(appUrl, screenshotDir);
}

main(process.argv.slice(2)).catch(error => {
  console.error(`install-check: ${error.message}`);
  process.exit(1);
});
