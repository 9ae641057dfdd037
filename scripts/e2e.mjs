#!/usr/bin/env node
// `npm run test:e2e`: only the end-to-end tests, with the same Chromium check and summary as `npm test`.
process.argv.splice(2, 0, '--e2e');
await import('./test.mjs');
