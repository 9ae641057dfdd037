// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Card } from '../../lib/ui/Card';
import { distrustAll, realCard } from './support/real-card';

afterEach(cleanup);

const aktau = realCard('aktau');
const [first, second] = aktau.mentionedBy as [string, string];

describe('what trust hides', () => {
  test('distrusting two sources that mention Aktau: "2 untrusted sources hidden" and their quotes gone', () => {
    const card = realCard('aktau', { [first]: false, [second]: false });
    const { container } = render(<Card card={card} />);
    expect(screen.getByText('2 untrusted sources hidden')).toBeTruthy();
    expect(screen.getByText('Mentioned by 2 of 3 trusted sources')).toBeTruthy();
    const hiddenLabels = aktau.sources.filter((s) => s.source.id === first || s.source.id === second).map((s) => s.source.label);
    const shown = Array.from(container.querySelectorAll('.sl-source-name cite')).map((c) => c.textContent);
    expect(shown).toHaveLength(2);
    for (const label of hiddenLabels) expect(shown).not.toContain(label);
  });

  test('one hidden source is counted in the singular', () => {
    render(<Card card={realCard('aktau', { [first]: false })} />);
    expect(screen.getByText('1 untrusted source hidden')).toBeTruthy();
  });

  test('no trusted source mentions it: an empty state, and how many were hidden', () => {
    // Trust only the one source that never mentions Aktau.
    const trust = { ...distrustAll(), [aktau.notMentioning[0]!.id]: true };
    const { container } = render(<Card card={realCard('aktau', trust)} />);
    expect(screen.getByText('None of your trusted sources mentions Aktau.')).toBeTruthy();
    expect(screen.getByText('4 untrusted sources hidden')).toBeTruthy();
    expect(screen.queryByText(/^Mentioned by/)).toBeNull();
    expect(container.querySelectorAll('blockquote')).toHaveLength(0);
  });

  test('every source distrusted: says so, quotes nothing, and still names the entity', () => {
    const { container } = render(<Card card={realCard('aktau', distrustAll())} />);
    expect(screen.getByRole('dialog', { name: 'Aktau' })).toBeTruthy();
    expect(screen.getByText(/You trust no source/)).toBeTruthy();
    expect(screen.getByText('4 untrusted sources hidden')).toBeTruthy();
    expect(container.querySelectorAll('blockquote, .sl-figure')).toHaveLength(0);
    expect(screen.queryByText(/^Not mentioned by/)).toBeNull();
  });
});
