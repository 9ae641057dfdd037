/**
 * The import graph of the project's own TypeScript, for the architecture test: which file imports which (type
 * imports and re-exports included), and a cycle in it if there is one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type Graph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx|mjs)$/;
/** `import … from '…'`, `import '…'`, `export … from '…'`, across lines. */
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Each file under `dir` (paths relative to `root`) with the project files it imports. */
export function importGraph(root: string, dir: string): Graph {
  const graph: Graph = new Map();
  for (const file of filesUnder(join(root, dir))) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(SPECIFIER)]
      .map((m) => resolveImport(file, m[1] ?? ''))
      .filter((t): t is string => t !== null)
      .map((t) => relative(root, t));
    graph.set(relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

/** The area a file belongs to: its top folder under lib/ (`lib/facts/discover/x.ts` is in `lib/facts`), or itself. */
const areaOf = (file: string): string => {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : file;
};

/** The graph of areas: `lib/facts` imports `lib/match` when one of its files imports one of the other's. */
export function folderGraph(graph: Graph): Graph {
  const folders: Graph = new Map();
  for (const [file, targets] of graph) {
    const from = areaOf(file);
    const list = folders.get(from) ?? [];
    for (const t of targets) if (areaOf(t) !== from && !list.includes(areaOf(t))) list.push(areaOf(t));
    folders.set(from, list);
  }
  return folders;
}

/** One cycle of `graph` as the list of its nodes (the first repeated at the end), or null when there is none. */
export function findCycle(graph: Graph): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}
