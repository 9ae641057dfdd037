/**
 * The content script's size as shipped: every file the manifest injects into pages, raw and gzipped (what a
 * store download and the disk cache hold; Chromium parses the raw bytes on every page load), and apart from
 * those the scripts the background injects only into pages that may mention the story (content-scripts/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleSize {
  /** What every page gets. */
  files: BundleFile[];
  bytes: number;
  gzipBytes: number;
  /** What only pages that may mention the story get (the page session). */
  onDemand: BundleFile[];
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

export function contentScriptSize(extensionDir: string): BundleSize {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Manifest;
  const names = [...new Set((manifest.content_scripts ?? []).flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]))];
  const sizeOf = (file: string): BundleFile => {
    const body = readFileSync(join(extensionDir, file));
    return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  };
  const files = names.map(sizeOf);
  const injectedDir = join(extensionDir, 'content-scripts');
  const onDemand = existsSync(injectedDir)
    ? readdirSync(injectedDir)
        .filter((f) => f.endsWith('.js') && !names.includes(`content-scripts/${f}`))
        .map((f) => sizeOf(`content-scripts/${f}`))
    : [];
  return {
    onDemand,
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
