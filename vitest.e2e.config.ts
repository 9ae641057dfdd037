import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in a real Chromium, driven by playwright-core.
// `npm test` runs them after the unit tests; `npm run test:e2e` runs them alone.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    // One Chromium at a time: the machines have 2 cores, and parallel browsers make timings flaky.
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    // Generous for a loaded 2-core machine, yet bounded so a hung browser fails the run.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
