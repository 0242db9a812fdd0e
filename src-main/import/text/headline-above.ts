/**
 * A page saved as text opens with its `<title>` and shows its headline again above the
 * article's text, after menus and link lists. That line is the headline, in the page's own
 * spelling and without the site's name, rather than the `<title>`:
 * - first, the nearest line up to 40 lines above the text that is the `<title>`'s words whole:
 *   the whole `<title>`, or a run of its parts that holds its longest part, or, within 8 lines,
 *   a run that opens it, holds at least a third of its letters and stands inside no longer line
 *   of the page ("Alkohol auf dem Boot" of "Alkohol auf dem Boot – Erfahre mehr zu den
 *   Risiken"; not a site's name, which its footer repeats); never a line ending with a full
 *   stop (a caption);
 * - else the nearest title-like line whose character pairs are mostly the `<title>`'s and which
 *   holds half of the `<title>`'s headline part within 8 lines, three quarters of it up to 30
 *   lines (not a kicker, not a section's name); or, within 8 lines, a longer line that holds
 *   nearly all of the headline, at least 40 % of it the `<title>`'s (the page's full headline
 *   beside a shortened `<title>`), or one over its byline or date line that holds 60 % of the
 *   headline, at least 30 % of it the `<title>`'s (a reworded headline).
 */
import { blogOwner } from '../../../src-shared/extraction/blog-owner';
import { isMediaName } from '../../../src-shared/extraction/title-furniture';
import { TITLE_SEPARATORS, bigramsOf, isFurnitureTitle, titleKey } from '../html/title-candidates';
import { fieldValueOf, isMetaLine, isNameAlone, isNeverHeadline, looksLikeTitle } from './front-matter';
import { isTrailLine, strongNoise } from './noise';
import { endsSentence, hasSentencePunctuation, readingSize } from './shape';
import { siteByShape } from './site-suffix';
import { isEditionMark } from '../html/publication-date';

/** A site's address standing alone ("www.chinaneast.gov.cn"): no headline, the site's name. */
const BARE_ADDRESS = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?$/i;

/** How a website's own name ends: a portal, an official site, a site. */
const SITE_NAME_END = /(?:门户网站|门户网|官方网站|官网|网站)$/;

/** How far above the text's first line the headline may stand. */
const REACH = 8;

/** How far above it a headline much like the `<title>`'s (most of both in common) may stand. */
const FAR_REACH = 30;

/** How far above it the `<title>`'s own words, shown whole as a line, may stand (a page's h1 above its lead, pictures and share buttons). */
const EXACT_REACH = 40;

/** A run that leaves out the `<title>`'s longest part must hold at least this share of its letters. */
const RUN_SHARE = 1 / 3;

/**
 * The `<title>` line's parts and runs of neighbouring parts (split at its separators and at a
 * colon), by key: each with whether it holds the longest part. "Alkohol auf dem Boot – Erfahre
 * mehr zu den Risiken" gives "Alkohol auf dem Boot", "Erfahre mehr zu den Risiken" and the whole.
 */
function titleRuns(line: string): Map<string, { holdsLongest: boolean; opens: boolean }> {
  const pieces = line.split(new RegExp(`${TITLE_SEPARATORS.source}|[:：]\\s*`));
  const parts = pieces.map(titleKey);
  const total = parts.join('').length;
  // Longest in words, the first of equals: "Über uns – 2gewinnt | Kabarett | Satire".
  const sizes = pieces.map(readingSize);
  const siteParts = pieces.map(siteByShape);
  const longest = sizes.reduce((a, size, i) => (size > sizes[a] ? i : a), 0);
  const runs = new Map<string, { holdsLongest: boolean; opens: boolean }>();
  for (let from = 0; from < parts.length; from++)
    for (let to = from; to < parts.length; to++) {
      const key = parts.slice(from, to + 1).join('');
      const holdsLongest = from <= longest && longest <= to;
      // (A run with a part the site's by its shape is no headline: "维基百科，自由的百科全书".)
      const site = siteParts.slice(from, to + 1).some(Boolean);
      if (key.length >= 4 && !site && (holdsLongest || key.length >= total * RUN_SHARE) && !runs.has(key))
        runs.set(key, { holdsLongest, opens: from === 0 });
    }
  return runs;
}

function pairs(text: string): string[] {
  return bigramsOf(titleKey(text));
}

/** The share of `line`'s character pairs found in `title` (0 when it has fewer than 3). */
export function sharedWithTitle(line: string, title: string): number {
  const own = pairs(line);
  if (own.length < 3) return 0;
  const theirs = new Set(pairs(title));
  return own.filter((p) => theirs.has(p)).length / own.length;
}

