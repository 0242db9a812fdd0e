/**
 * e2e: the real built app (npm run build first) through the Electron shim in Chromium.
 * `GLOSS_E2E_ELECTRON=1` runs the same specs on a real Electron binary where one is installed.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts/,
  globalSetup: './tests/support/playwright-global-setup.ts',
  globalTeardown: './tests/support/playwright-global-teardown.ts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
});
