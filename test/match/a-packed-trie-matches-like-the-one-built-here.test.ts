import { describe, expect, it } from 'vitest';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { compileMatcher, compileTrie, findMentions } from '../../lib/match/matcher';
import { packTrie, unpackTrie } from '../../lib/match/packed-trie';
import type { TrieNode } from '../../lib/match/trie';
import { readArticles, readCatalog } from '../facts/articles';

const lexicon = lexiconFromCatalog(readCatalog().entities, { death_toll: [38], survivors: [28], on_board: [67] });
const texts = readArticles().flatMap((a) => a.text.split(/\n+/));

function countNodes(root: TrieNode): number {
  const seen = new Set<TrieNode>();
  const visit = (node: TrieNode | null): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    node.chars?.forEach(visit);
    [node.sep, node.num, node.anyNum].forEach(visit);
  };
  visit(root);
  return seen.size;
}

describe('a packed trie', () => {
  const packed = JSON.parse(JSON.stringify(packTrie(compileTrie(lexicon), lexicon.version)));

  it('finds exactly what the trie built from the lexicon finds, in every line of the real articles', () => {
    const built = compileMatcher(lexicon, { fuzzy: true });
    const shipped = compileMatcher(lexicon, { fuzzy: true, trie: packed });
    const found = texts.map((t) => findMentions(shipped, t));
    expect(found.flat().length).toBeGreaterThan(200);
    expect(found).toEqual(texts.map((t) => findMentions(built, t)));
  });

  it('is the same automaton with its repeated endings merged: a fraction of the nodes', () => {
    const built = countNodes(compileTrie(lexicon));
    const merged = countNodes(unpackTrie(packed));
    expect(merged).toBe(packed.nodes.length);
    expect(merged * 5).toBeLessThan(built);
  });

  it('is ignored for another lexicon', () => {
    const other = lexiconFromCatalog(readCatalog().entities);
    expect(other.version).not.toBe(packed.version);
    const matcher = compileMatcher(other, { trie: packed });
    // Without known counts any toll is a mention: the trie was built for `other`, not taken from `packed`.
    expect(findMentions(matcher, '176 people died.').map((m) => m.entity)).toEqual(['death_toll']);
  });
});
