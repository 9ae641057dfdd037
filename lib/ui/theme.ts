/**
 * Which of the card's two palettes fits a page: decided from the page's own computed colours, not from the
 * system setting, because a dark news site in a light system (or the reverse) is common and a card in the other
 * palette glares. Pure: the content script reads `getComputedStyle` and passes the strings here.
 */

export type Theme = 'light' | 'dark';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Below this alpha a background lets what is behind it decide the colour a reader sees. */
const OPAQUE_ENOUGH = 0.5;
/**
 * Relative luminance (WCAG 2) splitting dark from light: 0.18 is mid-grey (#767676 sits near it), the point at
 * which black and white text have about equal contrast.
 */
const MID_LUMINANCE = 0.18;

/** Reads a CSS colour as computed styles give it: `rgb()`/`rgba()` (comma or space syntax), `#rgb[a]`/`#rrggbb[aa]`, `transparent`. */
export function parseColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3,8})$/.exec(v);
  if (hex) {
    const h = hex[1]!;
    if (h.length === 3 || h.length === 4) {
      const [r, g, b, a] = [...h].map((c) => parseInt(c + c, 16));
      return { r: r!, g: g!, b: b!, a: a === undefined ? 1 : a / 255 };
    }
    if (h.length === 6 || h.length === 8) {
      const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
      return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
    }
    return null;
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (!fn) return null;
  const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4]);
  return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha };
}

/** WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The card's theme for a page. `backgrounds` are computed background colours from the marked text's element
 * outwards to `<html>`; the first that is opaque enough decides. With none (every layer transparent, so the
 * browser's canvas shows), the text colour decides: light text means a dark canvas. Unreadable values are skipped.
 */
export function themeFromColors(backgrounds: readonly string[], text?: string): Theme {
  for (const value of backgrounds) {
    const color = parseColor(value);
    if (color && color.a >= OPAQUE_ENOUGH) return luminance(color) < MID_LUMINANCE ? 'dark' : 'light';
  }
  const fg = text ? parseColor(text) : null;
  return fg && luminance(fg) > MID_LUMINANCE * 2 ? 'dark' : 'light';
}
