/**
 * The `extract` command line, spawned as a person runs it: one JSON line per file, a sentence
 * for files that cannot be imported, exit code 0 unless the command itself was misused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(__dirname, '../..');
const seed = resolve(repoRoot, 'tests/fixtures/seed-article.txt');
const scratch = mkdtempSync(join(tmpdir(), 'gloss-extract-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runExtract(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'tools/extract.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const lines = run.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: run.status, lines, stderr: run.stderr };
}

describe('npm run extract', () => {
  it('prints the seed article as one JSON line and a sentence for a missing file, exit 0', () => {
    const missing = join(scratch, 'no-such-file.txt');
    const { status, lines } = runExtract(seed, missing);
    expect(status).toBe(0);
    expect(lines).toHaveLength(2);
    const [article, failure] = lines as [Record<string, unknown>, Record<string, unknown>];
    expect(Object.keys(article).sort()).toEqual(
      ['blocks', 'byline', 'encoding', 'file', 'format', 'publishedAt', 'removed', 'title'].sort(),
    );
    expect(article).toMatchObject({
      file: seed,
      title: '深情无限梦毕圆——深圳市对口帮扶毕节20周年回顾与展望',
      byline: 'Admin',
      publishedAt: '2022-01-17',
      encoding: 'utf-8',
      format: 'txt',
    });
    const blocks = article.blocks as { kind: string; text: string }[];
    expect(blocks).toHaveLength(48);
    expect(blocks.every((b) => Object.keys(b).sort().join() === 'kind,text')).toBe(true);
    const removed = article.removed as { text: string; reason: string }[];
    expect(removed[0]).toEqual({ text: '客服热线:0755-8882 8155', reason: 'hotline' });
    expect(Object.keys(failure).sort()).toEqual(['error', 'file']);
    expect(failure.file).toBe(missing);
    expect(failure.error).toMatch(/^[A-Z].*\.$/);
  });

  it('reports a folder and a file it cannot read as errors and goes on', () => {
    const binary = join(scratch, 'picture.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const note = join(scratch, 'note.txt');
    writeFileSync(note, 'A short note.\n\nIt has two paragraphs, and this one is the second of them.\n');
    const { status, lines } = runExtract(scratch, binary, note);
    expect(status).toBe(0);
    expect(lines.map((l) => ('error' in l ? 'error' : 'article'))).toEqual(['error', 'error', 'article']);
    expect(lines[0].error).toMatch(/folder/i);
    expect(lines[1].error).toMatch(/PNG/);
    expect(lines[2]).toMatchObject({ file: note, title: 'A short note.', publishedAt: null, byline: null });
  });

  it('reopens with a chosen encoding', () => {
    const gbk = join(scratch, 'gbk.txt');
    writeFileSync(gbk, Buffer.from('e4bda0e5a5bd', 'hex')); // "你好" in UTF-8, read as GBK on request
    const { lines } = runExtract('--encoding=gbk', gbk);
    expect(lines[0]).toMatchObject({ encoding: 'gb18030' });
    expect(lines[0].title).not.toBe('你好');
  });

  it('exits non-zero with a usage line when given no file', () => {
    const { status, lines, stderr } = runExtract();
    expect(status).not.toBe(0);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/usage/);
  });
});
