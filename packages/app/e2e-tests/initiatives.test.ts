/*
 * Initiatives in the example organisation: the Readiness page lists both
 * with their states (engineering-beta on track, ai-data-beta at risk, on any
 * date: the demo moves their dates like the catalog's); an initiative's page
 * shows the burn-up with the needed pace and the teams by remaining work; an
 * entity in an open initiative says what it still misses. Nothing scrolls
 * sideways at 390 pixels. Screenshots at 1440 and 390 pixels go to
 * E2E_SCREENSHOTS_DIR (default e2e-screenshots/).
 */
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

for (const width of WIDTHS) {
  test(`the Readiness page shows both initiatives with their states, and an initiative its burn-up and teams (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const initiatives = page.getByTestId('readiness-initiatives');
    const engineering = initiatives.getByTestId(
      'readiness-initiative-engineering-beta',
    );
    // The first recompute after the portal starts may still be running.
    await expect(async () => {
      await page.goto('/readiness?groupBy=owner');
      await expect(engineering).toContainText('9 of 11 done', {
        timeout: 10_000,
      });
    }).toPass({ timeout: 120_000 });
    await expect(engineering).toContainText('On track');
    await expect(engineering).toContainText('55 days left');
    const ai = initiatives.getByTestId('readiness-initiative-ai-data-beta');
    await expect(ai).toContainText('2 of 6 done');
    await expect(ai).toContainText('At risk');
    await expect(ai).toContainText('27 days left');
    // After "Needs attention", before the rollup's tables.
    const initiativesTop = (await initiatives.boundingBox())!.y;
    expect(
      (await page.getByTestId('readiness-attention').boundingBox())!.y,
    ).toBeLessThan(initiativesTop);
    expect(initiativesTop).toBeLessThan(
      (await page.getByTestId('readiness-rollup-groups').boundingBox())!.y,
    );
    await expectNoSidewaysScroll(page);
    await screenshotAt(page, 'readiness-initiatives', width);

    await engineering
      .getByRole('link', {
        name: "Engineering's production services reach beta",
      })
      .click();
    await expect(page).toHaveURL(/\/readiness\/initiatives\/engineering-beta$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Engineering's production services reach beta",
    );
    const burnUp = page.getByTestId('readiness-burnup');
    // Measured since the start, then today's recompute: actual and needed pace, axes labelled.
    await expect(burnUp.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(burnUp).toContainText('Done (actual)');
    await expect(burnUp).toContainText('Needed pace');
    await expect(burnUp.getByText('Entities', { exact: true })).toBeVisible();
    await expect(burnUp.getByText('Date', { exact: true })).toBeVisible();
    await expect(burnUp).toContainText('5 to 9 of 11 done');
    const teams = page.getByTestId('readiness-initiative-teams');
    const rows = teams.locator('tbody tr');
    // Most remaining first: payments-team (payment-gateway-adapter) and storefront-team (search-service).
    await expect(rows.nth(0)).toContainText(/Payments|Storefront/);
    await expect(rows.nth(0).locator('td').first()).toHaveText('1');
    await expect(rows.nth(2).locator('td').first()).toHaveText('0');
    const entities = page.getByTestId('readiness-initiative-entities');
    await expect(
      page.getByRole('heading', { name: 'Entities (2 of 11 remaining)' }),
    ).toBeVisible();
    await expect(entities.locator('tbody tr').nth(0)).toContainText(
      /payment-gateway-adapter|search-service/,
    );
    await expectNoSidewaysScroll(page);
    await screenshotAt(page, 'initiative-engineering-beta', width);
    if (width === 1440) await expectNoSeriousA11yViolations(page);

    await page.goto('/readiness/initiatives/ai-data-beta');
    await expect(page.getByTestId('readiness-initiative-page')).toContainText(
      'At risk',
    );
    await expect(
      page.getByTestId('readiness-burnup').locator('svg.recharts-surface').first(),
    ).toBeVisible();
    await expectNoSidewaysScroll(page);
    await screenshotAt(page, 'initiative-ai-data-beta', width);
  });

  test(`the tab of an entity in an open initiative says what it still misses, with the fix (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/catalog/default/component/search-service/readiness');
    const initiative = page.getByTestId(
      'readiness-entity-initiative-engineering-beta',
    );
    await expect(initiative).toContainText(
      "Part of Engineering's production services reach beta: reach Beta by",
      { timeout: 60_000 },
    );
    await expect(initiative).toContainText('still missing:');
    await expect(
      page.getByTestId('readiness-entity-initiative-fix-engineering-beta'),
    ).toBeVisible();
    await expectNoSidewaysScroll(page);
    await screenshotAt(page, 'entity-initiative-search-service', width);
  });
}
