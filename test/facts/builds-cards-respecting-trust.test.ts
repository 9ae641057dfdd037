import { describe, expect, it } from 'vitest';
import { buildCard, disagree, type Card } from '../../lib/cards/card';
import type { Trust } from '../../lib/facts/trust';
import { realFactBase, sourcesMentioning } from '../support/store';

const fb = realFactBase();
const allIds = fb.sources.map((s) => s.id);
const aktauSources = sourcesMentioning(fb, 'aktau');
const silentOnAktau = allIds.filter((id) => !aktauSources.includes(id));

function card(entity: string, trust: Trust = {}): Card {
  const built = buildCard(entity, fb, trust);
  if (!built) throw new Error(`no card for ${entity}`);
  return built;
}

/** Every sentence a card quotes, whichever part of the card it sits in. */
function quotedSources(c: Card): string[] {
  return [...c.sources.map((s) => s.source.id), ...c.figures.flatMap((f) => f.bySource.map((v) => v.source))];
}

describe('a card', () => {
  it('names the entity with its kind and description', () => {
    expect(card('aktau').entity).toEqual({
      id: 'aktau',
      name: 'Aktau',
      kind: 'place',
      description: expect.stringContaining('Caspian'),
    });
  });

  it('says Aktau is mentioned by 4 of 5 sources and which one is silent', () => {
    const c = card('aktau');
    expect(c.mentionedBy).toHaveLength(4);
    expect(c.trustedCount).toBe(5);
    expect(c.notMentioning.map((s) => s.id)).toEqual(silentOnAktau);
    expect(c.hiddenUntrusted).toBe(0);
  });

  it('quotes each mentioning source verbatim, with the mention\'s offsets inside the quote', () => {
    const c = card('aktau');
    expect(c.sources.map((s) => s.source.id)).toEqual(aktauSources);
    for (const { source, claims } of c.sources) {
      const text = fb.sources.find((s) => s.id === source.id)!.text;
      expect(claims.length, source.id).toBeGreaterThan(0);
      for (const claim of claims) {
        expect(text).toContain(claim.text);
        expect(claim.mentions.length, claim.text).toBeGreaterThan(0);
        for (const m of claim.mentions) expect(claim.text.slice(m.start, m.end)).toMatch(/^(Aktau|Aqtau)$/i);
      }
    }
  });

  it('drops a distrusted source\'s quotes and counts it as hidden', () => {
    const distrusted = aktauSources[0]!;
    const c = card('aktau', { [distrusted]: false });
    expect(quotedSources(c)).not.toContain(distrusted);
    expect(c.mentionedBy).toHaveLength(3);
    expect(c.trustedCount).toBe(4);
    expect(c.hiddenUntrusted).toBe(1);
    expect(JSON.stringify(c)).not.toContain(`"${distrusted}"`);
  });

  it('hides nothing when the distrusted source did not mention the entity', () => {
    const c = card('aktau', { [silentOnAktau[0]!]: false });
    expect(c.mentionedBy).toHaveLength(4);
    expect(c.trustedCount).toBe(4);
    expect(c.notMentioning).toEqual([]);
    expect(c.hiddenUntrusted).toBe(0);
  });

  it('counts every hidden source and quotes none when all are distrusted', () => {
    const c = card('aktau', Object.fromEntries(allIds.map((id) => [id, false])));
    expect(c).toMatchObject({ sources: [], mentionedBy: [], trustedCount: 0, notMentioning: [], hiddenUntrusted: 4 });
    expect(c.figures).toEqual([]);
  });

  it('gives the death toll with each trusted source\'s number, 38 among them', () => {
    const c = card('death_toll');
    const killed = c.figures.find((f) => f.measure === 'killed');
    expect(killed).toBeDefined();
    expect(killed!.values.map((v) => v.value)).toContain(38);
    // Each source listed under a value is one that wrote it, and it is quoted per source too.
    for (const v of killed!.values) {
      for (const s of v.sources) expect(killed!.bySource).toContainEqual(expect.objectContaining({ source: s, value: v.value }));
    }
  });

  it('lists a source once per number even when it repeats that number', () => {
    // 004 writes "claimed 38 lives" and later "38 fatalities": one row for it, not two.
    const rows = card('death_toll').figures.find((f) => f.measure === 'killed')!.bySource;
    const keys = rows.map((r) => `${r.source}:${r.value}`);
    expect(keys.length).toBe(4);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('removes a distrusted source from the figures and from who agrees on them', () => {
    const killed = fb.figures.find((f) => f.entity === 'death_toll' && f.measure === 'killed')!;
    const giver = killed.values[0]!.sources[0]!;
    const c = card('death_toll', { [giver]: false });
    const figure = c.figures.find((f) => f.measure === 'killed');
    for (const v of figure?.values ?? []) expect(v.sources).not.toContain(giver);
    expect(figure?.bySource.map((v) => v.source) ?? []).not.toContain(giver);
  });

  it('is null for an entity the fact base does not know', () => {
    expect(buildCard('atlantis', fb, {})).toBeNull();
  });
});

describe('whether figure values disagree', () => {
  it.each([
    [[{ value: 38, atLeast: false }, { value: 38, atLeast: false }], false],
    [[{ value: 38, atLeast: false }, { value: 39, atLeast: false }], true],
    [[{ value: 38, atLeast: true }, { value: 38, atLeast: false }], false],
    [[{ value: 38, atLeast: true }, { value: 42, atLeast: false }], false],
    [[{ value: 38, atLeast: true }, { value: 35, atLeast: false }], true],
    [[{ value: 30, atLeast: true }, { value: 38, atLeast: true }], false],
    [[], false],
  ])('%j → %s', (values, expected) => {
    expect(disagree(values)).toBe(expected);
  });
});
