import { fileURLToPath } from 'node:url';

/** The project root, whatever directory the tests are started from. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where `wxt build` writes the Chrome MV3 extension. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3/', import.meta.url));

/** Fixture news pages served over http to the content script. */
export const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
