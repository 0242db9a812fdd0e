/**
 * The tuning half's wrong titles, one page a line: the label, what the HTML path gave and what
 * the plain-text path gave on the page saved as text (`npm run eval:extract -- --title-misses`).
 * Only tuning-half pages carry their titles in the evaluation's result, so this listing can
 * never show a held-out page: that half is read in aggregate only.
 */
import type { PageResult } from '../eval-extract';

export function formatTitleMisses(corpus: string, pages: PageResult[]): string[] {
  const lines: string[] = [];
  for (const page of pages) {
    const titles = page.titles;
    if (page.half !== 'tuning' || !titles) continue;
    const htmlWrong = page.gloss.title === false;
    const textWrong = page.asText?.title === false;
    if (!htmlWrong && !textWrong) continue;
    lines.push(
      `${corpus} ${page.id} [${htmlWrong ? 'HTML' : ''}${htmlWrong && textWrong ? '+' : ''}${textWrong ? 'text' : ''}]`,
    );
    lines.push(`  label:   ${titles.label}`);
    if (htmlWrong) lines.push(`  HTML:    ${titles.html ?? '(none)'}`);
    if (textWrong) lines.push(`  as text: ${titles.asText ?? '(none)'}`);
  }
  return lines;
}
