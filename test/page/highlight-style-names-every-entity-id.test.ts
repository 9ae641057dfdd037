import { describe, expect, it } from 'vitest';
import { cssIdent, highlightCss } from '../../lib/page/highlight-style';

/** Reads a CSS identifier's escapes back: `\3a ` is ':'. */
const unescape = (ident: string) => ident.replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

describe('the marks’ stylesheet', () => {
  it('writes a discovered entity’s id (with : and /) as an identifier that still names its highlight', () => {
    const name = 'sourcelight-entity-story:added-ferry-3fa9c2d1/lindholm';
    const ident = cssIdent(name);
    expect(ident).toMatch(/^[a-zA-Z0-9_\\ -]+$/);
    expect(unescape(ident)).toBe(name);
    expect(cssIdent('sourcelight-entity-aktau')).toBe('sourcelight-entity-aktau');
  });

  it('keeps one rule for catalog and discovered entities alike', () => {
    const css = highlightCss(['aktau', 'story:added-ferry/lindholm']);
    expect(css).toContain(':root::highlight(sourcelight-entity-aktau)');
    expect(css).toContain(':root::highlight(sourcelight-entity-story\\3a added-ferry\\2f lindholm)');
  });
});
