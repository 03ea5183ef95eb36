/*
 * What an engineering manager does on the Readiness page: see readiness by
 * team, drill into a team, open one of its services' Readiness tab, and
 * download the CSV. Screenshots go to e2e-screenshots/; each view is scanned
 * with axe-core.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, Page, signIn, test } from './portalTest';
import fs from 'node:fs';
import path from 'node:path';

// scripts/test.sh points the runs with a shifted clock at folders of their own.
const SCREENSHOTS = path.resolve(
  __dirname,
  '../../..',
  process.env.E2E_SCREENSHOTS_DIR ?? 'e2e-screenshots',
);


async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const serious = results.violations.filter(
    v => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

test('the Readiness page rolls up by team and drills down to a service', async ({ page }) => {
  await signIn(page);
  await page.goto('/readiness?groupBy=owner');

  const groups = page.getByTestId('readiness-rollup-groups');
  await expect(groups).toBeVisible();
  // Departments include their teams' services; teams open under their department.
  await expect(groups).toContainText(/Engineering/i);
  await page.getByRole('button', { name: /Show the groups of Engineering/i }).click();
  await expect(groups).toContainText(/Payments/i);
  await expect(page.getByTestId('readiness-heatmap')).toBeVisible();
  await expect(page.getByTestId('readiness-top-gaps')).toBeVisible();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'rollup-by-owner.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // The CSV comes through the backend with the user's credentials.
  const download = page.waitForEvent('download');
  await page.getByTestId('readiness-csv-download').click();
  const file = await download;
  const csvPath = path.join(SCREENSHOTS, 'readiness.csv');
  await file.saveAs(csvPath);
  expect(fs.readFileSync(csvPath, 'utf8')).toMatch(/^entityRef,kind,type,lifecycle,owner/);

  await page.getByRole('button', { name: /Show the entities of .*Payments/i }).first().click();
  const drilldown = page.getByTestId('readiness-drilldown');
  await expect(drilldown).toBeVisible();
  await expect(drilldown).toContainText(/payments/i);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'rollup-drilldown-payments.png'), fullPage: true });

  await drilldown.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/[^/]+\/readiness$/);
  await expect(page.getByRole('list', { name: 'Tier path' })).toBeVisible();
});

test('a team page shows its services with tiers and blockers', async ({ page }) => {
  await signIn(page);
  await page.goto('/catalog/default/group/engineering');
  const card = page.getByTestId('readiness-group-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(/pilot|beta|production|none/i);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'group-card-engineering.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page);
});
