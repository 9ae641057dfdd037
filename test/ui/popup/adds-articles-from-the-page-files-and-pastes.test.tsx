// @vitest-environment happy-dom
/**
 * The Sources tab adds articles: "Add this page" and pasted text are previewed (headline, outlet, date, first
 * lines, entities, story) and added only on "Add"; the file input labelled "Add articles" takes several files and
 * says what became of each; a source is removed or hidden from its details and shown again; sources are grouped by
 * story once there are several.
 */
import { Readability } from '@mozilla/readability';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { HtmlReader } from '../../../lib/adding/files';
import { crash } from '../../facts/fixtures/stories';
import articlePage from '../../adding/fixtures/article-page.html?raw';
import { fakeExtension, type FakeExtensionOptions } from './support/fake-extension';
import { TEST_POLL_MS, unmountAndStop, wait } from './support/render-popup';
import { render } from '@testing-library/preact';
import { App } from '../../../lib/ui/popup/App';
import { dateText } from '../../../lib/ui/card-text';

afterEach(unmountAndStop);

const html: HtmlReader = { parse: (text) => new DOMParser().parseFromString(text, 'text/html'), Readability };

async function sourcesTab(options: FakeExtensionOptions = {}) {
  const fake = fakeExtension(options);
  render(<App api={fake.api} pollMs={TEST_POLL_MS} html={html} />);
  await screen.findByRole('listbox', { name: 'Entities by how many sources mention them' }, wait);
  fireEvent.click(screen.getByRole('tab', { name: /^Sources/ }));
  await screen.findByRole('switch', { name: (await fake.api.ask('getSources'))[0]!.label }, wait);
  return fake;
}

describe('adding articles in the popup', () => {
  test('"Add this page" previews the page’s article, and adds it only on "Add"', async () => {
    const fake = await sourcesTab({
      page: { document: () => new DOMParser().parseFromString(articlePage, 'text/html'), url: 'https://courier.example/world/harbourline-eastmere' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add this page' }));
    const preview = await screen.findByRole('region', { name: 'Preview of the article' }, wait);
    expect(within(preview).getByRole('heading').textContent).toBe('Harbourline jet skids off runway at Eastmere');
    expect(preview.textContent).toContain(`The Coastal Courier · ${dateText('2025-03-04')}`);
    expect(preview.textContent).toMatch(/Found \d+ entities: .*Dana Whitlock/);
    expect(preview.textContent).toMatch(/Starts a new story/);
    expect(fake.callsOf('addSource')).toEqual([]);

    fireEvent.click(within(preview).getByRole('button', { name: 'Add' }));
    await screen.findByText('Added “The Coastal Courier”.', undefined, wait);
    await screen.findByRole('switch', { name: 'The Coastal Courier' }, wait);
    // Two stories now: the list is grouped, each group named.
    expect(screen.getAllByRole('list', { name: /^Sources of / })).toHaveLength(2);
  }, 30_000);

  test('a page that is not an article is said so, and nothing is sent', async () => {
    const fake = await sourcesTab({
      page: { document: () => new DOMParser().parseFromString('<html><body><nav>Home</nav></body></html>', 'text/html'), url: 'https://courier.example/' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add this page' }));
    expect((await screen.findByRole('alert', undefined, wait)).textContent).toMatch(/found no article on this page/);
    expect(fake.callsOf('previewSource')).toEqual([]);
  }, 30_000);

  test('the file input labelled "Add articles" adds several files and refuses the bad ones by name', async () => {
    const fake = await sourcesTab();
    const input = screen.getByLabelText('Add articles') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);
    const files = [
      new File([crash[0]!.text], 'eastmere.txt', { type: 'text/plain' }),
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xc3, 0x28])], 'photo.txt'),
      new File([crash[0]!.text], 'eastmere-again.txt', { type: 'text/plain' }),
    ];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    fireEvent.change(input);
    const list = await screen.findByRole('list', { name: 'Files added' }, wait);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3), wait);
    const lines = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines[0]).toMatch(/^“eastmere.txt” added as “Harbourline jet crashes on landing at Eastmere”/);
    expect(lines[1]).toMatch(/^“photo.txt” is not valid UTF-8 text/);
    expect(lines[2]).toMatch(/^“eastmere-again.txt” was not added: “Harbourline jet crashes on landing at Eastmere” is already among your sources/);
    expect(fake.callsOf('addSource')).toHaveLength(2);
  }, 30_000);

  test('a chosen file that can no longer be read is named, the others are added, and the popup is not left busy', async () => {
    const fake = await sourcesTab();
    const input = screen.getByLabelText('Add articles') as HTMLInputElement;
    // A file deleted after it was chosen: the browser refuses its bytes.
    const gone = new File(['x'], 'moved.txt', { type: 'text/plain' });
    Object.defineProperty(gone, 'arrayBuffer', { value: () => Promise.reject(new DOMException('The file was moved.', 'NotReadableError')) });
    const files = [gone, new File([crash[0]!.text], 'eastmere.txt', { type: 'text/plain' })];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    fireEvent.change(input);
    const list = await screen.findByRole('list', { name: 'Files added' }, wait);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2), wait);
    const lines = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines[0]).toBe('“moved.txt” could not be read: The file was moved.');
    expect(lines[1]).toMatch(/^“eastmere.txt” added as /);
    expect(fake.callsOf('addSource')).toHaveLength(1);
    expect(screen.queryByText(/^Adding \d+ of \d+/)).toBeNull();
  }, 30_000);

  test('pasted text is previewed and added', async () => {
    await sourcesTab();
    fireEvent.input(screen.getByLabelText('Or paste an article’s text'), { target: { value: crash[1]!.text } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Preview of the article' }, wait);
    fireEvent.click(within(preview).getByRole('button', { name: 'Add' }));
    await screen.findByText(/^Added “/, undefined, wait);
  }, 30_000);

  test('a bundled source is hidden from its details and shown again', async () => {
    const fake = await sourcesTab();
    const first = (await fake.api.ask('getSources'))[0]!;
    fireEvent.click(screen.getByRole('button', { name: `Details of ${first.label}` }));
    fireEvent.click(await screen.findByRole('button', { name: 'Hide this source' }));
    const show = await screen.findByRole('button', { name: `Show ${first.publisher ?? first.label} again` }, wait);
    await waitFor(() => expect(screen.queryByRole('switch', { name: first.label })).toBeNull(), wait);
    fireEvent.click(show);
    await screen.findByRole('switch', { name: first.label }, wait);
  }, 30_000);
});
