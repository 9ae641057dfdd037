// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { markEveryMention } from '../../lib/page/choice';
import { claimAsOwnUi } from '../../lib/page/own-ui';
import { MAX_REREADS, markPage, type PageMarks, type PageMarksOptions } from '../../lib/page/page-marks';
import type { ScanSummary } from '../../lib/page/scanner';
import { everythingNear, fakeHighlights, textOf, type FakeHighlight } from './support/highlights';
import { loadNewsPage, wordMatcher } from './support/page';

const words = { Aktau: 'aktau', Baku: 'baku', Grozny: 'grozny', 'Flight J2-8243': 'flight' };

let marks: PageMarks | undefined;
let api: ReturnType<typeof fakeHighlights>;
const scans: { summary: ScanSummary; reason: string }[] = [];
let controller: AbortController;


function start(options: Partial<PageMarksOptions> = {}): PageMarks {
  controller = new AbortController();
  marks = markPage(document, {
    match: wordMatcher(words),
    highlights: api,
    choice: markEveryMention,
    signal: controller.signal,
    delayMs: 20,
    window: everythingNear,
    // Each scan step goes on in a microtask, so the fake clock below accounts for every wait.
    yieldToEventLoop: () => Promise.resolve(),
    onScan: (summary, reason) => scans.push({ summary, reason }),
    ...options,
  });
  return marks;
}

/** What is painted under `root`, as [entity, text], in no particular order. */
function painted(root: Node = document): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, highlight] of api.registry) {
    for (const range of highlight as FakeHighlight) {
      if (root.contains(range.startContainer)) out.push([name.replace('sourcelight-entity-', ''), textOf(range)]);
    }
  }
  return out.sort();
}

/** Runs the fake clock until the page watch has read every change and the window's answers have arrived. */
async function settled(): Promise<void> {
  await vi.runAllTimersAsync();
}

function paragraph(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.querySelector('article')!.appendChild(p);
  return p;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  document.designMode = 'off';
  loadNewsPage();
  api = fakeHighlights();
  scans.length = 0;
});
afterEach(() => {
  controller?.abort();
  vi.useRealTimers();
});

