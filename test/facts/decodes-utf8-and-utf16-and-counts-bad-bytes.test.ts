import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lib/facts/decode';

const text = 'Rescuers reached the ferry “Northern Light” at dawn — 41 people were aboard.';
const utf8 = new TextEncoder().encode(text);

function utf16(s: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let at = 0;
  if (bom) {
    out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
    at = 2;
  }
  for (let i = 0; i < s.length; i++, at += 2) {
    const c = s.charCodeAt(i);
    out[order === 'le' ? at : at + 1] = c & 0xff;
    out[order === 'le' ? at + 1 : at] = c >> 8;
  }
  return out;
}

describe('decoding an article file', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8', invalid: 0 });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8', invalid: 0 });
  });

  it('reads UTF-16 in either byte order when a byte-order mark says so', () => {
    expect(decodeText(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le', invalid: 0 });
    expect(decodeText(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be', invalid: 0 });
  });

  it('counts invalid byte sequences instead of hiding them', () => {
    const damaged = Uint8Array.from(utf8);
    damaged[3] = 0xff;
    damaged[20] = 0xc3; // a lead byte with no continuation
    const decoded = decodeText(damaged);
    expect(decoded.invalid).toBe(2);
    expect(decoded.text.match(/\uFFFD/g)).toHaveLength(2);
  });

  it('does not count a U+FFFD the file itself contains', () => {
    const written = new TextEncoder().encode('a \uFFFD b');
    expect(decodeText(written)).toEqual({ text: 'a \uFFFD b', encoding: 'utf-8', invalid: 0 });
    const alsoDamaged = new Uint8Array([...written, 0x80]);
    expect(decodeText(alsoDamaged).invalid).toBe(1);
  });
});
