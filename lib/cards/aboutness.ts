/**
 * How much a sentence says about one entity: is the entity what the sentence is about (its subject), or what is
 * done or said of it (object, agent), or only a stop on a route ("from Baku to Grozny"), an item in a list, a
 * headline? Figures, attributions and verdicts count extra. A score, with the reasons, so a card can put each
 * source's most informative claim first and leave passing mentions behind "All".
 *
 * Heuristics for English news prose, no parser: a sentence's subject is what comes before its first verb once an
 * opening adverbial ("During a phone call with X,") is skipped.
 */
import { clausePieces, type Slice } from './clauses';
import { endsLikeSentence, isVerbLike, wordsOf, type Word } from './words';

export type Reason =
  | 'subject'
  | 'owner'
  | 'clause-subject'
  | 'object'
  | 'agent'
  | 'figure'
  | 'number'
  | 'attributed'
  | 'verdict'
  | 'route'
  | 'list'
  | 'other-subject'
  | 'crowded'
  | 'long'
  | 'headline';

/** What each reason adds; a plain adjunct mention ("crash-landed near Aktau") scores 0. */
export const WEIGHTS: Readonly<Record<Reason, number>> = {
  subject: 3,
  owner: 2,
  'clause-subject': 2,
  object: 2,
  agent: 2,
  figure: 4,
  number: 1,
  attributed: 1,
  verdict: 1,
  route: -3,
  list: -2,
  'other-subject': -1,
  crowded: -1,
  long: -0.5,
  headline: -5,
};

export interface Aboutness {
  score: number;
  reasons: Reason[];
  /** The mention the card cuts its clause around. */
  focus: Slice;
}

export interface SentenceFacts {
  text: string;
  /** This entity's mentions, offsets into `text`. */
  own: readonly Slice[];
  /** Other entities' mentions. */
  others: readonly (Slice & { entity: string })[];
  /** The sentence gives a number for this entity (a figure of it). */
  figure: boolean;
  /** The sentence attributes what it says to someone ("…, the Kremlin said"). */
  attributed: boolean;
}

/** Words that open an adverbial before the subject: "During a phone call with X, Putin apologised". */
const OPENERS = new Set(
  'in on at during without despite before after according while although though as when following amid amidst since until meanwhile however instead similarly also by with for from over under'.split(
    ' ',
  ),
);
/** Words of a verdict: who is responsible, what brought the plane down, who admits or denies it. */
const VERDICT =
  /\b(?:responsib\w*|blame\w*|shot (?:\w+ )?down|(?:brought|br?ing) (?:\w+ )?down|downed|downing|confirm\w*|denie[sd]|deny\w*|accept\w*|admit\w*|fault|guilt\w*|apolog\w*|caused?|struck|mistak\w*|mistook|interference)\b/i;
/** A stop on a route: "bound for Grozny", "flights to Russian cities". */
const ROUTE_BEFORE = /\b(?:en route to|bound for|route to|flights? to|heading to|headed to|destined for)\s+(?:\S+\s+){0,3}$/i;
/** "from Baku to Grozny", "from Baku, Azerbaijan, to Grozny": either end of the pair. */
const ROUTE_PAIR = /\bfrom\s+[^.;]{1,40}?\bto\s+/i;

/** Where the main clause starts: after an opening adverbial and its comma, or after a dateline ("MOSCOW:"). */
function mainStart(text: string, words: readonly Word[]): number {
  const dateline = /^[\p{Lu}/ ]{3,40}:\s/u.exec(text);
  if (dateline) return dateline[0].length;
  const first = words[0];
  if (first && OPENERS.has(first.lower)) {
    const comma = text.indexOf(', ');
    if (comma > 0) return comma + 2;
  }
  return 0;
}