describe('marks on a page that changes', () => {
  test('paints the page at start, then what the page adds later, within a second (default delay)', async () => {
    start({ delayMs: undefined });
    await settled();
    expect(scans.map((s) => s.reason)).toEqual(['initial']);
    const before = painted().length;
    expect(before).toBeGreaterThan(5);
    const p = paragraph('Live update: rescuers in <a href="#">Aktau</a> found the second flight recorder.');
    await vi.advanceTimersByTimeAsync(1000);
    expect(painted(p)).toEqual([['aktau', 'Aktau']]);
    expect(painted()).toHaveLength(before + 1);
  });

  test('reads again only what changed', async () => {
    start();
    await settled();
    paragraph('Crews from Baku arrived.');
    await settled();
    expect(scans.map((s) => s.reason)).toEqual(['initial', 'change']);
    expect(scans[1]!.summary.contexts).toBe(1);
  });

  test('the page editing a mention\'s text takes its mark off at once, then paints what the text says now', async () => {
    start();
    await settled();
    const quote = document.querySelector('blockquote p')!;
    expect(painted(quote)).toEqual([['aktau', 'Aktau']]);
    const node = quote.firstChild as Text;
    node.data = node.data.replace('Aktau', 'Baku');
    await Promise.resolve(); // the mutation records arrive
    expect(painted(quote)).toEqual([]);
    await settled();
    expect(painted(quote)).toEqual([['baku', 'Baku']]);
  });

  test('a paragraph the page takes out: its painted marks go at once, those far from the window with the burst', async () => {
    // Only the first paragraph holding a mention is near the viewport; the others are far below it.
    let nearBlock: Element | null = null;
    const far = { top: 100_000, bottom: 100_010 };
    start({ window: { beforeFrame: (work) => queueMicrotask(work), extentOfBlock: (block) => (block === nearBlock ? { top: 0, bottom: 10 } : far) } });
    const withMention = [...document.querySelectorAll('article p')].filter((p) => /Aktau|Baku|Grozny/.test(p.textContent ?? ''));
    nearBlock = withMention[0]!;
    window.dispatchEvent(new Event('scroll'));
    await settled();
    const farBlock = [...marks!.marked()].map((m) => m.block).filter((b) => b.localName === 'p' && b !== nearBlock).pop()!;
    expect(painted(nearBlock).length).toBeGreaterThan(0);
    expect(painted(farBlock)).toEqual([]);
    const inFar = [...marks!.marked()].filter((m) => m.block === farBlock).length;
    expect(inFar).toBeGreaterThan(0);

    nearBlock.remove();
    farBlock.remove();
    await Promise.resolve(); // the mutation records arrive; the burst's batch has not run
    // Nothing painted on text the page took out.
    expect([...api.registry.values()].every((h) => [...(h as FakeHighlight)].every((r) => r.startContainer.isConnected))).toBe(true);
    expect([...marks!.marked()].filter((m) => m.block === farBlock || m.block === nearBlock)).toEqual([]);
    await settled();
    expect([...marks!.marked()].filter((m) => !m.startNode.isConnected)).toEqual([]);
  });

  test('a mention found again after an edit elsewhere in its block keeps its identity (an open card stays open)', async () => {
    start();
    await settled();
    const lead = document.querySelector('article > p:nth-of-type(2)')!;
    const grozny = [...marks!.marked()].find((m) => m.entity === 'grozny' && lead.contains(m.startNode))!;
    lead.prepend('Update: ');
    await settled();
    expect([...marks!.marked()]).toContain(grozny);
    expect(marks!.painter.isShown(grozny)).toBe(true);
  });

  test('a mention completed by text added next to existing text is found', async () => {
    start();
    await settled();
    const p = paragraph('Flight');
    await settled();
    expect(painted(p)).toEqual([]);
    const em = document.createElement('em');
    em.textContent = ' J2-8243';
    p.append(em);
    await settled();
    expect(painted(p)).toEqual([['flight', 'Flight J2-8243']]);
  });

  test('a whole new view after single-page navigation is painted, the old view\'s marks are gone', async () => {
    start();
    await settled();
    document.querySelector('main')!.innerHTML =
      '<article><h1>Investigators meet in Baku</h1><p>The recorders were flown from <i>Aktau</i>.</p></article>';
    await settled();
    expect(painted(document.querySelector('main')!)).toEqual([['aktau', 'Aktau'], ['baku', 'Baku']]);
    // Nothing painted is left pointing at nodes the page took away.
    for (const highlight of api.registry.values()) for (const range of highlight) expect(range.startContainer.isConnected).toBe(true);
  });

  test('leaves text typed into editors and form fields alone', async () => {
    start();
    await settled();
    const editor = document.querySelector('[contenteditable]')!;
    editor.append(' and Baku');
    document.querySelector('textarea')!.append(' and Baku');
    await settled();
    expect(painted(editor)).toEqual([]);
    expect(painted(document.querySelector('textarea')!)).toEqual([]);
  });

  test('a document someone edits as a whole (designMode) is left alone', async () => {
    document.designMode = 'on';
    start();
    await settled();
    expect(painted()).toEqual([]);
  });

  test('our own card host coming and going is none of its business', async () => {
    start();
    await settled();
    const host = document.createElement('sourcelight-card-host');
    claimAsOwnUi(host);
    host.textContent = 'Aktau';
    document.documentElement.append(host);
    host.remove();
    await settled();
    expect(scans).toHaveLength(1);
  });

  test('paints text that a "Read more" toggle or a removed hidden attribute reveals', async () => {
    start();
    await settled();
    const collapsed = document.querySelector('.collapsed')!;
    const hidden = document.querySelector('p[hidden]')!;
    expect(painted(collapsed)).toEqual([]);
    collapsed.classList.remove('collapsed');
    hidden.removeAttribute('hidden');
    await settled();
    expect(painted(collapsed)).toEqual([['aktau', 'Aktau']]);
    expect(painted(hidden)).toEqual([['aktau', 'Aktau']]);
  });

  test('never writes to the page: its markup is the same after marking, changes and stopping', async () => {
    start();
    await settled();
    paragraph('Crews from Baku arrived.');
    await settled();
    const html = document.documentElement.outerHTML;
    marks!.stop();
    expect(document.documentElement.outerHTML).toBe(html);
    expect(api.registry.size).toBe(0);
  });

  test('stops reading and painting once its signal aborts', async () => {
    start();
    await settled();
    controller.abort();
    const p = paragraph('Aktau again.');
    await vi.runAllTimersAsync();
    expect(painted(p)).toEqual([]);
    expect(api.registry.size).toBe(0);
  });
});

describe('a page that rewrites its text without end', () => {
  test('a block rewritten on every read is read again a bounded number of times, then left as it is', async () => {
    start();
    await settled();
    const ticker = paragraph('Aktau: 0');
    await settled();
    const reads = () => scans.filter((s) => s.reason === 'change').length;
    const before = reads();
    for (let i = 1; i <= MAX_REREADS * 3; i++) {
      (ticker.firstChild as Text).data = `Aktau: ${i}`;
      await settled();
    }
    expect(reads() - before).toBeLessThanOrEqual(MAX_REREADS + 1);
    expect(document.body.textContent).toContain(`Aktau: ${MAX_REREADS * 3}`);
  });
});
