/**
 * Checks that a row from outside the code (IndexedDB, an imported file) has the shape the code expects: a plain
 * object whose named fields each pass their check. Fields not named are not looked at.
 */
export type Check = (v: unknown) => boolean;
export type Row = Record<string, unknown>;

export const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isListOf = (v: unknown, item: Check): boolean => Array.isArray(v) && v.every(item);

/** A check for rows of type T from one check per field, tried in the order given. */
export function shaped<T>(fields: { [K in keyof T]?: Check }): (v: unknown) => v is T {
  const checks = Object.entries(fields) as [string, Check][];
  return (v: unknown): v is T => isObject(v) && checks.every(([field, check]) => check(v[field]));
}
