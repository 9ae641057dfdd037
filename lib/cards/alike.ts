/**
 * Whether two sources say the same thing about an entity, so a card can show them on one line ("+2 sources
 * alike") and let a disagreement stand out by standing alone. Same figure, or the same key terms (content words
 * and the other entities the clauses name); never a denial beside an assertion, nor a hedge beside a fact.
 */
import type { Stance } from './stance';
import { FUNCTION_WORDS, stem, wordsOf } from './words';

export interface Saying {
  /** The clause shown, and the entity's own mentions in it (their words are not key terms: every line has them). */
  text: string;
  own: readonly { start: number; end: number }[];
  /** Other entities the clause names. */
  others: readonly string[];
  stance: Stance;
  /** The number the clause gives for the card's figure, if any. */
  figure: number | null;
}

/** Half the smaller set of key terms in common, and at least two: enough for "en route from Baku to Grozny". */
const SHARED_SHARE = 0.5;
const SHARED_MIN = 2;

/** Words in every news report of this kind say nothing about which report it is. */
const COMMON = new Set(['said', 'say', 'says', 'also', 'incident', 'according', 'statement', 'reported', 'report']);

export function keyTerms(saying: Saying): Set<string> {
  const terms = new Set<string>();
  for (const w of wordsOf(saying.text)) {
    if (saying.own.some((m) => w.start < m.end && w.end > m.start)) continue;
    if (FUNCTION_WORDS.has(w.lower) || COMMON.has(w.lower) || w.lower.length < 3) continue;
    terms.add(/^\d/.test(w.lower) ? `#${w.lower}` : stem(w.lower));
  }
  for (const other of saying.others) terms.add(`@${other}`);
  return terms;
}

/** Stances that can share a line: a source's own statement and a report of the same thing. */
function sameFooting(a: Stance, b: Stance): boolean {
  const assert = (s: Stance) => s === 'states' || s === 'reports';
  return a === b || (assert(a) && assert(b));
}

export function alike(a: Saying, b: Saying): boolean {
  if (!sameFooting(a.stance, b.stance)) return false;
  if (a.figure !== null || b.figure !== null) return a.figure !== null && a.figure === b.figure;
  const ka = keyTerms(a);
  const kb = keyTerms(b);
  let shared = 0;
  for (const t of ka) if (kb.has(t)) shared++;
  return shared >= SHARED_MIN && shared >= SHARED_SHARE * Math.min(ka.size, kb.size);
}
