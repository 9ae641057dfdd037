/** The prefilter computed at build time (scripts/build/bundled-prefilter.ts), and the entity ids it stands for. */
declare module 'virtual:sourcelight/prefilter' {
  import type { Prefilter } from './match/prefilter';
  const prefilter: Prefilter;
  export const entities: readonly string[];
  export default prefilter;
}

/** The version of the lexicon the bundled prefilter was computed from (scripts/build/bundled-prefilter.ts). */
declare module 'virtual:sourcelight/bundled-lexicon' {
  export const lexiconVersion: string;
}
