/**
 * How sure a source is, and on whose word: read from the source's own verbs and hedges. A line of the card says
 * whether the source states something in its own voice, reports what someone said, suspects (hedges) or reports
 * a denial, and names who the sentence attributes it to ("the Kremlin", "Azerbaijan's presidential office").
 *
 * Only cues a reader can see in the sentence count; with none the source "states". The cue found nearest the
 * clause shown wins: in the clause itself, else the frame around it ("X suggest <clause>", "<clause>, X said.").
 */
import type { Slice } from './clauses';
import { speakerBefore, type Speaker } from './attribution';
import { wordsOf } from './words';

export type Stance = 'states' | 'reports' | 'suspects' | 'denies';

export interface StanceReading {
  stance: Stance;
  /** The source's own words that give the stance ("stopped short of", "likely"); null when it simply states. */
  cue: string | null;
  /** Whom the sentence attributes the claim to, in its own words; null when it does not say. */
  attribution: string | null;
  /** Where `attribution` stands in the sentence. */
  attributionAt: Slice | null;
}

/** Hedges and adverbs: they say how sure, not who says so ("Russian air defenses likely mistook…"). */
const NOT_A_VERB = /^(?:reportedly|likely|may have|might have|could have|apparently|possibly|potentially|speculation|indications?|allegedly)$/i;

const DENIES =
  /\b(?:denie[sd]|deny(?:ing)?|stop(?:ped|s)? short of|refrain(?:ed|s)? from|refus(?:ed|es|ing) to|declin(?:ed|es) to|reject(?:ed|s)|(?:did|does|has|have|had) not (?:\w+ )?(?:confirm|accept|admit|acknowledge)(?:ed)?|avoid(?:ed|ing) (?:direct )?blame)\b/gi;
const SUSPECTS =
  /\b(?:suggest(?:s|ed|ing)?|likely|may have|might have|could have|suspect(?:s|ed)?|believe[sd]?|apparently|possibly|potentially|speculation|indications?|points? to|allegedly|raised concerns)\b/gi;
const REPORTS =
  /\b(?:reportedly|said|says|told|tells|reported|according to|stated|noted|added|announced|explained|emphasi[sz]ed|asserted|highlighted|described|indicated|acknowledged|confirmed|insist(?:s|ed)?|warn(?:s|ed))\b/gi;

const ORDER: readonly [Exclude<Stance, 'states'>, RegExp][] = [
  ['denies', DENIES],
  ['suspects', SUSPECTS],
  ['reports', REPORTS],
];

interface Cue {
  stance: Exclude<Stance, 'states'>;
  start: number;
  end: number;
}

