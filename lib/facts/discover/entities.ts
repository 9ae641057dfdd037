/**
 * A story's entities from its articles' candidates. Precision first: a candidate becomes an entity only with
 * evidence, counted over the whole story, never on one article's say-so:
 * - named mid-sentence at least twice, or once when typed (by the library, a title, an ending such as
 *   "Airport" or "Ministry", a flight or model shape, an acronym the article defines for it);
 * - not a country, demonym, weekday or month (too generic to be a story's own), and for a single word, not a
 *   word the articles also write in lower case ("Firefighters" at a sentence start is the common noun);
 * - a name seen only at sentence starts or in headings is a capital of grammar or typography, not evidence.
 */
import type { EntityKind } from '../types';
import { normalizeText } from '../../match/normalize';
import { flightAliases, flightPhrases, modelAliases, organisationAliases, surnameOf } from './aliases';
import type { Candidate } from './candidates';
import { otherNumber, type ArticleTerms } from './terms';
import { COUNTRY_ABBREVIATIONS, ORGANISATION_ENDINGS, PLACE_ENDINGS } from './words';
import { lexiconTags } from './library';

export interface ArticleCandidates {
  source: string;
  candidates: readonly Candidate[];
  terms: ArticleTerms;
  /** Words the article writes in lower case: a capitalised one of them is a common word. */
  lowerWords: ReadonlySet<string>;
}

export interface DiscoveredEntity {
  /** The normalized name: stable, and the same across the story's articles. */
  key: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  phrases: string[];
  /** Sources that name it. */
  sources: string[];
}

const GENERIC_TAGS = ['Country', 'Demonym', 'WeekDay', 'Month', 'Date', 'Holiday', 'Pronoun', 'Determiner', 'QuestionWord'];
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central)$/i;
const TYPE_TAGS = ['Person', 'Place', 'City', 'Region', 'Organization', 'Company', 'SportsTeam', 'School'];

interface Group {
  key: string;
  mentions: Candidate[];
  sources: Set<string>;
}

const keyOf = (name: string): string => normalizeText(name);
const lastWord = (c: Candidate): string => (c.words[c.words.length - 1] ?? '').toLowerCase();
/** "Ministry of …", "University of …": an organisation's head word before "of" types it as its ending would. */
const headBeforeOf = (c: Candidate): string => (c.words[1] === 'of' ? (c.words[0] ?? '').toLowerCase() : '');

