// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Card } from '../../lib/ui/Card';
import { realCard, realFactBase } from './support/real-card';

afterEach(cleanup);

const fb = realFactBase();
const aktau = realCard('aktau');
const labelOf = (id: string): string => fb.sources.find((s) => s.id === id)!.label;

describe('a card for Aktau from the five real articles', () => {
  test('is a non-modal dialog named by the entity, with its kind and one-line description', () => {
    render(<Card card={aktau} />);
    const dialog = screen.getByRole('dialog', { name: 'Aktau' });
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(within(dialog).getByText('Place')).toBeTruthy();
    const description = document.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(description.textContent).toBe(aktau.entity.description);
    expect(description.textContent).toContain('Caspian');
  });

  test('says how many sources mention it and which trusted source does not', () => {
    render(<Card card={aktau} />);
    expect(screen.getByText('Mentioned by 4 of 5 sources')).toBeTruthy();
    const silent = aktau.notMentioning.map((s) => s.label);
    expect(silent).toHaveLength(1);
    expect(screen.getByText(`Not mentioned by: ${silent[0]}`)).toBeTruthy();
    expect(screen.queryByText(/untrusted/)).toBeNull();
  });

  test('names each mentioning source, with its date where the text gives one', () => {
    const { container } = render(<Card card={aktau} />);
    const names = Array.from(container.querySelectorAll('.sl-source-name cite')).map((c) => c.textContent);
    expect(names).toEqual(aktau.mentionedBy.map(labelOf));
    const dated = aktau.sources.filter((s) => s.source.published);
    expect(dated.length).toBeGreaterThan(0);
    const times = Array.from(container.querySelectorAll('.sl-source-name time'));
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(dated.map((s) => s.source.published));
    expect(times[0]!.textContent).toMatch(/2024/);
  });

  test('quotes every sentence verbatim with the mention highlighted', () => {
    const { container } = render(<Card card={aktau} />);
    const quotes = Array.from(container.querySelectorAll('blockquote'));
    const claims = aktau.sources.flatMap((s) => s.claims);
    expect(quotes.map((q) => q.textContent)).toEqual(claims.map((c) => c.text));
    quotes.forEach((quote, i) => {
      const marked = Array.from(quote.querySelectorAll('mark')).map((m) => m.textContent);
      expect(marked.length, claims[i]!.text).toBeGreaterThan(0);
      for (const text of marked) expect(text).toMatch(/^(Aktau|Aqtau)$/i);
    });
  });

  test('links each quote to the source reader at its sentence when given quoteHref', () => {
    const quoteHref = (source: string, index: number) => `chrome-extension://x/reader.html?source=${source}#claim-${index}`;
    const onOpenQuote = vi.fn();
    const { container } = render(<Card card={aktau} quoteHref={quoteHref} onOpenQuote={onOpenQuote} />);
    const links = Array.from(container.querySelectorAll('blockquote a'));
    const claims = aktau.sources.flatMap((s) => s.claims.map((c) => ({ source: s.source.id, index: c.index })));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(claims.map((c) => quoteHref(c.source, c.index)));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    links[1]!.dispatchEvent(click);
    expect(onOpenQuote).toHaveBeenCalledWith(claims[1]!.source, claims[1]!.index);
    expect(click.defaultPrevented).toBe(true);
  });

  test('quotes are plain text without quoteHref', () => {
    const { container } = render(<Card card={aktau} />);
    expect(container.querySelectorAll('a')).toHaveLength(0);
  });

  test('offers close and turn-off buttons only when given, as real buttons a keyboard reaches', () => {
    const onClose = vi.fn();
    const onTurnOffSite = vi.fn();
    const { rerender } = render(<Card card={aktau} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    rerender(<Card card={aktau} onClose={onClose} onTurnOffSite={onTurnOffSite} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Turn off Sourcelight on this site' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onTurnOffSite).toHaveBeenCalledOnce();
    for (const button of screen.getAllByRole('button')) expect(button.tagName).toBe('BUTTON');
  });

  test('has a scrolling body a keyboard can focus', () => {
    render(<Card card={aktau} />);
    const body = screen.getByRole('region', { name: 'What the sources say' });
    expect(body.getAttribute('tabindex')).toBe('0');
  });

  test('renders as an article, not a dialog, inside the popup', () => {
    render(<Card card={aktau} variant="inline" />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('article', { name: 'Aktau' })).toBeTruthy();
  });
});

describe('a card for the death toll', () => {
  const toll = realCard('death_toll');

  test('gives each trusted source\'s number under the figure', () => {
    const { container } = render(<Card card={toll} />);
    const killed = screen.getByRole('region', { name: /^Killed/ });
    const rows = Array.from(killed.querySelectorAll('li')).map((li) => li.textContent);
    const expected = toll.figures[0]!.bySource.map((v) => `${v.atLeast ? 'at least ' : ''}${v.value} ${labelOf(v.source)}`);
    expect(rows).toEqual(expected);
    // Four sources give the toll, each once: two say 38, two "at least 38" (Latin Times and the Reuters-based one).
    expect(rows.filter((r) => r!.startsWith('38 '))).toHaveLength(2);
    expect(rows.filter((r) => r!.startsWith('at least 38 '))).toHaveLength(2);
    expect(container.querySelectorAll('.sl-figure')).toHaveLength(toll.figures.length);
  });
});
