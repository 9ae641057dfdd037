// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { shortSourceName } from '../../../lib/cards/source-name';
import { READY_TIMEOUT_MS, renderPopup, unmountAndStop } from './support/render-popup';

afterEach(unmountAndStop);

async function typeAndWait(field: HTMLInputElement, text: string) {
  fireEvent.input(field, { target: { value: text } });
  return screen.findByRole('listbox', { name: 'Results' }, { timeout: READY_TIMEOUT_MS });
}

describe('searching as you type', () => {
  test('the search field has focus as soon as the popup opens', async () => {
    const rendered = await renderPopup();
    expect(document.activeElement).toBe(rendered.field);
  });

  test.each([
    ['aktaw', 'Aktau'],
    ['zelenski', 'Volodymyr Zelensky'],
    ['kremlin statment', 'The Kremlin statement'],
  ])('"%s" finds %s first, despite the typo', async (query, name) => {
    const { fake, field } = await renderPopup();
    const list = await typeAndWait(field, query);
    const entities = within(list).getByRole('group', { name: 'Entities' });
    const first = within(entities).getAllByRole('option')[0]!;
    expect(first.querySelector('.option-name')?.textContent).toBe(name);
    expect(fake.callsOf('search')).toContainEqual({ query });
  });

  test('sentences sources wrote are found too, each naming its source', async () => {
    const { fake, field } = await renderPopup();
    const list = await typeAndWait(field, 'emergancy landing');
    const sentences = within(list).getByRole('group', { name: 'What sources said' });
    const [first] = within(sentences).getAllByRole('option');
    expect(first!.textContent).toMatch(/emergency landing/i);
    const names = (await fake.handlers.getSources(undefined)).map((s) => shortSourceName(s));
    expect(names.some((name) => first!.textContent!.includes(name))).toBe(true);
  });

  test('a query nothing matches says so, with the query', async () => {
    const rendered = await renderPopup();
    fireEvent.input(rendered.field, { target: { value: 'qxzvy' } });
    expect(await screen.findByText('No results for “qxzvy”.', {}, { timeout: READY_TIMEOUT_MS })).toBeTruthy();
    expect(rendered.field.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status', { hidden: false, name: '' }).textContent).toBe('No results for qxzvy');
  });

  test('typing quickly sends one search for the pause, not one per keystroke', async () => {
    const { fake, field } = await renderPopup();
    const before = fake.callsOf('search').length;
    for (const prefix of ['a', 'ak', 'akt', 'akta', 'aktaw']) fireEvent.input(field, { target: { value: prefix } });
    await typeAndWait(field, 'aktaw');
    expect(fake.callsOf('search').slice(before)).toEqual([{ query: 'aktaw' }]);
  });
});

describe('answers, not only names', () => {
  test('"38" answers with the death toll\'s value and verdict, and choosing it opens the card', async () => {
    const rendered = await renderPopup();
    const list = await typeAndWait(rendered.field, '38');
    const figures = within(list).getByRole('group', { name: 'Figures' });
    const [answer] = within(figures).getAllByRole('option');
    expect(answer!.textContent).toBe('Killed38 · 4 sources agree (2 say “at least”)The death toll');
    fireEvent.click(answer!);
    expect(await screen.findByRole('article', { name: 'The death toll' }, { timeout: READY_TIMEOUT_MS })).toBeTruthy();
  });

  test('with no source trusted, search says so instead of listing nothing', async () => {
    const { fake, field } = await renderPopup();
    for (const source of await fake.handlers.getSources(undefined)) await fake.handlers.setTrust({ source: source.id, trusted: false });
    fireEvent.input(field, { target: { value: 'aktau' } });
    expect(await screen.findByText(/You trust no source, so there is nothing to search/, {}, { timeout: READY_TIMEOUT_MS })).toBeTruthy();
  });
});
