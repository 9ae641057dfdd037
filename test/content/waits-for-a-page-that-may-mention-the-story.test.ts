// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchForMentions } from '../../lib/content/mention-watch';
import { lexiconFromCatalog } from '../../lib/match/lexicon';
import { buildPrefilter } from '../../lib/match/prefilter';
import { RESCAN_DELAY_MS } from '../../lib/page/changes';
import { readCatalog } from '../facts/articles';

const prefilter = buildPrefilter(lexiconFromCatalog(readCatalog().entities));
/** The watch's one look per burst of changes runs on this fake clock: tests move it on, never sleep. */
const afterChanges = () => vi.advanceTimersByTimeAsync(RESCAN_DELAY_MS * 2);

/** A page written for this test, in our own words, about nothing of the story. */
const ELSEWHERE = `
  <main>
    <h1>Harbour festival draws record crowds</h1>
    <p>Officials said the ferries ran every ten minutes, and told us the boats were full.</p>
    <p id="feed">Updates follow.</p>
  </main>`;

let controller = new AbortController();
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

/** Watches `html`; `alive` stands for the extension's runtime id, counted each time it is asked. */
function watch(html: string, alive = () => true): { calls: () => number; asked: () => number; gone: () => number } {
  document.body.innerHTML = html;
  controller = new AbortController();
  let calls = 0;
  let asked = 0;
  let gone = 0;
  watchForMentions(window, prefilter, {
    signal: controller.signal,
    onMayMention: () => calls++,
    alive: () => (asked++, alive()),
    onGone: () => gone++,
  });
  return { calls: () => calls, asked: () => asked, gone: () => gone };
}

describe('watching for mentions before the session loads', () => {
  it('calls at once on a page that may mention the story', () => {
    const seen = watch('<p>The jet came down near Aktau on Wednesday.</p>');
    expect(seen.calls()).toBe(1);
  });

  it('stays quiet on a page about something else', async () => {
    const seen = watch(ELSEWHERE);
    await afterChanges();
    expect(seen.calls()).toBe(0);
  });

  it('calls once the page adds text that may mention the story, and only once', async () => {
    const seen = watch(ELSEWHERE);
    const p = document.createElement('p');
    p.textContent = 'Kazakhstan opened an investigation into the crash.';
    document.getElementById('feed')!.after(p);
    await afterChanges();
    expect(seen.calls()).toBe(1);
    document.getElementById('feed')!.textContent = 'Baku and Grozny were named too.';
    await afterChanges();
    expect(seen.calls()).toBe(1);
  });

  it('reads the whole block a change lands in: a mention may start outside the changed element', async () => {
    const seen = watch('<p id="code">It was flight <span>1234</span> to the coast.</p>');
    await afterChanges();
    expect(seen.calls()).toBe(0);
    document.querySelector('#code span')!.textContent = '8243';
    await afterChanges();
    expect(seen.calls()).toBe(1);
  });

  it('reads a same-origin frame the page adds, once its document has loaded', async () => {
    const seen = watch(ELSEWHERE);
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>The jet came down near Aktau on Wednesday.</p>';
    document.body.append(frame);
    await expect.poll(seen.calls, { timeout: 2000 }).toBe(1);
  });

  it('never asks whether the extension is there while the page does not change', async () => {
    const seen = watch(ELSEWHERE);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(seen.asked()).toBe(0);
  });

  it('left behind by an extension that went away, stops at the page\'s next change without reading it', async () => {
    const seen = watch(ELSEWHERE, () => false);
    document.getElementById('feed')!.textContent = 'The jet came down near Aktau.';
    await afterChanges();
    expect([seen.calls(), seen.gone()]).toEqual([0, 1]);
    // Stopped: a later change is not even looked at.
    document.getElementById('feed')!.textContent = 'Baku and Grozny were named too.';
    await afterChanges();
    expect([seen.calls(), seen.asked(), seen.gone()]).toEqual([0, 1, 1]);
  });

  it('stops watching when its signal aborts', async () => {
    const seen = watch(ELSEWHERE);
    controller.abort();
    document.getElementById('feed')!.textContent = 'The jet came down near Aktau.';
    await afterChanges();
    expect(seen.calls()).toBe(0);
  });
});
