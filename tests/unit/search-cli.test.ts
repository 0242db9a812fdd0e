/**
 * tools/search.ts as a person runs it: a real backup (made by the app's exporter on
 * fake-indexeddb) searched with the app's engine, JSON Lines of articles and passages; clear
 * errors for a file that is not a backup and for a missing query.
 */
import './support/renderer-globals';
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GlossDB } from '../../src-renderer/src/db/db';
import { saveImportResults } from '../../src-renderer/src/library/article-store';
import { exportBackup } from '../../src-renderer/src/backup/backup-file';
import { importBytes } from '../../src-main/import/import-file';

const repoRoot = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gloss-search-cli-'));
const backupFile = join(dir, 'backup.json');

function run(args: string[]) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'tools/search.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const lines = child.stdout.trim()
    ? child.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, string>)
    : [];
  return { status: child.status, lines, stderr: child.stderr };
}

beforeAll(async () => {
  const db = new GlossDB('search-cli');
  const seed = new Uint8Array(readFileSync(join(repoRoot, 'tests/fixtures/seed-article.txt')));
  const saved = await saveImportResults(
    [
      importBytes(seed, 'seed.txt'),
      importBytes(new TextEncoder().encode('港口笔记\n\n这里利用的是足够有效精确的知识。\n'), 'p.txt'),
    ],
    { database: db },
  );
  const portId = saved.added[1].id;
  await db.highlights.put({
    id: 'h1',
    articleId: portId,
    color: 'green',
    quote: { type: 'TextQuoteSelector', exact: '有效精确', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 8, end: 12 },
    note: 'check the timetable',
    tags: ['transport'],
    date: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  });
  writeFileSync(backupFile, await exportBackup(db));
  db.close();
});

describe('npm run search', () => {
  it('prints one JSON line per article and passage, with the same rules as the app', () => {
    const { status, lines } = run(['--backup', backupFile, '精确']);
    expect(status).toBe(0);
    expect(lines).toEqual([
      {
        articleId: expect.any(String),
        title: '港口笔记',
        field: 'text',
        snippet: expect.stringContaining('有效精确的知识'),
      },
      {
        articleId: lines[0].articleId,
        title: '港口笔记',
        field: 'quote',
        snippet: '有效精确',
        highlightId: 'h1',
      },
    ]);
    // Traditional finds Simplified; a note word finds the passage; a filter narrows.
    expect(run(['--backup', backupFile, '對口幫扶']).lines[0].title).toContain('深情无限梦毕圆');
    expect(run(['--backup', backupFile, 'timetable']).lines).toMatchObject([
      { field: 'note', highlightId: 'h1' },
    ]);
    expect(run(['--backup', backupFile, 'tag:transport']).lines).toHaveLength(1);
  });

  it('says why a file is refused, and what is missing from the command', () => {
    const notBackup = join(dir, 'not.json');
    writeFileSync(notBackup, '{"hello": 1}');
    const refused = run(['--backup', notBackup, 'x']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${notBackup} is not a Gloss backup`);
    const missing = run(['--backup', join(dir, 'nope.json'), 'x']);
    expect(missing.stderr).toContain('the file does not exist');
    const usage = run(['--backup', backupFile]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('no query given');
  });
});
