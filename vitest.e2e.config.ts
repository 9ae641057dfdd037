import { defineConfig } from 'vitest/config';
import type { BrowserName } from './test/e2e/support/driver/types';

/** Each e2e file runs once per browser, as its own project: `--project firefox` runs one browser only. */
const browser = (name: BrowserName) => ({
  extends: true as const,
  test: { name, provide: { browser: name }, globalSetup: ['test/e2e/support/global-setup.ts'] },
});

// End-to-end tests: the built extension in a real Chromium (playwright-core) and a real Firefox (puppeteer-core over
// WebDriver BiDi), through one driver (test/e2e/support/driver). `npm test` runs them after the unit tests, one
// browser after the other; `npm run test:e2e` runs them alone.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    // One browser at a time: the machines have 2 cores, and parallel browsers make timings flaky.
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    // Generous for a loaded 2-core machine, yet bounded so a hung browser fails the run.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    projects: [browser('chromium'), browser('firefox')],
  },
});
