/**
 * Fuzzy rescue of near-miss names ("Zelenskyi", "Vladikavkas"): exact matching first, then fuse.js on a
 * bounded set of candidates only, never over the whole text.
 *
 * Candidates are tokens a reader would take for a name (capitalised, at least MIN_TOKEN letters) that no exact
 * match covers; they are compared with the lexicon's single-word aliases. fuse.js shortlists aliases and an
 * edit-distance check decides, because fuse's score alone lets "Rasputin" reach "Putin" (a substring hit).
 */

import Fuse from 'fuse.js';
import type { LexiconEntity } from './lexicon';
import type { Mention } from './matcher';
import { isWordCode, normalizeText } from './normalize';

/** Shorter tokens are too often real words one letter away from a name (Baden/Biden, Alien/Aliev). */
export const MIN_TOKEN = 5;
/** Aliases shorter than this are matched exactly only, for the same reason. */
export const MIN_ALIAS = 6;
/** Typos allowed: one for names of 6-9 letters, two from 10 letters (Vladikavkaz). */
const allowedEdits = (aliasLength: number): number => (aliasLength >= 10 ? 2 : aliasLength >= MIN_ALIAS ? 1 : 0);
/**
 * Distinct new tokens looked up per text: a bound on the work a hostile or huge page can cause. Real prose needs
 * far fewer: the most candidate tokens in one paragraph of the bundled articles and the devset pages is 39 (68 in a
 * whole page), so 400 is ten times that.
 */
export const MAX_LOOKUPS_PER_TEXT = 400;
/**
 * Remembered token verdicts; cleared when full so memory stays bounded on long browsing sessions: 20,000 short
 * strings are about 2 MB at most, and a day's reading rarely meets that many distinct capitalised words.
 */
const CACHE_LIMIT = 20_000;
/**
 * fuse.js score cut-off for the shortlist (0 exact … 1 anything); the edit check makes the real decision. The typos
 * the rescue is for score 0.09–0.18 against their alias (Vladikavkas 0.09, Vladikafkas 0.18), the nearest wrong
 * aliases 0.44 and up (Kazakh for "Kazakstan"): 0.35 sits in the gap.
 */
const FUSE_THRESHOLD = 0.35;
/** Aliases fuse.js shortlists per token: the right one ranks first or second; the edit check goes through these. */
const SHORTLIST = 5;

/**
 * A word (a whole run of letters and digits, as isWordCode sees them) of at least MIN_TOKEN characters that starts
 * with a capital: what a reader would take for a name.
 */
const CAPITALISED = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]{${MIN_TOKEN - 1},}`, 'gu');

interface AliasEntry {
  alias: string;
  entity: string;
}

export interface FuzzyRescuer {
  /**
   * Near-miss names in `text`; `norm` is its normalised form, `map` the offsets back (null: the same offsets),
   * `taken` the normalised positions exact matches cover (null: none).
   */
  rescue(text: string, norm: string, map: Int32Array | null, taken: Uint8Array | null): Mention[];
}

/** The rescuer of `entities`' single-word aliases. Its fuse.js index is built on the first lookup, not before. */
export function createFuzzy(entities: readonly LexiconEntity[]): FuzzyRescuer {
  let fuse: Fuse<AliasEntry> | null = null;
  const index = (): Fuse<AliasEntry> => {
    const entries: AliasEntry[] = [];
    const seen = new Set<string>();
    for (const e of entities) {
      for (const a of e.aliases) {
        const alias = normalizeText(a);
        if (alias.length < MIN_ALIAS || !/^\p{L}+$/u.test(alias) || seen.has(alias)) continue;
        seen.add(alias);
        entries.push({ alias, entity: e.id });
      }
    }
    return new Fuse(entries, {
      keys: ['alias'],
      includeScore: true,
      ignoreLocation: true,
      threshold: FUSE_THRESHOLD,
      minMatchCharLength: 3,
    });
  };
  const cache = new Map<string, AliasEntry | null>();

  const lookup = (token: string): AliasEntry | null => {
    for (const r of (fuse ??= index()).search(token, { limit: SHORTLIST })) {
      const { alias } = r.item;
      // Typos rarely hit a name's first two letters, and requiring them rules out look-alikes such as Baden/Biden.
      if (alias === token || alias.slice(0, 2) !== token.slice(0, 2)) continue;
      if (Math.abs(alias.length - token.length) > allowedEdits(alias.length)) continue;
      if (editDistance(alias, token) <= allowedEdits(alias.length)) return r.item;
    }
    return null;
  };

  return {
    rescue(text, norm, map, taken) {
      const out: Mention[] = [];
      let lookups = 0;
      const consider = (token: string, start: number, end: number): void => {
        let hit = cache.get(token);
        if (hit === undefined && lookups < MAX_LOOKUPS_PER_TEXT) {
          lookups++;
          if (cache.size >= CACHE_LIMIT) cache.clear();
          hit = /^\p{L}+$/u.test(token) ? lookup(token) : null;
          cache.set(token, hit);
        }
        if (hit) out.push({ entity: hit.entity, start, end, fuzzy: true });
      };
      if (!map) {
        // Offsets line up (normalize.ts normalizeInPlace): a regular expression finds the capitalised words in the
        // text itself, instead of a loop over every character.
        for (const found of text.matchAll(CAPITALISED)) {
          const start = found.index;
          const end = start + found[0].length;
          if (taken && taken.subarray(start, end).some((t) => t !== 0)) continue;
          consider(norm.slice(start, end), start, end);
        }
        return out;
      }
      let pos = 0;
      while (pos < norm.length) {
        if (!isWordCode(norm.charCodeAt(pos))) {
          pos++;
          continue;
        }
        let end = pos;
        let free = true;
        while (end < norm.length && isWordCode(norm.charCodeAt(end))) {
          if (taken?.[end]) free = false;
          end++;
        }
        const from = map[pos] ?? 0;
        const first = text[from] ?? '';
        if (free && end - pos >= MIN_TOKEN && first !== first.toLowerCase()) consider(norm.slice(pos, end), from, map[end] ?? from);
        pos = end;
      }
      return out;
    },
  };
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((d[(i - 1) * cols + j] ?? 0) + 1, (d[i * cols + j - 1] ?? 0) + 1, (d[(i - 1) * cols + j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1] ?? 0;
}
