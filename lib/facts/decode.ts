/**
 * Bytes of an article file to text. UTF-8 unless a byte-order mark says UTF-16; bytes that are not valid in the
 * encoding are counted, so a reader is told the file is damaged instead of meeting silent U+FFFD characters.
 * Pure (TextDecoder exists in Node, pages and service workers alike), so the CLI and the popup decode alike.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Byte sequences that were not valid in `encoding`, each shown as one U+FFFD in `text`. */
  invalid: number;
}

/** The encoding a byte-order mark names, and the mark's length; UTF-8 without one. */
function sniff(bytes: Uint8Array): { encoding: TextEncoding; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

/** U+FFFD written in the file itself (EF BF BD in UTF-8): a real character, not damage. */
function writtenReplacements(bytes: Uint8Array, encoding: TextEncoding): number {
  let count = 0;
  if (encoding === 'utf-8') {
    for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
    return count;
  }
  const [hi, lo] = encoding === 'utf-16le' ? [1, 0] : [0, 1];
  for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i + hi] === 0xff && bytes[i + lo] === 0xfd) count++;
  return count;
}

const replacements = (text: string): number => {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) count++;
  return count;
};

export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bom } = sniff(bytes);
  const body = bytes.subarray(bom);
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding, invalid: 0 };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return { text, encoding, invalid: Math.max(1, replacements(text) - writtenReplacements(body, encoding)) };
  }
}
