/**
 * The compiled form of a lexicon: a trie over normalised characters with two special edges, a separator
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

export type Atom = { kind: 'char'; code: number } | { kind: 'sep' } | { kind: 'num' } | { kind: 'anyNum' };

export function newNode(): TrieNode {
  return { chars: null, sep: null, num: null, anyNum: null, ends: null };
}

export function insert(root: TrieNode, atoms: Atom[], terminal: Terminal): void {
  let node = root;
  for (const atom of atoms) {
    if (atom.kind === 'char') {
      node.chars ??= new Map();
      let next = node.chars.get(atom.code);
      if (!next) node.chars.set(atom.code, (next = newNode()));
      node = next;
    } else node = node[atom.kind] ??= newNode();
  }
  node.ends ??= [];
  if (!node.ends.some((t) => t.entity === terminal.entity && t.block === terminal.block)) node.ends.push(terminal);
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Turns a normalised form into atoms, once per way of writing its code separators: inside a code (a token with
 * digits) and between a code and its neighbour, "J2-8243", "J2 8243" and "J28243" are one name, so those
 * positions may have a separator or none.
 */
export function atomize(form: string): Atom[][] {
  const base: (Atom | 'optsep')[] = [];
  for (let i = 0; i < form.length; i++) {
    if (form.startsWith('{n}', i) || form.startsWith('{#}', i)) {
      base.push({ kind: form[i + 1] === 'n' ? 'num' : 'anyNum' });
      i += 2;
      continue;
    }
    const c = form.charCodeAt(i);
    const prev = form.charCodeAt(i - 1);
    const next = form.charCodeAt(i + 1);
    if (c === 32 || c === 45) {
      base.push(isDigitCode(prev) || isDigitCode(next) ? 'optsep' : { kind: 'sep' });
      continue;
    }
    // A letter-digit junction inside a token (the "j|2" of "j2", the "h|1" of "mh17").
    if (i > 0 && isWordCode(prev) && isDigitCode(prev) !== isDigitCode(c) && !form.startsWith('}', i - 1)) {
      base.push('optsep');
    }
    base.push({ kind: 'char', code: c });
  }
  let out: Atom[][] = [[]];
  for (const a of base) {
    if (a === 'optsep') out = out.flatMap((atoms) => [[...atoms, { kind: 'sep' } as Atom], atoms]);
    else for (const atoms of out) atoms.push(a);
  }
  return out;
}
