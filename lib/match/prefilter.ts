/**
 * Whether a page may mention the story at all, answered before the matcher is loaded: most pages name nothing of
 * it, and there the content script should cost next to nothing (target: under 5 ms, docs/performance.md).
 * For each form of the lexicon (forms.ts) it keeps the minimal sets of words any match of it contains whole, each
 * set keyed by its least common-looking word; may-mention.ts searches a page for the keys with one regular
 * expression and looks for a set's other words only around a key found. Built once per lexicon: plain JSON.
 */

import { lexiconForms } from './forms';
import type { Lexicon } from './lexicon';
import { isWordCode, normalizeText } from './normalize';
import { nearCounts, numberWord } from './numbers';

/** The lexicon as the content script receives it: with its prefilter, so that a page is checked before any matcher is built. */
export interface PrefilteredLexicon extends Lexicon {
  prefilter: Prefilter;
}

export interface Prefilter {
  /**
   * The word sets, by key. A word is all letters (any script), all ASCII digits, or a pair of letter words written
   * with one space, which a page may join with any whitespace or a hyphen; a text may mention the story when it
   * holds every word of one set. Each set's key is one of its single words, the one a page is searched for first.
   */
  byKey: Record<string, string[][]>;
  /** The keys as one regular expression source, longest first (of two keys at one place, the longer is tried). */
  pattern: string;
  /**
   * What a key found needs besides itself, by key: the rarest other word of each of its sets, none when one set is
   * the key alone. Most keys a page about something else holds (passengers, killed, airline) end dozens of sets,
   * one per count near a known one, which share a few dozen such words: a few native searches around the key turn
   * it away without looking at a single set.
   */
  others: Record<string, string[]>;
  /** Some set has no word (a form of number slots only): every text may mention the story. */
  always: boolean;
  /**
   * Characters around a key within which the rest of its set lies, in a page's text: twice the longest form, its
   * number slots written out in words, so whitespace a page does not collapse still fits.
   */
  reach: number;
}

/**
 * Words so common on any English page that searching for them first would find them everywhere; never a key
 * while a set has another word. The function words and the few plain words the catalog's phrases are built on.
 */
const COMMON_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'by', 'for', 'from', 'had', 'has', 'have', 'in', 'is', 'it',
  'its', 'least', 'of', 'on', 'or', 's', 'said', 'says', 'that', 'the', 'their', 'this', 'to', 'was', 'were',
  'with', 'people', 'lost', 'lives', 'air', 'us', 'u', 'e', 'j',
]);

/**
 * How uncommon a single word looks: a name (capitalised in the catalog: Aktau, AZAL, Kremlin) far more than a
 * plain word, a number of three digits or more like a name, and otherwise the longer the rarer.
 */
function rarity(word: string, names: ReadonlySet<string>): number {
  if (COMMON_WORDS.has(word)) return 0;
  if (isDigitCode(word.charCodeAt(0))) return word.length >= 3 ? NAME_RARITY + word.length : word.length;
  return (names.has(word) ? NAME_RARITY : 0) + word.length;
}

/** What being a name adds to a word's rarity: more than any plain word's length. */
const NAME_RARITY = 100;

/** The words the catalog writes capitalised (names, acronyms), normalized. */
function namesOf(lexicon: Lexicon): Set<string> {
  const names = new Set<string>();
  for (const entity of lexicon.entities) {
    for (const text of [...entity.aliases, ...entity.phrases]) {
      for (const [word] of text.matchAll(/\p{Lu}[\p{L}\p{N}]*/gu)) names.add(normalizeText(word));
    }
  }
  return names;
}

/** Characters a number slot may take in a page, written in words ("one hundred and seventy-six"). */
const SLOT_REACH = 30;

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isSeparatorCode = (c: number): boolean => c === 32 || c === 45;

/** Beyond this many separators between digits in one form, its digit runs are left out instead of enumerated. */
const MAX_DIGIT_JOINS = 3;

interface Run {
  text: string;
  digits: boolean;
  start: number;
  end: number;
}

/**
 * The word sets of `form`: any text it matches contains every word of at least one of them, whole. Letter runs
 * stand whole in the text, and two joined by one separator count as one word, a pair ("us officials"). Between
 * digits a separator may vanish ("J2-8243" matches "J28243"), so each way of writing them gives a set. The first
 * `{n}` slot of an entity with known counts (`known`) adds a word for a count near one ("38", "thirty").
 */
