/**
 * Finds mentions of lexicon entities in text: compile once, then one pass per text. Normalize the text
 * (normalize.ts), walk the trie (trie.ts) from every word start, keep the longest non-overlapping matches, map
 * them back to original offsets; fuzzy rescue only when compiled with `{ fuzzy: true }` (fuzzy.ts).
 * "Putin's" is a mention spanning "Putin" only, so marks look the same with and without the possessive.
 */

import type { Lexicon, LexiconEntity } from './lexicon';
import { lexiconForms } from './forms';
import { isWordCode, normalize, normalizeInPlace } from './normalize';
import { isNearKnownCount, readNumber } from './numbers';
import { unpackTrie, type PackedTrie } from './packed-trie';
import { insertForm, newNode, type TrieNode } from './trie';
import { createFuzzy, type FuzzyRescuer } from './fuzzy';
import type { Mention } from './mention';

export type { Mention };

export interface MatcherOptions {
  /** Rescue near-miss spellings of single-word names ("Zelenskyi"), by edit distance (fuzzy.ts). Off by default. */
  fuzzy?: boolean;
  /** The lexicon's trie, compiled and packed elsewhere (packed-trie.ts); used when its version is the lexicon's. */
  trie?: PackedTrie;
}

export interface Matcher {
  readonly version: string;
  readonly entities: readonly LexiconEntity[];
  /** @internal */ readonly root: TrieNode;
  /** @internal */ readonly numbers: readonly (ReadonlySet<number> | null)[];
  /** @internal */ readonly fuzzy: FuzzyRescuer | null;
}

/** The trie of every form of the lexicon (forms.ts). */
export function compileTrie(lexicon: Lexicon): TrieNode {
  const root = newNode();
  for (const { entity, form, block } of lexiconForms(lexicon)) insertForm(root, form, { entity, block });
  return root;
}

export function compileMatcher(lexicon: Lexicon, options: MatcherOptions = {}): Matcher {
  const root = options.trie?.version === lexicon.version ? unpackTrie(options.trie) : compileTrie(lexicon);
  return {
    version: lexicon.version,
    entities: lexicon.entities,
    root,
    numbers: lexicon.entities.map((e) => (e.numbers ? new Set(e.numbers) : null)),
    fuzzy: options.fuzzy ? createFuzzy(lexicon.entities) : null,
  };
}

/** A match in normalized offsets, before choosing among overlaps. */
interface Candidate {
  start: number;
  end: number;
  entity: number;
  block: boolean;
  number: number | undefined;
}

export interface FindOptions {
  /** Run the fuzzy rescue (default: whether the matcher was compiled with `{ fuzzy: true }`). */
  fuzzy?: boolean;
  /**
   * Offsets into the text where a word may begin or end without a space: where one element's text ends and the
   * next begins ("<time>18:52</time>Putin" reads "18:52Putin").
   */
  breaks?: readonly number[];
}

export function findMentions(matcher: Matcher, text: string, options: FindOptions = {}): Mention[] {
  // Most text lines up with its normalized form character for character: then no offset map is built.
  const inPlace = normalizeInPlace(text);
  const { text: norm, map } = inPlace === null ? normalize(text) : { text: inPlace, map: null };
  const at = (i: number): number => (map ? (map[i] ?? 0) : i);
  const fuzzy = (options.fuzzy ?? true) ? matcher.fuzzy : null;
  const candidates = collect(matcher, norm, breaksIn(options.breaks, map, norm.length));
  if (candidates.length === 0 && !fuzzy) return [];
  const picked = pickLongest(candidates, norm.length);

  const mentions: Mention[] = [];
  for (const p of picked.spans) {
    if (p.block) continue;
    const mention: Mention = { entity: entityId(matcher, p.entity), start: at(p.start), end: at(p.end) };
    const also = picked.inside?.get(p);
    if (also && also.size > 0) mention.also = [...also].map((i) => entityId(matcher, i));
    if (p.number !== undefined) mention.number = p.number;
    mentions.push(mention);
  }
  if (fuzzy) {
    const rescued = fuzzy.rescue(text, norm, map, picked.spans);
    if (rescued.length > 0) {
      mentions.push(...rescued);
      mentions.sort((a, b) => a.start - b.start);
    }
  }
  return mentions;
}

/**
 * Finding mentions on one page, the way the content script does: exact matching everywhere, and the fuzzy rescue
 * only once the page has named something exactly. A page that names nothing of the story is not about it, so
 * its capitalised words are not near-misses of our names; looking them up cost a third of scanning time.
 */
export function pageMatcher(matcher: Matcher): (text: string, breaks?: readonly number[]) => Mention[] {
  let aboutTheStory = false;
  return (text, breaks) => {
    const found = findMentions(matcher, text, { fuzzy: aboutTheStory, breaks });
    if (aboutTheStory || found.length === 0 || !matcher.fuzzy) return found;
    aboutTheStory = true;
    return findMentions(matcher, text, { fuzzy: true, breaks });
  };
}

