/** Exits the script with the reason when Chromium is missing or `wxt build` fails; `reuse` keeps .output as it is. */
export declare function buildForChromium(options?: { reuse?: boolean }): void;
