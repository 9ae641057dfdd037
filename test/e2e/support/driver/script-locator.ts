/**
 * Locators for the Firefox driver, with Playwright's meaning for what the tests use: CSS that reaches into open
 * shadow roots, roles with their accessible names, nth/first/last, strict single-element actions. Each call resolves
 * the query again in the tab's isolated world (a WebDriver BiDi sandbox), where a page that overrides DOM methods in
 * its own world (test/e2e/pages/hostile.html) cannot change what a test sees; actions are real mouse and keys.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Box, Loc, RoleOptions, Tab } from './types';

type Match = { name?: string; pattern?: [string, string]; exact?: boolean };
type Step = { css: string } | ({ role: string } & Match) | ({ text: true } & Match) | ({ label: true } & Match) | { nth: number };

/** How long a single-element action waits for its element (Playwright's default action timeout is none; 5 s here). */
const ACTION_TIMEOUT_MS = 5000;

/**
 * Runs in the page: the elements `steps` select, in document order. Self-contained (it is sent as source text).
 * A CSS step matches within each root and within every open shadow root below it, one selector per tree.
 */
function locate(steps: Step[]): Element[] {
  const IMPLICIT: Record<string, string> = { BUTTON: 'button', ARTICLE: 'article', A: 'link', H1: 'heading', H2: 'heading', H3: 'heading', UL: 'list', OL: 'list', LI: 'listitem', SECTION: 'region', TEXTAREA: 'textbox', OPTION: 'option', DIALOG: 'dialog', BLOCKQUOTE: 'blockquote' };
  const NAMED_BY_CONTENT = new Set(['button', 'link', 'tab', 'option', 'switch', 'checkbox', 'radio', 'heading', 'menuitem', 'cell', 'treeitem', 'listitem']);
  const within = (root: Document | Element | ShadowRoot, selector: string, out: Element[]) => {
    for (const element of Array.from(root.querySelectorAll(selector))) out.push(element);
    const hosts = Array.from(root.querySelectorAll('*')).filter((element) => element.shadowRoot);
    if ('shadowRoot' in root && root.shadowRoot) hosts.unshift(root);
    for (const host of hosts) within(host.shadowRoot!, selector, out);
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
    return Array.from((element.shadowRoot ?? element).childNodes, text).join('');
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

/** A Loc over `page`'s top document (see the module comment). */
export function firefoxLocator(page: Page, steps: Step[] = []): Loc & Pick<Tab, 'getByText' | 'getByLabel'> {
  const describe = () => JSON.stringify(steps);
  /** Runs `operation` (page-side source taking the elements and `arg`) with the elements the steps select. */
  // The isolated realm is in puppeteer's Frame but left out of its published types.
  const isolated = () => (page.mainFrame() as unknown as { isolatedRealm(): { evaluate(script: string): Promise<unknown> } }).isolatedRealm();
  const run = <R>(operation: string, arg?: unknown): Promise<R> =>
    isolated().evaluate(`(${operation})((${locate.toString()})(${JSON.stringify(steps)}), ${JSON.stringify(arg ?? null)})`) as Promise<R>;
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
  const chain = (step: Step) => firefoxLocator(page, [...steps, step]);
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
      await page.mouse.click(at.x, at.y);
    },
    async fill(text) {
      await one('(el) => { el.focus(); el.select?.(); }');
      await page.keyboard.press('Backspace');
      if (text) await page.keyboard.type(text);
    },
    async setInputFiles(files) {
      // Files go in through BiDi's input.setFiles, which wants the element itself: tagged here, found by puppeteer.
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
      const input = (await page.$(`[data-sourcelight-e2e="${tag}"]`)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`${describe()}: the file input went away`);
      await input.uploadFile(...paths);
      await input.evaluate((el) => el.removeAttribute('data-sourcelight-e2e'));
    },
    scrollIntoViewIfNeeded: () => one('(el) => el.scrollIntoView({ block: "center", inline: "center", behavior: "instant" })'),
  };
  return loc;
}
