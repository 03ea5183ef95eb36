/*
 * The Readiness page with a generated catalog of SCALE_ENTITIES entities
 * (default 10,000), in Debian's Chromium. Not part of the CI suite: run it
 * through ./scripts/page-at-scale.sh, which generates the catalog and starts
 * the portal with it (app on :3000, backend on :7007) before this runs.
 */
import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

export default defineConfig({
  testDir: 'packages/app/e2e-scale',
  // The setup waits for the catalog and a full recompute: many minutes.
  globalTimeout: 60 * 60_000,
  timeout: 10 * 60_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: './packages/app/e2e-scale/globalSetup.ts',
  // The portal is started by scripts/page-at-scale.sh with the generated catalog.
  use: {
    ...baseConfig.use,
    // Timed steps must not hide behind a generous action timeout.
    actionTimeout: 60_000,
    trace: 'off',
    screenshot: 'off',
  },
  outputDir: 'node_modules/.cache/e2e-scale-results',
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
