/**
 * FNV-1a over UTF-16 code units: a small pure hash that runs alike in the service worker and in Node (no
 * crypto.subtle, which is async, no node:crypto, which the worker lacks). Two 32-bit lanes with different
 * offset bases give 64 bits, so two different fact bases practically never share a version.
 */
export function fnv1a64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