/**
 * The index of the headline above `textStart` (the article's first line), or -1. Byline and
 * date lines between them are passed over. The article's first line itself is the headline when
 * it reads as one (no closing full stop) and matches: the span of text found below a page's
 * menus starts at the headline when nothing but menus stands above it. `page` is the saved
 * page's first line and its headline part (without the site's name).
 */
export function headlineAbove(
  lines: string[],
  textStart: number,
  page: { line: string; headline: string },
): number {
  const pageTitle = page.line;
  const headline = page.headline;
  // (A site's greeting that holds its name, "欢迎访问湖北省人民政府门户网站", is furniture.)
  // (Nor is a breadcrumb trail that ends with the headline cut short.)
  const readsAsHeadline = (i: number) =>
    !isMetaLine(lines[i]) &&
    !isTrailLine(lines[i]) &&
    looksLikeTitle(lines[i]) &&
    !isFurnitureTitle(lines[i]) &&
    !(i === textStart && /[.。．]$/.test(lines[i]));
  const shown = titleShownAbove(lines, textStart, pageTitle);
  if (shown > 0) return shown;
  const dated = datedHeadlineAbove(lines, textStart, headline);
  if (dated > 0) return dated;
  for (let i = textStart; i >= Math.max(1, textStart - FAR_REACH); i--) {
    if (!readsAsHeadline(i)) continue;
    const text = lines[i];
    // Mostly the <title>'s words, and most of its headline: not a kicker or a section's name.
    // Further up, past pictures, share buttons and a lead, three quarters of the headline.
    const ownInTitle = sharedWithTitle(text, pageTitle);
    const headlineInOwn = sharedWithTitle(headline, text);
    if (ownInTitle >= 0.6 && headlineInOwn >= (textStart - i <= REACH ? 0.5 : 0.75)) return i;
    if (textStart - i > REACH) continue;
    // The <title>'s short headline, nearly whole, in a longer one ("How to Care for Hydrangeas"
    // in "How to Care for Hydrangeas to Get the Most Beautiful Blooms on the Block").
    if (headlineInOwn >= 0.9 && ownInTitle >= 0.4) return i;
    // Over its byline or date line, a reworded headline that holds most of a shortened <title>'s
    // ("西安一的哥拾得8万元现金 冒雨苦等三小时还失主" under "的哥拾巨款苦等三小时还失主-TOM新闻").
    if (headlineInOwn >= 0.6 && ownInTitle >= 0.3 && i + 1 < lines.length && isMetaLine(lines[i + 1]))
      return i;
  }
  return -1;
}

/** A day (and a time) with a separator, at a line's start or end: "2007-11-03 | ", " - 2007年11月3日". */
const DAY_AT_START =
  /^\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[|｜:：\-–—]\s*/u;
const DAY_AT_END =
  /\s*[|｜\-–—]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u;

/**
 * A blog's post line right above the text: its day and the <title>'s headline ("2007-11-03 |
 * 婺源看秋记"), within REACH lines of `textStart`; or -1.
 */
function datedHeadlineAbove(lines: string[], textStart: number, headline: string): number {
  const key = titleKey(headline);
  if (key.length < 2) return -1;
  for (let i = textStart; i >= Math.max(1, textStart - REACH); i--) {
    const line = lines[i];
    const undated = withoutDay(line);
    if (undated !== line && titleKey(undated) === key) return i;
  }
  return -1;
}

/** A headline line without the day a blog's post line sets before or after it. */
export function withoutDay(line: string): string {
  return line.replace(DAY_AT_START, '').replace(DAY_AT_END, '').trim();
}

/**
 * The nearest line up to 40 lines above `textStart` that is the `<title>` line's words whole
 * (the whole, a run with its longest part, a short opening run near the text), or -1.
 */
export function titleShownAbove(lines: string[], textStart: number, pageTitle: string): number {
  const readsAsHeadline = (i: number) => !isMetaLine(lines[i]) && looksLikeTitle(lines[i]);
  // The <title>'s words shown whole as a line: the whole, or a run of its parts. A run without
  // its longest part (a short headline beside a long site tagline) only right above the text.
  // A short run that opens the <title> and is nowhere else inside a longer line: a site's name
  // sits in its footer ("© daily.example 2023") or after the headline ("…_读书频道_新浪网").
  const runs = titleRuns(pageTitle);
  // Each line's key, made when it is first asked for: most calls read a few lines only.
  const keys: (string | undefined)[] = [];
  const keyOf = (i: number) => (keys[i] ??= titleKey(lines[i]));
  const headlineRun = (i: number) => {
    const key = keyOf(i);
    const run = runs.get(key);
    if (!run) return false;
    if (run.holdsLongest) return true;
    return (
      run.opens &&
      textStart - i <= REACH &&
      !lines.some((_, j) => j > 0 && keyOf(j) !== key && keyOf(j).includes(key))
    );
  };
  for (let i = textStart; i >= Math.max(1, textStart - EXACT_REACH); i--) {
    // A line that ends with a full stop repeats the title as a caption or a lead.
    if (readsAsHeadline(i) && !/[.。．]$/.test(lines[i]) && headlineRun(i)) return i;
  }
  return -1;
}

