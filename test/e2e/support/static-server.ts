import { startStaticServer as serve, type StaticServer } from '../../../scripts/browser/static-server.mjs';
import { PAGES_DIR } from './paths';

export type { StaticServer };

/** Serves test/e2e/pages (or `root`) on 127.0.0.1 over http (the server is shared with the scripts). */
export function startStaticServer(root = PAGES_DIR): Promise<StaticServer> {
  return serve(root);
}
