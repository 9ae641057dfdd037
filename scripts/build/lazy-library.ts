/**
 * A Vite plugin that gives the extension a large library to be evaluated only when first used. The service worker
 * evaluates its whole script at every start; compromise (the language library entity discovery uses) took it from
 * about 30 ms to 250-370 ms from stop to first answer, and a service worker may not `import()` or `importScripts()`
 * later. So the library is bundled on its own and its code is put inside a function, which V8 only pre-parses
 * until the first call. Node (the CLI, the tests) imports the library as it is.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { build } from 'vite';

export function lazyLibrary(specifier: string): Plugin {
  const resolvedId = `\0sourcelight-lazy:${specifier}`;
  return {
    name: `sourcelight:lazy-library:${specifier}`,
    enforce: 'pre',
    resolveId: (id) => (id === specifier ? resolvedId : null),
    async load(id) {
      if (id !== resolvedId) return null;
      const entry = createRequire(import.meta.url).resolve(specifier);
      const output = await build({
        configFile: false,
        logLevel: 'silent',
        build: {
          write: false,
          minify: true,
          lib: { entry, formats: ['iife'], name: 'library', fileName: 'library' },
          rollupOptions: { output: { exports: 'default' } },
        },
      });
      const chunk = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
      const code = chunk.output[0]?.code;
      if (!code) throw new Error(`could not bundle ${specifier}`);
      return [
        'let loaded;',
        `function load() { ${code}; return library; }`,
        'const lazy = () => (loaded ??= load());',
        // The library's default export is a function with methods: stand in for both, loading it on first use.
        'const proxy = new Proxy(function () {}, {',
        '  apply: (_target, self, args) => lazy().apply(self, args),',
        '  get: (_target, key) => lazy()[key],',
        '});',
        'export default proxy;',
      ].join('\n');
    },
  };
}
