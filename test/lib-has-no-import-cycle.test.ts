import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycle, folderGraph, importGraph, type Graph } from './support/import-graph';

const root = join(import.meta.dirname, '..');

describe('the import graph', () => {
  it('finds a cycle where there is one, so the checks below can fail', () => {
    const graph: Graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeNull();
    const folders = folderGraph(new Map([['lib/x/one.ts', ['lib/y/two.ts']], ['lib/y/two.ts', ['lib/x/three.ts']], ['lib/x/three.ts', []]]));
    expect(findCycle(folders)).toEqual(['lib/x', 'lib/y', 'lib/x']);
  });

  it('has no cycle between files of lib/', () => {
    expect(findCycle(importGraph(root, 'lib'))).toBeNull();
  });

  it('has no cycle between folders of lib/ (facts, match, store, …)', () => {
    expect(findCycle(folderGraph(importGraph(root, 'lib')))).toBeNull();
  });

  it('keeps lib/ free of entrypoints/, scripts/ and test/', () => {
    const outside = [...importGraph(root, 'lib')].flatMap(([file, targets]) =>
      targets.filter((t) => !t.startsWith('lib/') && !t.startsWith('assets/')).map((t) => `${file} -> ${t}`),
    );
    expect(outside).toEqual([]);
  });

  it('keeps scripts/ free of test/ (a fixture both use lives in scripts/)', () => {
    const intoTest = [...importGraph(root, 'scripts')].flatMap(([file, targets]) =>
      targets.filter((t) => t.startsWith('test/')).map((t) => `${file} -> ${t}`),
    );
    expect(intoTest).toEqual([]);
  });
});
