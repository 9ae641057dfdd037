/**
 * Hooks the handlers onto the protocol. Called synchronously from the background's `main`: a listener added
 * after an `await` would miss the message that woke the service worker.
 */
import type { MessageType } from '../messages';
import { onMessage } from '../messages';
import type { Handlers } from './handlers';

/**
 * Registers every handler; returns a function that removes them all. A message whose sender is not this
 * extension (`sender.id` differs from `runtimeId`) is ignored: nothing is read or changed, and the answer is empty.
 */
export function registerHandlers(handlers: Handlers, runtimeId: string): () => void {
  const removers = (Object.keys(handlers) as MessageType[]).map((type) => listen(handlers, type, runtimeId));
  return () => removers.forEach((remove) => remove());
}

function listen<K extends MessageType>(handlers: Handlers, type: K, runtimeId: string): () => void {
  return onMessage(type, (message) => {
    if (message.sender?.id !== runtimeId) return undefined;
    return handlers[type](message.data, message.sender);
  });
}
