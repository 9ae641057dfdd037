/**
 * Hooks the handlers onto runtime messaging. Called synchronously from the background's `main`: a listener added
 * after an `await` would miss the message that woke the service worker.
 *
 * One listener of our own rather than @webext-core/messaging's `onMessage`, which finds a message's handler on a
 * plain object, so that `constructor`, `toString` or `__proto__` reached Object.prototype instead. It speaks the
 * library's envelope ({ id, type, data, timestamp } in, { res } or { err } out), so senders keep `sendMessage`.
 */
import type { MessageType } from '../messages';
import type { Handlers, Sender } from './handlers';
import { oversizePayload } from './payload-size';
import { PayloadError } from './validate';

/** Who sent a message, as the browser says: the extension's id, and a page's tab and frame. */
export interface MessageSender extends Sender {
  id?: string;
}

type Listener = (message: unknown, sender: MessageSender, sendResponse: (reply: Reply) => void) => boolean;

/** What this needs of `browser.runtime`, passed in so nothing in lib/ touches an extension API. */
export interface Runtime {
  id: string;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

export type Reply = { res: unknown } | { err: { name: string; message: string; stack: string } };

/** 500 characters: our longest error (a damaged store, with what is wrong) fits; past that it is a dump. */
export const MAX_ERROR_LENGTH = 500;

/**
 * Registers every handler; returns a function that removes them. A message from another extension or a web page
 * (`sender.id` is not ours), or of a type the protocol does not define, gets no answer at all: nothing is read
 * or changed. A payload too large for any message is refused before its handler runs.
 */
export function registerHandlers(handlers: Handlers, runtime: Runtime): () => void {
  const listener: Listener = (message, sender, sendResponse) => {
    if (sender?.id !== runtime.id) return false;
    const type = protocolType(handlers, message);
    if (type === null) return false;
    void answer(handlers, type, (message as { data?: unknown }).data, sender).then(sendResponse);
    // Tells the browser the answer comes later, through sendResponse.
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** The message's type if the protocol defines it: an own property of the handlers, nothing inherited. */
function protocolType(handlers: Handlers, message: unknown): MessageType | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(handlers, type) ? (type as MessageType) : null;
}

async function answer(handlers: Handlers, type: MessageType, data: unknown, sender: MessageSender): Promise<Reply> {
  try {
    const oversize = oversizePayload(data);
    if (oversize) throw new PayloadError(`The "${type}" message is too large: ${oversize}.`);
    return { res: await handlers[type](data, sender) };
  } catch (error) {
    return { err: boundedError(error) };
  }
}

/** An error as the sender's `sendMessage` rebuilds it (name, message, stack), small whatever was thrown. */
export function boundedError(error: unknown): { name: string; message: string; stack: string } {
  const name = error instanceof Error ? error.name.slice(0, 50) : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return {
    name,
    message: message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message,
    // The background's stack tells a sender nothing it can use.
    stack: '',
  };
}
