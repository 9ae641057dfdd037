import type { Page } from 'playwright-core';

/**
 * Sends one protocol message from an extension page (popup.html), as the popup and content
 * script do, and returns the handler's answer. A test page cannot import lib/messages.ts, so
 * this builds the envelope @webext-core/messaging 4 puts on the wire
 * ({ id, type, data, timestamp } out, { res } or { err } back; see its dist/generic-*.mjs).
 * If the library changes its envelope, this helper is the one place to follow it.
 */
export async function ask<T>(page: Page, type: string, data?: unknown): Promise<T> {
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
