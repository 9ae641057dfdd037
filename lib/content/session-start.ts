/**
 * How the content script hands a page over to the page session once the page may mention the story. The content
 * script every page gets is small (entrypoints/page-check: the prefilter, a watch for new text, then the switches);
 * the session — matcher, marks, cards, Preact — is a second script the background runs in the same isolated world
 * only when needed (entrypoints/session.content.ts). That script leaves its start function on the isolated world's
 * global under SESSION_KEY, which no page script can see, and the content script calls it.
 */
import type { Lexicon } from '../match/lexicon';
import type { PackedTrie } from '../match/packed-trie';

export const SESSION_KEY = Symbol.for('sourcelight.session');

export interface SessionInput {
  lexicon: Lexicon;
  /** The lexicon's trie, compiled by the background (the session compiles its own if this is for another lexicon). */
  trie?: PackedTrie;
  /** The page's hostname, for the card's "turn off on this site". */
  hostname: string;
  /** Something failed that the reader cannot act on. */
  report: (error: unknown) => void;
}

export interface LoadedSession {
  /** Marks the page (again); see Session.enable. */
  enable(): Promise<void>;
  /** Takes every mark and card off the page; `enable` brings them back. */
  disable(): void;
  /** Disables for good: also stops listening for trust changes. */
  stop(): void;
}

export type StartSession = (start: SessionInput) => LoadedSession;

type Global = typeof globalThis & { [SESSION_KEY]?: StartSession };

export function offerSession(start: StartSession): void {
  (globalThis as Global)[SESSION_KEY] = start;
}

export function offeredSession(): StartSession | undefined {
  return (globalThis as Global)[SESSION_KEY];
}
