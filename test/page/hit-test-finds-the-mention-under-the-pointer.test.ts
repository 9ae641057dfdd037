// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { mentionAt, type Box, type Caret } from '../../lib/page/hit-test';
import type { PageMention } from '../../lib/page/mentions';
import { loadCardPage, mentionFor } from './support/card-page';

let mentions: PageMention[];
beforeEach(() => {
  mentions = loadCardPage();
});

/** A layout where each mention is one box, 10 px tall, on its own line: mention i at y = 10i, x from 0 to 50. */
const boxesOf = (m: PageMention): Box[] => {
  const i = mentions.indexOf(m);
  return [{ left: 0, top: i * 10, right: 50, bottom: i * 10 + 10 }];
};
const mentionsAt = (node: Text) => mentions.filter((m) => m.nodes.includes(node));

describe('the mention under a point', () => {
  test('the caret at a point in a mention\'s text, confirmed by its box', () => {
    const baku = mentionFor(mentions, 'baku');
    const i = mentions.indexOf(baku);
    const caretAt = (): Caret => ({ node: baku.startNode, offset: baku.startOffset + 2 });
    expect(mentionAt(20, i * 10 + 5, { caretAt, mentionsAt, boxesOf })).toBe(baku);
  });

  test('a caret snapped to the mention from past the end of its line is no hit: the box says so', () => {
    const baku = mentionFor(mentions, 'baku');
    const i = mentions.indexOf(baku);
    const caretAt = (): Caret => ({ node: baku.endNode, offset: baku.endOffset });
    expect(mentionAt(300, i * 10 + 5, { caretAt, mentionsAt, boxesOf })).toBeNull();
    expect(mentionAt(49, i * 10 + 5, { caretAt, mentionsAt, boxesOf })).toBe(baku);
  });

  test('text next to a mention in the same node is no hit', () => {
    const baku = mentionFor(mentions, 'baku');
    const i = mentions.indexOf(baku);
    const caretAt = (): Caret => ({ node: baku.startNode, offset: baku.endOffset + 3 });
    expect(mentionAt(20, i * 10 + 5, { caretAt, mentionsAt, boxesOf })).toBeNull();
  });

  test('a mention over two elements\' text is hit from either', () => {
    const flight = mentionFor(mentions, 'flight');
    const i = mentions.indexOf(flight);
    const inFirst = { node: flight.startNode, offset: flight.startOffset + 1 };
    const inLast = { node: flight.endNode, offset: flight.endOffset - 1 };
    expect(flight.startNode).not.toBe(flight.endNode);
    for (const caret of [inFirst, inLast]) expect(mentionAt(10, i * 10 + 5, { caretAt: () => caret, mentionsAt, boxesOf })).toBe(flight);
    // Before the mention in its first node ("AZAL " of "AZAL flight"): no hit.
    expect(mentionAt(10, i * 10 + 5, { caretAt: () => ({ node: flight.startNode, offset: 1 }), mentionsAt, boxesOf })).toBeNull();
  });

  test('no caret, or one in an element rather than text: nothing', () => {
    expect(mentionAt(0, 0, { caretAt: () => null, mentionsAt, boxesOf })).toBeNull();
    expect(mentionAt(0, 0, { caretAt: () => ({ node: document.body, offset: 0 }), mentionsAt, boxesOf })).toBeNull();
  });
});
