import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Sourcelight runs entirely in the browser: no host permission beyond what the
// content script needs to read pages, and no remote code or endpoints.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: 'Puts the facts behind a news story next to the words on the page you are reading.',
    // activeTab: the popup reads the address of the tab it was opened over (for "on this site") only when the
    // reader opens it; content-script matches do not expose tab URLs, and "tabs" would warn of history access.
    permissions: ['storage', 'activeTab'],
    // Firefox needs a stable add-on id for storage to persist, and (since 2025) a declaration of
    // what data leaves the browser: none does.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'sourcelight@sourcelight.app', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
});
