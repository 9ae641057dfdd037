/**
 * The set-up every e2e suite repeated: start the built extension in Chromium (and the fixture server) before the
 * tests of the surrounding `describe`, close them after. Call these at the top of a `describe`; they register
 * `beforeAll`/`afterAll` hooks there, which run before (and, for `afterAll`, after) the suite's own hooks.
 *
 * What they return stands for the running browser or server: use it inside hooks and tests, where it has started.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type LaunchOptions, type LoadedExtension } from '../../../scripts/browser/launch.mjs';
import { EXTENSION_DIR } from './paths';
import { startStaticServer, type StaticServer } from './static-server';

/** The running value, or a clear error for use outside hooks and tests (before it started). */
function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} starts in beforeAll: use it inside hooks and tests`);
  return value;
}

/** The built extension in a fresh Chromium for this suite (see launchExtension for `options`). */
export function useExtension(options: LaunchOptions = {}): LoadedExtension {
  let launched: LoadedExtension | undefined;
  beforeAll(async () => {
    launched = await launchExtension(EXTENSION_DIR, options);
  });
  afterAll(async () => {
    await launched?.close();
  });
  const live = (): LoadedExtension => started(launched, 'useExtension()');
  return {
    get context() {
      return live().context;
    },
    get extensionId() {
      return live().extensionId;
    },
    url: (path) => live().url(path),
    serviceWorker: () => live().serviceWorker(),
    openExtensionPage: (path) => live().openExtensionPage(path),
    close: () => live().close(),
  };
}

/** test/e2e/pages served over http on 127.0.0.1 for this suite. */
export function useStaticServer(): StaticServer {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const live = (): StaticServer => started(server, 'useStaticServer()');
  return {
    get origin() {
      return live().origin;
    },
    url: (path) => live().url(path),
    close: () => live().close(),
  };
}
