/**
 * The compiled form of a lexicon: a trie over normalized characters with two special edges, a separator
 * (one space or hyphen) and a number slot. Walking it from each word start is one pass over the text whose
 * cost depends on how far the text agrees with some alias, not on how many aliases there are.
 */

import { isWordCode } from './normalize';

/** What a complete path through the trie means. */
export interface Terminal {
  /** Index of the entity in the lexicon. */
  entity: number;
  /** A `!` phrase: outranks shorter matches inside it and is never reported. */
  block: boolean;
}

export interface TrieNode {
  chars: Map<number, TrieNode> | null;
  /** One space or hyphen in the text. */
  sep: TrieNode | null;
  /** `{n}`: a number, captured. */
  num: TrieNode | null;
  /** `{#}`: a number, not captured. */
  anyNum: TrieNode | null;
  ends: Terminal[] | null;
}


export function newNode(): TrieNode {
  return { chars: null, sep: null, num: null, anyNum: null, ends: null };
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Adds a normalized form (an alias, or one expansion of a phrase with `{n}`/`{#}` slots) to the trie, once per
 * way of writing its code separators: inside a code (a token with digits) and between a code and its neighbour,
 * "J2-8243", "J2 8243" and "J28243" are one name, so those positions take a separator or none. Elsewhere a
 * space or hyphen is a required separator ("air defence" = "air-defence", never "airdefence").
 */
export function insertForm(root: TrieNode, form: string, terminal: Terminal): void {
  insertFrom(root, form, 0, terminal, -1);
}

/** `joined`: the junction before this index already has its separator branch. */
function insertFrom(start: TrieNode, form: string, from: number, terminal: Terminal, joined: number): void {
  let node = start;
  for (let i = from; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c === 123 && (form.startsWith('{n}', i) || form.startsWith('{#}', i))) {
      node = form[i + 1] === 'n' ? (node.num ??= newNode()) : (node.anyNum ??= newNode());
      i += 2;
      continue;
    }
    const prev = form.charCodeAt(i - 1);
    if (c === 32 || c === 45) {
      const next = form.charCodeAt(i + 1);
      if (isDigitCode(prev) || isDigitCode(next)) insertFrom(node, form, i + 1, terminal, i + 1); // no separator
      node = node.sep ??= newNode();
      continue;
    }
    // A letter-digit junction inside a token (the "j|2" of "j2", the "h|1" of "mh17") may take a separator.
    if (i > 0 && i !== joined && isWordCode(prev) && isDigitCode(prev) !== isDigitCode(c)) {
      insertFrom((node.sep ??= newNode()), form, i, terminal, i);
    }
    node.chars ??= new Map();
    let next = node.chars.get(c);
    if (!next) node.chars.set(c, (next = newNode()));
    node = next;
  }
  node.ends ??= [];
  if (!node.ends.some((t) => t.entity === terminal.entity && t.block === terminal.block)) node.ends.push(terminal);
}
