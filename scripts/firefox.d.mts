// Types for scripts/firefox.mjs, so the TypeScript e2e setup and the benchmark can share it.
export declare const DEFAULT_FIREFOX_PATH: string;
export declare function firefoxPath(): string;
export declare function hasFirefox(path?: string): boolean;
export declare function missingFirefoxMessage(path?: string): string;
