/** The hostname of an http or https address; null for anything else (browser pages, files, no address at all). */
export function webHostname(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname ? parsed.hostname : null;
  } catch {
    return null;
  }
}
