import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../lib/facts/build';
import type { Entity } from '../../../lib/facts/types';
import { lexiconOf } from '../../../lib/match/lexicon-of';
import { compileMatcher, findMentions } from '../../../lib/match/matcher';
import { readCatalog } from '../articles';
import { crash } from '../fixtures/stories';

const { factBase } = buildFactBase(crash, readCatalog(), { now: new Date(0) });
const byName = (name: string): Entity | undefined => factBase.entities.find((e) => e.name === name);
const matcher = compileMatcher(lexiconOf(factBase));
/** The entity names the served lexicon finds in `text`, in order. */
const names = (text: string): string[] =>
  findMentions(matcher, text).map((m) => factBase.entities.find((e) => e.id === m.entity)?.name ?? m.entity);

describe('discovering a story the catalog does not cover', () => {
  it('makes one story of the three articles, named after its flight, without the catalog entities', () => {
    expect(factBase.stories).toEqual([
      expect.objectContaining({ id: 'story:crash-1', name: 'Harbourline Flight 6Q417', origin: 'discovered', sources: ['crash-1', 'crash-2', 'crash-3'] }),
    ]);
    expect(factBase.entities.some((e) => e.id === 'putin' || e.id === 'flight')).toBe(false);
    for (const e of factBase.entities) expect(e.stories).toEqual(['story:crash-1']);
  });

  it('gives every entity an id the content script can name a highlight after: [a-z0-9_]+, unique', () => {
    const ids = factBase.entities.map((e) => e.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds people, places, organisations, the flight, the model and the terms, each with the sources naming it', () => {
    expect(byName('Harbourline Flight 6Q417')).toMatchObject({ kind: 'flight', sources: ['crash-1', 'crash-2', 'crash-3'] });
    expect(byName('Dana Whitlock')).toMatchObject({ kind: 'person', sources: ['crash-1', 'crash-2'] });
    expect(byName('Eastmere International Airport')).toMatchObject({ kind: 'place' });
    expect(byName('Harbourline')).toMatchObject({ kind: 'organization' });
    expect(byName('Ministry of Roads, Ports and Aviation')).toMatchObject({ kind: 'organization' });
    expect(byName('Airbus A321-200')).toMatchObject({ kind: 'aircraft', sources: ['crash-2', 'crash-3'] });
    expect(byName('flight data recorder')?.aliases).toContain('FDR');
    expect(byName('windshear')).toMatchObject({ sources: ['crash-1', 'crash-2', 'crash-3'] });
  });

  it('gives the aliases outlets use: code variants, the operator with a craft noun, surname, airport, portfolio', () => {
    expect(names('Harbourline flight 6Q 417 landed; so did 6Q-417 and Flight 417, a Harbourline passenger jet.')).toEqual([
      'Harbourline Flight 6Q417',
      'Harbourline Flight 6Q417',
      'Harbourline Flight 6Q417',
      'Harbourline Flight 6Q417',
    ]);
    expect(names('Whitlock spoke at Eastmere Airport about the aviation ministry and the Airbus.')).toEqual([
      'Dana Whitlock',
      'Eastmere International Airport',
      'Ministry of Roads, Ports and Aviation',
      'Airbus A321-200',
    ]);
  });

  it('keeps weekdays, months, countries and words capitalised only at a sentence start out', () => {
    for (const generic of ['Tuesday', 'Wednesday', 'March', 'Experts', 'Families', 'Investigators', 'Airport chief']) {
      expect(factBase.entities.map((e) => e.name)).not.toContain(generic);
    }
    const lonely = buildFactBase(
      [{ id: 'one', text: 'Officials met in Norland on Friday.\n\nOfficials said the Norland talks would go on.' }],
      readCatalog(),
    ).factBase;
    expect(lonely.entities.map((e) => e.name)).toEqual(['Norland']);
  });

  it('counts the story’s figures with the generic phrases, held to the story', () => {
    const killed = factBase.figures.find((f) => f.measure === 'killed')!;
    expect(killed.story).toBe('story:crash-1');
    expect(killed.values.map((v) => v.value)).toEqual([12, 13]);
    expect(factBase.figures.find((f) => f.measure === 'on_board')?.values.map((v) => v.value)).toEqual([96]);
    expect(factBase.figures.find((f) => f.measure === 'survivors')?.values.map((v) => v.value)).toEqual([84]);
  });
});
