// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ENTITY_ATTR } from '../../lib/page/marks';
import { MAX_REMARKS_PER_BLOCK, observe, type Observation, type ObserveOptions } from '../../lib/page/observer';
import type { ScanSummary } from '../../lib/page/scanner';
import { loadNewsPage, marksIn, wordMatcher } from './support/page';

const words = { Aktau: 'aktau', Baku: 'baku', Grozny: 'grozny', 'Flight J2-8243': 'flight' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let observation: Observation | undefined;
const scans: { summary: ScanSummary; reason: string; at: number }[] = [];

function start(options: ObserveOptions = {}): Observation {
  observation = observe(document, wordMatcher(words), {
    delayMs: 20,
    ...options,
    onScan: (summary, reason) => scans.push({ summary, reason, at: performance.now() }),
  });
  return observation;
}

function paragraph(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.querySelector('article')!.appendChild(p);
  return p;
}

beforeEach(() => {
  loadNewsPage();
  scans.length = 0;
});
afterEach(() => observation?.stop());

describe('observe', () => {
  test('marks the page at start, then content added later within a second (default delay)', async () => {
    observation = observe(document, wordMatcher(words), { onScan: (summary, reason) => scans.push({ summary, reason, at: 0 }) });
    await observation.idle();
    expect(scans.map((s) => s.reason)).toEqual(['initial']);
    const before = marksIn().length;
    expect(before).toBeGreaterThan(5);

    const added = Date.now();
    const p = paragraph('Live update: rescuers in <a href="#">Aktau</a> found the second flight recorder.');
    await vi.waitFor(() => expect(marksIn(p)).toHaveLength(1), { timeout: 1000, interval: 10 });
    expect(Date.now() - added).toBeLessThan(1000);
    expect(marksIn().length).toBe(before + 1);
  });

  test('does not rescan because of its own marks', async () => {
    start();
    await observation!.idle();
    await sleep(150);
    expect(scans).toHaveLength(1);
    paragraph('Crews from Baku arrived.');
    await observation!.idle();
    await sleep(150);
    expect(scans.map((s) => s.reason)).toEqual(['initial', 'mutation']);
    // The mutation scan looked only at what changed, not the whole page.
    expect(scans[1]!.summary.contexts).toBe(1);
  });

  test('re-marks a paragraph whose marked text the page changed', async () => {
    start();
    await observation!.idle();
    const quote = document.querySelector('blockquote p')!;
    const mark = marksIn(quote)[0]!;
    expect(mark.getAttribute(ENTITY_ATTR)).toBe('aktau');
    (mark.firstChild as Text).data = 'Baku';
    await observation!.idle();
    expect(marksIn(quote).map((m) => [m.getAttribute(ENTITY_ATTR), m.textContent])).toEqual([['baku', 'Baku']]);
    expect(quote.textContent).toBe('“We saw it come down,” a fisherman in Baku told reporters.');
  });

  test('marks a mention completed by text added next to existing text', async () => {
    start();
    await observation!.idle();
    const p = paragraph('Flight');
    await observation!.idle();
    expect(marksIn(p)).toHaveLength(0);
    p.append(document.createElement('em'));
    p.lastElementChild!.textContent = ' J2-8243';
    await observation!.idle();
    expect(marksIn(p).map((m) => m.textContent)).toEqual(['Flight J2-8243']);
  });

  test('leaves text typed into editors and form fields alone', async () => {
    start();
    await observation!.idle();
    const editor = document.querySelector('[contenteditable]')!;
    editor.append(' and Baku');
    document.querySelector('textarea')!.append(' and Baku');
    await observation!.idle();
    expect(marksIn(editor)).toHaveLength(0);
    expect(document.querySelector('textarea sourcelight-mark')).toBeNull();
  });

  test('ignores our own UI being added', async () => {
    start();
    await observation!.idle();
    const card = document.createElement('sourcelight-card');
    card.textContent = 'Aktau';
    document.body.append(card);
    await observation!.idle();
    await sleep(100);
    expect(scans).toHaveLength(1);
    expect(marksIn(card)).toHaveLength(0);
  });

  test('marks text that a "Read more" toggle reveals', async () => {
    start();
    await observation!.idle();
    const collapsed = document.querySelector('.collapsed')!;
    expect(marksIn(collapsed)).toHaveLength(0);
    collapsed.classList.remove('collapsed');
    await observation!.idle();
    expect(marksIn(collapsed).map((m) => m.textContent)).toEqual(['Aktau']);
  });

  test('marks text revealed by removing the hidden attribute', async () => {
    start();
    await observation!.idle();
    const hidden = document.querySelector('p[hidden]')!;
    hidden.removeAttribute('hidden');
    await observation!.idle();
    expect(marksIn(hidden).map((m) => m.textContent)).toEqual(['Aktau']);
  });

  test('marks a whole new page body after single-page navigation', async () => {
    start();
    await observation!.idle();
    document.querySelector('main')!.innerHTML =
      '<article><h1>Investigators meet in Baku</h1><p>The recorders were flown from <i>Aktau</i>.</p></article>';
    await observation!.idle();
    expect(marksIn(document.querySelector('main')!).map((m) => m.textContent)).toEqual(['Baku', 'Aktau']);
  });

  test('marks again what a page unwrapped once', async () => {
    start();
    await observation!.idle();
    const count = marksIn().length;
    for (const mark of marksIn()) mark.replaceWith(...Array.from(mark.childNodes));
    expect(marksIn()).toHaveLength(0);
    await observation!.idle();
    expect(marksIn()).toHaveLength(count);
  });

  test('stops marking once stopped', async () => {
    start();
    await observation!.idle();
    observation!.stop();
    const p = paragraph('Aktau again.');
    await sleep(100);
    expect(marksIn(p)).toHaveLength(0);
  });

  test('stops when its signal aborts', async () => {
    const controller = new AbortController();
    start({ signal: controller.signal });
    await observation!.idle();
    controller.abort();
    const p = paragraph('Aktau again.');
    await sleep(100);
    expect(marksIn(p)).toHaveLength(0);
  });
});

describe('observe on a page that fights the marks', () => {
  test('a page that unwraps every mark in place makes us give that block up, not loop', async () => {
    const pageObserver = new MutationObserver(() => {
      for (const mark of marksIn()) mark.replaceWith(...Array.from(mark.childNodes));
    });
    pageObserver.observe(document.body, { childList: true, subtree: true });
    start();
    await sleep(1500);
    pageObserver.disconnect();
    const mutationScans = scans.filter((s) => s.reason === 'mutation').length;
    // Every marked block is re-marked at most MAX_REMARKS_PER_BLOCK times; the scans stop well before 1.5 s.
    expect(mutationScans).toBeGreaterThan(0);
    expect(mutationScans).toBeLessThanOrEqual(MAX_REMARKS_PER_BLOCK + 1);
    const settled = scans.length;
    await sleep(300);
    expect(scans).toHaveLength(settled);
    expect(document.body.textContent).toContain('a fisherman in Aktau told reporters');
  });

  test('a page that re-renders every block we mark slows us down exponentially', async () => {
    const pageObserver = new MutationObserver(() => {
      for (const mark of marksIn()) {
        const block = mark.closest('p, li, h1, td, figcaption, blockquote');
        if (!block?.isConnected) continue;
        const fresh = block.cloneNode(true) as Element;
        for (const m of marksIn(fresh)) m.replaceWith(...Array.from(m.childNodes));
        block.replaceWith(fresh); // a framework re-creating the element it owns
      }
    });
    pageObserver.observe(document.body, { childList: true, subtree: true });
    start();
    await sleep(1500);
    pageObserver.disconnect();
    const times = scans.filter((s) => s.reason === 'mutation').map((s) => s.at);
    // With a 20 ms base delay doubling each round, 1.5 s holds at most about six rounds.
    expect(times.length).toBeGreaterThan(1);
    expect(times.length).toBeLessThanOrEqual(7);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps[gaps.length - 1]!).toBeGreaterThan(gaps[0]! * 2);
  });
});
