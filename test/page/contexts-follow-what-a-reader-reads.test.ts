// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { collectContexts, pointAt, type TextContext } from '../../lib/page/contexts';
import { neverHidden } from '../../lib/page/elements';
import { claimAsOwnUi } from '../../lib/page/own-ui';
import { loadNewsPage } from './support/page';

const texts = (contexts: TextContext[]): string[] => contexts.map((c) => c.text.trim());
const all = (): string => texts(collectContexts(document)).join('\n');

describe('contexts of a news page', () => {
  beforeEach(loadNewsPage);

  test('read the article text, joined across inline tags, with whitespace collapsed like CSS does', () => {
    const contexts = texts(collectContexts(document));
    expect(contexts).toContain(
      'An Azerbaijan Airlines jet flying from Baku to Grozny came down near the city of Aktau on Wednesday, ' +
        'officials said. Flight J2-8243 was carrying 67 people.',
    );
    expect(contexts).toContain('Rescue teams at the site outside Aktau, Kazakhstan. Photo: agency');
    expect(contexts).toContain('Azerbaijan sent its own investigators to Aktau.');
    expect(contexts).toContain('“We saw it come down,” a fisherman in Aktau told reporters.');
  });

  test('never join text across a block boundary or a line break', () => {
    const contexts = texts(collectContexts(document));
    // <br> ends a run: the two sentences are separate contexts.
    expect(contexts).toContain('Officials in Baku declared a day of mourning.');
    expect(contexts).toContain('Flight 8243 had left Baku in the morning.');
    // Table cells, list items, headings and nav items are each their own context.
    expect(contexts).toEqual(expect.arrayContaining(['Departure', 'Baku', 'Destination', 'Grozny', 'Home', 'World']));
    // A block inside an inline link splits the surrounding text rather than joining it.
    expect(contexts).toEqual(expect.arrayContaining(['Also read:', 'What we know about Baku flights', 'today']));
    for (const text of contexts) expect(text).not.toMatch(/Baku Destination|mourning\. Flight|Grozny Departure/);
  });

  test('skip code, forms, editors, scripts, svg, templates and our own UI', () => {
    const ours = document.createElement('sourcelight-card-host');
    ours.textContent = 'Aktau in our own card';
    // Inside the body, where the walk goes (the real host sits on <html>, outside it).
    document.body.append(ours);
    claimAsOwnUi(ours);
    const text = all();
    for (const unread of [
      'aktau-feed', // <code>
      'GET /flights', // <pre>
      'My thoughts', // <textarea>
      'Post about', // <button>
      'Aktau live updates', // <button> in the header
      'Draft about', // contenteditable
      'Enable scripts', // <noscript>
      'in a template', // <template>
      'pageSaw', // <script> in head
      'document.title', // <script> in body
      'Aktau Ledger', // <svg><title>
      'our own card', // the card's host, known by identity
      'The Caspian Ledger', // <title>
      '.collapsed', // <style>
    ]) {
      expect(text).not.toContain(unread);
    }
    // What is left: the headline, the caption, the lead, the quote, the list item and the ticker. The input's
    // value and the option's text are not read either.
    expect(text.match(/Aktau/g)).toHaveLength(6);
  });

  test('read a page\'s own elements whatever tag or attribute they carry: our UI is known by identity alone', () => {
    const text = all();
    expect(text).toContain('Kazakhstan in a page element named like ours');
    expect(text).toContain('Kazakhstan in a page element carrying our old attribute');
  });

  test('skip what is hidden from the eye, but read what is only hidden from assistive technology', () => {
    const text = all();
    expect(text).not.toContain('hidden by a class'); // display: none from a stylesheet
    expect(text).not.toContain('hidden by the attribute'); // hidden attribute
    expect(text).not.toContain('invisible'); // visibility: hidden
    // A skipped element ends the run of text around it (see elements.ts): no mention spans a hidden element.
    expect(texts(collectContexts(document))).toEqual(expect.arrayContaining(['Visible text', 'around it.']));
    expect(text).toContain('Ticker: Aktau latest'); // aria-hidden="true" is still on screen
  });

  test('ask the injected hidden check once per element, never per text node', () => {
    const asked: Element[] = [];
    collectContexts(document, { isHidden: (el) => (asked.push(el), false) });
    expect(new Set(asked).size).toBe(asked.length);
    // With a check that hides nothing, the class-hidden text is read: the check decides, not the walker.
    expect(texts(collectContexts(document, { isHidden: neverHidden }))).toContain('Aktau hidden by a class');
  });

  test('map every context character back to the exact character of its text node', () => {
    for (const context of collectContexts(document)) {
      for (let i = 0; i < context.text.length; i++) {
        const point = pointAt(context, i, 'start');
        expect(point).not.toBeNull();
        const original = point!.node.data[point!.offset] as string;
        const shown = context.text[i] as string;
        if (shown === ' ') expect(original).toMatch(/\s/);
        else expect(original).toBe(shown);
      }
    }
  });

  test('give each context the block its text belongs to', () => {
    const contexts = collectContexts(document);
    const lead = contexts.find((c) => c.text.startsWith('An Azerbaijan'))!;
    expect(lead.block.localName).toBe('p');
    const caption = contexts.find((c) => c.text.startsWith('Rescue teams'))!;
    expect(caption.block.localName).toBe('figcaption');
  });
});

describe('contexts of a small paragraph', () => {
  test('shallow reads only the block’s own text; nestedOnly only the blocks inside', () => {
    document.body.innerHTML = '<div id="d">Before <p>Inside Baku</p> after <span>and <p>deeper</p></span></div>';
    const div = document.getElementById('d')!;
    expect(texts(collectContexts(div, { shallow: true, isHidden: neverHidden }))).toEqual(['Before', 'after and']);
    const span = div.querySelector('span')!;
    expect(texts(collectContexts(span, { nestedOnly: true, isHidden: neverHidden }))).toEqual(['deeper']);
  });

  test('drop leading whitespace and keep one space across text nodes', () => {
    document.body.innerHTML = '<p>\n   Flight\n   <em>  J2 </em>\t 8243  </p>';
    const [context] = collectContexts(document.body, { isHidden: neverHidden });
    expect(context!.text).toBe('Flight J2 8243 ');
  });
});
