// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Card } from '../../../lib/ui/Card';
import { readerTarget } from '../../../lib/reader-url';
import { EXTENSION_ORIGIN } from './support/fake-extension';
import { renderPopup, unmountAndStop, wait } from './support/render-popup';

afterEach(unmountAndStop);


function activeOption(field: HTMLInputElement): HTMLElement | null {
  const id = field.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
}

async function search(field: HTMLInputElement, query: string) {
  fireEvent.input(field, { target: { value: query } });
  return screen.findByRole('listbox', { name: 'Results' }, wait);
}

describe('the keyboard in the result list', () => {
  test('arrows move the active option while focus stays in the field; both ends wrap', async () => {
    const { field } = await renderPopup();
    const list = await search(field, 'putin');
    const options = within(list).getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    expect(field.getAttribute('aria-activedescendant')).toBeNull();

    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(activeOption(field)).toBe(options[0]);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(activeOption(field)).toBe(options[1]);
    expect(options[0]!.getAttribute('aria-selected')).toBe('false');
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    expect(activeOption(field)).toBe(options.at(-1));
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(activeOption(field)).toBe(options[0]);
    expect(document.activeElement).toBe(field);
  });

  test('Enter opens the entity\'s card: the very Card a page shows, with a way back', async () => {
    const { fake, field } = await renderPopup();
    await search(field, 'aktaw');
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'Enter' });

    const card = await screen.findByRole('article', { name: 'Aktau' }, wait);
    expect(fake.callsOf('getCards')).toEqual([{ entities: ['aktau'] }]);
    // The same component over the same data renders the same thing.
    const [data] = await fake.handlers.getCards({ entities: ['aktau'] });
    const reference = render(<Card card={data!} variant="inline" claimHref={fake.api.readerHref} />);
    const withoutIds = (html: string) => html.replace(/(?:id|aria-labelledby|aria-controls)="[^"]*"/g, '');
    expect(withoutIds(card.outerHTML)).toBe(withoutIds(reference.container.firstElementChild!.outerHTML));
    reference.unmount();
    expect(card.querySelector('.sl-coverage')!.textContent).toMatch(/^4 of 5 sources · not in: /);
    expect(field.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(screen.getByRole('button', { name: 'Back to results' }));
    expect(screen.queryByRole('article', { name: 'Aktau' })).toBeNull();
    expect(screen.getByRole('listbox', { name: 'Results' })).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });

  test('every claim in the opened card, summary and "All", links to the source reader at its sentence, in a new tab', async () => {
    const { fake, field } = await renderPopup();
    await search(field, 'aktau');
    fireEvent.keyDown(field, { key: 'Enter' });
    const card = await screen.findByRole('article', { name: 'Aktau' }, wait);
    const [data] = await fake.handlers.getCards({ entities: ['aktau'] });
    const lines = Array.from(card.querySelectorAll('a.sl-clause'));
    expect(lines.map((a) => a.getAttribute('href'))).toEqual(data!.summary.lines.map((l) => fake.api.readerHref(l.source, l.claim.index)));
    fireEvent.click(within(card).getByRole('button', { name: `All ${data!.claimCount} claims` }));
    const quotes = card.querySelectorAll('blockquote a');
    const claims = data!.sources.flatMap((s) => s.claims.map((c) => ({ source: s.source.id, index: c.index })));
    expect(quotes).toHaveLength(claims.length);
    quotes.forEach((link, i) => {
      const href = link.getAttribute('href')!;
      expect(href.startsWith(`${EXTENSION_ORIGIN}/reader.html?`)).toBe(true);
      const url = new URL(href);
      expect(readerTarget(url.search, url.hash)).toEqual({ sourceId: claims[i]!.source, claimIndex: claims[i]!.index });
      expect(link.getAttribute('target')).toBe('_blank');
    });
  });

  test('Enter on a sentence opens the source reader at that sentence', async () => {
    const { fake, field } = await renderPopup();
    const list = await search(field, 'emergancy landing');
    const sentences = within(list).getByRole('group', { name: 'What sources said' });
    const target = within(sentences).getAllByRole('option')[0]!;
    while (activeOption(field) !== target) fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect(fake.openedTabs).toHaveLength(1));
    const url = new URL(fake.openedTabs[0]!);
    const { sourceId, claimIndex } = readerTarget(url.search, url.hash);
    const doc = await fake.handlers.getSource({ id: sourceId });
    expect(doc.claims.find((c) => c.index === claimIndex)?.text).toMatch(/emergency landing/i);
  });

  test('a click opens a result as Enter does', async () => {
    const { field } = await renderPopup();
    const list = await search(field, 'zelenski');
    fireEvent.click(within(list).getAllByRole('option')[0]!);
    expect(await screen.findByRole('article', { name: 'Volodymyr Zelensky' }, wait)).toBeTruthy();
  });

  test('typing again leaves the card for fresh results', async () => {
    const { field } = await renderPopup();
    await search(field, 'aktau');
    fireEvent.keyDown(field, { key: 'Enter' });
    await screen.findByRole('article', { name: 'Aktau' }, wait);
    fireEvent.input(field, { target: { value: 'baku' } });
    expect(screen.queryByRole('article')).toBeNull();
    await waitFor(() => {
      const list = screen.getByRole('listbox', { name: 'Results' });
      expect(within(list).getAllByRole('option')[0]!.textContent).toContain('Baku');
    }, wait);
  });
});
