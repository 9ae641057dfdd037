/**
 * Spelling families: an alias written once in the catalog also matches its other English spelling, so the
 * catalog lists "air defence" and pages saying "air defense" are found too. Rules work on normalized forms
 * (lower case) and are deliberately few and narrow: each one is a family seen in news copy.
 */

interface SpellingRule {
  pattern: RegExp;
  /** Both spellings of the family, given the match. */
  spell: (m: RegExpExecArray) => [string, string];
}

const RULES: SpellingRule[] = [
  // British -ence / American -ense nouns: defence/defense, offence/offense, licence/license, pretence/pretense.
  { pattern: /\b(defen|offen|licen|preten)[cs]e/g, spell: (m) => [`${m[1]}ce`, `${m[1]}se`] },
  // -ise / -ize verbs and their -isation nouns: apologise/apologize, criticised/criticized. Three letters
  // before the "i" keep short words (rise, wise) out.
  {
    pattern: /\b([a-z]{3,})i[sz](e|ed|es|ing|ation|ations)\b/g,
    spell: (m) => [`${m[1]}is${m[2]}`, `${m[1]}iz${m[2]}`],
  },
  // -our / -or: only the stems that occur in reporting (a general rule would turn "four" into "for").
  { pattern: /\b(rum|arm|hon|lab|behavi|fav)ou?r/g, spell: (m) => [`${m[1]}our`, `${m[1]}or`] },
];

/** A cheap first look: most forms hold none of the families' endings. */
const MAYBE = /[cs]e|i[sz]|ou?r/;

/** The form itself and its other spellings. */
export function spellingVariants(form: string): string[] {
  if (!MAYBE.test(form)) return [form];
  let forms = [form];
  for (const rule of RULES) {
    const next = new Set<string>();
    for (const f of forms) {
      next.add(f);
      const both = [f, f];
      let found = false;
      for (const m of f.matchAll(rule.pattern)) {
        found = true;
        const [a, b] = rule.spell(m as RegExpExecArray);
        const at = m.index ?? 0;
        // Replace this occurrence in both copies; lengths may differ, so rebuild around the match.
        both[0] = replaceAt(both[0] ?? f, f, at, m[0].length, a);
        both[1] = replaceAt(both[1] ?? f, f, at, m[0].length, b);
      }
      if (found) for (const v of both) next.add(v);
    }
    forms = [...next];
  }
  return forms;
}

/**
 * Replaces `[at, at+len)` of the original `f` inside `current` (a copy of `f` where earlier matches may already
 * have been replaced). Matches are visited left to right, so the tail after `at` is still `f`'s.
 */
function replaceAt(current: string, f: string, at: number, len: number, by: string): string {
  const tail = f.length - (at + len);
  return current.slice(0, current.length - tail - len) + by + current.slice(current.length - tail);
}