/** How `text` speaks of the entity whose mentions are `own`. */
export function aboutness(facts: SentenceFacts): Aboutness {
  const { text, own, others } = facts;
  const reasons = new Set<Reason>();
  const words = wordsOf(text);
  const start = mainStart(text, words);
  const verbIndex = words.findIndex((w) => w.start >= start && isVerbLike(w));
  const verb = verbIndex >= 0 ? words[verbIndex]! : undefined;
  // The subject ends at its verb, or at a comma before it ("Governor X, speaking in Y, promised…": Y is an aside).
  const comma = text.indexOf(',', start);
  const subjectEnd = Math.min(verb ? verb.start : text.length, comma >= 0 ? comma : text.length);
  const focus = own[0] ?? { start: 0, end: 0 };
  const pieces = clausePieces(text);

  for (const m of own) {
    const before = text.slice(0, m.start);
    const after = text.slice(m.end);
    // The mention may run past the verb ("the Kremlin said in a statement" is one mention): its start decides.
    if (m.start >= start && m.start < subjectEnd) reasons.add(/^['’]s\b/.test(after) ? 'owner' : 'subject');
    if (verb && m.start > verb.start) {
      const between = wordsOf(text.slice(verb.end, m.start)).length;
      if (between <= 5 && !/[,;]/.test(text.slice(verb.end, m.start))) reasons.add(/\bby\s+(?:the\s+)?$/i.test(before) ? 'agent' : 'object');
    }
    if (/\bby\s+(?:\S+\s+)?$/i.test(before) && /\b\w+ed\s+(?:down\s+)?by\s+(?:\S+\s+)?$/i.test(before)) reasons.add('agent');
    const piece = pieces.find((p) => p.start <= m.start && m.end <= p.end);
    if (piece && piece.start > 0) {
      const lead = wordsOf(text.slice(piece.start, m.start)).filter((w) => !/^(?:the|and|but|though|although|while|when|as)$/i.test(w.lower));
      const next = wordsOf(after).slice(0, 3);
      if (lead.length === 0 && next.some(isVerbLike)) reasons.add('clause-subject');
    }
    if (ROUTE_BEFORE.test(before) || onRoutePair(text, m)) reasons.add('route');
  }
  if (inList(text, own, others)) reasons.add('list');
  if (facts.figure) reasons.add('figure');
  else if (/\d/.test(text.replace(/\b(?:19|20)\d\d\b/g, '').replace(/J2[- ]?8243|MH ?17|PS ?752/gi, ''))) reasons.add('number');
  if (facts.attributed) reasons.add('attributed');
  if (VERDICT.test(text)) reasons.add('verdict');
  const ownSubject = reasons.has('subject') || reasons.has('owner');
  if (!ownSubject && others.some((o) => o.start >= start && o.end <= subjectEnd)) reasons.add('other-subject');
  const distinct = new Set(others.map((o) => o.entity));
  if (distinct.size >= 3 && !ownSubject && !reasons.has('object') && !reasons.has('agent')) reasons.add('crowded');
  if (words.length > 40) reasons.add('long');
  if (!endsLikeSentence(text)) reasons.add('headline');
  // A stop on a route is no subject worth the name ("Flight J2-8243 was en route from Baku"): route wins.
  if (reasons.has('route')) reasons.delete('object');

  const list = [...reasons];
  return { score: list.reduce((sum, r) => sum + WEIGHTS[r], 0), reasons: list, focus };
}

/** The mention is one end of "from X to Y". */
function onRoutePair(text: string, m: Slice): boolean {
  const from = text.slice(0, m.start).search(/\bfrom\s+(?:[^.;\s]+\s+){0,3}$/i);
  if (from >= 0 && /^[^.;]{0,30}?\bto\s/i.test(text.slice(m.end))) return true;
  const pair = ROUTE_PAIR.exec(text.slice(Math.max(0, m.start - 60), m.start));
  return pair !== null && /\bto\s+(?:[^.;\s]+\s+){0,3}$/i.test(text.slice(0, m.start));
}

/** The entity is one item of a list of three or more mentions ("Grozny, Mozdok, and Vladikavkaz"). */
function inList(text: string, own: readonly Slice[], others: readonly Slice[]): boolean {
  const all = [...own.map((m) => ({ ...m, own: true })), ...others.map((m) => ({ ...m, own: false }))].sort((a, b) => a.start - b.start);
  let run = 1;
  let hasOwn = all[0]?.own ?? false;
  for (let i = 1; i < all.length; i++) {
    const gap = text.slice(all[i - 1]!.end, all[i]!.start);
    if (/^\s*,?\s*(?:and|or)?\s*$/.test(gap) && gap.trim() !== '') {
      run++;
      hasOwn ||= all[i]!.own;
    } else {
      if (run >= 3 && hasOwn) return true;
      run = 1;
      hasOwn = all[i]!.own;
    }
  }
  return run >= 3 && hasOwn;
}
