/**
 * Trust: whether a source counts. Plain JSON so it crosses messaging unchanged.
 * A source missing from the map is trusted: every source starts trusted until the user says otherwise.
 */
export type Trust = Readonly<Record<string, boolean>>;

export function isTrusted(trust: Trust, source: string): boolean {
  return trust[source] !== false;
}
