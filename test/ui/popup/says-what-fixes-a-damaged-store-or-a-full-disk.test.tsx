// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../../lib/ui/popup/App';
import { realFactBase } from '../../support/store';
import { switchableDisk } from '../../support/full-disk';
import { fakeExtension } from './support/fake-extension';
import { TEST_POLL_MS, renderPopup, unmountAndStop, wait } from './support/render-popup';

afterEach(unmountAndStop);

const GLANCE = 'Entities by how many sources mention them';
const distrusted = realFactBase().sources[1]!;

describe('what the popup offers when the store is in trouble', () => {
  test('a fact base whose tables were emptied behind its back shows the repair, which keeps trust', async () => {
    const fake = fakeExtension();
    await fake.handlers.setTrust({ source: distrusted.id, trusted: false });
    const db = await fake.keeper.open();
    await db.transaction('rw', [db.sources, db.entities, db.claims, db.figures], () =>
      Promise.all([db.sources.clear(), db.entities.clear(), db.claims.clear(), db.figures.clear()]),
    );

    render(<App api={fake.api} pollMs={TEST_POLL_MS} />);
    const alert = await screen.findByRole('alert', {}, wait);
    expect(alert.textContent).toContain('The fact base is damaged');
    expect(alert.textContent).toContain('trust choices, added sources and details are kept');
    fireEvent.click(screen.getByRole('button', { name: 'Repair the fact base' }));
    await waitFor(() => expect(fake.callsOf('rebuild')).toEqual([{ reset: true }]));
    await screen.findByRole('listbox', { name: GLANCE }, wait);

    fireEvent.click(screen.getByRole('tab', { name: /^Sources/ }));
    const toggle = (await screen.findByRole('switch', { name: distrusted.label }, wait)) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
  });

  test('a trust change on a full disk says what to do and moves the switch back', async () => {
    const disk = switchableDisk();
    const { fake } = await renderPopup({ disk });
    fireEvent.click(screen.getByRole('tab', { name: /^Sources/ }));
    const toggle = (await screen.findByRole('switch', { name: distrusted.label }, wait)) as HTMLInputElement;
    disk.fill();
    fireEvent.click(toggle);
    const alert = await screen.findByRole('alert', {}, wait);
    expect(alert.textContent).toContain(`Trust for “${distrusted.label}” was not saved: The disk is full`);
    expect(alert.textContent).toContain('Nothing stored before was lost. Free some disk space');
    await waitFor(() => expect(toggle.checked).toBe(true));
  });

  test('a repair stopped by a full disk says so over the story it still shows, and "Try again" builds again', async () => {
    const disk = switchableDisk();
    const fake = fakeExtension({ disk });
    await fake.keeper.ready();
    disk.fill();
    expect(await fake.handlers.rebuild({ reset: true })).toMatchObject({ state: 'ready', fix: 'retry' });

    render(<App api={fake.api} pollMs={TEST_POLL_MS} />);
    await screen.findByRole('listbox', { name: GLANCE }, wait);
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('The disk is full');
    expect(screen.queryByRole('button', { name: 'Repair the fact base' })).toBeNull();

    disk.free();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(fake.callsOf('rebuild')).toEqual([{}]));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), wait);
    await screen.findByRole('listbox', { name: GLANCE }, wait);
  });
});
