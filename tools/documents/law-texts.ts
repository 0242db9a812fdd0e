/**
 * Texts for the unseen check: Chinese laws and regulations of the lawrefbook sample (Markdown: a
 * `#` title, adoption notes, then `##` chapter headings and articles), none of them seen while the
 * rules were tuned. Each is cut to its first articles so that a document runs to a few pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SourceParagraph } from './source-texts';

export const DEFAULT_LAW_CORPUS = path.resolve(__dirname, '../../../shared/corpora/lawrefbook-sample');

export interface LawText {
  id: string;
  title: string;
  paragraphs: SourceParagraph[];
}

export function lawParagraphs(
  markdown: string,
  limit: number,
): { title: string; paragraphs: SourceParagraph[] } {
  const lines = markdown.split(/\r?\n/).map((l) => l.replace(/[\s\u3000]+/gu, ' ').trim());
  const title = (lines.find((l) => l.startsWith('# ')) ?? '').slice(2).trim();
  const infoEnd = lines.findIndex((l) => l.includes('INFO END'));
  const paragraphs: SourceParagraph[] = [];
  for (const line of lines.slice(infoEnd + 1)) {
    if (line === '' || line.startsWith('<!--')) continue;
    const heading = /^#{2,6}\s+(.*)$/.exec(line);
    paragraphs.push(
      heading ? { kind: 'heading', text: heading[1].trim() } : { kind: 'paragraph', text: line },
    );
    if (paragraphs.length >= limit) break;
  }
  return { title, paragraphs };
}

/** `count` laws spread over the sample (sorted by file name), each cut to `limit` paragraphs. */
export function loadLawTexts(dir: string, count: number, limit = 45): LawText[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const step = Math.max(1, Math.floor(files.length / count));
  return files
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((file, i) => ({
      id: `law${String(i + 1).padStart(2, '0')}`,
      ...lawParagraphs(readFileSync(path.join(dir, file), 'utf8'), limit),
    }))
    .filter((t) => t.title !== '' && t.paragraphs.length > 0);
}
