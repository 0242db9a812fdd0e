/**
 * The pages of `npm run eval:sites` hold their truth: every headline, credited person, phrase of
 * the first and last paragraph and phrase of furniture is in the page's shown text, so a score
 * the tool prints is about the extractor, not about a truth the page cannot give.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src-main/import/decode';
import { saveAsText } from '../../tools/eval/save-as-text';

const ROOT = path.join(__dirname, '../../tools/eval/site-pages');

interface Truth {
  file: string;
  title: string;
  authors: string[];
  bodyFirst: string;
  bodyLast: string;
  mustNotContain: string[];
}

const squeeze = (text: string) => text.replace(/\s+/gu, '');

describe.each(readdirSync(ROOT).sort())('site pages: %s', (set) => {
  const truths = JSON.parse(readFileSync(path.join(ROOT, set, 'truth.json'), 'utf8')) as Truth[];

  it('has pages, each with its truth in its shown text', () => {
    expect(truths.length).toBeGreaterThan(0);
    for (const truth of truths) {
      const html = decodeBytes(new Uint8Array(readFileSync(path.join(ROOT, set, truth.file))), {
        html: true,
      }).text;
      // Hidden until scripts run (a WeChat article) is still the page's text: read the markup's text too.
      const shown = squeeze(`${saveAsText(html)} ${html.replace(/<[^>]*>/g, ' ')}`);
      for (const phrase of [
        truth.title,
        ...truth.authors,
        truth.bodyFirst,
        truth.bodyLast,
        ...truth.mustNotContain,
      ])
        expect(shown, `${truth.file}: ${phrase}`).toContain(squeeze(phrase));
    }
  });
});
