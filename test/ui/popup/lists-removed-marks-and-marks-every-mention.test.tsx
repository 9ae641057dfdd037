// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { NotThis } from '../../../lib/settings';
import { fakeExtension } from './support/fake-extension';
import { renderPopup, unmountAndStop } from './support/render-popup';

afterEach(unmountAndStop);

const removed: NotThis[] = [
  { site: 'phones.example', wording: 'photo: reuters', entity: 'reuters', entityName: "Reuters' report", at: '2025-01-03T00:00:00.000Z' },
  { site: 'oil.example', wording: 'kazakh', entity: 'kazakhstan', entityName: 'Kazakhstan', at: '2025-01-02T00:00:00.000Z' },
];

function openMarksTab() {
  fireEvent.click(screen.getByRole('tab', { name: 'Marks' }));
}

describe('the popup\'s marking choices', () => {
  test('"Mark every mention" is a switch, off by default, and a flip is saved', async () => {
    const fake = fakeExtension();
    await renderPopup(fake);
    openMarksTab();
    const every = (await screen.findByRole('switch', { name: 'Mark every mention' })) as HTMLInputElement;
    await waitFor(() => expect(every.disabled).toBe(false));
    expect(every.checked).toBe(false);
    expect(document.getElementById(every.getAttribute('aria-describedby')!)!.textContent).toMatch(/first mention/);
    fireEvent.click(every);
    await waitFor(() => expect(fake.marking.markEvery).toBe(true));
    expect(every.checked).toBe(true);
  });

  test('lists each removed mark with its site, wording and entity, and restores one', async () => {
    const fake = fakeExtension({ marking: { notThis: removed } });
    await renderPopup(fake);
    openMarksTab();
    const list = await screen.findByRole('list', { name: 'Marks you removed' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.removed-text')!.textContent)).toEqual([
      "photo: reuters is not Reuters' report on phones.example",
      'kazakh is not Kazakhstan on oil.example',
    ]);
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Restore “kazakh” as Kazakhstan on oil.example' }));
    await waitFor(() => expect(fake.marking.notThis).toEqual([removed[0]]));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Marks you removed' })).getAllByRole('listitem')).toHaveLength(1));
  });

  test('with nothing removed it says how marks get here', async () => {
    const fake = fakeExtension();
    await renderPopup(fake);
    openMarksTab();
    expect(await screen.findByText(/“Not this” in a card removes a wrong mark/)).toBeTruthy();
  });
});
