import { fileURLToPath } from 'node:url';

/** The project root, and where `wxt build` writes each browser's extension (shared with the scripts). */
export { EXTENSION_DIR, ROOT } from '../../../scripts/browser/launch.mjs';
export { FIREFOX_EXTENSION_DIR } from '../../../scripts/browser/firefox.mjs';

/** Fixture news pages served over http to the content script. */
export const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
