// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { entityHighlightName, HIGHLIGHT_NAMES } from '../../lib/page/highlight-names';
import type { PageMention } from '../../lib/page/mentions';
import { createPainter } from '../../lib/page/paint';
import { fakeHighlights, type FakeHighlight } from './support/highlights';
import { loadCardPage, mentionFor } from './support/card-page';

let mentions: PageMention[];
beforeEach(() => {
  mentions = loadCardPage();
});

describe('painting mentions', () => {
  test('each entity is one Highlight under sourcelight-entity-<id>, with a range per mention painted', () => {
    const api = fakeHighlights();
    const painter = createPainter(api);
    painter.show(mentions);
    expect([...api.registry.keys()].sort()).toEqual(
      ['aktau', 'airline', 'baku', 'caspian', 'flight', 'grozny', 'interference', 'kazakhstan'].map(entityHighlightName).sort(),
    );
    expect(api.text('sourcelight-entity-aktau')).toEqual(['Aktau', 'Aktau']);
    // A mention across two elements' text ("<a>AZAL flight</a> 8243"): one range.
    expect(api.text('sourcelight-entity-flight')).toEqual(['flight 8243']);
    expect(painter.size).toBe(mentions.length);
  });

  test('never changes the page: no element, attribute, text node or style of ours', () => {
    const before = document.documentElement.outerHTML;
    const nodes = document.getElementsByTagName('*').length;
    const painter = createPainter(fakeHighlights());
    painter.show(mentions);
    painter.setUi('active', mentions[0]!);
    painter.setUi('focus', mentions[1]!);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.getElementsByTagName('*').length).toBe(nodes);
    painter.clear();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('hiding takes ranges out, and an entity with none left leaves the registry', () => {
    const api = fakeHighlights();
    const painter = createPainter(api);
    painter.show(mentions);
    const aktau = mentions.filter((m) => m.entity === 'aktau');
    painter.hide(aktau.slice(0, 1));
    expect(api.text('sourcelight-entity-aktau')).toHaveLength(1);
    painter.hide(aktau);
    expect(api.registry.has('sourcelight-entity-aktau')).toBe(false);
    expect(painter.isShown(aktau[1]!)).toBe(false);
  });

  test('showing a mention again paints it where it is now, once', () => {
    const api = fakeHighlights();
    const painter = createPainter(api);
    const baku = mentionFor(mentions, 'baku');
    painter.show([baku]);
    const moved = document.createTextNode('Baku');
    baku.startNode.after(moved);
    Object.assign(baku, { startNode: moved, endNode: moved, startOffset: 0, endOffset: 4, nodes: [moved] });
    painter.show([baku]);
    const ranges = [...(api.registry.get('sourcelight-entity-baku') as FakeHighlight)];
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.startContainer).toBe(moved);
  });

  test('the open card\'s and the keyboard\'s mention are painted under sourcelight-ui- names, above the rest', () => {
    const api = fakeHighlights();
    const painter = createPainter(api);
    painter.setUi('active', mentions[2]!);
    painter.setUi('focus', mentions[3]!);
    expect(api.text(HIGHLIGHT_NAMES.active)).toEqual([mentions[2]!.wording]);
    expect(api.text(HIGHLIGHT_NAMES.focus)).toEqual([mentions[3]!.wording]);
    expect(api.registry.get(HIGHLIGHT_NAMES.active)!.priority).toBeGreaterThan(0);
    painter.setUi('active', null);
    expect(api.registry.has(HIGHLIGHT_NAMES.active)).toBe(false);
    expect([...api.registry.keys()].every((name) => name.startsWith('sourcelight-'))).toBe(true);
  });

  test('a page that replaced our entry under our name keeps its own: we take out only what is ours', () => {
    const api = fakeHighlights();
    const painter = createPainter(api);
    painter.show(mentions);
    const theirs = new Set() as unknown as FakeHighlight;
    api.registry.set('sourcelight-entity-grozny', theirs);
    painter.clear();
    expect(api.registry.get('sourcelight-entity-grozny')).toBe(theirs);
    expect(api.registry.size).toBe(1);
  });
});
