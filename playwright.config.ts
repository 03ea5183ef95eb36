/*
 * End-to-end tests in a real browser (Debian's Chromium, driven by
 * Playwright) against the portal started exactly as the README says
 * (scripts/start.sh: app on :3000, backend on :7007).
 */
import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Under faketime (scripts/test.sh's shifted-clock runs) the runner and the
// portal have a moved clock, but Chromium hangs with libfaketime preloaded:
// it starts without it and its pages get the moved clock from
// e2e-tests/portalTest.ts.
const { LD_PRELOAD: _faketimePreload, ...browserEnv } = process.env;

export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'e2e-test-report' }]],
  globalSetup: './packages/app/e2e-tests/globalSetup.ts',

  webServer: {
    command: './scripts/start.sh',
    url: 'http://localhost:3000',
    reuseExistingServer: !process.env.CI,
    // The first start compiles the app: a few minutes on a 2-core machine.
    timeout: 600_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },

  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000',
    actionTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    permissions: ['clipboard-read', 'clipboard-write'],
    launchOptions: {
      executablePath: chromiumPath,
      env: browserEnv,
      // Chromium's own background connections are refused on these machines.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },

  outputDir: 'node_modules/.cache/e2e-test-results',
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
