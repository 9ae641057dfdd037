/**
 * A tab's top document as Sourcelight's content script sees it, closed shadow root included: the card lives there,
 * out of the page's reach (issue 15), so tests read and click it from the extension's own side. Each query is run by
 * the background through `scripting.executeScript` in the extension's isolated world, the same world the content
 * script runs in; clicks are the tab's real mouse at the element's place.
 */
import { scriptLocator } from './script-locator';
import type { Extension, Loc, Tab, World } from './types';

/** window.name tells the tab apart from others at the same address; both worlds read the same value. */
const KEY_PREFIX = 'sourcelight-e2e-';

type Outcome = { miss: true } | { refused: string } | { error: string } | { value: unknown };

export function extensionWorld(
  inBackground: Extension['inBackground'],
  tab: World & Pick<Tab, 'mouse' | 'keyboard'>,
): Loc & Pick<Tab, 'getByText' | 'getByLabel'> {
  const keyOf = () =>
    tab.evaluate<string>(
      `window.name.startsWith(${JSON.stringify(KEY_PREFIX)}) ? window.name : (window.name = ${JSON.stringify(KEY_PREFIX)} + Math.random().toString(36).slice(2))`,
    );
  async function evaluate(expression: string): Promise<unknown> {
    const key = await keyOf();
    // Built as source, so the expression becomes part of the function the background hands to executeScript (a
    // content-script world runs no eval).
    const inject = `function (key) {
      if (window.name !== key) return { miss: true };
      try {
        // A node cannot leave its world (Firefox refuses the whole result): it comes back as null, as from Playwright.
        return Promise.resolve(${expression}).then((value) => ({ value: value instanceof Node ? null : value }), (failure) => ({ error: String(failure && failure.stack || failure) }));
      } catch (failure) {
        return { error: String(failure && failure.stack || failure) };
      }
    }`;
    const run = new Function('scope', 'key', `
      const api = scope.chrome;
      return api.tabs.query({}).then((tabs) => Promise.allSettled(tabs.map((t) =>
        api.scripting.executeScript({ target: { tabId: t.id }, func: ${inject}, args: [key] }))))
        .then((runs) => runs.flatMap((r) => (r.status === 'fulfilled' ? r.value.map((frame) => frame.result) : [{ refused: String(r.reason) }])));
    `) as (scope: typeof globalThis, key: string) => Promise<Outcome[]>;
    const outcomes = await inBackground(run, key);
    const outcome = outcomes.find((found): found is { error: string } | { value: unknown } => Boolean(found) && ('error' in found || 'value' in found));
    if (!outcome) {
      const refusals = outcomes.flatMap((found) => (found && 'refused' in found ? [found.refused] : []));
      throw new Error(`the extension reached no tab with this test tab's key (no host access, or the tab is gone); tabs refused: ${[...new Set(refusals)].join('; ')}`);
    }
    if ('error' in outcome) throw new Error(`in the extension's world: ${outcome.error}`);
    return outcome.value;
  }
  return scriptLocator({ evaluate, mouse: tab.mouse, keyboard: tab.keyboard });
}