export function requiredWordSets(form: string, known: ReadonlySet<number> | null = null): string[][] {
  const runs: Run[] = [];
  const slots: { start: number; end: number; counted: boolean }[] = [];
  for (let i = 0; i < form.length; ) {
    if (form.startsWith('{n}', i) || form.startsWith('{#}', i)) {
      slots.push({ start: i, end: i + 3, counted: form[i + 1] === 'n' });
      i += 3;
      continue;
    }
    const c = form.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const digits = isDigitCode(c);
    let end = i + 1;
    while (end < form.length && isWordCode(form.charCodeAt(end)) && isDigitCode(form.charCodeAt(end)) === digits) end++;
    runs.push({ text: form.slice(i, end), digits, start: i, end });
    i = end;
  }
  // Only separators between `from` and `to`, and at least one.
  const separatedOnly = (from: number, to: number): boolean => {
    if (to <= from) return false;
    for (let k = from; k < to; k++) if (!isSeparatorCode(form.charCodeAt(k))) return false;
    return true;
  };
  // A slot next to digits ("{n} 8243") could read them as part of its number.
  const nextToSlot = (run: Run): boolean =>
    slots.some((slot) => separatedOnly(slot.end, run.start) || separatedOnly(run.end, slot.start) || slot.end === run.start || run.end === slot.start);

  const joins: number[] = []; // indexes i of runs whose separator to run i + 1 may vanish
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    if (run.digits && next?.digits && separatedOnly(run.end, next.start)) joins.push(i);
  });
  const enumerate = joins.length <= MAX_DIGIT_JOINS;
  const variants: string[][] = [];
  for (let mask = 0; mask < (enumerate ? 1 << joins.length : 1); mask++) {
    const words: string[] = [];
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i] as Run;
      if (!run.digits) {
        // Letter runs joined by one separator are a stretch the text holds as it is: its adjacent pairs are
        // words too ("us officials"), far rarer on a page than each of their words.
        const linked = (a: Run | undefined, b: Run | undefined): boolean =>
          !!a && !!b && !a.digits && !b.digits && b.start === a.end + 1 && isSeparatorCode(form.charCodeAt(a.end));
        const next = runs[i + 1];
        if (linked(run, next)) words.push(`${run.text} ${(next as Run).text}`);
        else if (!linked(runs[i - 1], run)) words.push(run.text);
        continue;
      }
      // Too many ways of writing them: leave such digit runs out.
      if (!enumerate && (joins.includes(i) || joins.includes(i - 1))) continue;
      let text = run.text;
      let last = run;
      // Runs joined in this variant become one digit run.
      while (joins.includes(i) && mask & (1 << joins.indexOf(i))) {
        last = runs[++i] as Run;
        text += last.text;
      }
      if (!nextToSlot({ ...run, end: last.end, text })) words.push(text);
    }
    variants.push(words);
  }

  const slot = slots.find((s) => s.counted);
  const alternatives = slot && known ? countWords(known, slot, runs) : null;
  const sets = alternatives ? variants.flatMap((words) => alternatives.map((word) => [...words, word])) : variants;
  return sets.map((words) => [...new Set(words)]);

  /** Words one of which a count near `known` written at `at` stands as; null when it may be written otherwise. */
  function countWords(counts: ReadonlySet<number>, at: { start: number; end: number }, all: Run[]): string[] | null {
    if (all.some((run) => run.digits && (separatedOnly(at.end, run.start) || separatedOnly(run.end, at.start)))) return null;
    const words = new Set<string>();
    for (const value of nearCounts(counts)) {
      const word = numberWord(value);
      if (word === null) return null;
      words.add(String(value));
      words.add(word);
    }
    return words.size > 0 ? [...words] : null;
  }
}

