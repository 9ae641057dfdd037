/**
 * An article's DOM as the pipeline's plain text: each block (heading, paragraph, list item, quote) on its own,
 * separated by blank lines, its words joined by single spaces. Reads text nodes only: no markup, script or style
 * ever becomes part of a source.
 */

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'FOOTER', 'IFRAME', 'SELECT', 'TEXTAREA']);
/** Block-level containers: text directly inside one (not in a <p>) is a block of its own. */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'BODY', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'TR', 'FIGURE']);

/** The blocks of text under `root`, in document order. */
export function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : 'BODY';
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      current += ' ';
      return;
    }
    const block = BLOCKS.has(tag) || CONTAINERS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** The article text: `title` on the first line when the blocks do not already open with it, then the blocks. */
export function articleText(title: string | null, blocks: readonly string[]): string {
  const body = title && blocks[0]?.trim() === title.trim() ? blocks.slice(1) : blocks;
  return [...(title ? [title] : []), ...body].join('\n\n');
}
