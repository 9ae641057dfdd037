import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from './articles';

const root = join(import.meta.dirname, '..', '..');

/** Runs `scripts/facts.ts` the way `npm run facts` does (tsx), without npm's own output around it. */
function facts(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'facts.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run facts', () => {
  it('prints JSON with the sources, entities, claims and figures the issue asks for', () => {
    const run = facts('--json');
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown[]>;
    for (const s of json.sources!) expect(s).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.toBeOneOf([expect.any(String), null]), publisher: expect.toBeOneOf([expect.any(String), null]), published: expect.toBeOneOf([expect.any(String), null]) }));
    for (const e of json.entities!) expect(e).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), kind: expect.any(String), aliases: expect.any(Array) }));
    for (const c of json.claims!) expect(c).toEqual(expect.objectContaining({ id: expect.any(String), source: expect.any(String), entities: expect.any(Array), text: expect.any(String) }));
    for (const f of json.figures!) {
      expect(f).toEqual(expect.objectContaining({ entity: expect.any(String), measure: expect.any(String), values: expect.any(Array) }));
      for (const v of (f as { values: unknown[] }).values) {
        expect(v).toEqual(expect.objectContaining({ value: expect.any(Number), sources: expect.any(Array), text: expect.any(String) }));
      }
    }
    expect(json.sources!.map((s) => (s as { id: string }).id)).toEqual(readArticles().map((a) => a.id));
    const raw = new Map(readArticles().map((a) => [a.id, a.text]));
    for (const c of json.claims as { source: string; text: string }[]) expect(raw.get(c.source)).toContain(c.text);
  });

  it('prints a readable report: sources, what each says about an entity, figures and conflicts', () => {
    const run = facts();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Fact base \S+: 5 sources, \d+ claims/);
    expect(run.stdout).toContain('Aktau (place, aktau): 4 of 5 sources');
    expect(run.stdout).toContain('Latin Times: "at least 38 people dead" (a lower bound)');
    expect(run.stdout).toContain('! The numbers do not add up: 38 killed + 28 survivors = 66, but 67 on board.');
  });

  it('exits non-zero with a clear message when the articles folder is missing', () => {
    const run = facts('--articles', join(root, 'no-such-folder'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/no articles folder at .*no-such-folder/);
    expect(run.stdout).toBe('');
  });
});
