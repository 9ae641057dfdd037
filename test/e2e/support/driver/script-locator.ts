/**
 * Locators with Playwright's meaning for what the tests use (CSS that reaches into shadow roots, roles with their
 * accessible names, nth/first/last, strict single-element actions), resolved by a script sent to where the elements
 * are: Firefox's tabs (each call resolves the query again in the tab's isolated world, a WebDriver BiDi sandbox,
 * where a page that overrides DOM methods in its own world cannot change what a test sees), and in both browsers
 * the extension's own world, the one place that sees into Sourcelight's closed shadow root. Actions are real mouse
 * and keys.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Box, Loc, RoleOptions, Tab } from './types';

/** Where a script locator's queries run, and the tab's real input. */
export interface ScriptTarget {
  /** Evaluates a self-contained expression where the elements are, resolving to its (JSON-able) value. */
  evaluate(expression: string): Promise<unknown>;
  mouse: Pick<Tab['mouse'], 'click'>;
  keyboard: Tab['keyboard'];
  /** Gives the file input `selector` finds these files on disk, where the browser offers a way. */
  uploadFiles?(selector: string, paths: string[]): Promise<void>;
}

type Match = { name?: string; pattern?: [string, string]; exact?: boolean };
type Step = { css: string } | ({ role: string } & Match) | ({ text: true } & Match) | ({ label: true } & Match) | { nth: number };

/** How long a single-element action waits for its element (Playwright's default action timeout is none; 5 s here). */
const ACTION_TIMEOUT_MS = 5000;

/**
 * Runs where the elements are: the elements `steps` select, in document order. Self-contained (it is sent as source
 * text). A CSS step matches within each root and within every shadow root below it the world can see, one selector
 * per tree.
 */
function locate(steps: Step[]): Element[] {
  const IMPLICIT: Record<string, string> = { BUTTON: 'button', ARTICLE: 'article', A: 'link', H1: 'heading', H2: 'heading', H3: 'heading', UL: 'list', OL: 'list', LI: 'listitem', SECTION: 'region', TEXTAREA: 'textbox', OPTION: 'option', DIALOG: 'dialog', BLOCKQUOTE: 'blockquote' };
  const NAMED_BY_CONTENT = new Set(['button', 'link', 'tab', 'option', 'switch', 'checkbox', 'radio', 'heading', 'menuitem', 'cell', 'treeitem', 'listitem']);
  // An extension's content-script world sees closed roots too: chrome.dom in Chromium, openOrClosedShadowRoot in Firefox.
  type Seeing = { chrome?: { dom?: { openOrClosedShadowRoot?(element: Element): ShadowRoot | null } } };
  const closedRoot = (globalThis as Seeing).chrome?.dom?.openOrClosedShadowRoot;
  const shadowOf = (element: Element): ShadowRoot | null => {
    if (element.shadowRoot) return element.shadowRoot;
    if (closedRoot) return element instanceof HTMLElement ? closedRoot(element) : null;
    return (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  };
  const within = (root: Document | Element | ShadowRoot, selector: string, out: Element[]) => {
    for (const element of Array.from(root.querySelectorAll(selector))) out.push(element);
    const hosts = Array.from(root.querySelectorAll('*')).filter((element) => shadowOf(element));
    if (root instanceof Element && shadowOf(root)) hosts.unshift(root);
    for (const host of hosts) within(shadowOf(host)!, selector, out);
  };
  const roleOf = (element: Element): string => {
    const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
    if (explicit) return explicit;
    if (element.localName === 'input') {
      const type = (element.getAttribute('type') ?? 'text').toLowerCase();
      return type === 'checkbox' ? 'checkbox' : type === 'radio' ? 'radio' : ['button', 'submit', 'reset'].includes(type) ? 'button' : type === 'search' ? 'searchbox' : 'textbox';
    }
    if (element.localName === 'a' && !element.hasAttribute('href')) return '';
    return IMPLICIT[element.tagName] ?? '';
  };
  const hidden = (element: Element): boolean => element.closest('[aria-hidden="true"]') !== null || !(element as HTMLElement).checkVisibility?.();
  const text = (node: Node): string => {
    if (node.nodeType === 3) return (node as Text).data;
    if (node.nodeType !== 1 || (node as Element).getAttribute('aria-hidden') === 'true') return '';
    const element = node as Element;
    if (element.localName === 'style' || element.localName === 'script') return '';
    return Array.from((shadowOf(element) ?? element).childNodes, text).join('');
  };
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  const nameOf = (element: Element, role: string): string => {
    const doc = element.ownerDocument;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return squash(labelledBy.split(/\s+/).map((id) => text(doc.getElementById(id) ?? doc.createTextNode(''))).join(' '));
    const label = element.getAttribute('aria-label');
    if (label) return squash(label);
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length) return squash(Array.from(labels, text).join(' '));
    return NAMED_BY_CONTENT.has(role) ? squash(text(element)) : '';
  };
  const matches = (value: string, match: Match): boolean => {
    if (match.pattern) return new RegExp(match.pattern[0], match.pattern[1]).test(value);
    if (match.name === undefined) return true;
    const wanted = squash(match.name);
    return match.exact ? value === wanted : value.toLowerCase().includes(wanted.toLowerCase());
  };
  let found: (Document | Element)[] = [document];
  for (const step of steps) {
    if ('nth' in step) {
      const at = step.nth < 0 ? found.length + step.nth : step.nth;
      found = found[at] ? [found[at]!] : [];
      continue;
    }
    const next: Element[] = [];
    for (const root of found) {
      const candidates: Element[] = [];
      within(root, 'css' in step ? step.css : 'label' in step ? 'input, textarea, select' : '*', candidates);
      for (const element of candidates) {
        if (next.includes(element)) continue;
        if ('role' in step) {
          if (roleOf(element) !== step.role || hidden(element) || !matches(nameOf(element, step.role), step)) continue;
        } else if ('text' in step) {
          // The innermost element holding the text, as Playwright's getByText finds it.
          if (hidden(element) || !matches(squash(text(element)), step)) continue;
          if (Array.from(element.children).some((child) => matches(squash(text(child)), step))) continue;
        } else if ('label' in step) {
          if (!['input', 'textarea', 'select'].includes(element.localName) || !matches(nameOf(element, 'textbox'), step)) continue;
        }
        next.push(element);
      }
    }
    found = next;
  }
  return found as Element[];
}

