// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textBatches } from '../../lib/page/text-batches';

describe('page text in batches', () => {
  it('joins the text nodes end to end and keeps where each one ends', () => {
    document.body.innerHTML =
      '<h1>Jet lost</h1><p>Flight <em>J2-8243</em> of Az<b><i>erbaijan</i></b> Airlines</p><p>Aktau<br>Baku</p>';
    const [batch, more] = [...textBatches(document.body, 10)];
    expect(more).toBeUndefined();
    expect(batch!.text).toBe('Jet lostFlight J2-8243 of Azerbaijan AirlinesAktauBaku');
    // Cut at the breaks, the text is the page's text nodes again.
    const cuts = [0, ...batch!.breaks, batch!.text.length];
    const pieces = cuts.slice(1).map((end, i) => batch!.text.slice(cuts[i], end));
    expect(pieces).toEqual(['Jet lost', 'Flight ', 'J2-8243', ' of Az', 'erbaijan', ' Airlines', 'Aktau', 'Baku']);
  });

  it('leaves out the text of scripts and styles, which the session never reads, keeping a break where they stood', () => {
    document.body.innerHTML =
      '<p>Near Aktau</p><script type="application/ld+json">{"headline":"Putin and Aliyev"}</script>' +
      '<style>.aliyev { color: red }</style><noscript>Grozny</noscript><p>Officials said</p>' +
      '<svg><style>.baku {}</style><script>"Baku"</script></svg>';
    const [batch] = [...textBatches(document.body, 10)];
    expect(batch!.text).toBe('Near AktauOfficials said');
    expect(batch!.breaks).toEqual(['Near Aktau'.length]);
  });

  it('reads a long page in batches that overlap, so no word is lost between two', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
    document.body.innerHTML = words.map((w) => `<p>${w}</p>`).join('');
    const batches = [...textBatches(document.body, 12, 500)];
    expect(batches.length).toBeGreaterThan(3);
    const seen = new Set(
      batches.flatMap(({ text, breaks }) => {
        const cuts = [0, ...breaks, text.length];
        return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
      }),
    );
    // Every word is whole between two breaks of some batch (the first piece of a batch may be a carried tail).
    expect(words.every((w) => seen.has(w))).toBe(true);
    for (let i = 1; i < batches.length; i++) expect(batches[i]!.text.startsWith(batches[i - 1]!.text.slice(-12))).toBe(true);
  });
});
