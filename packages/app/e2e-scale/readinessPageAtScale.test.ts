/*
 * The Readiness page with the generated catalog (SCALE_ENTITIES entities,
 * default 10,000), started by scripts/page-at-scale.sh. Times each step a
 * manager takes, from the click (or the navigation's start) to the awaited
 * content on screen, measured inside the page on animation frames; records
 * the longest main-thread task of each step, the rows each table renders and
 * the readiness API calls; saves e2e-screenshots/scale-*.png; writes
 * bench/results/page-<N>.json and .md; then fails on any broken bound.
 */
import { expect, Page, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  installProbe,
  lastClickAt,
  longTasksSince,
  renderedRows,
} from './pageProbe';
import {
  ApiCall,
  Bound,
  describeMachine,
  longest,
  PageReport,
  round,
  StepResult,
  writeReport,
} from './results';

const ENTITIES = Number(process.env.SCALE_ENTITIES ?? 10_000);
const COMMAND = process.env.SCALE_COMMAND ?? './scripts/page-at-scale.sh';
const ROOT = path.resolve(__dirname, '../../..');
const SCREENSHOTS = path.join(ROOT, 'e2e-screenshots');
const RESULTS = path.join(ROOT, 'bench/results');

/** Bounds: the page is responsive when every one holds. */
const BOUNDS = {
  /** A click inside the app to its content on screen. */
  stepMs: 3000,
  /** Loading the app by URL: the development bundle, sign-in, then the page. */
  coldLoadMs: 15_000,
  /** Longest main-thread task during a step inside the app. */
  longTaskMs: 500,
  /** Longest main-thread task while loading by URL (evaluating the bundle). */
  coldLoadLongTaskMs: 1000,
  /** Rows of groups on screen (one server-side page). */
  groupRows: 25,
  /** Rows of the drill-down on screen (its default page size). */
  drilldownRows: 25,
  /** Every `tr` of the document: tables stay one page each. */
  allTableRows: 150,
  /** The organisation's CSV, from the click to the saved file. */
  csvMs: 15_000,
};

/**
 * Pages of groups clicked through (with the generated catalog, page 3 holds
 * the organisation itself: every entity in one drill-down), then pages of the
 * drill-down, as many as it has.
 */
const GROUP_PAGE_CLICKS = 2;
const DRILLDOWN_PAGE_CLICKS = 3;

/** Time after the awaited content for trailing renders' long tasks. */
const SETTLE_MS = 1500;
const WAIT_MS = 60_000;

const GROUP_ROWS =
  '[data-testid^="readiness-rollup-row-"]:not([data-testid="readiness-rollup-row-total"])';
const DRILLDOWN_LINKS = '[data-testid="readiness-drilldown"] tbody tr a';

