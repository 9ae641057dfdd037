/**
 * The trie as plain JSON, built and minimised in the background once per lexicon and sent to the page session,
 * which would otherwise build it on every page as one long task of cold code (docs/performance.md).
 * Minimising merges, from the leaves up, nodes with the same terminals and the same edges (a walk looks at nothing
 * else), so the phrases' repeated endings ("… plane") collapse: about 22,000 nodes become 1,500, same automaton.
 * Packed: node i is `[sep, num, anyNum, count, …terminals, char, child, char, child, …]`, an absent edge -1, each
 * terminal `entity * 2 + (blocker ? 1 : 0)`; the root is node 0.
 */

import { newNode, type Terminal, type TrieNode } from './trie';

export interface PackedTrie {
  /** The lexicon version the trie was compiled from (lexicon.ts): a session uses it only for that lexicon. */
  version: string;
  nodes: number[][];
}

const encodeTerminal = (t: Terminal): number => t.entity * 2 + (t.block ? 1 : 0);
/** Where a row's edge ids are: the three special edges, then every other entry after the terminals. */
const edgeAt = (row: number[], i: number): boolean => i < 3 || (i >= 4 + (row[3] as number) && (i - 4 - (row[3] as number)) % 2 === 1);

/** Numbers the distinct nodes of the minimised trie under `root`, leaves first, and packs them. */
export function packTrie(root: TrieNode, version: string): PackedTrie {
  const idOf = new Map<TrieNode, number>(); // every node of the (unminimised) trie → its packed id
  const bySignature = new Map<string, number>();
  const packed: number[][] = [];
  const visit = (node: TrieNode): number => {
    const known = idOf.get(node);
    if (known !== undefined) return known;
    const edge = (child: TrieNode | null): number => (child ? visit(child) : -1);
    const ends = node.ends ? node.ends.map(encodeTerminal).sort((a, b) => a - b) : [];
    const row = [edge(node.sep), edge(node.num), edge(node.anyNum), ends.length, ...ends];
    const chars = node.chars ? [...node.chars].sort((a, b) => a[0] - b[0]) : [];
    for (const [c, child] of chars) row.push(c, visit(child));
    const signature = row.join(',');
    let id = bySignature.get(signature);
    if (id === undefined) {
      id = packed.length;
      bySignature.set(signature, id);
      packed.push(row);
    }
    idOf.set(node, id);
    return id;
  };
  const rootId = visit(root);
  // The root last (leaves first): renumber so that it is node 0.
  const order = [rootId, ...packed.keys()].filter((id, i) => i === 0 || id !== rootId);
  const newId = new Map(order.map((id, i) => [id, i]));
  const remap = (id: number): number => (id < 0 ? -1 : (newId.get(id) as number));
  const nodes = order.map((id) => {
    const row = packed[id] as number[];
    return row.map((value, i) => (edgeAt(row, i) ? remap(value) : value));
  });
  return { version, nodes };
}

/** The trie a packed one stands for (shared nodes stay shared). */
export function unpackTrie(trie: PackedTrie): TrieNode {
  const nodes = trie.nodes.map(() => newNode());
  trie.nodes.forEach((row, i) => {
    const node = nodes[i] as TrieNode;
    const at = (id: number | undefined): TrieNode | null => (id === undefined || id < 0 ? null : (nodes[id] as TrieNode));
    node.sep = at(row[0]);
    node.num = at(row[1]);
    node.anyNum = at(row[2]);
    const count = row[3] as number;
    if (count > 0) node.ends = row.slice(4, 4 + count).map((t) => ({ entity: t >> 1, block: (t & 1) === 1 }));
    if (row.length > 4 + count) {
      node.chars = new Map();
      for (let k = 4 + count; k < row.length; k += 2) node.chars.set(row[k] as number, at(row[k + 1]) as TrieNode);
    }
  });
  return nodes[0] as TrieNode;
}
