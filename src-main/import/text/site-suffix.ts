/**
 * A saved page's first line is its `<title>`, which carries the site's or channel's name beside
 * the headline ("益阳：“数字”是优长-半月谈", "投身外交(3)_读书频道_新浪网", "NEWS WEB EASY|…").
 * When that line is the best title a plain text offers, the short parts at its ends are the
 * site's: each is cut while it is at most 8 reading units and either at most half the longest
 * part or written again elsewhere on the page (a menu's "读书频道", a footer's "新浪网版权所有");
 * the longest part always stays.
 * Only the separators sites put between name and headline count (`|`, `_`, a spaced dash, a dash
 * between Han characters); "——" and ":" join a headline to its subtitle and stay.
 */
import { readingSize } from './shape';

const SITE_SEPARATOR = /\s*[|｜_]\s*|\s+[-–—:]\s+|(?<=[\u4e00-\u9fa5）)])-(?=[\u4e00-\u9fa5])/;

export function withoutSiteParts(title: string, elsewhere: string[] = []): string {
  const pieces = title.split(new RegExp(`(${SITE_SEPARATOR.source})`));
  // pieces: part, separator, part, …
  let first = 0;
  let last = pieces.length - 1;
  if (last < 2) return title;
  const longest = Math.max(...pieces.filter((_, i) => i % 2 === 0).map(readingSize));
  const compact = (text: string) => text.replace(/\s+/g, '');
  const others = elsewhere.map(compact);
  const siteLike = (part: string) => {
    const size = readingSize(part);
    if (size > 8 || size >= longest) return false;
    const key = compact(part);
    return size <= longest / 2 || (key.length >= 2 && others.some((line) => line.includes(key)));
  };
  while (last - first >= 2 && siteLike(pieces[first])) first += 2;
  while (last - first >= 2 && siteLike(pieces[last])) last -= 2;
  const kept = pieces
    .slice(first, last + 1)
    .join('')
    .trim();
  return kept === '' ? title : kept;
}