test(`the Readiness page stays responsive with ${ENTITIES} entities`, async ({
  page,
  browser,
}) => {
  await installProbe(page);
  const api = recordApiCalls(page);
  const steps: StepResult[] = [];
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  const finish = async (
    step: Omit<
      StepResult,
      'longestTaskMs' | 'longTasks' | 'rows' | 'api' | 'load1'
    >,
    startedAt: number,
    wallStart: number,
  ) => {
    await page.waitForTimeout(SETTLE_MS);
    const tasks = await longTasksSince(page, startedAt);
    await page.screenshot({
      path: path.join(SCREENSHOTS, step.screenshot),
      fullPage: true,
    });
    const result: StepResult = {
      ...step,
      longestTaskMs: longest(tasks),
      longTasks: tasks.length,
      rows: await renderedRows(page),
      api: api.since(wallStart),
      load1: round(os.loadavg()[0], 1),
    };
    steps.push(result);
    process.stderr.write(
      `[page-at-scale] ${step.what}: ${result.ms} ms (settled ${
        result.settledMs ?? '-'
      } ms), longest task ${result.longestTaskMs} ms, ${
        result.rows.groupRows
      } group rows, ${result.rows.drilldownRows} drill-down rows\n`,
    );
  };

  // Sign in as a guest on a light page, so the catalog's own index page
  // (12,000 entities) is not part of any measurement.
  await page.goto('/settings');
  const enter = page.getByRole('button', { name: 'Enter' });
  const settings = page.getByRole('heading', { name: /Settings/ }).first();
  await expect(enter.or(settings).first()).toBeVisible({ timeout: WAIT_MS });
  if (await enter.isVisible()) {
    await enter.click();
  }
  await expect(settings).toBeVisible({ timeout: WAIT_MS });

  // 1. The page loaded by URL: navigation start to the group table.
  let wall = Date.now();
  await page.goto('/readiness?groupBy=owner');
  let readyAt = await waitInPage(page, () => {
    return document.querySelectorAll(
      '[data-testid^="readiness-rollup-row-"]:not([data-testid="readiness-rollup-row-total"])',
    ).length > 0
      ? performance.now()
      : 0;
  });
  let settledAt = await waitForWholePage(page);
  await finish(
    {
      name: 'coldLoad',
      what: 'Load /readiness by URL (app bundle + page)',
      ms: round(readyAt),
      settledMs: round(settledAt),
      screenshot: 'scale-rollup-owner.png',
    },
    0,
    wall,
  );

  // 2. Inside the app: to Settings and back to Readiness from the nav.
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await expect(
    page.getByRole('heading', { name: /Settings/ }).first(),
  ).toBeVisible();
  wall = Date.now();
  let ready = waitInPage(page, () => {
    return location.pathname === '/readiness' &&
      document.querySelectorAll(
        '[data-testid^="readiness-rollup-row-"]:not([data-testid="readiness-rollup-row-total"])',
      ).length > 0
      ? performance.now()
      : 0;
  });
  await page.getByRole('link', { name: 'Readiness' }).first().click();
  let clickAt = await lastClickAt(page);
  readyAt = await ready;
  settledAt = await waitForWholePage(page);
  await finish(
    {
      name: 'openFromNav',
      what: 'Open Readiness from the nav (owner groups)',
      ms: round(readyAt - clickAt),
      settledMs: round(settledAt - clickAt),
      screenshot: 'scale-rollup-from-nav.png',
    },
    clickAt,
    wall,
  );
  const summary = await page
    .getByTestId('readiness-rollup-summary')
    .innerText();
  const scored = Number(/^(\d+) entities/.exec(summary)?.[1] ?? 0);
  const pager = page.getByTestId('readiness-rollup-pager');
  const pagerText = await pager.innerText();
  const ownerGroups = Number(
    /of (?:more than )?(\d+)/.exec(pagerText)?.[1] ?? 0,
  );

  // 3. The next pages of groups.
  for (let to = 2; to <= 1 + GROUP_PAGE_CLICKS; to++) {
    const firstGroup = await page
      .locator(GROUP_ROWS)
      .first()
      .getAttribute('data-testid');
    wall = Date.now();
    ready = waitInPage(
      page,
      before => {
        const first = document.querySelector(
          '[data-testid^="readiness-rollup-row-"]:not([data-testid="readiness-rollup-row-total"])',
        );
        return first && first.getAttribute('data-testid') !== before
          ? performance.now()
          : 0;
      },
      firstGroup,
    );
    await pager.getByRole('button', { name: /next page/i }).click();
    clickAt = await lastClickAt(page);
    readyAt = await ready;
    settledAt = await waitForWholePage(page);
    await finish(
      {
        name: 'nextGroupPage',
        what: `Next page of groups (to page ${to})`,
        ms: round(readyAt - clickAt),
        settledMs: round(settledAt - clickAt),
        screenshot: `scale-rollup-page-${to}.png`,
      },
      clickAt,
      wall,
    );
    await expect(page).toHaveURL(new RegExp(`[?&]page=${to - 1}(&|$)`));
  }

  // 4. The drill-down of this page's biggest group.
  const { name: biggest, count: biggestCount } = await biggestGroup(page);
  wall = Date.now();
  ready = waitInPage(page, () => {
    return document.querySelectorAll(
      '[data-testid="readiness-drilldown"] tbody tr a',
    ).length > 0
      ? performance.now()
      : 0;
  });
  await page
    .getByRole('button', {
      name: `Show the entities of ${biggest}`,
      exact: true,
    })
    .click();
  clickAt = await lastClickAt(page);
  readyAt = await ready;
  await finish(
    {
      name: 'openDrilldown',
      what: `Open the drill-down of ${biggest} (${biggestCount} entities)`,
      ms: round(readyAt - clickAt),
      screenshot: 'scale-drilldown.png',
    },
    clickAt,
    wall,
  );
  const drilldown = page.getByTestId('readiness-drilldown');
  await expect(drilldown).toContainText(biggest);

  // 5. The drill-down's next pages.
  const heading = await drilldown.getByRole('heading').first().innerText();
  const members = Number(/\((\d+)\)\s*$/.exec(heading)?.[1] ?? 0);
  const drilldownPages = Math.ceil(members / BOUNDS.drilldownRows);
  const drilldownClicks = Math.min(DRILLDOWN_PAGE_CLICKS, drilldownPages - 1);
  for (let to = 2; to <= 1 + drilldownClicks; to++) {
    const firstEntity = await page.locator(DRILLDOWN_LINKS).first().innerText();
    wall = Date.now();
    ready = waitInPage(
      page,
      before => {
        const first = document.querySelector(
          '[data-testid="readiness-drilldown"] tbody tr a',
        );
        return first && first.textContent !== before ? performance.now() : 0;
      },
      firstEntity,
    );
    await drilldown.getByRole('button', { name: /next page/i }).click();
    clickAt = await lastClickAt(page);
    readyAt = await ready;
    await finish(
      {
        name: 'nextDrilldownPage',
        what: `Next page of the drill-down of ${biggest} (to page ${to})`,
        ms: round(readyAt - clickAt),
        screenshot: `scale-drilldown-page-${to}.png`,
      },
      clickAt,
      wall,
    );
  }

  // 6. An entity's Readiness tab from the drill-down.
  const entityLink = page.locator(DRILLDOWN_LINKS).first();
  const entityName = await entityLink.innerText();
  wall = Date.now();
  ready = waitInPage(page, () => {
    return /\/readiness$/.test(location.pathname) &&
      document.querySelector(
        '[data-testid="readiness-content"] [aria-label="Tier path"]',
      )
      ? performance.now()
      : 0;
  });
  await entityLink.click();
  clickAt = await lastClickAt(page);
  readyAt = await ready;
  await finish(
    {
      name: 'entityReadinessTab',
      what: `Follow ${entityName} to its Readiness tab`,
      ms: round(readyAt - clickAt),
      screenshot: 'scale-entity-readiness.png',
    },
    clickAt,
    wall,
  );
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${entityName}/readiness$`),
  );

  // 7. Back on the page: group by system instead.
  await page.goBack();
  await expect(page.locator(GROUP_ROWS).first()).toBeVisible({
    timeout: WAIT_MS,
  });
  await expect(page.locator(DRILLDOWN_LINKS).first()).toBeVisible({
    timeout: WAIT_MS,
  });
  await waitForWholePage(page);
  await page.waitForTimeout(SETTLE_MS);
  await page.getByRole('button', { name: /Group by/ }).click();
  wall = Date.now();
  ready = waitInPage(page, () => {
    const first = document.querySelector(
      '[data-testid^="readiness-rollup-row-"]:not([data-testid="readiness-rollup-row-total"])',
    );
    return first?.getAttribute('data-testid')?.includes('system:')
      ? performance.now()
      : 0;
  });
  await page.getByRole('option', { name: 'System' }).click();
  clickAt = await lastClickAt(page);
  readyAt = await ready;
  settledAt = await waitForWholePage(page);
  await finish(
    {
      name: 'groupBySystem',
      what: 'Group by system',
      ms: round(readyAt - clickAt),
      settledMs: round(settledAt - clickAt),
      screenshot: 'scale-rollup-system.png',
    },
    clickAt,
    wall,
  );

  // 8. A filter: services only.
  const beforeFilter = await page
    .getByTestId('readiness-rollup-summary')
    .innerText();
  await page.getByLabel('Type', { exact: true }).fill('service');
  wall = Date.now();
  ready = waitInPage(
    page,
    before => {
      const text = document.querySelector(
        '[data-testid="readiness-rollup-summary"]',
      )?.textContent;
      return text && text !== before && /[?&]type=service/.test(location.search)
        ? performance.now()
        : 0;
    },
    beforeFilter,
  );
  await page.getByRole('button', { name: 'Apply filters' }).click();
  clickAt = await lastClickAt(page);
  readyAt = await ready;
  settledAt = await waitForWholePage(page);
  await finish(
    {
      name: 'filterType',
      what: 'Filter to type service',
      ms: round(readyAt - clickAt),
      settledMs: round(settledAt - clickAt),
      screenshot: 'scale-rollup-filtered.png',
    },
    clickAt,
    wall,
  );

  // 9. The whole organisation's CSV.
  await page.goto('/readiness?groupBy=owner');
  await expect(page.locator(GROUP_ROWS).first()).toBeVisible({
    timeout: WAIT_MS,
  });
  const csvStart = Date.now();
  const download = page.waitForEvent('download', { timeout: WAIT_MS });
  await page.getByTestId('readiness-csv-download').click();
  const file = await download;
  const csvPath = path.join(SCREENSHOTS, `scale-readiness-${ENTITIES}.csv`);
  await file.saveAs(csvPath);
  const csvMs = Date.now() - csvStart;
  const csvText = fs.readFileSync(csvPath, 'utf8');
  const csvRows = csvText.trimEnd().split('\n').length - 1;

  const report = buildReport({
    steps,
    scored,
    ownerGroups,
    browserVersion: browser.version(),
    csv: { ms: csvMs, bytes: Buffer.byteLength(csvText), rows: csvRows },
  });
  const written = writeReport(RESULTS, report);
  process.stderr.write(`[page-at-scale] wrote ${written}.json and .md\n`);

  expect(scored, 'scored entities on the page').toBeGreaterThan(ENTITIES * 0.5);
  expect(ownerGroups, 'owner groups need paging').toBeGreaterThan(25);
  expect(csvRows, 'the CSV holds every scored entity').toBe(scored);
  for (const bound of report.bounds) {
    expect
      .soft(
        bound.held,
        `${bound.name}: ${bound.measured} (limit ${bound.limit})`,
      )
      .toBe(true);
  }
});

/**
 * Resolves with the performance.now() of the first animation frame on which
 * `predicate` returns a time (it returns 0 until its content is on screen).
 */
async function waitInPage(
  page: Page,
  predicate: (before: string | null) => number,
  before: string | null = null,
): Promise<number> {
  const handle = await page.waitForFunction(predicate, before, {
    polling: 'raf',
    timeout: WAIT_MS,
  });
  return (await handle.jsonValue()) as number;
}

/** The group table, heat map, top gaps and trend (or first-run summary) all rendered. */
async function waitForWholePage(page: Page): Promise<number> {
  return waitInPage(page, () => {
    const root = document.querySelector(
      '[data-testid="readiness-rollup-page"]',
    );
    if (!root) return 0;
    const has = (selector: string) => !!root.querySelector(selector);
    // Before a second day of records the trend's place holds what the
    // first recompute found (the first-run summary).
    const trendDone =
      has('.recharts-surface') ||
      has('[data-testid="readiness-first-run-summary"]') ||
      /No history recorded yet|trend is not available|Could not load the readiness (trend|summary)/.test(
        root.textContent ?? '',
      );
    return has('[data-testid="readiness-heatmap"]') &&
      has('[data-testid="readiness-top-gaps"]') &&
      trendDone
      ? performance.now()
      : 0;
  });
}

/** The group with the most entities on the current page. */
async function biggestGroup(
  page: Page,
): Promise<{ name: string; count: number }> {
  const rows = await page.locator(GROUP_ROWS).evaluateAll(elements =>
    elements.map(row => {
      const cells = row.querySelectorAll('th, td');
      return {
        name: cells[0]?.textContent?.trim() ?? '',
        count: Number(cells[1]?.textContent ?? 0),
        hasButton: !!row.querySelector('button'),
      };
    }),
  );
  const candidates = rows.filter(r => r.hasButton && r.name);
  candidates.sort((a, b) => b.count - a.count);
  if (!candidates.length) {
    throw new Error('No group with a drill-down on this page');
  }
  return candidates[0];
}

/** Backend calls the page makes, with their time and size. */
function recordApiCalls(page: Page) {
  const calls: (ApiCall & { finishedAt: number })[] = [];
  page.on('requestfinished', async request => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    const timing = request.timing();
    const response = await request.response();
    const sizes = await request.sizes().catch(() => undefined);
    calls.push({
      path: `${url.pathname.replace('/api', '')}${url.search}`,
      status: response?.status() ?? 0,
      ms: round(timing.responseEnd),
      bytes: sizes?.responseBodySize ?? 0,
      finishedAt: Date.now(),
    });
  });
  return {
    since: (wallStart: number): ApiCall[] =>
      calls
        .filter(c => c.finishedAt >= wallStart)
        .map(({ finishedAt: _finishedAt, ...call }) => call),
  };
}

function buildReport(input: {
  steps: StepResult[];
  scored: number;
  ownerGroups: number;
  browserVersion: string;
  csv: { ms: number; bytes: number; rows: number };
}): PageReport {
  const { steps, csv } = input;
  const inApp = steps.filter(s => s.name !== 'coldLoad');
  const cold = steps.find(s => s.name === 'coldLoad');
  const bounds: Bound[] = [];
  const bound = (name: string, limit: number, measured: number, unit = 'ms') =>
    bounds.push({
      name,
      limit: `≤ ${limit} ${unit}`,
      measured: `${measured} ${unit}`,
      held: measured <= limit,
    });
  if (cold) {
    bound('load by URL to the group table', BOUNDS.coldLoadMs, cold.ms);
    bound(
      'longest main-thread task while loading by URL',
      BOUNDS.coldLoadLongTaskMs,
      cold.longestTaskMs,
    );
  }
  for (const step of inApp) bound(step.what, BOUNDS.stepMs, step.ms);
  bound(
    'longest main-thread task during the steps inside the app',
    BOUNDS.longTaskMs,
    Math.max(0, ...inApp.map(s => s.longestTaskMs)),
  );
  bound(
    'group rows rendered',
    BOUNDS.groupRows,
    Math.max(...steps.map(s => s.rows.groupRows)),
    'rows',
  );
  bound(
    'heat map rows rendered',
    BOUNDS.groupRows,
    Math.max(...steps.map(s => s.rows.heatmapRows)),
    'rows',
  );
  bound(
    'drill-down rows rendered',
    BOUNDS.drilldownRows,
    Math.max(...steps.map(s => s.rows.drilldownRows)),
    'rows',
  );
  bound(
    'table rows in the document',
    BOUNDS.allTableRows,
    Math.max(...steps.map(s => s.rows.allTableRows)),
    'rows',
  );
  bound('CSV of the organisation saved', BOUNDS.csvMs, csv.ms);

  return {
    benchmark: 'readiness-page',
    date: new Date().toISOString(),
    command: COMMAND,
    entities: {
      generated: ENTITIES,
      scored: input.scored,
      ownerGroups: input.ownerGroups,
    },
    portal:
      'scripts/start.sh (backstage-cli repo start: development build of the app) with the generated catalog, backend on PostgreSQL',
    browser: `Chromium ${input.browserVersion} (headless, Playwright)`,
    machine: describeMachine(),
    readySeconds: process.env.SCALE_READY_SECONDS
      ? Number(process.env.SCALE_READY_SECONDS)
      : undefined,
    steps,
    csv,
    bounds,
    allBoundsHeld: bounds.every(b => b.held),
  };
}
