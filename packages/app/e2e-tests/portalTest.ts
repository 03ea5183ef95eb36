/*
 * What every browser test shares: sign-in, and the page's clock.
 *
 * scripts/test.sh runs the browser tests again with the clock moved ahead
 * (faketime preloaded into the test runner and the portal it starts).
 * Chromium hangs at start under libfaketime (its zygote processes stop
 * answering), so it is started with the real clock (playwright.config.ts
 * drops the preload for it) and each page gets the runner's moved clock
 * through Playwright's clock emulation instead; time then flows as usual.
 */
import { expect, Page, test as base } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, providePage) => {
    if (process.env.FAKETIME) {
      await page.clock.install({ time: Date.now() });
    }
    await providePage(page);
  },
});

export { expect };
export type { Page };

/**
 * Signs in as the guest. Waits for whichever comes first, the sign-in page or
 * the catalog (a remembered session), instead of peeking once: on a loaded
 * machine the sign-in page can take longer than a glance to render.
 */
export async function signIn(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  const catalog = page.getByRole('heading', { name: /Catalog/ }).first();
  await expect(enter.or(catalog)).toBeVisible({ timeout: 60_000 });
  if (await enter.isVisible()) {
    await enter.click();
  }
  await expect(catalog).toBeVisible();
}
