// Types for scripts/chromium.mjs, so the TypeScript e2e setup can share it.
export declare const DEFAULT_CHROMIUM_PATH: string;
export declare function chromiumPath(): string;
export declare function hasChromium(path?: string): boolean;
export declare function missingChromiumMessage(path?: string): string;
