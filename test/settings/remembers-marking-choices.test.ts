import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  NOT_THIS_MAX,
  addNotThis,
  isNotThis,
  markEveryFrom,
  notThisFrom,
  readMarkEvery,
  readMarking,
  readNotThis,
  removeNotThis,
  setMarkEvery,
  watchMarking,
  withNotThis,
  withoutNotThis,
  wordingOf,
  type MarkingChoices,
  type NotThis,
} from '../../lib/settings';

const choice = (over: Partial<NotThis> = {}): NotThis => ({
  site: 'news.example',
  wording: 'Kazakh',
  entity: 'kazakhstan',
  entityName: 'Kazakhstan',
  at: '2025-01-02T03:04:05.000Z',
  ...over,
});

describe('"Mark every mention"', () => {
  it('is off unless stored as true', () => {
    expect(markEveryFrom({})).toBe(false);
    expect(markEveryFrom({ markEvery: true })).toBe(true);
    expect(markEveryFrom({ markEvery: 'yes' })).toBe(false);
  });
});

describe('"not this": per site and wording, an entity', () => {
  it('compares wordings as the matcher does: case, accents, curly quotes, spaces', () => {
    expect(wordingOf('  Kazakh  ')).toBe(wordingOf('KAZAKH'));
    expect(wordingOf('Zelensky’s')).toBe(wordingOf("zelensky's"));
  });

  it('applies on the site it was said on, www or not, and only for that entity', () => {
    const list = withNotThis([], choice({ site: 'www.news.example', wording: 'Photo: Reuters', entity: 'reuters' }));
    expect(isNotThis(list, 'news.example', 'photo: reuters', 'reuters')).toBe(true);
    expect(isNotThis(list, 'www.news.example', 'Photo:  Reuters', 'reuters')).toBe(true);
    expect(isNotThis(list, 'other.example', 'Photo: Reuters', 'reuters')).toBe(false);
    expect(isNotThis(list, 'news.example', 'Reuters', 'reuters')).toBe(false);
    expect(isNotThis(list, 'news.example', 'Photo: Reuters', 'kremlin')).toBe(false);
  });

  it('keeps one entry per choice, newest first, and at most NOT_THIS_MAX', () => {
    let list = withNotThis([], choice({ wording: 'a' }));
    list = withNotThis(list, choice({ wording: 'b' }));
    list = withNotThis(list, choice({ wording: 'A' }));
    expect(list.map((c) => c.wording)).toEqual(['a', 'b']);
    for (let i = 0; i < NOT_THIS_MAX + 5; i++) list = withNotThis(list, choice({ wording: `w${i}` }));
    expect(list).toHaveLength(NOT_THIS_MAX);
    expect(list[0]!.wording).toBe(`w${NOT_THIS_MAX + 4}`);
  });

  it('restores: the choice goes, the others stay', () => {
    const list = [choice({ wording: 'a' }), choice({ wording: 'b' })];
    expect(withoutNotThis(list, { site: 'news.example', wording: 'a', entity: 'kazakhstan' })).toEqual([list[1]]);
  });

  it('a page without a host, or empty words, is never remembered', () => {
    expect(withNotThis([], choice({ site: '' }))).toEqual([]);
    expect(withNotThis([], choice({ wording: '   ' }))).toEqual([]);
  });

  it('reads malformed stored values as nothing rather than failing', () => {
    expect(notThisFrom({ notThis: 'oops' })).toEqual([]);
    expect(notThisFrom({ notThis: [choice(), { site: 1 }, null] })).toEqual([choice()]);
  });
});

describe('in storage.local, watched by every page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores markEvery under its fixed key', async () => {
    expect(await readMarkEvery()).toBe(false);
    await setMarkEvery(true);
    expect(await fakeBrowser.storage.local.get('markEvery')).toEqual({ markEvery: true });
    expect(await readMarkEvery()).toBe(true);
  });

  it('adds and removes "not this" choices, and tells watchers each time', async () => {
    const seen: MarkingChoices[] = [];
    // A watcher reads the choices again after each change: the test waits for the third such answer.
    let thirdSeen!: () => void;
    const third = new Promise<void>((resolve) => (thirdSeen = resolve));
    const stop = watchMarking((c) => {
      if (seen.push(c) === 3) thirdSeen();
    });
    await addNotThis('www.news.example', 'Kazakh', 'kazakhstan', 'Kazakhstan', new Date('2025-01-02T03:04:05Z'));
    expect(await readNotThis()).toEqual([choice({ wording: 'kazakh' })]);
    await setMarkEvery(true);
    await removeNotThis({ site: 'news.example', wording: 'kazakh', entity: 'kazakhstan' });
    await third;
    stop();
    expect(seen.map((c) => [c.markEvery, c.notThis.length])).toEqual([
      [false, 1],
      [true, 1],
      [true, 0],
    ]);
    expect(await readMarking()).toEqual({ markEvery: true, notThis: [] });
  });
});
