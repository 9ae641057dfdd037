import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { bundledPrefilter } from './scripts/build/bundled-prefilter';

// Unit and component tests. End-to-end tests in Chromium have their own config
// (vitest.e2e.config.ts) because they need the built extension.
export default defineConfig({
  plugins: [WxtVitest(), bundledPrefilter()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Gives Dexie an IndexedDB in Node; DOM tests opt into happy-dom per file.
    setupFiles: ['fake-indexeddb/auto'],
  },
});
