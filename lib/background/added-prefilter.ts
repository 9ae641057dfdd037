/**
 * The pages' prefilter follows the fact base. The page check carries the prefilter of the bundled articles built in
 * (scripts/build/bundled-prefilter.ts): no storage read, no message, on every page. Once the reader's sources give
 * a lexicon of their own, the background publishes that lexicon's prefilter and entity ids in `storage.local` and
 * raises a flag the page check sees without touching storage (lib/added-prefilter.ts); with nothing added there is
 * no flag, and a page pays nothing more.
 */
import { storedPrefilter, type PublishedPrefilter } from '../added-prefilter';
import type { Lexicon } from '../match/lexicon';
import { buildPrefilter } from '../match/prefilter';

/** What to publish for `lexicon`: nothing when it is the bundled one the page check carries already. */
export function prefilterToPublish(lexicon: Lexicon, bundledLexicon: string, factBase: string): PublishedPrefilter | null {
  if (lexicon.version === bundledLexicon) return null;
  return { factBase, lexicon: lexicon.version, prefilter: storedPrefilter(buildPrefilter(lexicon)), entities: lexicon.entities.map((e) => e.id) };
}

/** Where the background keeps the published prefilter: storage and the flag script, at the edge (background.ts). */
export interface PrefilterOutlet {
  /** The fact base version last published for, or null when none was. */
  publishedFor(): Promise<string | null>;
  /** Publishes `published` and raises the flag, or (null) lowers the flag and removes it; `factBase` is recorded. */
  publish(published: PublishedPrefilter | null, factBase: string): Promise<void>;
}
