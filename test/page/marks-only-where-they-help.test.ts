// @vitest-environment happy-dom
/**
 * Which mentions are marked (lib/page/choice.ts) on pages written for this test in our own words, found by the
 * real matcher with the lexicon the background serves: none on a page about something else, and on a page about
 * the story the first mention of each entity per section, outside the page's furniture, never words the reader
 * said were "not this".
 */
import { afterEach, describe, expect, test } from 'vitest';
import { chooseMarks } from '../../lib/page/choice';
import { markPage, type PageMarks } from '../../lib/page/page-marks';
import type { PageMention } from '../../lib/page/mentions';
import { PARAGRAPHS_PER_SECTION } from '../../lib/page/reading';
import { evidenceOf } from '../../lib/match/evidence';
import { lexiconOf } from '../../lib/match/lexicon-of';
import { compileMatcher, findMentions } from '../../lib/match/matcher';
import { everythingNear, fakeHighlights } from './support/highlights';
import { realFactBase } from '../ui/support/real-card';

const lexicon = lexiconOf(realFactBase());
const matcher = compileMatcher(lexicon);
const match = (text: string, breaks?: readonly number[]) => findMentions(matcher, text, { breaks });

let marks: PageMarks | undefined;
let controller = new AbortController();
afterEach(() => controller.abort());


/** Marks `html` as the session would, and returns the marked mentions as "entity: words". */
async function marked(html: string, options: { markEvery?: boolean; notThis?: (m: PageMention) => boolean } = {}): Promise<string[]> {
  document.body.innerHTML = html;
  controller = new AbortController();
  marks = markPage(document, {
    match,
    highlights: fakeHighlights(),
    choice: (_index, sectionOf) =>
      chooseMarks({
        evidence: evidenceOf(lexicon),
        markEvery: () => options.markEvery ?? false,
        notThis: options.notThis ?? (() => false),
        sectionOf,
      }),
    signal: controller.signal,
    window: everythingNear,
  });
  await marks.idle();
  return [...marks.marked()].map((m) => `${m.entity}: ${m.wording}`);
}

const ABOUT_THE_CRASH = `
  <article>
    <h1>Crash near Aktau: what we know</h1>
    <p>Flight J2-8243 left Baku for Grozny and came down near Aktau in Kazakhstan.</p>
    <p>Kazakhstan said the recorders would be read abroad. Officials in Baku and Grozny asked for patience.</p>
    <h2>The Kremlin</h2>
    <p>Vladimir Putin spoke to Ilham Aliyev. Putin offered condolences; Aliyev asked for an inquiry.</p>
    <p>Officials in Baku welcomed the call.</p>
  </article>
  <aside><p>Read more: Baku weather and the Aktau seaside.</p></aside>`;

describe('a page about something else gets no mark', () => {
  test('oil tenders in Kazakhstan, the Caspian and Baku: widely known names tell nothing on their own', async () => {
    expect(
      await marked(`<article><h1>Oil tender opens</h1><p>Kazakhstan invited bids for three Caspian Sea fields.
        Firms from Baku and Moscow are expected to bid; Kazakhstan will pick winners by March.</p></article>`),
    ).toEqual([]);
  });

  test('a phone review crediting Reuters', async () => {
    expect(await marked('<article><h1>A phone for the rain</h1><p>The camera held up in a storm. Photo: Reuters.</p></article>')).toEqual([]);
  });

  test('another airline\'s crash mentioning survivors and a death toll without this crash\'s numbers', async () => {
    expect(
      await marked(`<article><h1>Regional jet lands short</h1><p>The survivors were taken to hospital; the death toll
        rose to 12. Investigators from Moscow joined the inquiry.</p></article>`),
    ).toEqual([]);
  });

  test('even with the story\'s scene in it once: a city is not an event', async () => {
    expect(await marked('<article><p>Ferries from Aktau to Baku resumed on Monday across the Caspian Sea.</p></article>')).toEqual([]);
  });
});

describe('a page about the story', () => {
  test('marks the first mention of each entity in each section, none in the sidebar', async () => {
    expect(await marked(ABOUT_THE_CRASH)).toEqual([
      'aktau: Aktau',
      'flight: Flight J2-8243',
      'baku: Baku',
      'grozny: Grozny',
      'kazakhstan: Kazakhstan',
      // The heading "The Kremlin" starts a section: its entities are marked again there, once.
      'kremlin: Kremlin',
      'putin: Vladimir Putin',
      'aliyev: Ilham Aliyev',
      'baku: Baku',
    ]);
  });

  test('"Mark every mention" marks every mention, the sidebar\'s too', async () => {
    const every = await marked(ABOUT_THE_CRASH, { markEvery: true });
    expect(every.filter((m) => m.startsWith('baku'))).toHaveLength(4);
    expect(every.filter((m) => m.startsWith('putin'))).toHaveLength(2);
  });

  test('words the reader said were "not this" are never marked, and the next mention stands in for them', async () => {
    const notThis = (m: PageMention) => m.entity === 'aktau' && m.wording === 'Aktau';
    const list = await marked(ABOUT_THE_CRASH, { notThis });
    expect(list.some((m) => m.startsWith('aktau'))).toBe(false);
    expect(list).toContain('flight: Flight J2-8243');
  });

  test('a long stretch without headings is cut every few paragraphs: each gets its own first marks', async () => {
    const paragraph = '<p>Officials in Baku repeated that Flight J2-8243 had been hit over Grozny.</p>';
    const list = await marked(`<article>${paragraph.repeat(PARAGRAPHS_PER_SECTION * 3)}</article>`);
    expect(list.filter((m) => m.startsWith('baku'))).toHaveLength(3);
  });

  test('a page that only later turns out to be about the story gets its earlier mentions marked too', async () => {
    const list = await marked(`<article><p>Kazakhstan and Baku officials met.</p><p>More about Kazakhstan.</p>
      <p>They discussed Flight J2-8243.</p></article>`);
    expect(list).toEqual(['kazakhstan: Kazakhstan', 'baku: Baku', 'flight: Flight J2-8243']);
  });
});
