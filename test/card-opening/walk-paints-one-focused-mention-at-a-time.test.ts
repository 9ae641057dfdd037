// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { PageMention } from '../../lib/page/mentions';
import type { PageMarks } from '../../lib/page/page-marks';
import { WalkPosition } from '../../lib/card-opening/walk-position';
import { WatchedDocuments } from '../../lib/card-opening/watched-documents';
import { loadCardPage } from '../page/support/card-page';

let mentions: PageMention[];
let marked: Set<PageMention>;
let painted: (string | null)[];
let marks: PageMarks;
let watched: WatchedDocuments;
let walk: WalkPosition;

beforeEach(() => {
  mentions = loadCardPage();
  marked = new Set(mentions);
  painted = [];
  marks = {
    doc: document,
    painter: { setUi: (which: string, m: PageMention | null) => painted.push(`${which} ${m?.wording ?? 'none'}`) },
    *marked() {
      yield* mentions.filter((m) => marked.has(m));
    },
    isMarked: (m: PageMention) => marked.has(m),
  } as unknown as PageMarks;
  watched = new WatchedDocuments();
  watched.add(marks, new AbortController().signal);
  walk = new WalkPosition(watched);
});

const [first, second] = [() => mentions[0]!, () => mentions[1]!];

describe('the walk position', () => {
  test('stands on one mention at a time: each step takes the highlight off the last', () => {
    expect(walk.moveTo(first())).toBe(true);
    expect(walk.moveTo(second())).toBe(true);
    expect(walk.current).toBe(second());
    expect(painted).toEqual([`focus ${first().wording}`, 'focus none', `focus ${second().wording}`]);
  });

  test('stepping onto the same mention again paints it again, without clearing first', () => {
    walk.moveTo(first());
    walk.moveTo(first());
    expect(painted).toEqual([`focus ${first().wording}`, `focus ${first().wording}`]);
  });

  test('a mention in a document nobody watches is no step', () => {
    watched.remove(marks);
    expect(walk.moveTo(first())).toBe(false);
    expect(walk.current).toBeNull();
    expect(painted).toEqual([]);
  });

  test('a mention no longer marked is no current one; once the marks say so, the walk goes with its highlight', () => {
    walk.moveTo(first());
    marked.delete(first());
    expect(walk.current).toBeNull();
    walk.marksChanged();
    expect(painted.at(-1)).toBe('focus none');
    marked.add(first());
    expect(walk.current).toBeNull();
  });

  test('marks that still hold the mention keep the walk', () => {
    walk.moveTo(first());
    walk.marksChanged();
    expect(walk.current).toBe(first());
    expect(painted).toEqual([`focus ${first().wording}`]);
  });

  test('marks that go take their own highlights: the walk is forgotten, nothing painted', () => {
    walk.moveTo(first());
    walk.leave({ ...marks } as PageMarks);
    expect(walk.current).toBe(first());
    walk.leave(marks);
    expect(walk.current).toBeNull();
    expect(painted).toEqual([`focus ${first().wording}`]);
  });

  test('clearing takes the highlight off', () => {
    walk.moveTo(first());
    walk.clear();
    expect(walk.current).toBeNull();
    expect(painted.at(-1)).toBe('focus none');
  });
});

describe('the watched documents', () => {
  test('a document is watched once; its signal ends when it is removed', () => {
    const other = { ...marks } as PageMarks;
    expect(watched.add(other, new AbortController().signal)).toBeNull();
    expect(watched.has(marks)).toBe(true);
    expect(watched.has(other)).toBe(false);
    watched.remove(other); // newer marks for the same document: the watched ones stay
    expect(watched.marksOf(first())).toBe(marks);
    watched.remove(marks);
    expect(watched.marksOf(first())).toBeUndefined();
    const layer = new AbortController();
    const signal = watched.add(other, layer.signal)!;
    expect(signal.aborted).toBe(false);
    watched.remove(other);
    expect(signal.aborted).toBe(true);
  });

  test("the layer's own signal and clearing end every document's", () => {
    watched.clear();
    const layer = new AbortController();
    const signal = watched.add(marks, layer.signal)!;
    layer.abort();
    expect(signal.aborted).toBe(true);
    watched.clear();
    const again = watched.add(marks, new AbortController().signal)!;
    watched.clear();
    expect(again.aborted).toBe(true);
    expect(watched.allMarked()).toEqual([]);
  });

  test('lists what is marked now, and says whether a mention still is', () => {
    marked.delete(second());
    expect(watched.allMarked()).toEqual(mentions.filter((m) => m !== second()));
    expect(watched.isMarked(second())).toBe(false);
    expect(watched.isMarked(first())).toBe(true);
  });
});
