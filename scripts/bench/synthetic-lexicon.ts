/**
 * Invented catalog entities, to see how matching cost grows with the lexicon: people, places, organisations
 * and weapons with plausible names, name variants and phrases in the catalog's mini-language, shaped like the
 * real catalog's entries so the trie grows the way a larger story would make it grow. Seeded, so every run
 * builds the same lexicon.
 */
import { seeded, type Random } from './random';

/** The fields of a catalog entity the matcher reads (lib/facts/types.ts CatalogEntity, kept lib-free here). */
export interface SyntheticEntity {
  id: string;
  name: string;
  kind: 'person' | 'place' | 'organization' | 'military';
  description: string;
  aliases: string[];
  phrases: string[];
}

const FIRST = [
  'Arman', 'Dilnaz', 'Ruslan', 'Gulnara', 'Timur', 'Aigerim', 'Nurlan', 'Leyla', 'Oleksiy', 'Katerina', 'Rashid',
  'Elnara', 'Bakhyt', 'Zarina', 'Yerlan', 'Marina', 'Anton', 'Sevda', 'Farid', 'Irina', 'Samir', 'Nigar',
];
const ROOTS = [
  'Kasym', 'Abdull', 'Tokay', 'Bek', 'Zhuman', 'Mamed', 'Horob', 'Kovalch', 'Sadyk', 'Nazar', 'Orazb', 'Petr',
  'Sultan', 'Yusup', 'Karab', 'Dzhal', 'Tereshch', 'Ismayil', 'Baiz', 'Shevch', 'Rustam', 'Gadzh',
];
const PERSON_SUFFIXES = [['ov', 'off'], ['ev', 'yev'], ['enko', 'enko'], ['uly', 'uli'], ['zade', 'zadeh'], ['ova', 'ova']];
const PLACE_ROOTS = [
  'Kara', 'Ust', 'Zhan', 'Novo', 'Saryg', 'Tash', 'Ak', 'Kyzyl', 'Beloz', 'Shem', 'Lankar', 'Gor', 'Mint', 'Ural',
];
const PLACE_SUFFIXES = [['abad', 'obod'], ['kent', 'kend'], ['sk', 'sk'], ['ovka', 'ivka'], ['pol', 'pil'], ['tobe', 'tyube']];
const ORG_WORDS = ['Airways', 'Air', 'Aviation Authority', 'Air Navigation Service', 'Border Guard', 'Investigative Committee'];
const WEAPON_WORDS = ['missile system', 'radar', 'interceptor', 'jamming station'];

function person(random: Random, index: number): SyntheticEntity {
  const first = random.pick(FIRST);
  const root = random.pick(ROOTS);
  const [suffix, variant] = random.pick(PERSON_SUFFIXES);
  const last = root + suffix;
  return {
    id: `synthetic_person_${index}`,
    name: `${first} ${last}`,
    kind: 'person',
    description: 'An invented official, for the benchmark.',
    aliases: [`${first} ${last}`, last, `${first} ${root}${variant}`],
    phrases: [`[(President|Minister|General|Governor)] [${first}] ${root}(${suffix}|${variant})`],
  };
}

function place(random: Random, index: number): SyntheticEntity {
  const root = random.pick(PLACE_ROOTS);
  const [suffix, variant] = random.pick(PLACE_SUFFIXES);
  const name = `${root}${random.pick(['', 'a', 'i', 'o'])}${suffix}`;
  return {
    id: `synthetic_place_${index}`,
    name,
    kind: 'place',
    description: 'An invented town, for the benchmark.',
    aliases: [name, name.replace(new RegExp(`${suffix}$`), variant!)],
    phrases: [`[the] ${name} (region|province|district|airport)`],
  };
}

function organization(random: Random, index: number): SyntheticEntity {
  const root = random.pick(PLACE_ROOTS) + random.pick(['stan', 'ia', 'avia', 'sky']);
  const word = random.pick(ORG_WORDS);
  const acronym = `${root[0]}${word[0]}${random.pick(['A', 'K', 'Z', 'X'])}`.toUpperCase();
  return {
    id: `synthetic_org_${index}`,
    name: `${root} ${word}`,
    kind: 'organization',
    description: 'An invented organisation, for the benchmark.',
    aliases: [`${root} ${word}`, `${acronym} ${word}`],
    phrases: [`[the] ${root} ${word} (said|says|stated|confirmed) [in a statement]`],
  };
}

function weapon(random: Random, index: number): SyntheticEntity {
  const code = `${random.pick(['S', 'K', 'T', 'R'])}-${random.int(100, 900)}`;
  const word = random.pick(WEAPON_WORDS);
  const nickname = random.pick(PLACE_ROOTS) + random.pick(['ir', 'an', 'et']);
  return {
    id: `synthetic_weapon_${index}`,
    name: `${nickname} ${word}`,
    kind: 'military',
    description: 'An invented weapon, for the benchmark.',
    aliases: [`${nickname} ${word}`, code, nickname],
    phrases: [`[(a|the)] (${nickname}|${code}) [${word}] [(battery|batteries|unit|units)]`],
  };
}

const MAKERS = [person, place, organization, weapon] as const;

/** `count` invented entities, no two with the same name. */
export function syntheticEntities(count: number, seed = 1009): SyntheticEntity[] {
  const random = seeded(seed);
  const names = new Set<string>();
  const out: SyntheticEntity[] = [];
  for (let index = 0; out.length < count; index++) {
    if (index > count * 20) throw new Error(`could not invent ${count} distinct names`);
    const entity = MAKERS[index % MAKERS.length]!(random, index);
    if (names.has(entity.name)) continue;
    names.add(entity.name);
    out.push(entity);
  }
  return out;
}
