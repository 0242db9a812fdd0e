/**
 * reanchor-2000: re-anchoring 2,000 highlights in the 1 MB article after 5 % of its text
 * changed, against anchoring them in the unchanged text (every one on the position fast path).
 * Pure computation, run in Node's V8 (the engine Chromium runs the renderer on).
 */
import { readFileSync } from 'node:fs';
import { importBytes } from '../../src-main/import/import-file';
import { canonicalText } from '../../src-shared/articles/canonical-text';
import { makeEditedText, makeHighlights, measureAnchoring } from '../anchoring-support';
import { makeLongArticle, round, type BenchResult } from '../support';

export function benchReanchor(runs: number): BenchResult {
  const path = makeLongArticle(1_000_000, 'R');
  const imported = importBytes(new Uint8Array(readFileSync(path)), 'long-R.md');
  if (!imported.ok) throw new Error(imported.error.reason);
  const text = canonicalText(imported.article.blocks);
  const highlights = makeHighlights(text, 2000, 11);
  const edited = makeEditedText(text, 0.05, 5);
  const unchanged = measureAnchoring(text, highlights, runs);
  const changed = measureAnchoring(edited, highlights, runs);
  return {
    name: 'reanchor-2000',
    gloss: round(changed.medianMs),
    baseline: round(unchanged.medianMs),
    unit: 'ms',
    ratio: round(changed.medianMs / unchanged.medianMs, 1),
    note: `2,000 highlights, ${text.length.toLocaleString()} characters, 5 % edited; baseline: unchanged text; median of ${runs}`,
    extra: { placed: changed.result.anchored.size, orphans: changed.result.orphans.length },
  };
}
