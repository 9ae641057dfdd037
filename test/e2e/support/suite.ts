/**
 * The set-up every e2e suite repeated: start the built extension in this run's browser (and the fixture server)
 * before the tests of the surrounding `describe`, close them after. Call these at the top of a `describe`; they
 * register `beforeAll`/`afterAll` hooks there, which run before (and, for `afterAll`, after) the suite's own hooks.
 *
 * What they return stands for the running browser or server: use it inside hooks and tests, where it has started.
 * One browser per suite: a Firefox launch takes 3 to 25 s here.
 */
import { afterAll, beforeAll } from 'vitest';
import { currentBrowser, launchBrowser, type Extension, type LaunchOptions } from './driver';
import { startStaticServer, type StaticServer } from './static-server';

/** The running value, or a clear error for use outside hooks and tests (before it started). */
function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} starts in beforeAll: use it inside hooks and tests`);
  return value;
}

/** The built extension in a fresh browser for this suite (see launchBrowser for `options`). */
export function useExtension(options: LaunchOptions = {}): Extension {
  let launched: Extension | undefined;
  beforeAll(async () => {
    launched = await launchBrowser(options);
  });
  afterAll(async () => {
    await launched?.close();
  });
  const live = (): Extension => started(launched, 'useExtension()');
  return {
    browser: currentBrowser(),
    url: (path) => live().url(path),
    newTab: () => live().newTab(),
    openExtensionPage: (path, options) => live().openExtensionPage(path, options),
    nextTab: () => live().nextTab(),
    inBackground: (fn, arg) => live().inBackground(fn, arg),
    stopBackground: (beforeStop) => live().stopBackground(beforeStop),
    close: () => live().close(),
    get chromium() {
      return live().chromium;
    },
    get firefox() {
      return live().firefox;
    },
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
