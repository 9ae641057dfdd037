/** The prefilter computed at build time (scripts/build/bundled-prefilter.ts). */
declare module 'virtual:sourcelight/prefilter' {
  import type { Prefilter } from './match/prefilter';
  const prefilter: Prefilter;
  export default prefilter;
}
