// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { staleNodesOf } from '../../lib/page/changes';
import { addAndTakeOut, recordsOf } from './support/records';

/** The text nodes under `root` whose text includes one of `words`: the ones the test says hold mentions. */
function holding(root: Node, ...words: string[]): Set<Text> {
  const out = new Set<Text>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (words.some((w) => (n as Text).data.includes(w))) out.add(n as Text);
  return out;
}

const texts = (nodes: Set<Text>): string[] => [...nodes].map((n) => n.data).sort();

describe('staleNodesOf', () => {
  it('finds the mention in a paragraph the page took out', () => {
    let known = new Set<Text>();
    const { records } = recordsOf('<p>The jet turned back towards Aktau.</p><p>Rain was forecast.</p>', (root) => {
      known = holding(root, 'Aktau');
      root.firstElementChild!.remove();
    });
    expect(texts(staleNodesOf(records, (n) => known.has(n)))).toEqual(['The jet turned back towards Aktau.']);
  });

  it('finds mentions deep inside a section the page took out, and in a text node removed alone', () => {
    let known = new Set<Text>();
    const { records } = recordsOf('<section><div><p>Officials in <b>Baku</b> spoke.</p></div></section><p>Near Aktau, at dawn.</p>', (root) => {
      known = holding(root, 'Baku', 'Aktau');
      root.querySelector('section')!.remove();
      root.querySelector('p')!.firstChild!.remove();
    });
    expect(texts(staleNodesOf(records, (n) => known.has(n)))).toEqual(['Baku', 'Near Aktau, at dawn.']);
  });

  it('counts text the page edited in place, whatever it held', () => {
    const { records } = recordsOf('<p>Near Aktau.</p>', (root) => {
      (root.querySelector('p')!.firstChild as Text).data = 'Near the coast.';
    });
    expect(texts(staleNodesOf(records, () => false))).toEqual(['Near the coast.']);
  });

  it('finds nothing in what the page added and took out again, or took out holding no mention', () => {
    let walked = 0;
    const { records } = recordsOf('<p>Rain was forecast.</p>', (root) => {
      for (let i = 0; i < 50; i++) {
        addAndTakeOut(root, 'p', 'An update from the page itself.');
        addAndTakeOut(root, 'div', '<p>A <i>boxed</i> update.</p>');
      }
      root.firstElementChild!.remove();
    });
    const stale = staleNodesOf(records, () => {
      walked++;
      return false;
    });
    expect(stale.size).toBe(0);
    // The leaf paragraphs are looked at through their one child each; the boxes, added in the same batch, not at all.
    expect(walked).toBe(51);
  });
});