/** The breaks as positions in the normalized text (`map`: normalized index → original offset), or null. */
function breaksIn(breaks: readonly number[] | undefined, map: ArrayLike<number> | null, length: number): Set<number> | null {
  if (!breaks || breaks.length === 0) return null;
  if (!map) return new Set(breaks);
  const wanted = new Set(breaks);
  const out = new Set<number>();
  for (let i = 0; i < length; i++) if (wanted.has(map[i] as number)) out.add(i);
  return out;
}

function entityId(matcher: Matcher, index: number): string {
  return matcher.entities[index]?.id ?? '';
}

/** Every match that starts at a word start and ends at a word end (a break counts as both). */
function collect(matcher: Matcher, norm: string, breaks: Set<number> | null): Candidate[] {
  const out: Candidate[] = [];
  const root = matcher.root;
  let prevWord = false;
  for (let pos = 0; pos < norm.length; pos++) {
    const c = norm.charCodeAt(pos);
    // ASCII letters and digits inline: this loop visits every character of the text.
    const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : isWordCode(c);
    if (word && (!prevWord || breaks?.has(pos))) walk(matcher, root, norm, pos, pos, undefined, out, breaks);
    prevWord = word;
  }
  return out;
}

function walk(
  matcher: Matcher,
  node: TrieNode,
  norm: string,
  start: number,
  pos: number,
  number: number | undefined,
  out: Candidate[],
  breaks: Set<number> | null,
): void {
  // Iterative along plain characters (the common case); recursion only where separators or numbers branch.
  for (;;) {
    if (node.ends && pos > start) {
      const last = norm.charCodeAt(pos - 1);
      if (!isWordCode(last) || !isWordCode(norm.charCodeAt(pos)) || breaks?.has(pos)) {
        for (const t of node.ends) {
          const allowed = matcher.numbers[t.entity];
          if (allowed && number !== undefined && !isNearKnownCount(number, allowed)) continue;
          out.push({ start, end: pos, entity: t.entity, block: t.block, number });
        }
      }
    }
    const c = norm.charCodeAt(pos);
    if (Number.isNaN(c)) return;
    if (node.sep && (c === 32 || c === 45)) walk(matcher, node.sep, norm, start, pos + 1, number, out, breaks);
    if ((node.num || node.anyNum) && !isWordCode(norm.charCodeAt(pos - 1))) {
      const read = readNumber(norm, pos);
      if (read) {
        if (node.num) walk(matcher, node.num, norm, start, read.end, number ?? read.value, out, breaks);
        if (node.anyNum) walk(matcher, node.anyNum, norm, start, read.end, number, out, breaks);
      }
    }
    const next = node.chars?.get(c);
    if (!next) return;
    node = next;
    pos++;
  }
}

/** Up to this many candidates in one text, overlaps are found by comparing spans rather than through an array. */
const FEW_CANDIDATES = 8;

interface Picked {
  /** Chosen spans, sorted by start. */
  spans: Candidate[];
  /** For each chosen span, the other entities matched wholly inside it (null: none). */
  inside: Map<Candidate, Set<number>> | null;
}

/**
 * Longest wins: the longest candidate is kept first, then the next longest that does not overlap, and so on.
 * Ties go to the earlier start, then to the entity listed first in the lexicon.
 */
function pickLongest(candidates: Candidate[], length: number): Picked {
  if (candidates.length <= 1) return { spans: candidates, inside: null };
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.entity - b.entity,
  );
  // Which chosen span covers a position: a scan of the few chosen spans for a few candidates (most texts), an
  // array over the text for many.
  const few = candidates.length <= FEW_CANDIDATES;
  const owner = few ? null : new Int32Array(length).fill(-1);
  const spans: Candidate[] = [];
  const ownerAt = (i: number): number => (owner ? (owner[i] ?? -1) : spans.findIndex((p) => p.start <= i && i < p.end));
  for (const c of order) {
    let free = true;
    if (owner) {
      for (let i = c.start; i < c.end; i++) {
        if (owner[i] !== -1) {
          free = false;
          break;
        }
      }
    } else free = spans.every((p) => p.end <= c.start || c.end <= p.start);
    if (!free) continue;
    owner?.fill(spans.length, c.start, c.end);
    spans.push(c);
  }
  let inside: Map<Candidate, Set<number>> | null = null;
  for (const c of candidates) {
    if (c.block) continue;
    const o = ownerAt(c.start);
    const p = spans[o];
    if (!p || p === c || c.end > p.end || p.block || c.entity === p.entity) continue;
    inside ??= new Map();
    let set = inside.get(p);
    if (!set) inside.set(p, (set = new Set()));
    set.add(c.entity);
  }
  spans.sort((a, b) => a.start - b.start);
  return { spans, inside };
}
