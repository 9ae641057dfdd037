/**
 * The forms of a lexicon: every plain string its aliases and phrases stand for, normalized and respelled, with
 * `{n}`/`{#}` number slots kept. The trie holds exactly these (matcher.ts), and the page prefilter is derived
 * from them (prefilter.ts), so both follow one reading of the lexicon.
 */

import type { Lexicon } from './lexicon';
import { normalizeText } from './normalize';
import { parsePhrase } from './phrases';
import { spellingVariants } from './variants';

export interface LexiconForm {
  /** Index of the entity in the lexicon. */
  entity: number;
  form: string;
  /** A `!` phrase: it blocks the shorter alias inside it and is never reported. */
  block: boolean;
}

export function* lexiconForms(lexicon: Lexicon): Generator<LexiconForm> {
  for (let entity = 0; entity < lexicon.entities.length; entity++) {
    const { aliases, phrases } = lexicon.entities[entity]!;
    for (const alias of aliases) {
      for (const form of spellingVariants(normalizeText(alias))) yield { entity, form, block: false };
    }
    for (const phrase of phrases) {
      // Normalizing and respelling the phrase before expanding it leaves its syntax alone (all ASCII) and does
      // the work once per phrase, not once per form (a phrase may stand for hundreds).
      for (const spelled of spellingVariants(normalizeText(phrase))) {
        const parsed = parsePhrase(spelled);
        for (const form of parsed.forms) yield { entity, form, block: parsed.negative };
      }
    }
  }
}
