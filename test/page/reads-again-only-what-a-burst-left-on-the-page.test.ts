// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { unitsOf } from '../../lib/page/changes';
import { isBlockTag } from '../../lib/page/elements';
import { addAndTakeOut, recordsOf } from './support/records';

const options = (root: Node) => ({ root, isBlock: isBlockTag, revealed: () => [], skipBlock: () => false });

describe('unitsOf', () => {
  it('reads nothing of what the page added and took out again within the burst, and the parent it took from once', () => {
    const { records } = recordsOf('<p>Rain was forecast.</p>', (root) => {
      for (let i = 0; i < 200; i++) addAndTakeOut(root, 'p', 'An update from the page itself.');
    });
    const units = unitsOf(records, options(document));
    expect(units.map((u) => [(u.root as Element).localName, u.shallow ?? false])).toEqual([['article', true]]);
  });

  it('reads a paragraph the page added and kept, whole', () => {
    const { records } = recordsOf('<p>Rain was forecast.</p>', (root) => {
      addAndTakeOut(root, 'p', '');
      const kept = document.createElement('p');
      kept.textContent = 'The jet turned back towards Aktau.';
      root.append(kept);
    });
    const units = unitsOf(records, options(document));
    expect(units.filter((u) => !u.shallow).map((u) => (u.root as Element).textContent)).toEqual(['The jet turned back towards Aktau.']);
  });
});
