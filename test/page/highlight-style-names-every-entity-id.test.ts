import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../lib/page/highlight-style';

describe('the marks’ stylesheet', () => {
  it('names every entity’s highlight in one rule, and the open card’s and the keyboard’s in their own', () => {
    const css = highlightCss(['aktau', 'story_added_ferry_lindholm']);
    expect(css).toContain(':root::highlight(sourcelight-entity-aktau),\n:root::highlight(sourcelight-entity-story_added_ferry_lindholm) {');
    expect(css).toContain(':root::highlight(sourcelight-ui-active) {');
    expect(css).toContain(':root::highlight(sourcelight-ui-focus) {');
  });
});
