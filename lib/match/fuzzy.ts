/**
 * Fuzzy rescue of near-miss names ("Zelenskyi", "Vladikavkas"): exact matching first, then only tokens a reader
 * would take for a name (capitalised, at least MIN_TOKEN letters) that no exact match covers, compared by edit
 * distance with the single-word aliases that start with the same two letters. Not fuse.js: its score lets
 * "Rasputin" reach "Putin", and its search cost more than the map lookup this is (docs/performance.md).
 */

import type { LexiconEntity } from './lexicon';
import type { Mention } from './mention';
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
 * A word (a whole run of letters and digits, as isWordCode sees them) of at least MIN_TOKEN characters that starts
 * with a capital: what a reader would take for a name.
 */
const CAPITALISED = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]{${MIN_TOKEN - 1},}`, 'gu');

interface Span {
  start: number;
  end: number;
}

/**
 * Whether `[start, end)` overlaps one of `spans` (sorted, not overlapping): the last span starting before `end` is
 * the only one that can. A search instead of a per-text array of covered positions: that array, one per paragraph,
 * was garbage the collector spent milliseconds on (typed arrays cost it more than their size suggests).
 */
function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < end) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last >= 0 && (spans[last] as Span).end > start;
}

interface AliasEntry {
  alias: string;
  entity: string;
}

export interface FuzzyRescuer {
  /**
   * Near-miss names in `text`; `norm` is its normalized form, `map` the offsets back (null: the same offsets),
   * `taken` the spans exact matches chose (blockers included), in normalized offsets, sorted and not overlapping.
   */
  rescue(text: string, norm: string, map: Int32Array | null, taken: readonly Span[]): Mention[];
  /** Tokens looked up so far (not answered from the cache): the work the rescue did, which MAX_LOOKUPS_PER_TEXT bounds. */
  readonly lookups: number;
}

/** The rescuer of `entities`' single-word aliases. Its index is built on the first lookup, not before. */
export function createFuzzy(entities: readonly LexiconEntity[]): FuzzyRescuer {
  // Typos rarely hit a name's first two letters, and requiring them rules out look-alikes such as Baden/Biden:
  // so the aliases a token may be a typo of are those that start as it does.
  let byStart: Map<string, AliasEntry[]> | null = null;
  const index = (): Map<string, AliasEntry[]> => {
    const out = new Map<string, AliasEntry[]>();
    const seen = new Set<string>();
    for (const e of entities) {
      for (const a of e.aliases) {
        const alias = normalizeText(a);
        if (alias.length < MIN_ALIAS || !/^\p{L}+$/u.test(alias) || seen.has(alias)) continue;
        seen.add(alias);
        const start = alias.slice(0, 2);
        out.set(start, [...(out.get(start) ?? []), { alias, entity: e.id }]);
      }
    }
    return out;
  };
  const cache = new Map<string, AliasEntry | null>();
  let lookedUp = 0;

  /** The alias `token` is fewest edits away from, within what its length allows (the first such on a tie). */
  const lookup = (token: string): AliasEntry | null => {
    lookedUp++;
    let best: AliasEntry | null = null;
    let fewest = Number.POSITIVE_INFINITY;
    for (const entry of (byStart ??= index()).get(token.slice(0, 2)) ?? []) {
      const { alias } = entry;
      const allowed = allowedEdits(alias.length);
      if (alias === token || Math.abs(alias.length - token.length) > allowed) continue;
      const edits = editDistance(alias, token);
      if (edits <= allowed && edits < fewest) {
        best = entry;
        fewest = edits;
      }
    }
    return best;
  };

  return {
    get lookups() {
      return lookedUp;
    },
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
          if (overlaps(taken, start, end)) continue;
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
        while (end < norm.length && isWordCode(norm.charCodeAt(end))) end++;
        const free = !overlaps(taken, pos, end);
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
