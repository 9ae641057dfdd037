import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundledPrefilter } from './scripts/build/bundled-prefilter';
import { lazyLibrary } from './scripts/build/lazy-library';

// Sourcelight runs entirely in the browser: no host permission beyond what the
// content script needs to read pages, and no remote code or endpoints.
export default defineConfig({
  // Manifest V3 in Firefox too: one manifest shape and one background life for both browsers. Firefox runs the
  // background as an event page that is suspended when idle and woken by the next message, as Chrome does its
  // service worker, so the code built to be stopped at any time is exercised the same way (MV2 would keep it alive).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: 'Puts the facts behind a news story next to the words on the page you are reading.',
    // activeTab: the popup reads the address of the tab it was opened over (for "on this site") only when the
    // reader opens it; content-script matches do not expose tab URLs, and "tabs" would warn of history access.
    // scripting: the background loads the page session (matcher, marks, cards) into a page only once the small
    // content script found that it may mention the story (entrypoints/session.content.ts); its http/https host
    // permissions are the content script's own matches, so the install warning stays the same.
    permissions: ['storage', 'activeTab', 'scripting'],
    // The content script every page gets (entrypoints/page-check), declared here rather than with
    // defineContentScript so it runs without WXT's content script context (see that file for why). The top frame
    // scans same-origin frames itself (lib/content/frames.ts): one matcher and card cache per tab.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['page-check.js'], run_at: 'document_idle', all_frames: false }],
    // Firefox needs a stable add-on id for storage to persist, and (since 2025) a declaration of what data leaves
    // the browser: none does. 140 is the first Firefox with the CSS Custom Highlight API that paints every mark (and
    // that reads data_collection_permissions); the rest came earlier: scripting 102, adoptedStyleSheets 101,
    // findLast 104, StaticRange 71, caretPositionFromPoint 20, MV3 background scripts 109.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // bundledPrefilter: the content script's prefilter, computed at build time; lazyLibrary: compromise evaluated
    // on first use, not at every service worker start (see each file for why).
    plugins: [preact(), bundledPrefilter(), lazyLibrary('compromise/two')],
  }),
});
