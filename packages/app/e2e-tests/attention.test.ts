/*
 * Pilot purgatory at a glance, in the example organisation: the Readiness
 * page opens with its overdue pilots and their days overdue; the tab of a
 * stuck pilot leads with the verdict and copies every fix as one YAML patch;
 * no page scrolls sideways at 390 pixels. The days overdue are the same on
 * any date (the demo moves the example dates to today). Screenshots at 1440
 * and 390 pixels go to e2e-screenshots/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';
import {
  expectNoSeriousA11yViolations,
  expectNoSidewaysScroll,
  screenshotAt,
  WIDTHS,
} from './pageChecks';
import { expect, signIn, test } from './portalTest';

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

/**
 * The project's own catalog-info.yaml keeps its real decision date (the demo
 * moves only the example organisation's dates), so once that date has passed
 * the project is an overdue decision too, ahead of the example pilots.
 */
function projectDecisionIsOverdue(): boolean {
  const file = path.resolve(__dirname, '../../../catalog-info.yaml');
  const due: string = parse(readFileSync(file, 'utf8')).metadata.annotations['readiness/decision-due'];
  return new Date().toISOString().slice(0, 10) > due;
}

for (const width of WIDTHS) {
  test(`the Readiness page opens with the overdue pilots and their days overdue (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const attention = page.getByTestId('readiness-attention');
    const overdue = projectDecisionIsOverdue() ? 4 : 3;
    // The first recompute after the portal starts may still be running.
    await expect(async () => {
      await page.goto('/readiness?groupBy=owner');
      await expect(attention.getByTestId('readiness-attention-row')).toHaveCount(overdue, { timeout: 10_000 });
    }).toPass({ timeout: 120_000 });
    const allRows = attention.getByTestId('readiness-attention-row');
    if (overdue === 4) await expect(allRows.nth(0)).toContainText('readiness-scorecards');
    const rows = allRows.filter({ hasNotText: 'readiness-scorecards' });
    // Most overdue first; as many days on any date.
    await expect(rows.nth(0)).toContainText('chargeback-labels-etl');
    await expect(rows.nth(0)).toContainText('205 days');
    await expect(rows.nth(0)).toContainText('marcus-webb is not in the catalog');
    await expect(rows.nth(1)).toContainText('dispute-assistant-agent');
    await expect(rows.nth(1)).toContainText('174 days');
    await expect(rows.nth(2)).toContainText('fraud-model-v3');
    await expect(rows.nth(2)).toContainText('144 days');
    await expect(page.getByTestId('readiness-attention-tab-claimed-above-earned')).toContainText('(7)');
    // Before any table.
    const groups = page.getByTestId('readiness-rollup-groups');
    await expect(groups).toBeVisible();
    const attentionTop = (await attention.boundingBox())!.y;
    expect(attentionTop).toBeLessThan((await groups.boundingBox())!.y);
    await expect(page.getByTestId('readiness-rollup-summary')).toContainText(`${overdue} overdue decisions`);
    await expectNoSidewaysScroll(page);
    await screenshotAt(page, 'readiness-needs-attention', width);
    if (width === 1440) await expectNoSeriousA11yViolations(page);

    // Named by its catalog title (its name is the line beneath).
    await rows.nth(2).getByRole('link', { name: 'Fraud model v3 (challenger)' }).click();
    await expect(page).toHaveURL(/\/catalog\/default\/component\/fraud-model-v3\/readiness$/);
  });

  test(`the tab of a stuck pilot leads with the verdict and copies all fixes as one YAML patch (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/catalog/default/component/fraud-model-v3/readiness');
    const verdict = page.getByTestId('readiness-verdict');
    await expect(verdict).toContainText('Decision overdue by 144 days');
    await expect(verdict).toContainText(/\d+ blockers to Beta/);
    // The verdict is the first thing on the tab, the overdue decision next.
    const content = page.getByTestId('readiness-content');
    const first = await content.locator('[data-testid]').first().getAttribute('data-testid');
    expect(first).toBe('readiness-verdict');
    expect((await verdict.boundingBox())!.y).toBeLessThan((await page.getByTestId('readiness-decision').boundingBox())!.y);
    await expect(page.getByTestId('readiness-tier-age')).toContainText('since the declared pilot start');

    await page.getByRole('button', { name: /Copy all fixes to Beta/ }).click();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const document = parseDocument(clipboard, { uniqueKeys: true });
    expect(document.errors.map(e => e.message)).toEqual([]);
    expect(Object.keys(document.toJS())).toEqual(expect.arrayContaining(['metadata']));
    expect(clipboard.match(/^metadata:/gm)).toHaveLength(1);

    await expectNoSidewaysScroll(page);
    await screenshotAt(page, 'stuck-pilot-verdict-fraud-model-v3', width);
    if (width === 1440) await expectNoSeriousA11yViolations(page);
  });
}

for (const width of WIDTHS) {
  test(`before any history the Readiness page says what the recompute found, and the filters suggest what exists (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const summary = page.getByTestId('readiness-first-run-summary');
    await expect(async () => {
      await page.goto('/readiness?groupBy=owner');
      await expect(summary).toBeVisible({ timeout: 10_000 });
    }).toPass({ timeout: 120_000 });
    // A fresh portal has one day of records: no trend yet, the summary instead.
    await expect(summary).toContainText(/\d+ entities: \d+ Pilot, \d+ Beta, \d+ Production, \d+ below the first tier\./);
    await expect(summary).toContainText(/declare production but do not reach Production/);
    await expect(summary.getByRole('link').first()).toBeVisible();

    await page.getByLabel('Lifecycle').click();
    await expect(page.getByRole('option', { name: 'experimental' })).toBeVisible();
    await page.getByRole('option', { name: 'experimental' }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/lifecycle=experimental/);
    await expectNoSidewaysScroll(page);
    // At 1440 px the page scrolls inside its content box: bring the summary in.
    await summary.scrollIntoViewIfNeeded();
    await screenshotAt(page, 'readiness-first-run-summary', width);
  });

  test(`the overview card of a stuck pilot says the decision is overdue and who must decide (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/catalog/default/component/fraud-model-v3');
    const alerts = page.getByTestId('readiness-card-alerts');
    await expect(alerts).toContainText('Decision overdue by 144 days');
    await expect(alerts).toContainText('must decide');
    await expectNoSidewaysScroll(page);
    await screenshotAt(page, 'overview-card-fraud-model-v3', width);
  });
}
