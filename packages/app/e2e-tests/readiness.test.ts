/*
 * What a service owner does in the portal: open a service stuck in pilot, see
 * what blocks it and copy a fix; open a production-ready service. Each page is
 * saved as a screenshot in e2e-screenshots/ and scanned with axe-core.
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


async function saveScreenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  // What a person sees first, without scrolling.
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-first-screen.png`) });
}

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('main')
    .analyze();
  const serious = results.violations.filter(
    v => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test('a service stuck in pilot shows its blockers and a fix to copy', async ({ page }) => {
  await page.goto('/catalog/default/component/fraud-model-v3/readiness');

  const tierPath = page.getByRole('list', { name: 'Tier path' });
  await expect(tierPath).toBeVisible();
  await expect(tierPath.locator('[aria-current="step"]')).toContainText(/pilot/i);

  const blockers = page.getByRole('list', { name: /Blockers to beta/i });
  await expect(blockers).toBeVisible();
  await expect(blockers.getByRole('listitem').first()).toBeVisible();

  // The decision gate of this pilot is overdue, by as many days on any date:
  // examples/README.md has it due 2026-06-30, 144 days before the day its
  // dates were written for (2026-11-21); the demo keeps that distance.
  const due = new Date(Date.now() - 144 * 86_400_000).toISOString().slice(0, 10);
  await expect(page.getByTestId('readiness-decision')).toContainText(
    `decision overdue since ${due} (144 days)`,
  );

  // Open the first blocker and copy its fix: the clipboard holds catalog-info YAML.
  await blockers.getByRole('button').first().click();
  const copyButton = blockers.getByRole('button', { name: /Copy YAML for/i }).first();
  await copyButton.click();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toMatch(/^(metadata|spec):/m);

  await saveScreenshot(page, 'stuck-in-pilot-fraud-model-v3');
  await expectNoSeriousA11yViolations(page);
});

test('a production-ready service shows the production tier and no blockers', async ({ page }) => {
  await page.goto('/catalog/default/component/payments-api/readiness');

  const tierPath = page.getByRole('list', { name: 'Tier path' });
  await expect(tierPath.locator('[aria-current="step"]')).toContainText(/production/i);
  await expect(page.getByRole('list', { name: /Blockers to/i })).toHaveCount(0);
  await expect(page.getByTestId('readiness-score')).toContainText(/\d/);

  await saveScreenshot(page, 'production-ready-payments-api');
  await expectNoSeriousA11yViolations(page);
});

test('the overview card links to the Readiness tab', async ({ page }) => {
  await page.goto('/catalog/default/component/search-service');
  const card = page.getByTestId('readiness-card');
  await expect(card).toBeVisible();
  await saveScreenshot(page, 'overview-card-search-service');
  await expect(card).toContainText(/pilot|beta|production|tier/i);
  await page.getByRole('link', { name: 'View readiness details' }).click();
  await expect(page).toHaveURL(/\/readiness$/);
  await expect(page.getByRole('list', { name: 'Tier path' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
