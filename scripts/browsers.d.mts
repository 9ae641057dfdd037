// Types for scripts/browsers.mjs, so the TypeScript e2e setup and the benchmark can share it.
export declare function chromiumPath(): string;
export declare function hasChromium(path?: string): boolean;
export declare function missingChromiumMessage(path?: string): string;
export declare function firefoxPath(): string;
export declare function hasFirefox(path?: string): boolean;
export declare function missingFirefoxMessage(path?: string): string;
