/**
 * The ways outlets write a discovered name, by rules about English news copy: a person by surname, an airport
 * without "International", a ministry by its portfolio ("the transport ministry"), an organisation by the
 * acronym it is introduced with, a flight by its code variants, a model by its maker.
 */
import { codeVariants } from './codes';

/**
 * Names with a hyphenated given name after the family name ("Park Min-jun", "Wang Xiao-ming") are written
 * family name first, as Korean and Chinese names are in English copy; otherwise the surname is the last word.
 */
const GIVEN_NAME_AFTER = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;

export function surnameOf(words: readonly string[]): string | null {
  if (words.length < 2) return null;
  return GIVEN_NAME_AFTER.test(words[1]!) ? words[0]! : words[words.length - 1]!;
}

/** "Eastport International Airport" is also "Eastport Airport"; "Ministry of Land and Water" the "land ministry". */
export function organisationAliases(name: string): string[] {
  const out: string[] = [];
  const airport = /^(.+?) International Airport$/.exec(name);
  if (airport) out.push(`${airport[1]} Airport`);
  const portfolio = /^(Ministry|Department) of (.+)$/.exec(name);
  if (portfolio) {
    const kind = portfolio[1]!.toLowerCase();
    let items = portfolio[2]!.split(/,?\s+and\s+|,\s*/).filter((w) => w !== '');
    // A list written without its commas ("Land Infrastructure and Transport"): each word is a portfolio.
    if (items.length > 1 && !portfolio[2]!.includes(',')) items = items.flatMap((i) => i.split(/\s+/));
    for (const item of items) out.push(`${item} ${kind}`);
    // The list with and without its commas: "Land, Infrastructure and Transport" and "Land Infrastructure and Transport".
    if (items.length > 2) {
      const last = items[items.length - 1];
      const head = items.slice(0, -1);
      out.push(`${portfolio[1]} of ${head.join(', ')} and ${last}`, `${portfolio[1]} of ${head.join(' ')} and ${last}`);
    }
  }
  return out.filter((a) => a !== name);
}

/** A model by its maker and family as well: "Airbus A321-200" is also "Airbus A321" and "Airbus". */
export function modelAliases(maker: string, model: string): string[] {
  const family = model.split('-')[0]!;
  return [`${maker} ${model}`, `${maker} ${family}`, maker].filter((a, i, all) => all.indexOf(a) === i);
}

/** Characters the phrase language gives a meaning (lib/match/phrases.ts), escaped to stand for themselves. */
export const escapePhrase = (text: string): string => text.replace(/[()[\]|\\{}!]/g, (c) => `\\${c}`);

/** Nouns a flight is written with after its airline: "Northwind Air flight", "Northwind Air passenger jet". */
const CRAFT = '[passenger|commercial|cargo|crashed|stricken|ill-fated|doomed] (plane|flight|jet|airliner|aircraft)';

/** A flight's names: its code variants, and its operator with a craft noun or the code. */
export function flightAliases(designator: string | null, number: string): string[] {
  return codeVariants(designator, number);
}

export function flightPhrases(designator: string | null, number: string, operator: string | null): string[] {
  if (!operator) return [];
  const op = escapePhrase(operator);
  const codes = codeVariants(designator, number).map(escapePhrase).join('|');
  return [`${op}['s] ${CRAFT}`, `${op}['s] [flight] (${codes})`];
}
