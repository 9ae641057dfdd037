import { browserApi } from './browser-api';

/** Whether the extension is still there: a reloaded or removed extension leaves its content scripts running without a runtime id. */
export function extensionAlive(): boolean {
  try {
    return browserApi()?.runtime?.id != null;
  } catch {
    return false;
  }
}
