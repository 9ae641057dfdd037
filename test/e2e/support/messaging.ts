import type { Tab } from './driver';

/**
 * Sends one protocol message from an extension page (popup.html), as the popup and content
 * script do, and returns the handler's answer. A test page cannot import lib/messages.ts, so
 * this builds the envelope @webext-core/messaging 4 puts on the wire
 * ({ id, type, data, timestamp } out, { res } or { err } back; see its dist/generic-*.mjs).
 * If the library changes its envelope, this helper is the one place to follow it.
 */
export async function ask<T>(page: Tab, type: string, data?: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([type, data]) =>
      new Promise<{ res?: unknown; err?: { message?: string } } | undefined>((resolve, reject) => {
        const message = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
        chrome.runtime.sendMessage(message, (response) => {
          if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
          else resolve(response);
        });
      }),
    [type, data] as const,
  );
  if (reply == null) throw new Error(`no answer to "${type}": no handler is registered for it`);
  if (reply.err) throw new Error(`"${type}" answered with an error: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res as T;
}

/** Building the bundled articles takes well under a second; the bound only stops a hang. */
const READY_TIMEOUT_MS = 30_000;

/**
 * Asks for the status until the fact base is ready (each ask may wake a stopped worker), and answers the first
 * state seen, or why there was no answer. A plain loop, so a suite's beforeAll can wait with it too.
 */
export async function untilReady(page: Tab, timeoutMs = READY_TIMEOUT_MS): Promise<string> {
  const state = async () => {
    try {
      return (await ask<{ state: string }>(page, 'getStatus')).state;
    } catch (error) {
      return `no answer (${(error as Error).message})`;
    }
  };
  const first = await state();
  const deadline = Date.now() + timeoutMs;
  for (let last = first; last !== 'ready'; last = await state()) {
    if (Date.now() > deadline) throw new Error(`the fact base was not ready within ${timeoutMs} ms: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return first;
}
