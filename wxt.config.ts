import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Sourcelight runs entirely in the browser: no host permission beyond what the
// content script needs to read pages, and no remote code or endpoints.
export default defineConfig({
  manifest: {
    name: 'Sourcelight',
    description: 'Puts the facts behind a news story next to the words on the page you are reading.',
    permissions: ['storage'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
