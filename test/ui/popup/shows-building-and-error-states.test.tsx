// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../../lib/ui/popup/App';
import { UNREACHABLE_RETRIES } from '../../../lib/ui/use-status';
import { fakeExtension, type FakeExtension } from './support/fake-extension';
import { TEST_POLL_MS, unmountAndStop, wait } from './support/render-popup';

afterEach(unmountAndStop);

const GLANCE = 'Entities by how many sources mention them';

function show(f: FakeExtension) {
  return render(<App api={f.api} pollMs={TEST_POLL_MS} />);
}

describe('before the fact base is ready', () => {
  test('"Building the fact base" shows while the background builds, then the story appears by itself', async () => {
    const f = fakeExtension();
    f.statusFor('building', Infinity);
    show(f);
    const panel = await screen.findByRole('tabpanel', { name: 'Search' }, wait);
    expect(await within(panel).findByText('Building the fact base…', {}, wait)).toBeTruthy();
    // The field takes typing at once; nothing is searched until the fact base is ready.
    const field = screen.getByRole('combobox', { name: 'Search the story' });
    expect(document.activeElement).toBe(field);
    expect(f.callsOf('search')).toEqual([]);
    // Still building after several polls: the popup keeps asking.
    await waitFor(() => expect(f.callsOf('getStatus').length).toBeGreaterThanOrEqual(4), wait);
    expect(within(panel).getByText('Building the fact base…')).toBeTruthy();
    f.restore('getStatus');
    await screen.findByRole('listbox', { name: GLANCE }, wait);
    expect(screen.queryByText('Building the fact base…')).toBeNull();
  });

  test('a failed store shows the error in words and a repair button that works', async () => {
    const f = fakeExtension();
    f.statusFor('error', 1, 'The database could not be opened: it is corrupt.');
    show(f);
    const alert = await screen.findByRole('alert', {}, wait);
    expect(alert.textContent).toContain('The database could not be opened: it is corrupt.');
    fireEvent.click(screen.getByRole('button', { name: 'Repair the fact base' }));
    await waitFor(() => expect(f.callsOf('rebuild')).toEqual([{ reset: true }]));
    await screen.findByRole('listbox', { name: GLANCE }, wait);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a background that does not answer is retried, then reported with a way to try again', async () => {
    const f = fakeExtension();
    let refusals = 0;
    f.override('getStatus', async (data, real) => {
      if (refusals++ < UNREACHABLE_RETRIES) throw new Error('Could not establish connection. Receiving end does not exist.');
      return real(data);
    });
    show(f);
    const alert = await screen.findByRole('alert', {}, wait);
    expect(alert.textContent).toContain('Receiving end does not exist.');
    expect(screen.queryByRole('button', { name: 'Repair the fact base' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('listbox', { name: GLANCE }, wait);
  });

  test('a search that fails says so instead of showing stale results', async () => {
    const f = fakeExtension();
    show(f);
    await screen.findByRole('listbox', { name: GLANCE }, wait);
    f.override('search', () => {
      throw new Error('Search is unavailable.');
    });
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'aktau' } });
    expect((await screen.findByRole('alert', {}, wait)).textContent).toBe('Search failed: Search is unavailable.');
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
