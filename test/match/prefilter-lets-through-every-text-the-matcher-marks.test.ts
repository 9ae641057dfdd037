import { describe, expect, it } from 'vitest';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import { mayMention } from '../../lib/match/may-mention';
import { buildPrefilter, requiredWordSets } from '../../lib/match/prefilter';
import { readArticles, readCatalog } from '../facts/articles';

/** Known counts as the fact base gives them for the bundled articles (lib/match/lexicon.ts knownNumbers). */
const NUMBERS = { death_toll: [38], survivors: [28], on_board: [67] };
const lexicon = lexiconFromCatalog(readCatalog().entities, NUMBERS);
const matcher = compileMatcher(lexicon);
const prefilter = buildPrefilter(lexicon);

/** Every sentence-sized piece of the real articles: lines, and the sentences within them. */
const pieces = readArticles().flatMap((a) =>
  a.text.split(/\n+/).flatMap((line) => [line, ...line.split(/(?<=[.!?])\s+/)]).filter((p) => p.trim().length > 0),
);

describe('the prefilter', () => {
  it('lets through every piece of the real articles the matcher finds a mention in', () => {
    const marked = pieces.filter((piece) => findMentions(matcher, piece).length > 0);
    expect(marked.length).toBeGreaterThan(100);
    expect(marked.filter((piece) => !mayMention(prefilter, piece))).toEqual([]);
  });

  it.each([
    'Flight J2-8243 came down near the coast.',
    'The jet, flight J28243, came down.',
    'Records for J2 8243 were released.',
    'Thirty-eight people died when it came down.',
    'The U.S. officials declined to comment.',
    'US\u00a0officials declined to comment.',
    'Zelenský spoke first.',
    'Air-defence units were on alert.',
  ])('lets through a text the matcher marks: %s', (text) => {
    expect(findMentions(matcher, text).length).toBeGreaterThan(0);
    expect(mayMention(prefilter, text)).toBe(true);
  });

  it.each([
    'The weather service warned of strong winds along the coast.',
    'Officials told us the airport would reopen on Monday.',
    'Five people died in a house fire overnight.',
    'The officials at the white gate waved us through.',
    'Flight delays grew as the storm passed.',
  ])('turns away a text the matcher finds nothing in: %s', (text) => {
    expect(findMentions(matcher, text)).toEqual([]);
    expect(mayMention(prefilter, text)).toBe(false);
  });

  it('lets a word end where one text node of a page ends, even with letters on the other side', () => {
    // "…near Aktau</p><p>Officials…" as text nodes joined end to end (lib/page/text-batches.ts).
    const text = 'The jet came down near AktauOfficials said so.';
    expect(mayMention(prefilter, text)).toBe(false);
    expect(mayMention(prefilter, text, [4, text.indexOf('Officials')])).toBe(true);
    // A soft hyphen folds away, so the breaks after it move with the text.
    const soft = 'Land\u00adslide warnings. The jet came down near AktauOfficials said so.';
    expect(mayMention(prefilter, soft, [soft.indexOf('Officials')])).toBe(true);
    // A break inside a longer word does not make a word of its middle.
    const study = 'She teaches Kremlinology in Leeds.';
    expect(mayMention(prefilter, 'She teaches Kremlin history in Leeds.')).toBe(true);
    expect(mayMention(prefilter, study, [study.indexOf('Kremlin') + 3])).toBe(false);
  });

  it('needs the words of one form near each other, not anywhere on the page', () => {
    const far = `Officials said so. ${'Nothing happened here at all. '.repeat(40)} Ask us.`;
    expect(mayMention(prefilter, far)).toBe(false);
  });

  it('reads the words a form stands on, and the ways digits may be written', () => {
    expect(requiredWordSets('us officials')).toEqual([['us officials']]);
    expect(requiredWordSets('flight 8243')).toEqual([['flight', '8243']]);
    expect(requiredWordSets('j2-8243')).toEqual([
      ['j', '2', '8243'],
      ['j', '28243'],
    ]);
    expect(requiredWordSets('{n} dead', new Set([38]))).toEqual(
      expect.arrayContaining([
        ['dead', '38'],
        ['dead', 'thirty'],
        ['dead', '36'],
      ]),
    );
    expect(requiredWordSets('{n} dead')).toEqual([['dead']]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(prefilter))).toEqual(prefilter);
  });
});
