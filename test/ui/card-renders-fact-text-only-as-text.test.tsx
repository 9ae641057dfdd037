// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Card } from '../../lib/ui/Card';
import { factBaseWith, realCard } from './support/real-card';

afterEach(cleanup);

const payload = '<img src="x" onerror="window.__sourcelightPwned = true">';

/** An article with markup in its sentences, as a hostile or broken page could hand the pipeline. */
const hostile = {
  id: 'zz_hostile',
  text: `Breaking ${payload}\n\nA post claimed ${payload} the plane came down near Aktau on Wednesday morning. Nobody confirmed it.`,
};

test('markup in a quote, a source label or the entity is shown as text and never parsed', () => {
  const card = realCard('aktau', {}, factBaseWith(hostile));
  const source = card.sources.find((s) => s.source.id === hostile.id)!;
  expect(source.claims[0]!.text).toContain(payload);
  // Entity text comes from the catalog; a poisoned store could still send markup there.
  const poisoned = { ...card, entity: { ...card.entity, name: `Aktau${payload}`, description: `Port${payload}` } };

  const { container } = render(<Card card={poisoned} />);
  expect(container.querySelector('img')).toBeNull();
  expect(container.querySelector('[onerror]')).toBeNull();
  fireEvent.click(container.querySelector('.sl-all')!);
  const quote = Array.from(container.querySelectorAll('blockquote')).find((q) => q.textContent!.includes('A post claimed'))!;
  expect(quote.textContent).toBe(source.claims[0]!.text);
  expect(quote.querySelector('mark')!.textContent).toBe('Aktau');
  expect(container.querySelector('h2')!.textContent).toBe(`Aktau${payload}`);
  expect(container.textContent).toContain(`Port${payload}`);
  expect((globalThis as { __sourcelightPwned?: boolean }).__sourcelightPwned).toBeUndefined();
});
