// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textBatches } from '../../lib/page/text-batches';

describe('page text in batches', () => {
  it('joins the text of one inline run and keeps blocks and line breaks apart', () => {
    document.body.innerHTML =
      '<h1>Jet lost</h1><p>Flight <em>J2-8243</em> of Az<b><i>erbaijan</i></b> Airlines</p><p>Aktau<br>Baku</p>';
    expect([...textBatches(document.body, 10)]).toEqual(['Jet lost\nFlight J2-8243 of Azerbaijan Airlines\nAktau\nBaku']);
  });

  it('reads a long page in batches that overlap, so no word is lost between two', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
    document.body.innerHTML = words.map((w) => `<p>${w}</p>`).join('');
    const batches = [...textBatches(document.body, 12, 500)];
    expect(batches.length).toBeGreaterThan(3);
    const seen = new Set(batches.flatMap((b) => b.split('\n')));
    expect(words.every((w) => seen.has(w))).toBe(true);
    for (let i = 1; i < batches.length; i++) expect(batches[i]!.startsWith(batches[i - 1]!.slice(-12))).toBe(true);
  });
});
