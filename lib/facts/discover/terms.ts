/**
 * Terms a story is told in that are no proper names. Three kinds of evidence, each a habit of news copy:
 * - a phrase introduced with an acronym ("emergency locator transmitter (ELT)"): a term of art, written both ways;
 * - a compound noun ("engine fire", "rescue boats") several of the story's sources use: the story's vocabulary;
 * - a single word a source puts in quotes and others use too ("a “whiteout”"): a term, not a scare quote.
 * Compounds and quoted words only become terms over the whole story (entities.ts), never from one article.
 */
import type { Tags } from './library';
import type { Token } from './tokens';
import { GENERAL_HEADS, NAME_CONNECTORS, TITLES } from './words';

export interface Term {
  name: string;
  aliases: string[];
}

export interface ArticleTerms {
  /** Acronym-defined terms: evidence enough on their own. */
  defined: Term[];
  /** Compound nouns of this article, by their singular form, to be counted over the story. */
  compounds: string[];
  /** Single words this article quotes alone. */
  quoted: string[];
  /** Every word of the article, lower-cased, to see which sources use a quoted word. */
  words: Set<string>;
}

/** Two to five lower-case words and an acronym of their initials in brackets. */
const DEFINED = /\b((?:[a-z]+[ -]){1,4}[a-z]+) \(([A-Z]{2,6})\)/g;
const QUOTED = /["\u201C\u2018']([a-z]{4,})[.,!?]?["\u201D\u2019']/g;

/** The other number of an English noun: "strike" ↔ "strikes", "box" ↔ "boxes", "body" ↔ "bodies". */
export function otherNumber(noun: string): string {
  if (/[^aeiou]ies$/.test(noun)) return `${noun.slice(0, -3)}y`;
  if (/(?:x|ch|sh|ss)es$/.test(noun)) return noun.slice(0, -2);
  if (/[^s]s$/.test(noun)) return noun.slice(0, -1);
  if (/(?:x|ch|sh|s)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** The singular of a compound: its head noun in the singular (a crude rule, used only to count alike). */
export function singularCompound(words: readonly string[]): string {
  const head = words[words.length - 1]!;
  const singular = /s$/.test(head) && !/ss$/.test(head) ? otherNumber(head) : head;
  return [...words.slice(0, -1), singular].join(' ');
}

function definedTerms(text: string): Term[] {
  const out: Term[] = [];
  for (const m of text.matchAll(DEFINED)) {
    const words = m[1]!.split(/[ -]/);
    const acronym = m[2]!;
    const phrase = words.slice(-acronym.length);
    if (phrase.length !== acronym.length || phrase.some((w, i) => w[0] !== acronym[i]!.toLowerCase())) continue;
    out.push({ name: phrase.join(' '), aliases: [phrase.join(' '), acronym] });
  }
  return out;
}

/** A modifier: a noun, an adjective, or a gerund the tagger took for a verb ("landing gear"). */
const isModifier = (tags: Tags | undefined): boolean =>
  !!tags && (tags.has('Noun') || tags.has('Adjective') || tags.has('Gerund')) && !tags.has('Value') && !tags.has('Pronoun');
/** A head noun; after an adjective, a present-tense "verb" is the tagger misreading a plural ("black boxes"). */
const isHead = (tags: Tags | undefined, before: Tags | undefined): boolean =>
  !!tags &&
  !tags.has('Actor') &&
  !tags.has('Value') &&
  !tags.has('Pronoun') &&
  (tags.has('Noun') || (tags.has('PresentTense') && !!before?.has('Adjective')));

/** Compound nouns: two or three lower-case words in a row, nouns or adjectives, ending on a noun. */
function compounds(tokens: readonly Token[], tags: ReadonlyMap<number, Tags>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const length of [2, 3]) {
      const run = tokens.slice(i, i + length);
      if (run.length < length) break;
      if (run.some((t, j) => (j > 0 && t.gap !== ' ') || t.digits || NAME_CONNECTORS.has(t.text.toLowerCase()))) break;
      if (run.some((t) => t.cap && !(t === run[0] && t.opensSentence && !t.heading))) break;
      const words = run.map((t) => t.text.toLowerCase());
      const head = tags.get(run[length - 1]!.start);
      if (!run.slice(0, -1).every((t) => isModifier(tags.get(t.start))) || !isHead(head, tags.get(run[length - 2]!.start))) continue;
      if (GENERAL_HEADS.has(words[length - 1]!) || TITLES.has(words[length - 1]!)) continue;
      out.push(singularCompound(words));
    }
  }
  return out;
}

export function findTerms(text: string, tokens: readonly Token[], tags: ReadonlyMap<number, Tags>): ArticleTerms {
  return {
    defined: definedTerms(text),
    compounds: compounds(tokens, tags),
    quoted: [...text.matchAll(QUOTED)].map((m) => m[1]!),
    words: new Set(tokens.map((t) => t.text.toLowerCase())),
  };
}
