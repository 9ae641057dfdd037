// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { shortSourceName } from '../../lib/cards/source-name';
import { Card } from '../../lib/ui/Card';
import { COVERAGE_NAME_CHARS } from '../../lib/ui/card-text';
import { distrustAll, realCard } from './support/real-card';

afterEach(cleanup);

const aktau = realCard('aktau');
const [first, second] = aktau.mentionedBy as [string, string];

describe('what trust hides', () => {
  test('distrusting two sources that mention Aktau: counted as hidden, and nothing of theirs shown', () => {
    const card = realCard('aktau', { [first]: false, [second]: false });
    const { container } = render(<Card card={card} />);
    expect(container.querySelector('.sl-coverage')!.textContent).toBe(
      `2 of 3 trusted sources · not in: ${shortSourceName(aktau.notMentioning[0]!, COVERAGE_NAME_CHARS)} · 2 untrusted sources hidden`,
    );
    const hidden = aktau.sources.filter((s) => s.source.id === first || s.source.id === second).map((s) => shortSourceName(s.source));
    for (const name of hidden) expect(container.textContent).not.toContain(name);
  });

  test('one hidden source is counted in the singular', () => {
    const { container } = render(<Card card={realCard('aktau', { [first]: false })} />);
    expect(container.querySelector('.sl-coverage')!.textContent).toMatch(/ · 1 untrusted source hidden$/);
  });

  test('no trusted source mentions it: an empty state, and how many were hidden', () => {
    // Trust only the one source that never mentions Aktau.
    const trust = { ...distrustAll(), [aktau.notMentioning[0]!.id]: true };
    const { container } = render(<Card card={realCard('aktau', trust)} />);
    expect(screen.getByText('None of your trusted sources mentions Aktau.')).toBeTruthy();
    expect(screen.getByText('4 untrusted sources hidden')).toBeTruthy();
    expect(container.querySelector('.sl-coverage')).toBeNull();
    expect(container.querySelectorAll('.sl-line, blockquote')).toHaveLength(0);
  });

  test('every source distrusted: says so, quotes nothing, and still names the entity', () => {
    const { container } = render(<Card card={realCard('aktau', distrustAll())} />);
    expect(screen.getByRole('dialog', { name: 'Aktau' })).toBeTruthy();
    expect(screen.getByText(/You trust no source/)).toBeTruthy();
    expect(screen.getByText('4 untrusted sources hidden')).toBeTruthy();
    expect(container.querySelectorAll('.sl-line, blockquote, .sl-figure')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /claims$/ })).toBeNull();
  });
});
