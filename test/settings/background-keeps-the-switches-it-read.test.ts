import { describe, expect, it } from 'vitest';
import { keptSwitches } from '../../lib/background/kept-switches';
import type { Settings } from '../../lib/settings';

const ON: Settings = { enabled: true, disabledSites: [] };
const OFF_HERE: Settings = { enabled: true, disabledSites: ['news.example'] };

function kept(reads: (() => Promise<Settings>)[]) {
  let changed: (settings: Settings) => void = () => {};
  let count = 0;
  const switches = keptSwitches(
    () => reads[Math.min(count++, reads.length - 1)]!(),
    (onChange) => (changed = onChange),
  );
  return { switches, change: (settings: Settings) => changed(settings), reads: () => count };
}

describe('the switches the background answers pages with', () => {
  it('are read once and kept: the next pages wait for no read', async () => {
    const background = kept([async () => ON]);
    expect(await background.switches()).toEqual(ON);
    expect(await background.switches()).toEqual(ON);
    expect(background.reads()).toBe(1);
  });

  it('follow every change the reader makes, without reading again', async () => {
    const background = kept([async () => ON]);
    await background.switches();
    background.change(OFF_HERE);
    expect(await background.switches()).toEqual(OFF_HERE);
    background.change(ON);
    expect(await background.switches()).toEqual(ON);
    expect(background.reads()).toBe(1);
  });

  it('take a change that lands during the first read over what that read finds', async () => {
    let finish: (settings: Settings) => void = () => {};
    const background = kept([() => new Promise((resolve) => (finish = resolve))]);
    const first = background.switches();
    background.change(OFF_HERE);
    finish(ON);
    expect(await first).toEqual(ON);
    expect(await background.switches()).toEqual(OFF_HERE);
  });

  it('are read again when asked for fresh ones, and what that read finds is kept', async () => {
    let stored = ON;
    const background = kept([async () => stored]);
    await background.switches();
    stored = OFF_HERE;
    expect(await background.switches()).toEqual(ON);
    expect(await background.switches({ fresh: true })).toEqual(OFF_HERE);
    expect(await background.switches()).toEqual(OFF_HERE);
    expect(background.reads()).toBe(2);
  });

  it('read again after a read failed, rather than keep the failure', async () => {
    const background = kept([async () => Promise.reject(new Error('storage unavailable')), async () => ON]);
    await expect(background.switches()).rejects.toThrow('storage unavailable');
    expect(await background.switches()).toEqual(ON);
    expect(background.reads()).toBe(2);
  });
});
