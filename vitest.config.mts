/** Unit tests: pure modules of both processes, the database on fake-indexeddb. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'src-main/**/*.test.ts',
      'src-renderer/src/**/*.test.ts',
      'src-shared/**/*.test.ts',
      'tools/**/*.test.ts',
    ],
    environment: 'node',
    globalSetup: ['tests/support/vitest-global-setup.ts'],
    testTimeout: 30_000,
  },
});
