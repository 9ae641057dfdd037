import { describe, expect, it } from 'vitest';
import { buildCard, type Card } from '../../lib/cards/card';
import { headlineOnlyOnBaku, hundredClaimsOnAktau } from '../../scripts/measure-cards/hard-cards';
import { factBaseWith, realFactBase } from '../ui/support/real-card';

const fb = realFactBase();
const cards = fb.entities.map((e) => buildCard(e.id, fb, {})!).filter((c) => c.mentionedBy.length > 0);
const card = (id: string): Card => cards.find((c) => c.entity.id === id)!;

describe('the summary a card opens to, on the five bundled articles', () => {
  it('gives each line in the source\'s own words: one slice of one of its sentences', () => {
    for (const c of cards) {
      for (const line of c.summary.lines) {
        const claim = fb.claims.find((cl) => cl.id === line.claim.id)!;
        expect(claim.source).toBe(line.source);
        expect(claim.text).toContain(line.text);
      }
    }
  });

  it('never shows a headline as a claim, in the summary or behind "All"', () => {
    const titles = new Set(fb.sources.map((s) => s.title).filter(Boolean));
    for (const c of cards) {
      for (const line of c.summary.lines) expect(titles.has(fb.claims.find((cl) => cl.id === line.claim.id)!.text)).toBe(false);
      for (const s of c.sources) for (const claim of s.claims) expect(titles.has(claim.text)).toBe(false);
    }
  });

  it('accounts for every trusted source that mentions the entity: a line, "alike", or the closing line', () => {
    for (const c of cards) {
      const named = [...c.summary.lines.flatMap((l) => [l.source, ...l.alike]), ...c.summary.alsoIn.map((a) => a.source)];
      expect(new Set(named).size, c.entity.id).toBe(named.length);
      expect(new Set(named), c.entity.id).toEqual(new Set(c.mentionedBy));
    }
  });

  it('Baku: its route sentences share lines instead of five quotes of "from Baku to Grozny"', () => {
    const baku = card('baku');
    expect(baku.summary.lines.length).toBeLessThanOrEqual(2);
    expect(baku.summary.lines.some((l) => l.alike.length > 0)).toBe(true);
  });

  it('one sentence opens few cards, each on the clause about that card\'s entity', () => {
    const uses = new Map<string, string[]>();
    for (const c of cards) for (const l of c.summary.lines) uses.set(l.claim.id, [...(uses.get(l.claim.id) ?? []), c.entity.id]);
    expect(Math.max(...[...uses.values()].map((u) => u.length))).toBeLessThanOrEqual(3);
    const apology = fb.claims.find((c) => c.text.startsWith('Russian President Vladimir Putin issued a rare public apology'))!;
    expect((uses.get(apology.id) ?? []).length).toBeLessThanOrEqual(2);
  });

  it('the Kremlin: its denials stand apart from what it confirmed', () => {
    const kremlin = card('kremlin');
    const stances = kremlin.summary.lines.map((l) => l.stance);
    expect(stances).toContain('denies');
    expect(stances).toContain('reports');
    const denial = kremlin.summary.lines.find((l) => l.stance === 'denies')!;
    expect(denial.alike).toEqual([]);
  });

  it('says on whose word: Aktau\'s line from the presidential office, Putin\'s condolences per Reuters', () => {
    expect(card('aktau').summary.lines.map((l) => l.attribution)).toContain("Azerbaijan's presidential office");
    expect(card('putin').summary.lines.map((l) => l.attribution)).toContain('Reuters');
  });

  it('the death toll: four sources agree on 38 (two say "at least"), and the sum that does not add up is apart', () => {
    const toll = card('death_toll');
    expect(toll.figures.map((f) => f.verdict)).toEqual([{ kind: 'agree', value: 38, atLeast: false, sources: 4, bounds: 2 }]);
    expect(toll.sum).toEqual({ killed: 38, survivors: 28, onBoard: 67 });
    // The four sources giving 38 share one line.
    expect(toll.summary.lines[0]!.alike).toHaveLength(3);
  });

  it('survivors: a number one source alone gives says so', () => {
    expect(card('survivors').figures[0]!.verdict).toMatchObject({ kind: 'single', value: 28 });
  });
});

describe('hard cases', () => {
  it('an entity with a hundred claims still opens to a few lines; all hundred wait behind "All"', () => {
    const aktau = buildCard('aktau', factBaseWith(hundredClaimsOnAktau()), {})!;
    expect(aktau.claimCount).toBeGreaterThanOrEqual(100);
    expect(aktau.summary.lines.length).toBeLessThanOrEqual(4);
  });

  it('a source naming the entity only in its headline is named as such, and quoted nowhere', () => {
    const baku = buildCard('baku', factBaseWith(headlineOnlyOnBaku()), {})!;
    expect(baku.mentionedBy).toContain('zz_headline_only');
    expect(baku.summary.alsoIn).toContainEqual({ source: 'zz_headline_only', claim: null, why: 'headline' });
    expect(baku.sources.find((s) => s.source.id === 'zz_headline_only')!.claims).toEqual([]);
  });
});
