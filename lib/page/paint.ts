/**
 * Painting mentions: one `Highlight` per entity in `CSS.highlights`, a `StaticRange` per mention painted. Static
 * ranges never change the page and cost its own DOM work nothing (a live `Range` follows every edit); edits make
 * them stale, and page-marks.ts takes those mentions off and finds them again. Only what window.ts says is near
 * the viewport is painted, because every DOM change makes the browser check every registered range.
 */
import { HIGHLIGHT_NAMES, entityHighlightName } from './highlight-names';
import type { PageMention } from './mentions';

/** What painting needs of the browser, injectable so the logic is tested without a layout engine. */
export interface HighlightApi {
  registry: Pick<HighlightRegistry, 'set' | 'delete' | 'get'>;
  createHighlight(): Highlight;
  createRange(m: Pick<PageMention, 'startNode' | 'startOffset' | 'endNode' | 'endOffset'>): AbstractRange;
}

/** The browser's own Custom Highlight API in `view`, or null where it has none. */
export function browserHighlights(view: Window & typeof globalThis): HighlightApi | null {
  const css = view.CSS as { highlights?: HighlightRegistry } | undefined;
  if (!css?.highlights || typeof view.Highlight !== 'function' || typeof view.StaticRange !== 'function') return null;
  const registry = css.highlights;
  return {
    registry,
    createHighlight: () => new view.Highlight(),
    createRange: (m) =>
      new view.StaticRange({ startContainer: m.startNode, startOffset: m.startOffset, endContainer: m.endNode, endOffset: m.endOffset }),
  };
}

export type UiHighlight = keyof typeof HIGHLIGHT_NAMES;

export interface Painter {
  /** Paints `mentions` (again, at their current position, if already painted). */
  show(mentions: Iterable<PageMention>): void;
  hide(mentions: Iterable<PageMention>): void;
  isShown(mention: PageMention): boolean;
  /** Paints one mention under a `sourcelight-ui-…` name (the open card's, the keyboard's), or none. */
  setUi(which: UiHighlight, mention: PageMention | null): void;
  /** How many mentions are painted. */
  readonly size: number;
  /** Takes everything off the page's registry. */
  clear(): void;
}

/** Above the entity highlights, so the open card's and the keyboard's mention show over its plain mark. */
const UI_PRIORITY = 1;

export function createPainter(api: HighlightApi): Painter {
  const ranges = new Map<PageMention, AbstractRange>();
  const byEntity = new Map<string, Highlight>();
  const ui = new Map<UiHighlight, Highlight>();

  const highlightOf = (entity: string): Highlight => {
    let highlight = byEntity.get(entity);
    if (!highlight) {
      highlight = api.createHighlight();
      byEntity.set(entity, highlight);
      api.registry.set(entityHighlightName(entity), highlight);
    }
    return highlight;
  };

  const drop = (entity: string, highlight: Highlight): void => {
    if (highlight.size > 0) return;
    byEntity.delete(entity);
    // Only our own entry: a page may have replaced it with its own object under our name.
    if (api.registry.get(entityHighlightName(entity)) === highlight) api.registry.delete(entityHighlightName(entity));
  };

  return {
    show(mentions) {
      for (const m of mentions) {
        const highlight = highlightOf(m.entity);
        const old = ranges.get(m);
        if (old) highlight.delete(old);
        const range = api.createRange(m);
        ranges.set(m, range);
        highlight.add(range);
      }
    },
    hide(mentions) {
      const touched = new Set<string>();
      for (const m of mentions) {
        const range = ranges.get(m);
        if (!range) continue;
        ranges.delete(m);
        byEntity.get(m.entity)?.delete(range);
        touched.add(m.entity);
      }
      for (const entity of touched) {
        const highlight = byEntity.get(entity);
        if (highlight) drop(entity, highlight);
      }
    },
    isShown: (m) => ranges.has(m),
    setUi(which, mention) {
      const name = HIGHLIGHT_NAMES[which];
      const old = ui.get(which);
      if (old && api.registry.get(name) === old) api.registry.delete(name);
      ui.delete(which);
      if (!mention) return;
      const highlight = api.createHighlight();
      highlight.priority = UI_PRIORITY;
      highlight.add(api.createRange(mention));
      ui.set(which, highlight);
      api.registry.set(name, highlight);
    },
    get size() {
      return ranges.size;
    },
    clear() {
      for (const [entity, highlight] of byEntity) {
        if (api.registry.get(entityHighlightName(entity)) === highlight) api.registry.delete(entityHighlightName(entity));
      }
      for (const which of [...ui.keys()]) this.setUi(which, null);
      byEntity.clear();
      ranges.clear();
    },
  };
}
