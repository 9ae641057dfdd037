/**
 * Words of a sentence with their offsets, and the small word lists the card's summary reads sentences with.
 * Plain English news prose only: these are cues for ranking and cutting, never for rewording.
 */

export interface Word {
  /** As written. */
  text: string;
  /** Lower-cased, curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
}

/** Letters and digits, keeping inner apostrophes, dots and hyphens ("Putin's", "U.S.", "J2-8243"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’.\-](?=[\p{L}\p{N}]))*\.?/gu;

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let value = m[0];
    // A trailing dot belongs to the word only in abbreviations ("U.S."), not at a sentence's end ("crash.").
    if (value.endsWith('.') && !/\.\p{L}\.$/u.test(value)) value = value.slice(0, -1);
    out.push({ text: value, lower: value.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + value.length });
  }
  return out;
}

/** Words that carry no topic of their own: left out of key terms, and never the last word of a cut label. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about after before ' +
    'during since until while when where which who whom whose that this these those it its it\'s he she they them ' +
    'his her their our we us you your i me my as than then there here also not no is are was were be been being ' +
    'has have had do does did will would can could may might must shall should just only very more most such ' +
    'any some all both each other own same too again further once what why how up down out off amid amidst ' +
    'among via per upon across against along around between through toward towards within without despite'
  ).split(' '),
);

/** A word that ends a noun phrase badly: "… Fatal Crash in" was cut short. */
export function isFunctionWord(lower: string): boolean {
  return FUNCTION_WORDS.has(lower);
}

/**
 * A crude stem so "apologised", "apologizes" and "apology" share a key: enough to tell two sentences say the same
 * thing, never shown to a reader.
 */
export function stem(lower: string): string {
  let w = lower.replace(/'s$/, '').replace(/ise/g, 'ize').replace(/yse/g, 'yze');
  if (w.length > 5) w = w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s|ly)$/, '');
  if (w.length > 6) w = w.replace(/(?:ion|ment|y)$/, '');
  return w;
}

/** The whole sentence ends like a sentence: a headline or caption usually does not. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*\s*$/.test(text.trim());
}

const AUXILIARIES = new Set('is are was were has have had did does will would can could may might should must'.split(' '));
const IRREGULAR = new Set(
  'said told made took gave came went saw shot struck brought held kept left met sent spoke stood thought wrote began became found got knew led lost paid put rose set won hit fell flew drew says suggests believes claims denies warns confirms apologises apologizes accuses offers expresses'.split(
    ' ',
  ),
);
/** -ed words that are usually adjectives before a noun, not verbs. */
const ED_ADJECTIVES = new Set('ill-fated unmanned armed alleged united detailed limited related based concerned unexpected unnamed'.split(' '));

/** A finite verb, roughly: auxiliaries, common irregular forms, and -ed words written in lower case. */
export function isVerbLike(w: Word): boolean {
  if (AUXILIARIES.has(w.lower) || IRREGULAR.has(w.lower)) return true;
  return /^\p{Ll}/u.test(w.text) && w.lower.length > 4 && w.lower.endsWith('ed') && !ED_ADJECTIVES.has(w.lower);
}

