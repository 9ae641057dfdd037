// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { shortSourceName } from '../../../lib/cards/source-name';
import { realFactBase, sourcesMentioning } from '../../support/store';
import { fakeExtension } from './support/fake-extension';
import { renderPopup, unmountAndStop, wait } from './support/render-popup';

afterEach(unmountAndStop);

const fb = realFactBase();
/** A source that mentions Aktau: distrusting it must change Aktau's card and counts. */
const distrusted = fb.sources.find((s) => s.id === sourcesMentioning(fb, 'aktau')[0])!;
/** What cards and results call it. */
const distrustedName = shortSourceName(distrusted);

async function popup(options: Parameters<typeof fakeExtension>[0] = {}) {
  const fake = fakeExtension(options);
  return renderPopup(fake);
}

function openSourcesTab() {
  fireEvent.click(screen.getByRole('tab', { name: /^Sources/ }));
}

async function openCard(field: HTMLInputElement, query: string, name: string) {
  fireEvent.input(field, { target: { value: query } });
  await screen.findByRole('listbox', { name: 'Results' }, wait);
  fireEvent.keyDown(field, { key: 'Enter' });
  return screen.findByRole('article', { name }, wait);
}

describe('trust in the popup', () => {
  test('lists every source with a switch named after it, its date and how many claims it contributes', async () => {
    await popup();
    openSourcesTab();
    const switches = await screen.findAllByRole('switch', {}, wait).then((all) => all.filter((s) => s.closest('.source-row')));
    expect(switches).toHaveLength(fb.sources.length);
    for (const source of fb.sources) {
      const toggle = screen.getByRole('switch', { name: source.label }) as HTMLInputElement;
      expect(toggle.checked).toBe(true);
      const details = document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent!;
      expect(details).toContain(`${source.claimCount} claim`);
      if (source.published) expect(details).not.toContain('Undated');
      else expect(details).toContain('Undated');
    }
  });

  test('a flip is saved at once and applies to results and the open card without a reload', async () => {
    const { fake, field } = await popup();
    const card = await openCard(field, 'aktau', 'Aktau');
    expect(card.textContent).toContain(distrustedName);

    openSourcesTab();
    fireEvent.click(await screen.findByRole('switch', { name: distrusted.label }, wait));
    await waitFor(() => expect(fake.callsOf('setTrust')).toEqual([{ source: distrusted.id, trusted: false }]));
    // Saved in the store, not only on screen.
    const stored = await fake.handlers.getSources(undefined);
    expect(stored.find((s) => s.id === distrusted.id)?.trusted).toBe(false);

    fireEvent.click(screen.getByRole('tab', { name: /^Search/ }));
    await waitFor(() => expect(screen.getByText(/1 untrusted source hidden/)).toBeTruthy(), wait);
    const after = screen.getByRole('article', { name: 'Aktau' });
    expect(after.textContent).not.toContain(distrustedName);
    expect(after.querySelector('.sl-coverage')!.textContent).toMatch(/^3 of 4 trusted sources · /);

    // Back in the results, counts are of trusted sources.
    fireEvent.click(screen.getByRole('button', { name: 'Back to results' }));
    const list = screen.getByRole('listbox', { name: 'Results' });
    expect(within(list).getAllByRole('option')[0]!.textContent).toContain('in 3 of 4 sources');
    expect(screen.getByRole('tab', { name: /^Sources/ }).textContent).toContain('4/5');
  });

  test('a distrusted source\'s sentences drop out of the results', async () => {
    const { field } = await popup();
    fireEvent.input(field, { target: { value: 'Aktau' } });
    const sentencesOf = (label: string) => {
      const list = screen.getByRole('listbox', { name: 'Results' });
      const group = within(list).queryByRole('group', { name: 'What sources said' });
      return group ? within(group).getAllByRole('option').filter((o) => o.textContent!.includes(label)).length : 0;
    };
    await waitFor(() => expect(sentencesOf(distrustedName)).toBeGreaterThan(0), wait);
    openSourcesTab();
    fireEvent.click(await screen.findByRole('switch', { name: distrusted.label }, wait));
    fireEvent.click(screen.getByRole('tab', { name: /^Search/ }));
    await waitFor(() => expect(sentencesOf(distrustedName)).toBe(0), wait);
    expect(within(screen.getByRole('listbox', { name: 'Results' })).getAllByRole('option').length).toBeGreaterThan(0);
  });

  test('a change made elsewhere (another popup) reaches the open card', async () => {
    const { fake, field } = await popup();
    await openCard(field, 'aktau', 'Aktau');
    await fake.handlers.setTrust({ source: distrusted.id, trusted: false });
    expect(await screen.findByText(/1 untrusted source hidden/, {}, wait)).toBeTruthy();
  });

  test('a popup opened later shows the stored trust', async () => {
    const first = fakeExtension();
    await first.handlers.setTrust({ source: distrusted.id, trusted: false });
    first.stop();
    await popup({ indexedDB: first.indexedDB });
    openSourcesTab();
    expect(((await screen.findByRole('switch', { name: distrusted.label }, wait)) as HTMLInputElement).checked).toBe(false);
  });

  test('a save that fails puts the switch back and says why', async () => {
    const { fake } = await popup();
    fake.override('setTrust', () => {
      throw new Error('The database is closed.');
    });
    openSourcesTab();
    const toggle = (await screen.findByRole('switch', { name: distrusted.label }, wait)) as HTMLInputElement;
    fireEvent.click(toggle);
    expect((await screen.findByRole('alert', {}, wait)).textContent).toContain('The database is closed.');
    expect(toggle.checked).toBe(true);
  });
});
