/**
 * Telling a damaged copy of an article from a different article. A copy with a few bad bytes differs from the
 * original only in the words the damage touched, and those words hold U+FFFD after decoding. So a text is a
 * near-duplicate of another when nearly all of its undamaged three-word runs are the other's too.
 */

/** Three-word runs: long enough that two different articles rarely share many, short enough that damage costs few. */
const RUN = 3;
/** Share of a text's undamaged runs the other must hold: an edited or syndicated rewrite stays well below. */
const SHARED = 0.95;
/** A text that is mostly damage is compared on too little: at least half its runs must be undamaged. */
const UNDAMAGED = 0.5;
/** Word counts within 10 %: damage can merge or split a few words, never change the length much. */
const LENGTH_SLACK = 0.1;

export interface Fingerprint {
  words: number;
  /** Hashes of every run. */
  all: Set<number>;
  /** Hashes of the runs that hold no damaged word. */
  undamaged: number[];
  /** Words holding U+FFFD. */
  damaged: number;
}

function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The fingerprint of a text already normalized for comparison (validate.ts). */
export function fingerprint(normalized: string): Fingerprint {
  const words = normalized.split(' ').filter((w) => w !== '');
  const all = new Set<number>();
  const undamaged: number[] = [];
  for (let i = 0; i + RUN <= words.length; i++) {
    const run = words.slice(i, i + RUN);
    const h = hash32(run.join(' '));
    all.add(h);
    if (!run.some((w) => w.includes('\uFFFD'))) undamaged.push(h);
  }
  return { words: words.length, all, undamaged, damaged: words.filter((w) => w.includes('\uFFFD')).length };
}

/**
 * Whether `a` holds nearly all of `b`'s undamaged runs. Runs of `b` the damage in `a` explains are forgiven: a
 * damaged word of `a` breaks the RUN runs it is part of.
 */
function covers(a: Fingerprint, b: Fingerprint): boolean {
  if (b.undamaged.length === 0 || b.undamaged.length < UNDAMAGED * Math.max(1, b.all.size)) return false;
  let shared = 0;
  for (const h of b.undamaged) if (a.all.has(h)) shared++;
  return shared + RUN * a.damaged >= SHARED * b.undamaged.length;
}

/** Whether two texts are one article, one of them (or both) damaged. */
export function nearDuplicates(a: Fingerprint, b: Fingerprint): boolean {
  if (Math.abs(a.words - b.words) > LENGTH_SLACK * Math.max(a.words, b.words)) return false;
  return covers(a, b) && covers(b, a);
}
