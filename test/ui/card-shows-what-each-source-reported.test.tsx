// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { shortSourceName } from '../../lib/cards/source-name';
import { Card } from '../../lib/ui/Card';
import { COVERAGE_NAME_CHARS } from '../../lib/ui/card-text';
import { realCard, realFactBase } from './support/real-card';

afterEach(cleanup);

const fb = realFactBase();
const aktau = realCard('aktau');
const refOf = (id: string) => fb.sources.find((s) => s.id === id)!;
const claimText = (id: string) => fb.claims.find((c) => c.id === id)!.text;

describe('a card for Aktau from the five real articles', () => {
  test('is a non-modal dialog named by the entity, with its kind and one-line description', () => {
    render(<Card card={aktau} />);
    const dialog = screen.getByRole('dialog', { name: 'Aktau' });
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(within(dialog).getByText('Place')).toBeTruthy();
    const description = document.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(description.textContent).toBe(aktau.entity.description);
  });

  test('says in one line how many sources mention it and which trusted source does not', () => {
    const { container } = render(<Card card={aktau} />);
    expect(aktau.notMentioning).toHaveLength(1);
    expect(container.querySelector('.sl-coverage')!.textContent).toBe(`4 of 5 sources · not in: ${shortSourceName(aktau.notMentioning[0]!, COVERAGE_NAME_CHARS)}`);
    expect(screen.queryByText(/untrusted/)).toBeNull();
  });

  test('opens to one line per group of sources, each the source\'s own words with the mention marked', () => {
    const { container } = render(<Card card={aktau} />);
    const lines = Array.from(container.querySelectorAll('.sl-line'));
    expect(lines).toHaveLength(aktau.summary.lines.length);
    aktau.summary.lines.forEach((line, i) => {
      const shown = lines[i]!;
      expect(shown.querySelector('cite')!.textContent).toContain(shortSourceName(refOf(line.source)));
      const clause = shown.querySelector('.sl-clause')!.textContent!;
      // The clause between its quote marks and ellipses is a slice of the source's sentence.
      const words = clause.replace(/^[“…]+|[”…]+$/g, '');
      expect(claimText(line.claim.id)).toContain(words);
      for (const m of shown.querySelectorAll('mark')) expect(m.textContent).toMatch(/^(Aktau|Aqtau)$/i);
      expect(shown.querySelector('.sl-stance')!.textContent).toMatch(/^(states|reports|suspects|denies)/);
    });
  });

  test('says on whose word a line rests', () => {
    const { container } = render(<Card card={aktau} />);
    expect(container.textContent).toContain("per Azerbaijan's presidential office");
  });

  test('each line links to the source reader at its sentence', () => {
    const claimHref = (source: string, index: number) => `chrome-extension://x/reader.html?source=${source}#claim-${index}`;
    const onOpenClaim = vi.fn();
    const { container } = render(<Card card={aktau} claimHref={claimHref} onOpenClaim={onOpenClaim} />);
    const links = Array.from(container.querySelectorAll('a.sl-clause'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(aktau.summary.lines.map((l) => claimHref(l.source, l.claim.index)));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    links[0]!.dispatchEvent(click);
    expect(onOpenClaim).toHaveBeenCalledWith(aktau.summary.lines[0]!.source, aktau.summary.lines[0]!.claim.index);
    expect(click.defaultPrevented).toBe(true);
  });

  test('"All 5 claims" expands in place: every sentence verbatim, each one click from the reader', () => {
    const claimHref = (source: string, index: number) => `reader.html?source=${source}#claim-${index}`;
    const { container } = render(<Card card={aktau} claimHref={claimHref} />);
    const all = screen.getByRole('button', { name: `All ${aktau.claimCount} claims` });
    expect(all.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(all);
    expect(all.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(all.getAttribute('aria-controls')!)).toBeTruthy();
    const quotes = Array.from(container.querySelectorAll('blockquote'));
    const claims = aktau.sources.flatMap((s) => s.claims.map((c) => ({ ...c, source: s.source.id })));
    expect(quotes.map((q) => q.textContent)).toEqual(claims.map((c) => c.text));
    expect(quotes.map((q) => q.querySelector('a')!.getAttribute('href'))).toEqual(claims.map((c) => claimHref(c.source, c.index)));
    // Only the expanded card scrolls, and a keyboard can focus what scrolls.
    expect(screen.getByRole('region', { name: 'Every claim' }).getAttribute('tabindex')).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Summary' }));
    expect(container.querySelectorAll('blockquote')).toHaveLength(0);
  });

  test('lines are plain text without claimHref', () => {
    const { container } = render(<Card card={aktau} />);
    expect(container.querySelectorAll('a')).toHaveLength(0);
  });

  test('close, "Not this" and turn-off buttons only when given, as real buttons a keyboard reaches', () => {
    const onClose = vi.fn();
    const onNotThis = vi.fn();
    const onTurnOffSite = vi.fn();
    const { rerender } = render(<Card card={aktau} />);
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual([`All ${aktau.claimCount} claims`]);
    rerender(<Card card={aktau} onClose={onClose} onNotThis={onNotThis} onTurnOffSite={onTurnOffSite} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not this' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onNotThis).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    expect(onTurnOffSite).toHaveBeenCalledOnce();
    for (const button of screen.getAllByRole('button')) expect(button.tagName).toBe('BUTTON');
  });

  test('renders as an article, not a dialog, inside the popup', () => {
    render(<Card card={aktau} variant="inline" />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('article', { name: 'Aktau' })).toBeTruthy();
  });

  test('takes the page\'s palette from its theme prop', () => {
    const { container, rerender } = render(<Card card={aktau} />);
    expect(container.querySelector('.sl-card')!.classList.contains('sl-dark')).toBe(false);
    rerender(<Card card={aktau} theme="dark" />);
    expect(container.querySelector('.sl-card')!.classList.contains('sl-dark')).toBe(true);
  });
});

describe('sources alike', () => {
  test('share one line, "+3 sources alike", naming them for a screen reader', () => {
    const toll = realCard('death_toll');
    const { container } = render(<Card card={toll} />);
    const alike = container.querySelector('.sl-alike')!;
    expect(alike.textContent).toMatch(/^ · \+3 sources alike: /);
    for (const id of toll.summary.lines[0]!.alike) expect(alike.textContent).toContain(shortSourceName(refOf(id)));
  });
});

describe('links to the original article', () => {
  test('where a source has an address, its lines link to the sentence there with a text fragment, beside the reader', () => {
    const url = 'https://news.example/crash';
    const withUrl = { ...aktau, sources: aktau.sources.map((s) => ({ ...s, source: { ...s.source, url } })) };
    const { container } = render(<Card card={withUrl} claimHref={() => 'reader'} />);
    const originals = Array.from(container.querySelectorAll('.sl-line a.sl-original'));
    expect(originals).toHaveLength(aktau.summary.lines.length);
    aktau.summary.lines.forEach((line, i) => {
      const fragment = aktau.sources.flatMap((s) => s.claims).find((c) => c.id === line.claim.id)!.fragment;
      expect(originals[i]!.getAttribute('href')).toBe(`${url}#:~:${fragment}`);
      expect(fragment).toMatch(/^text=/);
    });
  });

  test('without an address there is no such link', () => {
    const { container } = render(<Card card={aktau} claimHref={() => 'reader'} />);
    expect(container.querySelectorAll('a.sl-original')).toHaveLength(0);
  });
});
