/**
 * The fault-injection suite (`npm run test:faults`): kills Gloss at random moments and checks
 * what a relaunch finds. Separate from the e2e specs: slower, and printed as counts.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/faults',
  testMatch: /.*\.spec\.ts/,
  globalSetup: './tests/support/playwright-global-setup.ts',
  globalTeardown: './tests/faults/global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: 'test-results-faults',
});
