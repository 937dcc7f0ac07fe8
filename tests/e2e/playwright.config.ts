import { defineConfig } from '@playwright/test';

// End-to-end tests against the built site (three builds: at /, under /sub/ and PRERENDER=shell) on a plain static server.
// Chromium comes from tests/e2e/chromium.ts (CHROME_PATH, a system Chromium, or @sparticuz/chromium).
export default defineConfig({
  testDir: '.',
  globalSetup: './global-setup.ts',
  outputDir: '../../test-results/artifacts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
