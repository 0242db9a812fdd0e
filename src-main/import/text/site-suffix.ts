/**
 * A saved page's first line is its `<title>`, which carries the site's or channel's name beside
 * the headline ("益阳：“数字”是优长-半月谈", "投身外交(3)_读书频道_新浪网", "NEWS WEB EASY|…").
 * When that line is the best title a plain text offers, the short parts at its ends are the
 * site's: each is cut while it is at most 8 reading units and either at most half the longest
 * part or written again elsewhere on the page (a menu's "读书频道", a footer's "新浪网版权所有",
 * not the headline shown again whole); a last part of up to 16 units too where the page shows
 * it as a line of its own above the headline (a blog's name in its header); the longest part
 * stays, unless it is an encyclopedia's name with its tagline ("维基百科，自由的百科全书"). But when
 * the page shows the opening parts (two or more, not all) as a line of its own, they are the
 * headline: "Interview mit X – #OutInChurch - männer*" whose h1 reads "Interview mit X –
 * #OutInChurch"; "Viviane Obenauf – Staatsanwaltschaft hat Beweise vorgelegt | Boxen - Alle
 * News, Tickets, … aus dem Boxsport".
 * Only the separators sites put between name and headline count (`|`, `_`, a spaced dash, a
 * dash between Han characters, `--` beside Han or kana); "——" and ":" join a headline to its
 * subtitle and stay, unless what follows ":", "·", "丨" or a dash run is shaped like a media name
 * (splitSiteTail), or what stands before a dash run is (splitSiteHead). A part shaped like a
 * media name or a software credit is cut, unless a later part is one too.
 */
import { compact, lettersKey } from '../../../src-shared/extraction/compact';
import {
  isMediaLabel,
  isSoftwareCredit,
  isStrongMediaLabel,
  splitSiteHead,
  splitSiteTail,
} from '../../../src-shared/extraction/title-furniture';
import { readingSize } from './shape';

/** The longest site's name (a blog's) cut from a title's end, in reading units. */
const LONG_NAME_MAX = 16;

/** The longest title line read, in characters. */
const TITLE_LINE_MAX = 300;

const SITE_SEPARATOR =
  /\s*[|｜_]\s*|(?<=[\u3040-\u30ff\u4e00-\u9fa5）)])\s*--\s*|\s*--\s*(?=[\u3040-\u30ff\u4e00-\u9fa5])|\s+[-–—:]\s+|(?<=[\u4e00-\u9fa5）)])-(?=[\u4e00-\u9fa5])/;