export function buildPrefilter(lexicon: Lexicon): Prefilter {
  const known = lexicon.entities.map((e) => (e.numbers ? new Set(e.numbers) : null));
  const sets = new Map<string, string[]>();
  let longest = 0;
  for (const { entity, form, block } of lexiconForms(lexicon)) {
    // A blocker never produces a mention, so it need not let a page through.
    if (block) continue;
    longest = Math.max(longest, form.length + SLOT_REACH * (form.split('{').length - 1));
    for (const set of requiredWordSets(form, known[entity] ?? null)) {
      const words = set.sort();
      sets.set(words.join('|'), words);
    }
  }
  const kept = minimalSets([...sets.values()]);
  const names = namesOf(lexicon);
  const keys = chooseKeys(kept, names);
  const byKey: Record<string, string[][]> = {};
  kept.forEach((words, i) => {
    const key = keys[i];
    // Rarest first: a set that fails usually fails on its first word.
    if (key) (byKey[key] ??= []).push([...words].sort((a, b) => rarityOf(b, names) - rarityOf(a, names)));
  });
  return {
    byKey,
    pattern: Object.keys(byKey).sort((a, b) => b.length - a.length).join('|'),
    others: othersByKey(byKey),
    // A set with no word at all (a form of number slots only) lets every page through: it has no key.
    always: keys.some((key) => key === null),
    reach: 2 * longest,
  };
}

/**
 * The sets no other set is inside, smallest first. Each kept set is filed under one of its words (the one filed
 * under least so far): a kept set inside a candidate has that word in the candidate, so only the candidate's words'
 * files are searched. A lexicon with several stories' figures has tens of thousands of sets, and comparing each
 * with every kept one took seconds.
 */
function minimalSets(sets: string[][]): string[][] {
  // A set with no word is inside every other: it is all there is.
  if (sets.some((words) => words.length === 0)) return [[]];
  const kept: string[][] = [];
  const filed = new Map<string, string[][]>();
  for (const words of sets.sort((a, b) => a.length - b.length)) {
    const inside = (small: string[]) => small.every((w) => words.includes(w));
    if (words.some((w) => filed.get(w)?.some(inside))) continue;
    kept.push(words);
    const under = words.reduce((a, b) => ((filed.get(b)?.length ?? 0) < (filed.get(a)?.length ?? 0) ? b : a));
    const file = filed.get(under);
    if (file) file.push(words);
    else filed.set(under, [words]);
  }
  return kept;
}

/**
 * Prefilter.others, from the sets (their words rarest first): each set's rarest word that is not the key, a pair
 * kept whole ("us officials", not "us"), and a pair that holds the key counts as that pair.
 */
function othersByKey(byKey: Record<string, string[][]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, sets] of Object.entries(byKey)) {
    const others = new Set<string>();
    let alone = false;
    for (const words of sets) {
      const other = words.find((word) => word !== key);
      if (other === undefined) alone = true;
      else others.add(other);
    }
    out[key] = alone ? [] : [...others];
  }
  return out;
}

/** The rarity of a word of a set: of a pair, its rarer word's. */
const rarityOf = (word: string, names: ReadonlySet<string>): number =>
  Math.max(...word.split(' ').map((w) => rarity(w, names)));

/** A word this uncommon-looking is a key fit to be searched for on every page: five letters, or three digits. */
const KEY_RARITY = 5;

/** The single words of a set: its words, with each pair counted as its two words. */
const singles = (words: string[]): string[] => [...new Set(words.flatMap((w) => w.split(' ')))];

/**
 * One key per set, a single word it holds: greedily the rarest fit word of the sets still without a key (the one
 * in more of them on a tie), so that a page about something else rarely holds a key; a set without a fit word
 * takes its rarest. Words shared by many sets make the keys few (each is one more alternative of the regular
 * expression a page is searched with).
 */
function chooseKeys(sets: string[][], names: ReadonlySet<string>): (string | null)[] {
  const rare = (w: string): number => rarity(w, names);
  const keys: (string | null)[] = sets.map((words) => (words.length === 0 ? null : ''));
  const candidates = sets.map((words) => singles(words).filter((w) => rare(w) >= KEY_RARITY));
  for (;;) {
    const count = new Map<string, number>();
    candidates.forEach((words, i) => {
      if (keys[i] === '') for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
    });
    let best: string | null = null;
    for (const [w, n] of count) {
      if (best === null || rare(w) > rare(best) || (rare(w) === rare(best) && n > (count.get(best) as number))) best = w;
    }
    if (best === null) break;
    candidates.forEach((words, i) => {
      if (keys[i] === '' && words.includes(best as string)) keys[i] = best;
    });
  }
  return sets.map((words, i) => (keys[i] === '' ? singles(words).reduce((a, b) => (rare(b) > rare(a) ? b : a)) : keys[i] ?? null));
}