/**
 * A long official title set over two to four short lines just above the text ("吉林省人民政府关于
 * 禁止在" / "吉林省嫩江干流补充治理工程建设" / … / "和迁入人口的通告"), joined back: the first and
 * last of those lines when together they are the `<title>`'s words whole (the whole, or a run of
 * its parts that holds the longest), within 8 lines above the text or opening it; else null.
 */
export function titleSplitAbove(
  lines: string[],
  textStart: number,
  pageTitle: string,
): { first: number; last: number } | null {
  const runs = titleRuns(pageTitle);
  const short = (i: number) =>
    i >= 1 &&
    !isMetaLine(lines[i]) &&
    looksLikeTitle(lines[i]) &&
    readingSize(lines[i]) <= 24 &&
    !/[.。．]$/.test(lines[i]);
  // The lines may open the text itself: a title's lines are short, so the span can start at them.
  for (let last = Math.min(lines.length - 1, textStart + 3); last >= Math.max(2, textStart - REACH); last--) {
    let key = '';
    for (let first = last; first >= Math.max(1, last - 3) && short(first); first--) {
      key = titleKey(lines[first]) + key;
      if (first < last && runs.get(key)?.holdsLongest) return { first, last };
    }
  }
  return null;
}

/** A line of the text's prose: longer than 20 reading units, punctuated and ended as a sentence. */
function isSentence(line: string): boolean {
  const text = line.trim();
  return readingSize(text) > 20 && hasSentencePunctuation(text.slice(0, -1)) && endsSentence(text);
}

/** A `<title>` headline up to this many reading units that the page never shows is the site's. */
const UNSHOWN_TITLE_SIZE = 8;

/**
 * Whether the `<title>` line's headline part is the site's name rather than an article's: it is
 * short and the page never writes it again (a headline is shown above its text), the page writes
 * it again inside two or more of its longer lines (a logo's "Blog名:洞庭一叶", a footer's
 * "© Rolling Stone"; not the headline shown again, nor a sentence of the text), or it is a web
 * address ("www.ekbo.de") or shaped like a medium's name ("松花江网", "东方日报").
 */
export function titleIsSiteName(lines: string[], headline: string): boolean {
  if (lines.length > 0 && namesSiteAndAddress(lines[0])) return true;
  if (namesBlog(headline, lines)) return true;
  const key = titleKey(headline);
  if (key.length < 2) return false;
  if (BARE_ADDRESS.test(headline.trim()) || isMediaName(headline)) return true;
  // A website's own name: "湖北省人民政府门户网站", "某某公司官方网站".
  if (SITE_NAME_END.test(headline.trim()) && !/[\s_|｜:：，,]/.test(headline.trim())) return true;
  // A short <title> the page never writes again: a headline is shown above its text.
  if (
    readingSize(headline) <= UNSHOWN_TITLE_SIZE &&
    !lines.slice(1).some((line) => titleKey(line).includes(key))
  )
    return true;
  // (Lines of a logo, a menu or a footer: the text's sentences name an entry's subject, "顾承霖".)
  return (
    lines.slice(1).filter((line) => {
      const own = titleKey(line);
      return own !== key && own.includes(key) && !isSentence(line);
    }).length >= 2
  );
}

/** Whom a repost credits, under the post's headline: "转载自 小满", "转自：某某的日志", "原文作者：…". */
const REPOST_CREDIT = /^(?:转载自|转载于|转自|原文(?:作者|出处|地址|链接)|原帖)(?:\s*[:：]\s*|\s+)\S/;

/**
 * A `<title>` headline that names a blog by its owner, whom the page names as a person ("陈思远的
 * 日志" on a page that also shows "返回陈思远的个人主页"): the blog's name, over every post.
 */
export function namesBlog(headline: string, lines: readonly string[]): boolean {
  return blogOwner([headline], '', lines) !== null;
}

