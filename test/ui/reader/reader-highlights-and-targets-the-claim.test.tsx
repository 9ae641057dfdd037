// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Reader } from '../../../lib/ui/reader/Reader';
import { realFactBase } from '../../support/store';
import { fakeExtension, type FakeExtension } from '../popup/support/fake-extension';
import { READY_TIMEOUT_MS, TEST_POLL_MS } from '../popup/support/render-popup';

let fake: FakeExtension | undefined;
let scrolled: Element[] = [];
beforeEach(() => {
  scrolled = [];
  vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
    scrolled.push(this);
  });
});
afterEach(() => {
  cleanup();
  fake?.stop();
  vi.restoreAllMocks();
});

const wait = { timeout: READY_TIMEOUT_MS };
const fb = realFactBase();
/** A source with a headline that is not cut short, so its name is the headline as given. */
const source = fb.sources.find((s) => s.title && !s.title.endsWith(' in'))!;
const claims = fb.claims.filter((c) => c.source === source.id);
const target = claims[Math.floor(claims.length / 2)]!;

function show(sourceId: string | null, claimIndex: number | null, f = fakeExtension()) {
  fake = f;
  return render(<Reader api={f.api} sourceId={sourceId} claimIndex={claimIndex} pollMs={TEST_POLL_MS} />);
}

describe('the source reader', () => {
  test('shows the whole source with every claim marked (underlined under the pointer), verbatim', async () => {
    const { container } = show(source.id, null);
    const article = await screen.findByRole('article', { name: source.title! }, wait);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(source.title);
    const paragraphs = Array.from(article.querySelectorAll('p'), (p) => p.textContent);
    expect(paragraphs.join('\n\n')).toBe(source.text.trim().replace(/\n[ \t]*\n\s*/g, '\n\n'));
    const marks = Array.from(article.querySelectorAll('mark[id^="claim-"]'));
    expect(marks.map((m) => m.id)).toEqual(claims.map((c) => `claim-${c.index}`));
    for (const claim of claims) {
      expect(container.querySelector(`#claim-${claim.index}`)!.textContent).toBe(claim.text);
    }
    expect(article.querySelector('[aria-current]')).toBeNull();
    await waitFor(() => expect(document.title).toBe(`${source.title} · Sourcelight`));
  });

  test('opened at a sentence: scrolls it into view, marks it as the current one and moves focus there', async () => {
    show(source.id, target.index);
    const article = await screen.findByRole('article', {}, wait);
    const current = article.querySelector<HTMLElement>(`#claim-${target.index}`)!;
    await waitFor(() => expect(scrolled).toContain(current));
    expect(current.getAttribute('aria-current')).toBe('location');
    expect(current.classList.contains('claim-current')).toBe(true);
    expect(article.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(article.querySelectorAll('.claim-current')).toHaveLength(1);
    expect(document.activeElement).toBe(current);
  });

  test('following another quote of the same source moves the mark without reloading the text', async () => {
    const { rerender } = show(source.id, claims[0]!.index);
    const article = await screen.findByRole('article', {}, wait);
    const other = claims.at(-1)!;
    rerender(<Reader api={fake!.api} sourceId={source.id} claimIndex={other.index} pollMs={TEST_POLL_MS} />);
    await waitFor(() => expect(article.querySelector('[aria-current]')?.id).toBe(`claim-${other.index}`));
    expect(fake!.callsOf('getSource')).toEqual([{ id: source.id }]);
  });

  test('text that looks like markup is shown as text, never parsed', async () => {
    const text = [
      'Notes from the Aktau airfield',
      'Rescuers at Aktau said <img src=x onerror="window.__pwned=1"> was written on a sign near the runway.',
      'Officials in Baku gave no further <b>details</b> on Thursday.',
    ].join('\n\n');
    show('fixture-markup', null, fakeExtension({ extraArticles: [{ id: 'fixture-markup', text, origin: 'fixture' }] }));
    const article = await screen.findByRole('article', {}, wait);
    expect(article.querySelector('img, b')).toBeNull();
    expect(article.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(article.textContent).toContain('<b>details</b>');
    expect(article.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  test('an unknown source and a missing one say what went wrong', async () => {
    show('no-such-source', 2);
    expect((await screen.findByRole('alert', {}, wait)).textContent).toContain('no-such-source');
    cleanup();
    fake?.stop();
    show(null, null);
    expect(screen.getByRole('alert').textContent).toContain('No source was named');
  });

  test('names the source as cards do: an untitled one by its label, a cut headline with an ellipsis', async () => {
    const untitled = fb.sources.find((s) => !s.title && !s.publisher)!;
    show(untitled.id, null);
    await screen.findByRole('article', {}, wait);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(untitled.label);
    cleanup();
    fake?.stop();
    const cut = fb.sources.find((s) => s.title?.endsWith(' in'))!;
    show(cut.id, null);
    await screen.findByRole('article', {}, wait);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(`${cut.title}\u2026`);
  });

  test('links to the original at the followed sentence where the source\'s address is known, and not otherwise', async () => {
    const url = 'https://news.example/airliner';
    const text = 'Airliner lands safely\n\nThe airliner landed at Aktau on Friday after a bird strike. Nobody was hurt.';
    const f = fakeExtension({ extraArticles: [{ id: 'zz_with_url', text, origin: url }] });
    const doc = await f.handlers.getSource({ id: 'zz_with_url' });
    const claim = doc.claims.find((c) => c.text.includes('Aktau'))!;
    show('zz_with_url', claim.index, f);
    const link = await screen.findByRole('link', { name: /Read this sentence on the original page/ }, wait);
    expect(link.getAttribute('href')).toBe(`${url}#:~:text=The%20airliner%20landed%20at,after%20a%20bird%20strike`);
    cleanup();
    f.stop();
    show(source.id, target.index);
    await screen.findByRole('article', {}, wait);
    expect(screen.queryByRole('link', { name: /original page/ })).toBeNull();
  });

  test('a distrusted source says so: its quotes are left out of cards', async () => {
    const f = fakeExtension();
    await f.handlers.setTrust({ source: source.id, trusted: false });
    show(source.id, null, f);
    expect((await screen.findByRole('note', {}, wait)).textContent).toContain('You do not trust this source');
  });
});
