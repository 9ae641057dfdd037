import newsPage from '../fixtures/news-page.html?raw';
import type { MatchFn } from '../../../lib/page/scanner';

/** Loads the fixture news page (head and body) into the test's document. */
export function loadNewsPage(): void {
  document.documentElement.innerHTML = newsPage;
}

/**
 * A deliberately small matcher for DOM tests: finds each listed word where it stands as a whole word (case
 * sensitive). The real matcher (lib/match) is plugged in by the content script; these tests prove the DOM side.
 */
export function wordMatcher(words: Record<string, string>): MatchFn & { calls: string[] } {
  const calls: string[] = [];
  const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const match = (text: string) => {
    calls.push(text);
    const found: { entity: string; start: number; end: number }[] = [];
    for (const [word, entity] of Object.entries(words)) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        const end = i + word.length;
        if (!isWordChar(text[i - 1]) && !isWordChar(text[end])) found.push({ entity, start: i, end });
      }
    }
    return found;
  };
  return Object.assign(match, { calls });
}

/** Every node under `root` in document order, for comparing node identity before and after. */
export function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root, 0xffffffff);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/** Marks an event as the reader's own, as a browser does for real input (happy-dom leaves `isTrusted` unset). */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