/** A Loc over the top document of `target` (see the module comment). */
export function scriptLocator(target: ScriptTarget, steps: Step[] = []): Loc & Pick<Tab, 'getByText' | 'getByLabel'> {
  const describe = () => JSON.stringify(steps);
  /** Runs `operation` (source taking the elements and `arg`) with the elements the steps select. */
  const run = <R>(operation: string, arg?: unknown): Promise<R> =>
    target.evaluate(`(${operation})((${locate.toString()})(${JSON.stringify(steps)}), ${JSON.stringify(arg ?? null)})`) as Promise<R>;
  /** Single-element operations are strict, as Playwright's are: a query that matches several elements is a test bug. */
  const one = async <R>(operation: string, arg?: unknown, wait = true): Promise<R> => {
    const deadline = Date.now() + ACTION_TIMEOUT_MS;
    for (;;) {
      const count = await run<number>('(els) => els.length');
      if (count > 1) throw new Error(`${describe()} matches ${count} elements`);
      if (count === 1) return run<R>(`(els, arg) => (${operation})(els[0], arg)`, arg);
      if (!wait || Date.now() > deadline) throw new Error(`${describe()} matches no element`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const visible = `(el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; }`;
  const chain = (step: Step) => scriptLocator(target, [...steps, step]);
  const match = (text: string | RegExp | undefined, exact?: boolean): Match =>
    text instanceof RegExp ? { pattern: [text.source, text.flags] } : { name: text, exact };
  const loc: Loc & Pick<Tab, 'getByText' | 'getByLabel'> = {
    locator: (css) => chain({ css }),
    getByRole: (role, options: RoleOptions = {}) => chain({ role, ...match(options.name, options.exact) }),
    getByText: (text, options = {}) => chain({ text: true, ...match(text, options.exact) }),
    getByLabel: (text, options = {}) => chain({ label: true, ...match(text, options.exact) }),
    nth: (index) => chain({ nth: index }),
    first: () => chain({ nth: 0 }),
    last: () => chain({ nth: -1 }),
    count: () => run('(els) => els.length'),
    textContent: () => one('(el) => el.textContent'),
    allTextContents: () => run('(els) => els.map((el) => el.textContent ?? "")'),
    getAttribute: (name) => one('(el, name) => el.getAttribute(name)', name),
    async isVisible() {
      const count = await run<number>('(els) => els.length');
      if (count > 1) throw new Error(`${describe()} matches ${count} elements`);
      return count === 1 && one<boolean>(visible);
    },
    isChecked: () => one('(el) => el.getAttribute("aria-checked") === "true" || el.checked === true'),
    isDisabled: () => one('(el) => el.disabled === true || el.getAttribute("aria-disabled") === "true"'),
    boundingBox: () => one<Box | null>('(el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }'),
    evaluate: (fn) => one(fn.toString()),
    async waitFor(options = {}) {
      const deadline = Date.now() + (options.timeout ?? 30_000);
      while (!(await loc.isVisible().catch(() => false))) {
        if (Date.now() > deadline) throw new Error(`${describe()} was not visible within ${options.timeout ?? 30_000} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async click() {
      // Scrolled into view in every scrolling box that holds it, then a real click in the middle of its first box, as
      // Playwright does (the middle of a link broken over two lines may be outside both).
      const at = await one<{ x: number; y: number } | null>(
        `(el) => { el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
          const r = Array.from(el.getClientRects()).find((box) => box.width > 0 && box.height > 0); return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null; }`,
      );
      if (!at) throw new Error(`${describe()} is not visible, so it cannot be clicked`);
      await target.mouse.click(at.x, at.y);
    },
    async fill(text) {
      await one('(el) => { el.focus(); el.select?.(); }');
      await target.keyboard.press('Backspace');
      if (text) await target.keyboard.type(text);
    },
    async setInputFiles(files) {
      const upload = target.uploadFiles;
      if (!upload) throw new Error(`${describe()}: files cannot be given to an input in this world`);
      // The element is tagged here for the browser's own file-giving command to find.
      const tag = `files-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      await one(`(el, tag) => el.setAttribute('data-sourcelight-e2e', tag)`, tag);
      // Firefox reads a chosen file from disk when the page asks for its bytes, later than this call: the files stay
      // until the test process ends (a file deleted before then reads as an error, as it would for a reader).
      const dir = await mkdtemp(join(tmpdir(), 'sourcelight-files-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      const paths = await Promise.all(files.map(async (file) => {
        const path = join(dir, file.name);
        await writeFile(path, file.buffer);
        return path;
      }));
      await upload(`[data-sourcelight-e2e="${tag}"]`, paths);
      await one(`(el) => el.removeAttribute('data-sourcelight-e2e')`);
    },
    scrollIntoViewIfNeeded: () => one('(el) => el.scrollIntoView({ block: "center", inline: "center", behavior: "instant" })'),
  };
  return loc;
}
