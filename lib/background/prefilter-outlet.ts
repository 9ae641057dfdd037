/**
 * The published prefilter's home in the browser: `storage.local` for the prefilter, and the flag script registered
 * with `scripting.registerContentScripts` while there is one. Written in an order a stop at any point leaves safe:
 * the prefilter before the flag is raised, the flag lowered before the prefilter goes, and the fact base version
 * recorded last, so a worker stopped half-way publishes again at its next build.
 */
import { ADDED_PREFILTER_KEY, ADDED_PREFILTER_SCRIPT, type PublishedPrefilter } from '../added-prefilter';
import type { PrefilterOutlet } from './added-prefilter';

/** Which fact base the prefilter in storage was published for. */
const PUBLISHED_FOR_KEY = 'addedPrefilterFor';

/** What this needs of the extension APIs, passed in so nothing in lib/ touches them. */
export interface OutletApis {
  storage: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string): Promise<void>;
  };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

export interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_start';
  allFrames: false;
  persistAcrossSessions: true;
}

/** The flag script: on the pages the page check runs on, at document_start so its read starts before the check. */
export const FLAG_SCRIPT: RegisteredScript = {
  id: ADDED_PREFILTER_SCRIPT.id,
  js: [ADDED_PREFILTER_SCRIPT.file],
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: false,
  persistAcrossSessions: true,
};

export function prefilterOutlet({ storage, scripting }: OutletApis): PrefilterOutlet {
  const flagged = async () => (await scripting.getRegisteredContentScripts({ ids: [FLAG_SCRIPT.id] })).length > 0;
  return {
    async publishedFor() {
      const value = (await storage.get(PUBLISHED_FOR_KEY))[PUBLISHED_FOR_KEY];
      return typeof value === 'string' ? value : null;
    },
    async publish(published: PublishedPrefilter | null, factBase: string) {
      if (published) {
        await storage.set({ [ADDED_PREFILTER_KEY]: published });
        if (!(await flagged())) await scripting.registerContentScripts([FLAG_SCRIPT]);
      } else {
        if (await flagged()) await scripting.unregisterContentScripts({ ids: [FLAG_SCRIPT.id] });
        await storage.remove(ADDED_PREFILTER_KEY);
      }
      await storage.set({ [PUBLISHED_FOR_KEY]: factBase });
    },
  };
}
