// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { realFactBase } from '../../support/store';
import { READY_TIMEOUT_MS, renderPopup, unmountAndStop } from './support/render-popup';

afterEach(unmountAndStop);

const GLANCE = 'Entities by how many sources mention them';

/** "in 4 of 5 sources" → 4 */
function countOf(option: HTMLElement): number {
  const match = /in (\d+) of (\d+) sources?/.exec(option.textContent ?? '');
  if (!match) throw new Error(`no coverage in "${option.textContent}"`);
  return Number(match[1]);
}

describe('the story at a glance', () => {
  test('an empty query lists entities by how many sources mention them, most first', async () => {
    await renderPopup();
    const options = within(screen.getByRole('listbox', { name: GLANCE })).getAllByRole('option');
    expect(screen.getByRole('heading', { name: 'The story at a glance' })).toBeTruthy();
    const counts = options.map(countOf);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The counts are the pipeline's: each entity's number of sources in the real fact base.
    for (const option of options) {
      const name = option.querySelector('.option-name')!.textContent;
      const entity = realFactBase().entities.find((e) => e.name === name)!;
      expect(countOf(option), name!).toBe(entity.sources.length);
    }
    const aktau = options.find((o) => o.querySelector('.option-name')!.textContent === 'Aktau')!;
    expect(aktau.textContent).toContain('in 4 of 5 sources');
  });

  test('clearing the field brings the overview back', async () => {
    const rendered = await renderPopup();
    fireEvent.input(rendered.field, { target: { value: 'aktau' } });
    await screen.findByRole('listbox', { name: 'Results' }, { timeout: READY_TIMEOUT_MS });
    fireEvent.input(rendered.field, { target: { value: '' } });
    await waitFor(() => expect(screen.getByRole('listbox', { name: GLANCE })).toBeTruthy());
  });
});