/** A web address ending a line, bare or in brackets: " [http://382719465.qzone.qq.com]", " - www.example.cn". */
const ADDRESS_AT_END =
  /(?:^|[\s[(（【|｜_-])\s*(?:https?:\/\/|www\.)[\w-]+(?:\.[\w-]+)+(?:\/[^\s\])）】]*)?\s*[\])）】]?\s*$/i;

/**
 * A `<title>` line that is a short name, then a web address: a personal space's or a small
 * site's name and its address ("柠檬不萌 [http://382719465.qzone.qq.com]"), no headline.
 */
export function namesSiteAndAddress(titleLine: string): boolean {
  const line = titleLine.slice(0, PAGE_LINE_MAX);
  const address = ADDRESS_AT_END.exec(line);
  if (!address) return false;
  const rest = line
    .slice(0, address.index)
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
  return rest !== '' && readingSize(rest) <= UNSHOWN_TITLE_SIZE;
}

/** The longest first line read for a name and an address, in characters. */
const PAGE_LINE_MAX = 300;

/**
 * When the `<title>` names only the site: the value of a notice's title field (or the same words
 * shown again right above the text); else the nearest title-like line up to 8 lines above the
 * text's first line with a byline or date line right below it (the post's own headline), or -1;
 * of a stack of headline lines, the one the page lists again (listedHeadline). Page furniture and
 * a notice's field values are passed over.
 */
export function headlineWithFacts(lines: string[], textStart: number): number {
  // A notice's properties table names its title ("名  称：" / the title): that line, or the
  // same words shown again as the heading right above the text.
  const field = noticeTitleField(lines, textStart);
  if (field > 0) {
    const key = titleKey(lines[field]);
    for (let i = textStart - 1; i > field; i--) if (titleKey(lines[i]) === key) return i;
    return field;
  }
  for (let i = textStart - 1; i >= Math.max(1, textStart - REACH); i--) {
    if (isMetaLine(lines[i]) || !looksLikeTitle(lines[i]) || /[.。．]$/.test(lines[i])) continue;
    // (Nor a writer's name alone over the date: "Maren Estrada".)
    if (BARE_ADDRESS.test(lines[i].trim()) || REPOST_CREDIT.test(lines[i].trim()) || isNameAlone(lines[i]))
      continue;
    // Furniture above a date ("分享到：微信 微博", "【新春走基层】", a menu bar, a document's number)
    // and a notice's field values other than its title ("发文机关：" / "吉林省人民政府") are no headline.
    if (isNeverHeadline(lines[i]) || strongNoise(lines[i]) || fieldValueOf(lines, i) === 'other') continue;
    const credited = isNameAlone(lines[i + 1] ?? '') && isMetaLine(lines[i + 2] ?? '');
    if (i + 1 < lines.length && (isMetaLine(lines[i + 1]) || credited)) return listedHeadline(lines, i) ?? i;
  }
  return -1;
}

/** The line up to 30 lines above the text that a notice's table labels as its title, or -1. */
function noticeTitleField(lines: string[], textStart: number): number {
  for (let i = textStart - 1; i >= Math.max(1, textStart - FAR_REACH); i--)
    if (fieldValueOf(lines, i) === 'title' && looksLikeTitle(lines[i])) return i;
  return -1;
}

/**
 * Of the lines stacked above a byline (引题, 主题, 副题) on an edition's page, the one the page
 * lists again as a line of its own, above or below, is the headline: an e-paper lists its page's
 * headlines beside the article. The line found (`at`) wins unless it is not listed and one of the two above it is.
 */
export function listedHeadline(lines: string[], at: number): number | null {
  // Listed once, as a headline's length: a menu's items ("社会 · 法治") come back on every menu.
  const listed = (j: number) => {
    const key = titleKey(lines[j]);
    return (
      Array.from(key).length >= LISTED_MIN &&
      lines.filter((line, i) => i > 0 && Math.abs(i - j) > 1 && titleKey(line) === key).length === 1
    );
  };
  // Only on an edition's page, which lists its page's headlines: elsewhere a line the page shows
  // twice is as often a channel's name or a blog's tagline.
  if (!lines.some(isEditionMark) || listed(at)) return null;
  for (const j of [at - 1, at - 2])
    if (
      j > 1 &&
      looksLikeTitle(lines[j]) &&
      !isMetaLine(lines[j]) &&
      !isNeverHeadline(lines[j]) &&
      !strongNoise(lines[j]) &&
      listed(j)
    )
      return j;
  return null;
}

/** The shortest headline, in letters, that a listed line must be. */
const LISTED_MIN = 8;