function cuesIn(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (const [stance, pattern] of ORDER) {
    for (const m of text.matchAll(pattern)) {
      if (m.index >= from && m.index + m[0].length <= to) out.push({ stance, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** Between a frame's verb and the clause it governs there is no turn of the sentence ("…, but", "; "). */
const TURN = /,\s*(?:but|though|although|while|whereas|yet)\b|;|\s[—–]\s/i;
/** The sentence's closing attribution: "…, Reuters reported." / "…,” the Kremlin said in a statement." */
const CLOSING = /[,”"]\s*([^,”"]*)$/;
/** A closing attribution is short; a longer tail is a clause of its own. */
const CLOSING_MAX_WORDS = 8;

/**
 * The sentence's closing attribution ("…, Reuters reported." / "…,” the Kremlin said in a statement."): a short
 * tail that is a speaker and a reporting verb with at most a few words after it, not a clause of its own
 * ("…, but the owners insist the hull was sound."). Its reporting cue, or null.
 */
function closingCue(sentence: string): Cue | null {
  const closing = CLOSING.exec(sentence);
  if (!closing || wordsOf(closing[1]!).length > CLOSING_MAX_WORDS) return null;
  if (/^\s*(?:and|but|or|while|though|although|yet|so)\b/i.test(closing[1]!)) return null;
  const cue = cuesIn(sentence, closing.index + 1, sentence.length).find((c) => c.stance === 'reports');
  return cue && wordsOf(sentence.slice(cue.end)).length <= CLOSING_AFTER_WORDS ? cue : null;
}

/** Words a closing attribution may carry after its verb: "in a statement", "on Friday". */
const CLOSING_AFTER_WORDS = 4;

/** Where the sentence's closing attribution stands, or null. */
export function closingAttribution(sentence: string): Slice | null {
  const cue = closingCue(sentence);
  return cue ? { start: CLOSING.exec(sentence)!.index + 1, end: sentence.length } : null;
}

/** The stance of `clause` within `sentence`. */
export function readStance(sentence: string, clause: Slice): StanceReading {
  const inside = pick(cuesIn(sentence, clause.start, clause.end));
  if (inside) return reading(sentence, inside);
  // "<…clause…>, Reuters reported.": the whole sentence rests on that word.
  const closing = closingCue(sentence);
  if (closing && closing.start >= clause.end) return reading(sentence, closing);
  // "Azerbaijan has asserted that <…clause…>", "According to X, <…clause…>": a verb before the clause governs it,
  // unless the sentence turns in between.
  const frame = cuesIn(sentence, 0, clause.start)
    .filter((c) => !TURN.test(sentence.slice(c.end, clause.start)))
    .sort((a, b) => b.start - a.start);
  if (frame[0]) return reading(sentence, frame[0]);
  return { stance: 'states', cue: null, attribution: null, attributionAt: null };
}

/** Several cues: the strongest kind wins (a denial outweighs a hedge, a hedge a report), then the first. */
function pick(cues: Cue[]): Cue | undefined {
  for (const [stance] of ORDER) {
    const found = cues.filter((c) => c.stance === stance).sort((a, b) => a.start - b.start)[0];
    if (found) return found;
  }
  return undefined;
}

function reading(sentence: string, cue: Cue): StanceReading {
  const words = sentence.slice(cue.start, cue.end);
  return { stance: cue.stance, cue: words, ...speakerOf(sentence, cue) };
}

/**
 * Who the cue's words are on the word of: the subject of a verb cue; for a hedge ("likely") the speaker of the
 * verb that frames it ("Four sources … told Reuters that … likely"), else the sentence's closing attribution.
 */
function speakerOf(sentence: string, cue: Cue): { attribution: string | null; attributionAt: Slice | null } {
  const words = sentence.slice(cue.start, cue.end);
  if (/^according to$/i.test(words)) return afterAccordingTo(sentence, cue.end);
  if (!NOT_A_VERB.test(words)) return asAttribution(speakerBefore(sentence, cue.start));
  const verbs = cuesIn(sentence, 0, sentence.length).filter((c) => !NOT_A_VERB.test(sentence.slice(c.start, c.end)) && c.start !== cue.start);
  const framing = verbs.filter((c) => c.end <= cue.start).sort((a, b) => b.start - a.start)[0] ?? verbs.find((c) => c.start > cue.end);
  if (!framing) return { attribution: null, attributionAt: null };
  const said = sentence.slice(framing.start, framing.end);
  return /^according to$/i.test(said) ? afterAccordingTo(sentence, framing.end) : asAttribution(speakerBefore(sentence, framing.start));
}

function asAttribution(found: Speaker | null): { attribution: string | null; attributionAt: Slice | null } {
  return found ? { attribution: found.text, attributionAt: { start: found.start, end: found.end } } : { attribution: null, attributionAt: null };
}

/** "According to Azerbaijan's presidential office, …" names the office. */
function afterAccordingTo(sentence: string, from: number): { attribution: string | null; attributionAt: Slice | null } {
  const m = /^(\s+)([^,.;:]{2,60}?)\s*(?=[,.;:]|$)/.exec(sentence.slice(from));
  if (!m) return { attribution: null, attributionAt: null };
  const start = from + m[1]!.length;
  return { attribution: m[2]!, attributionAt: { start, end: start + m[2]!.length } };
}
