/**
 * A prefilter's word sets (Prefilter.byKey) as one short string, for the content script every page gets: each
 * word written once and the sets as indexes into the words, about a quarter of their JSON (docs/performance.md).
 * A script's every kilobyte is compiled on every page, and the sets are read only where a key and another word of
 * its sets are found close together, which a page about something else rarely holds.
 *
 * Layout: the words joined by `|`, a `/`, then one entry per key joined by `|`: `key:sets`, indexes in base 36,
 * sets joined by `;` and each set's words by `,`. Words never hold these characters: they are runs of letters or
 * digits, or two of them joined by a space. No line break: the minifier writes a string holding one as a template
 * literal, which V8 scans more slowly than a plain one.
 */
import type { Prefilter } from './prefilter';

type Sets = Prefilter['byKey'];

/** Where the words end and the sets begin. */
const WORDS_END = '/';

export function packSets(byKey: Sets): string {
  const index = new Map<string, number>();
  const words: string[] = [];
  const at = (word: string): string => {
    let i = index.get(word);
    if (i === undefined) {
      if (/[|:;,/]/.test(word)) throw new Error(`a prefilter word holds a separator: ${JSON.stringify(word)}`);
      index.set(word, (i = words.length));
      words.push(word);
    }
    return i.toString(36);
  };
  const entries = Object.entries(byKey).map(([key, sets]) => `${at(key)}:${sets.map((set) => set.map(at).join(',')).join(';')}`);
  return `${words.join('|')}${WORDS_END}${entries.join('|')}`;
}

export function unpackSets(packed: string): Sets {
  const end = packed.indexOf(WORDS_END);
  const words = packed.slice(0, end).split('|');
  const word = (i: string): string => words[parseInt(i, 36)] as string;
  const byKey: Sets = {};
  const body = packed.slice(end + 1);
  if (body === '') return byKey;
  for (const entry of body.split('|')) {
    const [key = '', sets = ''] = entry.split(':');
    byKey[word(key)] = sets === '' ? [] : sets.split(';').map((set) => (set === '' ? [] : set.split(',').map(word)));
  }
  return byKey;
}
