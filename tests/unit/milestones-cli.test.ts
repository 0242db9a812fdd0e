/**
 * tools/milestones.ts as a person runs it: one JSON line per file, the seed article's dated
 * passages read through the app's import, failures reported per file, usage without a file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(__dirname, '../..');
const seed = 'tests/fixtures/seed-article.txt';
const expected = JSON.parse(
  readFileSync(resolve(repoRoot, 'tests/fixtures/seed-article.expected.json'), 'utf8'),
) as {
  datedPassages: { cases: { text: string; date: string }[] };
};
const collapse = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

interface Passage {
  text: string;
  date: string;
  precision: string;
  start: number;
  end: number;
}

function run(args: string[]) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'tools/milestones.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const lines = child.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { file: string; passages?: Passage[]; error?: string });
  return { status: child.status, lines, stderr: child.stderr };
}

describe('npm run milestones', () => {
  it('prints the seed article’s dated passages and a failure line for a missing file', () => {
    const { status, lines, stderr } = run([seed, 'tests/fixtures/no-such-file.txt']);
    expect(status, stderr).toBe(0);
    expect(lines.map((l) => l.file)).toEqual([seed, 'tests/fixtures/no-such-file.txt']);

    const passages = lines[0].passages ?? [];
    for (const { text, date } of expected.datedPassages.cases) {
      expect(
        passages.some((p) => p.date === date && collapse(p.text).includes(collapse(text))),
        `${date} ${text}`,
      ).toBe(true);
    }
    for (const p of passages) {
      expect(Object.keys(p).sort()).toEqual(['date', 'end', 'precision', 'start', 'text']);
      expect(p.end - p.start).toBe(p.text.length);
      expect(p.precision).toBe(p.date.length === 4 ? 'year' : p.date.length === 7 ? 'month' : 'day');
    }

    expect(lines[1].passages).toBeUndefined();
    expect(lines[1].error).toMatch(/no longer there/);
  });

  it('refuses to run without a file', () => {
    const { status, lines, stderr } = run([]);
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/usage/);
  });
});