export function withoutSiteParts(titleLine: string, elsewhere: string[] = []): string {
  // A media name after "：", "·" or "丨" ("…：江南都市网") goes first: those separators also join
  // a speaker to a quote, so they count only before a name shaped like a site's.
  // A title line is read as far as TITLE_LINE_MAX, its white space runs collapsed: the run and
  // separator patterns below would otherwise scan long input again from every position.
  const line = titleLine.slice(0, TITLE_LINE_MAX).replace(/\s+/g, ' ');
  const afterName = shownAfterMediaName(line, elsewhere);
  if (afterName !== null) return afterName;
  const title = withoutMediaNames(line);
  const pieces = title.split(new RegExp(`(${SITE_SEPARATOR.source})`));
  // pieces: part, separator, part, …
  let first = 0;
  let last = pieces.length - 1;
  if (last < 2) return title;
  // Past a medium's name with a strong ending or a software credit (not the first part), the rest
  // is the site's too: its tagline ("… - 国内新闻 - 新民晚报 - 中国最具影响力的新闻门户"). (A menu's
  // "新闻" is no such name: "搜狐首页 - 新闻 - 体育 - …" is cut no shorter for it.)
  const siteAt = pieces.findIndex(
    (piece, i) => i >= 2 && i % 2 === 0 && (isStrongMediaLabel(piece) || isSoftwareCredit(piece)),
  );
  if (siteAt > 0) last = siteAt - 2;
  const parts = pieces.slice(first, last + 1).filter((_, i) => i % 2 === 0);
  // A part the site's by its shape goes only if no later part is: "走进社区 - 人民网" is a headline
  // and its site, not a site and its headline.
  const shapedAfter = (index: number) => pieces.some((p, i) => i > index && i % 2 === 0 && siteByShape(p));
  const sitesPart = (index: number) => siteByShape(pieces[index]) && !shapedAfter(index);
  // The longest part that is not a site's by its shape: a forum's name beside a short headline
  // is no headline ("犬儒病(上) - 国际 - 中华网论坛 - Powered by Discuz!").
  const headlineParts = parts.filter((_, i) => !sitesPart(first + 2 * i));
  const longest = Math.max(...(headlineParts.length > 0 ? headlineParts : parts).map(readingSize));
  const longestKey = compact(parts.find((p) => readingSize(p) === longest) ?? '');
  // A line that holds the headline too is the headline shown again, not the site's name.
  const elsewhereKeys = elsewhere.map(compact);
  const others = elsewhereKeys.filter((line) => !line.includes(longestKey));
  // The page shows the <title>'s opening parts, two or more but not all, as a line of its own
  // (its h1): that run is the headline, whatever its length beside the site's tagline. (A run
  // at the end is the site's own name shown again: "Über uns – 2gewinnt | Kabarett | Satire".)
  const lineKeys = new Set(elsewhereKeys);
  // (The headline's line is looked for only when a long last part is shown alone.)
  const shownBeforeHeadline = (key: string) => {
    const at = elsewhereKeys.indexOf(key);
    if (at < 0) return false;
    const headlineAt = elsewhereKeys.findIndex((line) => line.includes(longestKey));
    return headlineAt < 0 || at < headlineAt;
  };
  let shown: string | null = null;
  for (let j = 2; j < last; j += 2) {
    const run = pieces.slice(0, j + 1).join('');
    if (lineKeys.has(compact(run))) shown = run;
  }
  if (shown !== null) return shown.trim();
  // From the end, the parts after this one are cut already: its shape says it is the site's.
  const siteLike = (part: string, index: number, fromEnd: boolean) => {
    if (fromEnd ? siteByShape(part) : sitesPart(index)) return true;
    const size = readingSize(part);
    if (size >= longest) return false;
    const key = compact(part);
    // A longer name at the end is the site's where the page shows it as a line of its own above
    // the headline: a blog's name in its header ("… | ゆるっと北欧インテリア日記"), not a 副题 below it.
    if (size > 8) return fromEnd && size <= LONG_NAME_MAX && shownBeforeHeadline(key);
    return size <= longest / 2 || (key.length >= 2 && others.some((line) => line.includes(key)));
  };
  while (last - first >= 2 && siteLike(pieces[first], first, false)) first += 2;
  while (last - first >= 2 && siteLike(pieces[last], last, true)) last -= 2;
  const kept = pieces
    .slice(first, last + 1)
    .join('')
    .trim();
  return kept === '' ? title : kept;
}

/** A medium's name, then a colon: "华夏新闻网：投身外交(3)". */
const NAME_THEN_COLON = /^([^：:]{2,16})\s*[：:]\s*(.+)$/u;

/**
 * The headline after a medium's name and a colon, where the page shows it as a line of its own
 * ("华夏新闻网：投身外交(3)" over a line "投身外交(3)"), or null. A colon also joins a source to the
 * words it published ("人民日报：…", a commentary reposted whole), so the name is cut only where
 * the page's own headline line leaves it out.
 */
function shownAfterMediaName(line: string, elsewhere: string[]): string | null {
  const match = NAME_THEN_COLON.exec(line);
  if (!match || !isStrongMediaLabel(match[1])) return null;
  const headline = match[2].trim();
  const key = lettersKey(headline);
  return key.length >= 2 && elsewhere.some((other) => lettersKey(other) === key) ? headline : null;
}

/**
 * The line without the media names at its ends that stand beside separators which also join a
 * headline's own parts: one before a dash run ("新民晚报（国际）——…"), and up to two after the
 * headline (the site and its channel: "…--华夏新闻网--财经频道", "…：江南都市网").
 */
function withoutMediaNames(line: string): string {
  let title = splitSiteHead(line)?.headline ?? line;
  for (let cut = 0; cut < 2; cut++) {
    const split = splitSiteTail(title);
    if (!split) break;
    title = split.headline;
  }
  return title;
}

/**
 * A part of a `<title>` that is the site's by its shape, whatever its length beside the headline:
 * a medium's name ("犬儒病(..._中华网"), one with its tagline ("维基百科，自由的百科全书") or a
 * forum's software credit ("… - Powered by Discuz!").
 */
export function siteByShape(part: string): boolean {
  return isMediaLabel(part) || isSoftwareCredit(part) || withTagline(part);
}

/**
 * An encyclopedia's name with its tagline after a comma: "维基百科，自由的百科全书". Only 百科: a
 * headline's first clause is shaped like other media names ("扎根社区，服务群众", "织密路网，…").
 */
function withTagline(part: string): boolean {
  const comma = /[，,]/.exec(part);
  if (comma === null || comma.index < 2) return false;
  const name = part.slice(0, comma.index);
  return /百科$/.test(name) && isMediaLabel(name);
}
