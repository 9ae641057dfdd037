/**
 * Payload checks for every message. A message is data from another context, so it is checked like input from
 * the network: its shape, its types, and sizes bounded so a bad sender cannot make the background do unbounded
 * work. A failed check throws a `PayloadError`, which the messaging layer turns into an error answer.
 */

export class PayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadError';
  }
}

/** 200 characters: bundled source ids are 20, entity ids under 20; a URL-derived id for an added article fits. */
export const MAX_ID_LENGTH = 200;
/** 500 ids: a page can mention at most every entity, and the catalog has a few dozen. */
export const MAX_BATCH = 500;
/** 200 characters: a search is a few words; longer input is a paste by mistake. */
export const MAX_QUERY_LENGTH = 200;
/** 100 results: more than the popup can show. */
export const MAX_LIMIT = 100;
/**
 * Sentence numbers within one source; the longest articles (about 15,000 words) have well under 2,000. 100,000 is
 * what the largest accepted article (MAX_ARTICLE_CHARS, 2,000,000) would hold in sentences of 20 characters.
 */
export const MAX_CLAIM_INDEX = 100_000;

function fail(type: string, what: string): never {
  throw new PayloadError(`Malformed "${type}" message: ${what}.`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  return `${typeof value} ${typeof value === 'object' ? '' : JSON.stringify(value)}`.trim();
}

/** Messages without a payload accept none (null too: some senders turn `undefined` into it). */
export function expectNoPayload(type: string, data: unknown): void {
  if (data !== undefined && data !== null) fail(type, `it takes no payload, got ${describe(data)}`);
}

/** An object with only the named keys. */
export function expectObject(type: string, data: unknown, keys: readonly string[]): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail(type, `expected an object like { ${keys.join(', ')} }, got ${describe(data)}`);
  }
  const unknown: string[] = [];
  for (const key in data) {
    if (!Object.hasOwn(data, key) || keys.includes(key)) continue;
    // A few named are enough to fix the sender; naming a million would make the answer the attack.
    if (unknown.push(key) > MAX_NAMED_FIELDS) break;
  }
  if (unknown.length > 0) {
    const named = unknown.slice(0, MAX_NAMED_FIELDS).map((k) => `"${k.slice(0, MAX_NAMED_FIELD_LENGTH)}"`);
    fail(type, `unknown field(s) ${named.join(', ')}${unknown.length > MAX_NAMED_FIELDS ? ' and more' : ''}`);
  }
  return data as Record<string, unknown>;
}

/** How many unknown fields an error names, and how much of each: enough to find the mistake, bounded. */
const MAX_NAMED_FIELDS = 3;
const MAX_NAMED_FIELD_LENGTH = 40;

export function expectString(type: string, obj: Record<string, unknown>, key: string, max = MAX_ID_LENGTH): string {
  const value = obj[key];
  if (typeof value !== 'string') fail(type, `"${key}" must be a string, got ${describe(value)}`);
  if (value.length > max) fail(type, `"${key}" may have at most ${max} characters, got ${value.length}`);
  return value;
}

export function expectId(type: string, obj: Record<string, unknown>, key: string): string {
  const value = expectString(type, obj, key);
  if (value.trim() === '') fail(type, `"${key}" must not be empty`);
  return value;
}

export function expectBoolean(type: string, obj: Record<string, unknown>, key: string): boolean {
  const value = obj[key];
  if (typeof value !== 'boolean') fail(type, `"${key}" must be true or false, got ${describe(value)}`);
  return value;
}

export function optionalBoolean(type: string, obj: Record<string, unknown>, key: string): boolean | undefined {
  return obj[key] === undefined ? undefined : expectBoolean(type, obj, key);
}

export function optionalInteger(
  type: string,
  obj: Record<string, unknown>,
  key: string,
  min: number,
  max: number,
): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(type, `"${key}" must be a whole number from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

export function expectIdList(type: string, obj: Record<string, unknown>, key: string): string[] {
  const value = obj[key];
  if (!Array.isArray(value)) fail(type, `"${key}" must be an array of ids, got ${describe(value)}`);
  if (value.length > MAX_BATCH) fail(type, `"${key}" may list at most ${MAX_BATCH} ids, got ${value.length}`);
  value.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH) {
      fail(type, `"${key}[${i}]" must be a non-empty id of at most ${MAX_ID_LENGTH} characters, got ${describe(id)}`);
    }
  });
  return value as string[];
}

/** 300 characters: an outlet is a few words and a headline rarely passes 150; longer is a paste by mistake. */
export const MAX_DETAIL_LENGTH = 300;
/** 2,048 characters: the longest address that browsers, servers and sitemaps all accept (the sitemap protocol's cap). */
export const MAX_URL_LENGTH = 2_048;

/** A text a reader may set or clear: absent (leave it), null or blank (clear it), or the text trimmed. */
export function optionalText(
  type: string,
  obj: Record<string, unknown>,
  key: string,
  max = MAX_DETAIL_LENGTH,
): string | null | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string') fail(type, `"${key}" must be a string or null, got ${describe(value)}`);
  const text = value.trim();
  if (text.length > max) fail(type, `"${key}" may have at most ${max} characters, got ${text.length}`);
  return text === '' ? null : text;
}

/** An http or https address, as the URL parser writes it; other schemes (javascript:, data:, file:) are refused. */
export function optionalUrl(type: string, obj: Record<string, unknown>, key: string): string | null | undefined {
  const text = optionalText(type, obj, key, MAX_URL_LENGTH);
  if (text === undefined || text === null) return text;
  const url = URL.canParse(text) ? new URL(text) : null;
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    fail(type, `"${key}" must be a web address starting with http:// or https://`);
  }
  return url.href;
}

/** A calendar date written YYYY-MM-DD, the form sources' `published` takes. */
export function optionalDate(type: string, obj: Record<string, unknown>, key: string): string | null | undefined {
  const text = optionalText(type, obj, key, 10);
  if (text === undefined || text === null) return text;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) fail(type, `"${key}" must be a date written YYYY-MM-DD`);
  return text;
}
