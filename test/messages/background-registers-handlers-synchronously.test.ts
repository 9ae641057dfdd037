import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { bundledArticles } from '../../lib/facts/bundled';
import { sendMessage } from '../../lib/messages';
import { trustChangedAt } from '../../lib/trust-signal';
import { deliverAsThisExtension } from '../support/messaging';
import { readArticles } from '../facts/articles';

beforeEach(() => {
  fakeBrowser.reset();
  deliverAsThisExtension();
});

describe('the background entrypoint', () => {
  it('bundles every article in assets/articles unchanged', () => {
    expect(bundledArticles()).toEqual(readArticles());
  });

  it('has every handler registered when main returns, which it does synchronously', async () => {
    // A promise here would mean listeners could be registered after an await and miss a waking message.
    expect(background.main()).toBeUndefined();
    const pending = sendMessage('getCards', { entities: ['aktau'] });
    const [card] = await pending;
    expect(card?.mentionedBy).toHaveLength(4);
    expect((await sendMessage('getStatus')).state).toBe('ready');

    const source = card!.sources[0]!.source.id;
    await sendMessage('setTrust', { source, trusted: false });
    expect(await trustChangedAt.getValue()).toEqual(expect.any(Number));

    // An update fires onInstalled: the same articles give the same version, so nothing is replaced.
    const { version } = await sendMessage('getStatus');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    expect(await sendMessage('getStatus')).toMatchObject({ state: 'ready', version });
    expect((await sendMessage('getSources')).find((s) => s.id === source)?.trusted).toBe(false);
  });
});
