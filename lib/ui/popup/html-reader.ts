/** How the popup reads an .html file: parsed inert by DOMParser (no script runs, nothing loads), then Readability. */
import { Readability } from '@mozilla/readability';
import type { HtmlReader } from '../../adding/files';

export const popupHtmlReader: HtmlReader = {
  parse: (html) => new DOMParser().parseFromString(html, 'text/html'),
  Readability,
};
