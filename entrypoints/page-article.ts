/**
 * "Add this page": run in the active tab by the popup (scripting.executeScript with activeTab, only when the
 * reader asks), in the extension's isolated world. Answers the page's article (lib/adding/page-article.ts) as the
 * script's result; the page's text goes nowhere but back to the popup.
 */
import { Readability } from '@mozilla/readability';
import { readPageArticle } from '../lib/adding/page-article';

export default defineUnlistedScript(() => readPageArticle(document, Readability, location.href));
