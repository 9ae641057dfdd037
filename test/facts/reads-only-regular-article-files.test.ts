import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleFolder } from '../../scripts/articles';

const report = 'Harbour Fire Contained\n\nFirefighters contained a warehouse fire at the Eastport harbour on Monday, the port authority said.';

/** A folder with one good article beside every kind of entry that is not one. */
function oddFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-articles-'));
  writeFileSync(join(dir, 'b-good.txt'), report);
  mkdirSync(join(dir, 'x.txt'));
  spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.7');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ferry Delayed\n\nThe morning ferry left two hours late.', 'utf16le')]);
  writeFileSync(join(dir, 'a-utf16.txt'), utf16);
  const damaged = Buffer.from('Bridge Reopens\n\nThe river bridge reopened on Friday after repairs.', 'utf8');
  damaged[20] = 0xff;
  writeFileSync(join(dir, 'c-damaged.md'), damaged);
  return dir;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('reading a folder of articles', () => {
  it('reads regular .txt and .md files in name order, and says why each other entry was skipped', () => {
    const dir = oddFolder();
    dirs.push(dir);
    const folder = readArticleFolder(dir);
    expect(folder.articles.map((a) => a.id)).toEqual(['a-utf16', 'b-good', 'c-damaged']);
    expect(folder.articles[0]!.text).toBe('Ferry Delayed\n\nThe morning ferry left two hours late.');
    expect(folder.skipped).toEqual([
      'notes.pdf: not a .txt or .md file',
      'pipe.txt: a named pipe, not a file',
      'x.txt: a folder, not a file',
    ]);
    expect(folder.warnings).toEqual(['c-damaged.md: 1 invalid UTF-8 byte sequence, shown as \uFFFD']);
  });

  it('refuses a missing folder with a message instead of a stack trace', () => {
    expect(() => readArticleFolder(join(tmpdir(), 'no-such-folder-here'))).toThrow(/no articles folder at .*no-such-folder-here/);
  });

  it('lets the CLI finish with a line per skipped entry, without hanging on the pipe', () => {
    const dir = oddFolder();
    dirs.push(dir);
    const root = join(import.meta.dirname, '..', '..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'facts.ts'), '--articles', dir, '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('facts: skipped x.txt: a folder, not a file');
    expect(run.stderr).toContain('facts: skipped pipe.txt: a named pipe, not a file');
    expect(run.stderr).toContain('facts: warning c-damaged.md: 1 invalid UTF-8 byte sequence');
    expect(run.stderr).not.toMatch(/EISDIR|at .*\(node:/);
    const json = JSON.parse(run.stdout) as { sources: { id: string }[] };
    expect(json.sources.map((s) => s.id)).toEqual(['a-utf16', 'b-good', 'c-damaged']);
  });
});
