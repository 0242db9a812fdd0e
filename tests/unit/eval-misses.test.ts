/** The tuning half's misses: what Gloss gave against the label, and never a held-out page. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { halfOf } from '../../tools/eval/halves';
import { tuningMisses } from '../../tools/eval/misses';

const prose = '<p>' + 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20) + '</p>';

/** An htmldate-layout corpus of `count` pages, each dated 2020-01-02 in its metadata but labelled 2021-03-04. */
function corpus(count: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gloss-misses-'));
  mkdirSync(path.join(dir, 'html'));
  const files = Array.from({ length: count }, (_, i) => `page-${i}.html`);
  const labels: Record<string, { date: string }> = {};
  for (const file of files) {
    const html = `<html><head><title>A page</title><meta property="article:published_time" content="2020-01-02"></head><body><h1>A page</h1>${prose}</body></html>`;
    writeFileSync(path.join(dir, 'html', file), html);
    labels[file] = { date: '2021-03-04' };
  }
  writeFileSync(path.join(dir, 'dates.json'), JSON.stringify(labels));
  return { dir, files };
}

describe('tuningMisses', () => {
  it('lists the tuning half’s wrong dates with their source, and no held-out page', () => {
    const { dir, files } = corpus(8);
    const tuning = files.filter((f) => halfOf(f) === 'tuning').map((f) => f.replace('.html', ''));
    expect(tuning.length).toBeGreaterThan(0);
    expect(tuning.length).toBeLessThan(files.length);
    const misses = tuningMisses(dir).filter((m) => m.path === 'html');
    expect(misses.map((m) => m.id).sort()).toEqual(tuning.sort());
    expect(misses[0]).toMatchObject({
      field: 'date',
      label: '2021-03-04',
      got: '2020-01-02',
      from: 'metadata',
    });
  });
});
