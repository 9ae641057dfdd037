// The e2e fixture: launch the built extension, serve fixture pages, stop and wake the worker,
// and speak the protocol from an extension page; useExtension/useStaticServer do the per-suite start and stop.
export { launchExtension, type LaunchOptions, type LoadedExtension } from '../../../scripts/browser/launch.mjs';
export { startStaticServer, type StaticServer } from './static-server';
export { stopServiceWorker } from './service-worker';
export { ask, untilReady } from './messaging';
export { useExtension, useStaticServer } from './suite';
export { EXTENSION_DIR, PAGES_DIR, ROOT } from './paths';