/** A flight by its number (with its designator when any source gives it), a model by maker and family. */
export function groupKey(c: Candidate): string {
  if (c.flight) return `flight ${c.flight.number}`;
  if (c.hint === 'aircraft') return keyOf(`${c.words[0]} ${c.words[1]?.split('-')[0]}`);
  return keyOf(c.name.replace(/['\u2019]s$/, ''));
}

function kindOf(g: Group): EntityKind {
  const first = g.mentions[0]!;
  if (first.flight) return 'flight';
  if (first.hint === 'aircraft') return 'aircraft';
  if (g.mentions.some((c) => c.hint === 'person')) return 'person';
  const last = lastWord(first);
  if (PLACE_ENDINGS.has(last)) return 'place';
  if (ORGANISATION_ENDINGS.has(last) || ORGANISATION_ENDINGS.has(headBeforeOf(first)) || first.acronym) return 'organization';
  const votes = { person: 0, place: 0, organization: 0 };
  for (const c of g.mentions) {
    if (c.tags.has('Person')) votes.person++;
    if (c.tags.has('Place') || c.tags.has('City') || c.tags.has('Region')) votes.place++;
    if (c.tags.has('Organization') || c.tags.has('Company')) votes.organization++;
  }
  const best = (Object.keys(votes) as (keyof typeof votes)[]).sort((a, b) => votes[b] - votes[a])[0]!;
  return votes[best] > 0 ? best : 'organization';
}

function typed(g: Group): boolean {
  return g.mentions.some(
    (c) =>
      c.hint !== null ||
      c.acronym !== null ||
      TYPE_TAGS.some((t) => c.tags.has(t)) ||
      PLACE_ENDINGS.has(lastWord(c)) ||
      ORGANISATION_ENDINGS.has(lastWord(c)) ||
      ORGANISATION_ENDINGS.has(headBeforeOf(c)),
  );
}

/** Too generic to be a story's own name, whatever the evidence: a country, a weekday, a capitalised common word. */
export function isGeneric(c: Candidate, lowerWords: ReadonlySet<string>): boolean {
  return generic({ key: '', mentions: [c], sources: new Set() }, lowerWords);
}

function generic(g: Group, lowerWords: ReadonlySet<string>): boolean {
  const c = g.mentions[0]!;
  if (c.flight || c.hint === 'aircraft') return false;
  const whole = lexiconTags(c.name);
  if (GENERIC_TAGS.some((t) => whole.has(t))) return true;
  if (c.words.length === 1) {
    if (lowerWords.has(c.words[0]!.toLowerCase())) return true;
    if (g.mentions.every((m) => GENERIC_TAGS.some((t) => m.tags.has(t)))) return true;
  }
  // Every word a country, demonym, month or weekday, or a compass point: "South Korean", "Dec".
  return c.words.every((w) => COMPASS.test(w) || COUNTRY_ABBREVIATIONS.has(w.toLowerCase()) || GENERIC_TAGS.some((t) => lexiconTags(w).has(t)));
}

function hasEvidence(g: Group): boolean {
  const free = g.mentions.filter((c) => !c.opensSentence && !c.heading).length;
  if (g.mentions[0]!.flight) return true;
  return free >= 2 || (free >= 1 && typed(g)) || (g.mentions[0]!.words.length > 1 && g.mentions.filter((c) => !c.heading).length >= 2);
}

/** The most frequent way the story writes a name. */
function commonest(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

function flightEntity(g: Group): DiscoveredEntity {
  const designator = g.mentions.find((c) => c.flight?.designator)?.flight?.designator ?? null;
  const number = g.mentions[0]!.flight!.number;
  const operators = g.mentions.flatMap((c) => (c.flight?.operator ? [c.flight.operator] : []));
  const operator = operators.length > 0 ? commonest(operators) : null;
  const code = designator ? `${designator}${number}` : number;
  return {
    key: g.key,
    name: operator ? `${operator} Flight ${code}` : `Flight ${code}`,
    kind: 'flight',
    aliases: flightAliases(designator, number),
    phrases: flightPhrases(designator, number, operator),
    sources: [...g.sources],
  };
}

function toEntity(g: Group, kind: EntityKind): DiscoveredEntity {
  if (kind === 'flight') return flightEntity(g);
  const name = commonest(g.mentions.map((c) => (kind === 'aircraft' ? c.name : c.name.replace(/['\u2019]s$/, ''))));
  const aliases = new Set<string>([name]);
  for (const c of g.mentions) {
    if (kind === 'aircraft') for (const a of modelAliases(c.words[0]!, c.words[1]!)) aliases.add(a);
    else aliases.add(c.name);
    if (c.acronym) aliases.add(c.acronym);
  }
  if (kind === 'organization' || kind === 'place') for (const a of organisationAliases(name)) aliases.add(a);
  return { key: g.key, name, kind, aliases: [...aliases], phrases: [], sources: [...g.sources] };
}

/** Standalone uses an ambiguous surname needs before it stands for the person. */
const SURNAME_EVIDENCE = 2;

/** Surnames written alone become the person's alias, when only one person of the story has that surname. */
function addSurnames(people: DiscoveredEntity[], groups: ReadonlyMap<string, Group>, consumed: Set<string>): void {
  const bySurname = new Map<string, DiscoveredEntity[]>();
  for (const p of people) {
    const surname = surnameOf(p.name.split(/\s+/));
    if (surname) bySurname.set(keyOf(surname), [...(bySurname.get(keyOf(surname)) ?? []), p]);
  }
  for (const [key, owners] of bySurname) {
    const alone = groups.get(key);
    // A surname is never a name of its own: it stands for one person of the story or, when ambiguous, for nobody.
    if (alone) consumed.add(key);
    if (!alone || owners.length !== 1) continue;
    // A surname that is also a common given name ("Lee", "Kim") names others too: alone once is not enough.
    const givenName = ['FirstName', 'FemaleName', 'MaleName', 'Person'].some((t) => lexiconTags(key).has(t));
    if (givenName && alone.mentions.length < SURNAME_EVIDENCE) continue;
    const owner = owners[0]!;
    owner.aliases.push(alone.mentions[0]!.name);
    for (const s of alone.sources) if (!owner.sources.includes(s)) owner.sources.push(s);
    consumed.add(key);
  }
}

export function discoverEntities(articles: readonly ArticleCandidates[]): DiscoveredEntity[] {
  const groups = new Map<string, Group>();
  const lowerWords = new Set<string>();
  for (const a of articles) {
    for (const w of a.lowerWords) lowerWords.add(w);
    for (const c of a.candidates) {
      const key = groupKey(c);
      const g = groups.get(key) ?? { key, mentions: [], sources: new Set<string>() };
      g.mentions.push(c);
      g.sources.add(a.source);
      groups.set(key, g);
    }
  }
  const kept = [...groups.values()].filter((g) => !generic(g, lowerWords));
  const entities: DiscoveredEntity[] = [];
  const consumed = new Set<string>();
  const people: DiscoveredEntity[] = [];
  for (const g of kept) {
    if (!hasEvidence(g)) continue;
    const kind = kindOf(g);
    const entity = toEntity(g, kind);
    entities.push(entity);
    if (kind === 'person' && g.mentions[0]!.words.length > 1) people.push(entity);
  }
  addSurnames(people, groups, consumed);
  const out = entities.filter((e) => !consumed.has(e.key) || people.includes(e));
  out.push(...mergeTerms(articles));
  // An acronym found as a name of its own ("FDR") is an alias of what it abbreviates.
  return out.filter((e) => {
    const owner = out.find((o) => o !== e && o.aliases.some((a) => keyOf(a) === e.key));
    if (!owner || e.aliases.length > 1) return true;
    for (const s of e.sources) if (!owner.sources.includes(s)) owner.sources.push(s);
    return false;
  }).map((e) => ({ ...e, aliases: e.aliases.filter((a, i, all) => all.indexOf(a) === i) }));
}

/** Sources a story's term needs: one source's habit of phrase is not yet the story's vocabulary. */
const TERM_SOURCES = 2;

/** A term's two numbers: "bird strike" and "bird strikes". */
function numberForms(phrase: string): string[] {
  const words = phrase.split(' ');
  const head = words.pop()!;
  return [phrase, [...words, otherNumber(head)].join(' ')];
}

/** Terms (terms.ts) over the story: acronym-defined ones, and compounds and quoted words enough sources use. */
function mergeTerms(articles: readonly ArticleCandidates[]): DiscoveredEntity[] {
  const byKey = new Map<string, DiscoveredEntity>();
  const add = (name: string, aliases: readonly string[], source: string): void => {
    const key = keyOf(name);
    const e = byKey.get(key) ?? { key, name, kind: 'event' as EntityKind, aliases: [], phrases: [], sources: [] };
    for (const alias of aliases) if (!e.aliases.includes(alias)) e.aliases.push(alias);
    if (!e.sources.includes(source)) e.sources.push(source);
    byKey.set(key, e);
  };
  for (const a of articles) for (const t of a.terms.defined) add(t.name, t.aliases, a.source);

  const usedBy = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const c of a.terms.compounds) usedBy.set(c, (usedBy.get(c) ?? new Set()).add(a.source));
  }
  const quoted = new Set(articles.flatMap((a) => a.terms.quoted));
  for (const word of quoted) {
    usedBy.set(word, new Set(articles.filter((a) => a.terms.words.has(word)).map((a) => a.source)));
  }
  const known = [...byKey.values()].flatMap((e) => e.aliases.map(keyOf));
  for (const [phrase, sources] of usedBy) {
    if (sources.size < TERM_SOURCES) continue;
    // Part of a longer term already found ("data recorder" of "flight data recorder").
    if (known.some((k) => k !== phrase && k.includes(phrase))) continue;
    for (const s of sources) add(phrase, numberForms(phrase), s);
  }
  return [...byKey.values()];
}
