// The e2e fixture: launch the built extension in this run's browser through one driver (driver/), serve fixture
// pages, and speak the protocol from an extension page; useExtension/useStaticServer do the per-suite start and stop.
export { currentBrowser, launchBrowser } from './driver';
export type { Box, BrowserName, Extension, Loc, Tab, World } from './driver';
export { startStaticServer, type StaticServer } from './static-server';
export { ask, untilReady } from './messaging';
export { useExtension, useStaticServer } from './suite';
export { EXTENSION_DIR, FIREFOX_EXTENSION_DIR, PAGES_DIR, ROOT } from './paths';
