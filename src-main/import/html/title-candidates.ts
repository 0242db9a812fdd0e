/**
 * The article's title, chosen by scoring candidates against each other: the parts of <title>
 * split at its separators, og:title and the JSON-LD headline (whole and split), the page's
 * headings, and the short lines standing just before the article. A candidate gains when
 * several sources agree on it and when it stands right before the article's text; it loses
 * when it is the site's name (og:site_name, the host, a part shared by all the page's titles,
 * a name the page repeats in its header and footer), a word of the page's furniture ("显示",
 * "首页", "undefined"), a comment heading, or a bare number. The runner-up's score tells how
 * sure the choice is.
 */
import { isUiWord } from '../byline-guard';
import { blogOwner } from '../../../src-shared/extraction/blog-owner';
import { dateMentions } from '../dates/date-mentions';
import {
  isBracketLabel,
  isHeadingTag,
  isMediaName,
  isMenuLine,
  isMediaLabel,
  isOriginalTitleLine,
  isRelatedListHeading,
  isSiteCredit,
  isSoftwareCredit,
  isTitleFieldLabel,
  splitSiteTail,
} from '../../../src-shared/extraction/title-furniture';
import { isBreadcrumb } from './boilerplate';
import { isOwnerLine } from '../text/copyright';
import { factsOfLine, isMetaLine } from './chinese-conventions';
import { latinByline } from './latin-bylines';
import type { TextSegment } from './to-blocks';

export const TITLE_SEPARATORS =
  /\s+[-|–—·:»<>]+\s+|\s*(?:[|｜_<»]|__|--|－|——|\s-\s?-$)\s*|(?<=[\u4e00-\u9fa5）)])-(?=[\u4e00-\u9fa5])/;

export interface TitleInput {
  documentTitle: string | null;
  ogTitle: string | null;
  /** twitter:title: a source of its own only when it differs from og:title and <title>. */
  twitterTitle?: string | null;
  jsonLdHeadline: string | null;
  siteName: string | null;
  /** Host names of the page's own addresses ("www.xinhuanet.com"). */
  hosts: string[];
  /** The texts of the page's links to itself (self-links.ts): titles the page gives itself. */
  selfLinks?: string[];
  page: TextSegment[];
  /** Index in `page` of the article's first block. */
  articleStart: number;
  /** The first few hundred characters of the article's text. */
  articleOpening: string;
}

export interface TitleChoice {
  title: string;
  /** The best score's lead over the runner-up, and whether two sources agree on it. */
  sure: boolean;
}

/** Letters and digits only, lower case: how candidates are compared. */
export function titleKey(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
}

/** Words a page shows as a title that are its furniture, never an article's headline. */
const FURNITURE =
  /^(显示|首页|主页|正文|无标题|未命名|undefined|null|untitled|index|home|homepage|default|new page \d*|document|blog|博客|文章|新闻|新闻中心|(?:新闻|文章|资讯|信息|内容)?(?:详情|正文)页?|内容页|阅读|打印|标题|题目|print|details?)$/i;
/** A word of a page's furniture ("显示", "首页", "Untitled") or a bare number: never a headline. */
export function isFurnitureTitle(text: string): boolean {
  return isFurnitureKey(titleKey(text)) || WELCOME.test(text.trim());
}

/** A site's greeting where a title goes: "欢迎访问湖北省人民政府门户网站", "欢迎光临…". */
const WELCOME = /^(?:欢迎|歡迎)(?:访问|訪問|光临|光臨|来到|來到|进入|進入)/;

function isFurnitureKey(key: string): boolean {
  return FURNITURE.test(key) || /^\d+$/.test(key);
}
const COMMENT_HEADING = /评论|回复|留言|跟帖|comments?\b|repl(y|ies)\b|responses?\b/i;
const CREDIT_LINE = /^(?:photo|foto|picture|image|illustration|graphic|credit|bild|图片?|摄影)\s*[:：]/i;
const LABEL_PREFIX = /^(?:主题|标题|题目|subject|title)\s*[:：]\s*/i;
const CATEGORY_PREFIX = /^[[【〔][^\]】〕]{1,8}[\]】〕]\s*(?=\S)/;

/**
 * A title as it shows: private-use characters (an icon font's glyph, a byte no encoding maps to
 * a letter) and control characters, which show as boxes, dropped; white space collapsed.
 */
export function visibleTitle(text: string): string {
  return text
    .replace(/[\p{Co}\p{Cc}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A button's words in brackets after a forum's heading ("… [复制链接]", "… [打印]"). */
const TRAILING_BRACKETS = /\s*[[【［]([^\]】］]{1,12})[\]】］]\s*$/;

/**
 * A day set after a Chinese headline in its heading ("标题 2012-03-04", "标题 （2012年3月4日 10:20）"):
 * digits only, after a space.
 */
const TRAILING_DAY =
  /\s+(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|[(（]\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[)）])$/;

export function cleanCandidate(text: string): string {
  const cleaned = visibleTitle(text)
    .replace(LABEL_PREFIX, '')
    .replace(CATEGORY_PREFIX, '')
    .replace(/(?:\s*-\s*)+$/, '')
    .trim();
  const button = TRAILING_BRACKETS.exec(cleaned);
  return button && isUiWord(button[1]) && button.index > 0 ? cleaned.slice(0, button.index) : cleaned;
}

/**
 * A headline line as the page's <title> names it (`named`): without a column's tag set before it
 * in its heading ("头条", "独家": isHeadingTag) or a day in digits set after it, when the <title>
 * leaves them out. A speaker ("李强：…") or any other word before the headline stays.
 */
export function asTitleNamesIt(title: string, named: string): string {
  const key = titleKey(title);
  const namedKey = titleKey(named);
  const size = Array.from(namedKey).length;
  if (size < 6 || key === namedKey) return title;
  if (key.endsWith(namedKey) && isHeadingTag(key.slice(0, key.length - namedKey.length))) {
    // Cut where the headline's first letter or opening quote stands ("“十四五”…"), not at the
    // tag's closing bracket or the space after it.
    for (let i = 1; i < title.length; i++)
      if (/[\p{L}\p{N}\p{Ps}\p{Pi}]/u.test(title[i]) && titleKey(title.slice(i)) === namedKey)
        return title.slice(i);
  }
  const day = TRAILING_DAY.exec(title);
  if (day && titleKey(title.slice(0, day.index)) === namedKey) return title.slice(0, day.index);
  return title;
}

/** A title's parts: split at its separators, and a site's name cut from the last ("…：江南都市网"). */
export function partsOf(title: string): string[] {
  return title
    .split(TITLE_SEPARATORS)
    .flatMap((part) => {
      const tail = splitSiteTail(part);
      return tail ? [tail.headline, tail.site] : [part];
    })
    .map(cleanCandidate)
    .filter((p) => p !== '');
}

interface Candidate {
  text: string;
  key: string;
  metaSources: Set<string>;
  /** Best placement score of the candidate as page text (heading or line before the article). */
  placement: number;
  linkDense: boolean;
  /** A heading or line that shows neighbouring parts of a split title joined. */
  joinsParts: boolean;
  /** Shown right above a line of byline, date or source ("2022-02-13 09:57 光明网"). */
  aboveMeta: boolean;
  /** The key of the page's line right above it, where it is shown. */
  keyAbove?: string;
  /** Its heading level where it is a heading (1 for h1), else undefined. */
  level?: number;
}

function siteKeys(input: TitleInput, refs: string[]): Set<string> {
  const keys = new Set<string>();
  if (input.siteName) keys.add(titleKey(input.siteName));
  // A media name cut from the end of a title ("…：江南都市网") is the site's; so is a whole title
  // that is one ("松花江网"), unless the page shows it as a headline: a heading right above its
  // date or source line (a logo heading stands above the page's menus or its real headline,
  // or links to the home page).
  const headingKeys = new Set(
    input.page
      .filter(
        (s, i) =>
          s.kind === 'heading' &&
          !isHomeLink(s) &&
          i + 1 < input.page.length &&
          isMetaLine(input.page[i + 1].text),
      )
      .map((s) => titleKey(cleanCandidate(s.text))),
  );
  for (const ref of refs) {
    if (isMediaName(ref) && !headingKeys.has(titleKey(ref))) keys.add(titleKey(ref));
    const parts = ref.split(TITLE_SEPARATORS).map((p) => p.trim());
    const longest = Math.max(...parts.map((p) => Array.from(p).length));
    for (const part of parts) {
      const tail = splitSiteTail(part);
      if (tail) keys.add(titleKey(tail.site));
      // Beside a longer part, a part shaped like a medium's name is the site's or its
      // channel's ("…_示例网", "新华网 - …", "…_国内新闻_示例网").
      else if (
        parts.length > 1 &&
        Array.from(part).length < longest &&
        isMediaLabel(part) &&
        !headingKeys.has(titleKey(part))
      )
        keys.add(titleKey(part));
    }
  }
  // A title or part that the page's footer names as its owner ("版权所有：宜春市人民政府",
  // "主办：…", "© 2019 …") is the site's name: a headline is in no copyright line. (Only outside
  // the article's region: a 主办单位 in the text names an event's organiser.)
  const ownerLines = input.page
    .filter((s) => s.region !== 'main' && isOwnerLine(s.text))
    .map((s) => titleKey(s.text));
  for (const part of refs.flatMap(partsOf)) {
    const key = titleKey(part);
    if (Array.from(key).length >= 4 && ownerLines.some((line) => line.includes(key))) keys.add(key);
  }
  // A part that names a blog by its owner, whom the page shows alone ("陈思远的日志" beside a
  // profile's "陈思远"): the blog's name, over every post.
  const shown = input.page.map((s) => s.text);
  for (const part of refs.flatMap(partsOf))
    if (blogOwner([part], '', shown) !== null) keys.add(titleKey(part));
  for (const host of input.hosts) {
    keys.add(titleKey(host));
    for (const label of host.split('.')) if (label.length >= 4 && label !== 'www') keys.add(titleKey(label));
  }
  // A part every title of the page carries beside different ones is the site's ("X - 新华网").
  // The others must differ throughout: "Opinion | Headline" and "Opinion | Headline - Site"
  // share their headline, which is no site's name.
  const split = refs.map(partsOf).filter((p) => p.length > 1);
  // When a part already is the site's known name, the parts the titles share are the headline's.
  const siteKnown = split.some((parts) => parts.some((p) => keys.has(titleKey(p))));
  for (const part of siteKnown ? [] : (split[0] ?? [])) {
    const key = titleKey(part);
    if (!split.every((parts) => parts.some((p) => titleKey(p) === key))) continue;
    // (Not where it is the longest part of every title: the headline, beside a blog's name in
    // <title> and its owner's in og:title, "念願の… | ゆるっと北欧インテリア日記" / "念願の…｜ゆきんこのブログ".)
    if (split.every((parts) => parts.every((p) => titleKey(p).length <= key.length))) continue;
    const others = split.map((parts) => parts.map(titleKey).filter((k) => k !== key));
    const sharedOther = others[0].some((k) => others.slice(1).every((o) => o.includes(k)));
    if (new Set(others.map((o) => o.join('|'))).size > 1 && !sharedOther) keys.add(key);
  }
  keys.delete('');
  return keys;
}

/**
 * The parts of a page's `<title>` beside its headline ("…_网易新闻" → "网易新闻"): the names
 * of the site and its channel, none of them a byline.
 */
export function namesBesideHeadline(documentTitle: string | null, headline: string): string[] {
  if (!documentTitle) return [];
  const key = titleKey(headline);
  const parts = partsOf(documentTitle);
  if (!parts.some((part) => titleKey(part) === key)) return [];
  return parts.filter((part) => titleKey(part) !== key);
}

/**
 * A short name (three words at most) that begins with a label of the page's host: "TALENT
 * Schweiz" on talent.ch, "MyOOS Community Forum" on foren.myoos.de. Only a part of a title that
 * splits counts: a whole title such as a newsletter's "Axios Future" is the page's own name.
 */
function namedAfterHost(text: string, hosts: string[]): boolean {
  if (text.trim().split(/\s+/).length > 3) return false;
  const key = titleKey(text);
  return hosts.some((host) =>
    host
      .toLowerCase()
      .split('.')
      .slice(0, -1)
      .some((label) => label.length >= 4 && label !== 'www' && key.startsWith(titleKey(label))),
  );
}

/** How often a key stands alone as a line in the page's header, footer and navigation. */
function furnitureCount(page: TextSegment[], key: string): number {
  let n = 0;
  for (const s of page) {
    if (s.region === 'main') continue;
    const k = titleKey(s.text);
    if (k === key || (k.length < key.length * 2 && k.includes(key))) n++;
  }
  return n;
}

/** The fewest words of a metadata headline compared with the page's headings for a rewrite. */
const REWRITE_WORDS_MIN = 5;
/** The share of them a heading must hold, and how much longer than the metadata's it may run. */
const REWRITE_HELD = 0.8;
const REWRITE_LONGER = 2;

/** A headline's words: Latin words in lower case, a pair of neighbouring Han characters each. */
function headlineWords(text: string): string[] {
  const latin = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !/\p{Script=Han}/u.test(w));
  const han = bigramsOf((text.match(/\p{Script=Han}+/gu) ?? []).join('|')).filter((b) => !b.includes('|'));
  return [...latin, ...han];
}

/** Whether a heading holds nearly all the words of a metadata headline, and some more, not many. */
function holdsRewritten(heading: string, words: string[]): boolean {
  const own = headlineWords(heading);
  // Longer than the metadata's: a heading of the same words in another order is no fuller headline.
  if (own.length <= words.length || own.length > REWRITE_LONGER * words.length) return false;
  const set = new Set(own);
  return words.filter((w) => set.has(w)).length >= REWRITE_HELD * words.length;
}

/** The pairs of neighbouring characters of a key (see titleKey). */
export function bigramsOf(key: string): string[] {
  const chars = Array.from(key);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Every run of two or more neighbouring parts of a title, as the title writes it. */
export function neighbouringRuns(title: string): string[] {
  const pieces = title.split(new RegExp(`(${TITLE_SEPARATORS.source})`));
  const runs: string[] = [];
  for (let i = 0; i < pieces.length; i += 2)
    for (let j = i + 2; j < pieces.length; j += 2) {
      const run = cleanCandidate(pieces.slice(i, j + 1).join(''));
      if (run !== '' && titleKey(pieces[i]) !== '' && titleKey(pieces[j]) !== '') runs.push(run);
    }
  return runs;
}

/** A segment that is wholly a link to the home page: a logo (a headline may link to itself). */
function isHomeLink(segment: TextSegment): boolean {
  return (segment.homeLinkChars ?? 0) >= 0.9 * segment.text.length;
}

/**
 * The key of the page's only h1 outside menus, sidebars and footers, not counting one that is
 * the site's name (a logo) or a furniture word; null when there are none or several.
 */
export function soleHeadline(page: TextSegment[], sites: Set<string>): string | null {
  const keys = new Set<string>();
  for (const s of page) {
    if (s.kind !== 'heading' || s.level !== 1) continue;
    if (s.region === 'aside' || s.region === 'footer' || s.region === 'navigation') continue;
    if (isHomeLink(s)) continue;
    const key = titleKey(cleanCandidate(s.text.split('\n')[0]));
    if (Array.from(key).length >= 4 && !sites.has(key) && !FURNITURE.test(key)) keys.add(key);
  }
  return keys.size === 1 ? [...keys][0] : null;
}

/**
 * A short line that credits someone by the press's byline labels ("新华网黑龙江频道 记者 伊琳",
 * "半月谈记者 史卫燕", "作者：罗银胜"): a byline, not a headline. A headline that quotes a person
 * ("茉莉：我是怎样卷入八九民运的") carries no such label.
 */
export function isCreditLine(text: string): boolean {
  return (
    (Array.from(text.trim()).length <= 30 && factsOfLine(text).author !== null) || latinByline(text) !== null
  );
}

/**
 * Whether the line at `i` stands among the article's first three lines with only date, byline
 * or source lines above it ("Saturday, September 10th, 2005 10:56 am" kept over its headline).
 */
function belowOpeningFacts(page: TextSegment[], articleStart: number, i: number): boolean {
  return (
    i > articleStart && i - articleStart <= 2 && page.slice(articleStart, i).every((s) => isMetaLine(s.text))
  );
}

/** How far before (and after) the article's start a line that is a metadata title counts. */
const METADATA_LINE_BEFORE = 30;
const METADATA_LINE_AFTER = 3;

/** A heading's placement less one: `d` lines before the article, or `-d` after its start. */
export function metadataLinePlacement(distance: number): number {
  return distance >= 0 ? Math.max(1, 6 - 0.4 * distance) - 1 : Math.max(0, 3 - 0.5 * -distance) - 1;
}

/** The longest part of a title read as a channel's name, in characters ("社会", "财经频道"). */
const CHANNEL_MAX = 4;

const HAN = /\p{Script=Han}/u;

/** The shortest line read as a headline by its date line alone, in characters of its key. */
const HEADLINE_LINE_MIN = 8;

/** The longest metadata title read, in characters. */
const REF_MAX = 300;

export function chooseTitleByScore(input: TitleInput): TitleChoice | null {
  // A metadata title past REF_MAX characters is cut there: no headline runs so long, and the
  // runs of its parts are compared with every candidate.
  const refs = [input.documentTitle, input.ogTitle, input.jsonLdHeadline]
    .filter((t): t is string => !!t)
    .map((t) => t.slice(0, REF_MAX));
  const twitter = input.twitterTitle;
  if (twitter && ![input.documentTitle, input.ogTitle].some((t) => t && titleKey(t) === titleKey(twitter)))
    refs.push(twitter.slice(0, REF_MAX));
  const byKey = new Map<string, Candidate>();
  const add = (
    text: string,
    meta: string | null,
    placement: number,
    linkDense = false,
    shown: { aboveMeta?: boolean; keyAbove?: string; level?: number } = {},
  ) => {
    const cleaned = cleanCandidate(text);
    const key = titleKey(cleaned);
    if (key === '') return;
    const found = byKey.get(key) ?? {
      text: cleaned,
      key,
      metaSources: new Set(),
      placement: -Infinity,
      linkDense,
      joinsParts: false,
      aboveMeta: false,
    };
    found.aboveMeta ||= shown.aboveMeta === true;
    found.keyAbove ??= shown.keyAbove;
    if (shown.level !== undefined) found.level = Math.min(found.level ?? shown.level, shown.level);
    if (meta) found.metaSources.add(meta);
    if (placement > found.placement) {
      found.placement = placement;
      found.text = cleaned; // the page's own spelling wins over the <title>'s
    }
    found.linkDense &&= linkDense;
    byKey.set(key, found);
  };
  refs.forEach((ref, n) => {
    const parts = partsOf(ref);
    for (const part of parts) add(part, `ref${n}`, -Infinity);
    if (parts.length > 1) add(ref, `whole${n}`, -Infinity);
  });
  const { page, articleStart } = input;
  // The keys of every part and every whole of the metadata titles: a line of the page that
  // shows one of them word for word is the headline shown, wherever its markup puts it.
  const metaKeys = new Set(
    refs.flatMap((ref) => [ref, ...partsOf(ref)]).map((t) => titleKey(cleanCandidate(t))),
  );
  metaKeys.delete('');
  page.forEach((whole, i) => {
    // A block whose first line is followed only by its byline and date ("标题\n某某 发表于 …").
    const lines = whole.text.split('\n');
    if (lines.length > 1 && !lines.slice(1).every((l) => isMetaLine(l) || /发表于|posted|by\s/i.test(l)))
      return;
    const segment = lines.length > 1 ? { ...whole, text: lines[0] } : whole;
    const n = Array.from(titleKey(segment.text)).length;
    if (n === 0 || n > 200) return;
    const distance = articleStart - i;
    const linkDense = segment.linkChars > segment.text.length / 2;
    // Sidebars, footers and menus hold other pages' titles and forms' labels.
    const aside =
      segment.region === 'aside' || segment.region === 'footer' || segment.region === 'navigation';
    const sidePenalty = aside ? 3 : 0;
    // A headline stands right above its byline, date or source line, or in a block with them.
    const next = page[i + 1];
    const aboveMeta =
      !aside &&
      !isMetaLine(segment.text) &&
      (lines.length > 1 || (next !== undefined && (isMetaLine(next.text) || isCreditLine(next.text))));
    const labelled = i > 0 && isTitleFieldLabel(page[i - 1].text);
    const keyAbove = i > 0 ? titleKey(cleanCandidate(page[i - 1].text)) : undefined;
    const nearStart = distance >= -METADATA_LINE_AFTER && distance <= METADATA_LINE_BEFORE;
    if (labelled && nearStart && !aside && !linkDense && n <= 120) {
      // A notice's table: "标  题：" in one cell, the title in the next, wherever the table stands.
      add(segment.text, null, 4, linkDense);
    } else if (segment.kind === 'heading') {
      const near = distance >= 0 ? Math.max(1, 6 - 0.4 * distance) : Math.max(0, 3 - 0.5 * -distance);
      // A heading that runs on (ends with a comma or colon) is a greeting or a lead-in.
      const runsOn = /[,，:：、]$/.test(segment.text.trim()) ? 3 : 0;
      add(
        segment.text,
        null,
        near - (linkDense ? 3 : 0) + (segment.level === 1 ? 1 : 0) - sidePenalty - runsOn,
        linkDense,
        { aboveMeta, keyAbove, level: segment.level },
      );
    } else if (
      !aside &&
      !linkDense &&
      distance >= -METADATA_LINE_AFTER &&
      distance <= METADATA_LINE_BEFORE &&
      metaKeys.has(titleKey(cleanCandidate(segment.text))) &&
      !isMetaLine(segment.text)
    ) {
      // A line (div.title, td > strong, font, p > b) that is a metadata title or one of its parts,
      // word for word: the headline set in markup that is no heading, however far the page's
      // share buttons and pictures push it from the text. Placed like a heading, one point less.
      add(segment.text, null, metadataLinePlacement(distance), false, { aboveMeta, keyAbove });
    } else if (
      aboveMeta &&
      HAN.test(segment.text) &&
      !linkDense &&
      n >= HEADLINE_LINE_MIN &&
      n <= 60 &&
      distance >= -METADATA_LINE_AFTER &&
      distance <= METADATA_LINE_BEFORE &&
      !/[。.；;，,：:]$/.test(segment.text.trim())
    ) {
      // A line of a headline's length right above its date, byline or source line, in markup
      // that is no heading: the headline, however far the page's share buttons and pictures push
      // it from the text (a widget's label above the date, "官方微信平台", is shorter). A question
      // or an exclamation may end it. Placed as a metadata title's line is. Only a line in Han
      // characters: Chinese templates set headlines in div and td; above an English date line
      // stand a byline, a role or a picture's credit ("Forum Moderator", "Labour Party / Flickr").
      add(segment.text, null, metadataLinePlacement(distance), false, { aboveMeta, keyAbove });
    } else if (
      !aside &&
      (distance >= 0 || belowOpeningFacts(page, articleStart, i)) &&
      distance <= 6 &&
      n <= 60 &&
      !isMetaLine(segment.text)
    ) {
      // Lines just before the article, or its own first line when short (a title kept in the
      // text), also below the date or source line the kept text opens with.
      if (/[。！？.!?；;，,]$/.test(segment.text.trim())) return;
      if (distance <= 0 && n > 40) return;
      add(
        segment.text,
        null,
        (distance <= 0 ? 3 : 4 - 0.6 * (distance - 1)) - (linkDense ? 4 : 0),
        linkDense,
        { aboveMeta },
      );
    }
  });
  // A heading or line that shows neighbouring parts of a title joined ("Our Research Shows – A
  // Mix of Ads…" where the <title> was split at its dash), alone or after a kicker, says the
  // joined run is the headline: the run gets the title's agreement wherever the heading stands.
  const sites = siteKeys(input, refs);
  for (const c of [...byKey.values()]) {
    // A heading or run that holds the site's name is the site's banner ("2gewinnt | Kabarett | Satire").
    const banner = (text: string) => partsOf(text).some((p) => sites.has(titleKey(p)));
    if (c.placement === -Infinity || banner(c.text)) continue;
    refs.forEach((ref, n) => {
      for (const run of neighbouringRuns(ref).filter((r) => !banner(r))) {
        const key = titleKey(run);
        const shown = key === c.key || (c.key.endsWith(key) && key.length >= 0.6 * c.key.length);
        if (!shown) continue;
        if (!byKey.has(key)) add(run, null, -Infinity);
        const target = byKey.get(key);
        if (!target) continue;
        target.metaSources.add(`ref${n}`);
        target.joinsParts = true;
        target.placement = Math.max(target.placement, c.placement, 0);
      }
    });
  }
  // A heading that is a part of a title with a column's tag before it ("头条", "独家" set in a
  // span of the h1): the part the title names is the headline, shown where the heading stands.
  for (const c of [...byKey.values()]) {
    if (c.placement === -Infinity || c.metaSources.size > 0) continue;
    for (const key of refs.flatMap(partsOf).map(titleKey)) {
      const target = byKey.get(key);
      const tag = c.key.slice(0, c.key.length - key.length);
      if (!target || Array.from(key).length < 6 || !c.key.endsWith(key) || !isHeadingTag(tag)) continue;
      target.placement = Math.max(target.placement, c.placement);
      target.aboveMeta ||= c.aboveMeta;
      target.joinsParts = true;
    }
  }
  // Parts of a title that splits: beside the headline, one of them may be the site's name.
  const splitParts = new Set(
    refs
      .map(partsOf)
      .filter((parts) => parts.length > 1)
      .flat()
      .map(titleKey),
  );
  // A channel's name: a part of four characters at most of a title that splits, beside a part
  // twice as long at least that the page shows too ("多数夫妻生活… (图)_社会_东方日报" under an
  // h2 "社会" over the headline). The longer part shown is the headline; the short one names
  // the section it stands in.
  const channelKeys = new Set(
    refs.flatMap((ref) => {
      const keys = partsOf(ref).map(titleKey);
      const shownLong = keys.filter((k) => (byKey.get(k)?.placement ?? -Infinity) > -Infinity);
      return keys.filter(
        (k, i) =>
          i > 0 &&
          Array.from(k).length <= CHANNEL_MAX &&
          shownLong.some((o) => o.length >= 2 * Math.max(k.length, 4)),
      );
    }),
  );
  // The long parts of each metadata title (half the longest's length at least): a short one
  // beside them ("- CNNPolitics") names the site or a section, and confirms no heading
  // ("Politics"); two halves of a headline split at a dash both count.
  const longPartKeys = new Set(
    refs.flatMap((ref) => {
      const parts = partsOf(ref);
      const longest = Math.max(0, ...parts.map((part) => Array.from(part).length));
      return parts.filter((part) => Array.from(part).length * 2 >= longest).map(titleKey);
    }),
  );
  // The headline part of each metadata title, as words: a heading that holds nearly all of them
  // is the headline the metadata shortened for search ("…near deal on disaster aid…" for the
  // h1's "…near deal on $13 billion disaster aid package…").
  const rewrittenHeadlines = refs
    .map((ref) => partsOf(ref).filter((part) => !sites.has(titleKey(part))))
    .map((parts) => parts.reduce((a, b) => (Array.from(b).length > Array.from(a).length ? b : a), ''))
    .map(headlineWords)
    .filter((words) => words.length >= REWRITE_WORDS_MIN);
  const openingKey = titleKey(input.articleOpening);
  const opening = new Set(bigramsOf(openingKey));
  const headlineKey = soleHeadline(page, sites);
  // Whether the metadata confirms a shown candidate: a <title> part or og:title it is, joins or
  // (nearly) holds.
  const selfKeys = new Set((input.selfLinks ?? []).map((text) => titleKey(cleanCandidate(text))));
  selfKeys.delete('');
  const confirmedByMeta = (c: Candidate): boolean =>
    [...c.metaSources].some((s) => s.startsWith('ref')) ||
    selfKeys.has(c.key) ||
    c.joinsParts ||
    [...byKey.values()].some(
      (o) =>
        o !== c &&
        [...o.metaSources].some((s) => s.startsWith('ref')) &&
        longPartKeys.has(o.key) &&
        o.key.length >= 4 &&
        (c.key.includes(o.key) || o.key.includes(c.key)) &&
        Math.min(o.key.length, c.key.length) / Math.max(o.key.length, c.key.length) >= 0.5,
    );
  const scored = [...byKey.values()].map((c) => {
    const n = Array.from(c.key).length;
    const refsAgreeing = new Set(
      [...c.metaSources].filter((s) => s.startsWith('ref')).map((s) => s.slice(3)),
    );
    let score = 0;
    if (refsAgreeing.size > 0) score += 4 + 1.5 * (refsAgreeing.size - 1);
    else if (c.metaSources.size > 0) score += 1;
    // A link of the page to itself names it as a metadata title does: with the confirmation
    // below, a shown line it names gains what a <title> part gains; beside a title, a source more.
    if (selfKeys.has(c.key) && c.placement > -Infinity) score += refsAgreeing.size > 0 ? 1.5 : 1;
    if (c.placement > -Infinity) score += c.placement;
    // The page's one h1 is its headline markup, wherever the article's text is found to start.
    if (c.key === headlineKey) score += 2;
    // A heading or line that holds a part of the <title> (or is held by it) is confirmed too.
    if (c.joinsParts) score += 3;
    else if (refsAgreeing.size === 0 && c.placement > -Infinity) {
      if (
        confirmedByMeta(c) ||
        (c.placement > 0 && rewrittenHeadlines.some((words) => holdsRewritten(c.text, words)))
      )
        score += 3;
    }
    // The headline's words come back in the article's first lines; a site's name seldom does.
    // (The article's own first line is compared with what follows it, not with itself.)
    const own = bigramsOf(c.key);
    const after = openingKey.startsWith(c.key) ? new Set(bigramsOf(openingKey.slice(c.key.length))) : opening;
    if (own.length > 0) score += (3 * own.filter((b) => after.has(b)).length) / own.length;
    if (c.aboveMeta && n >= 4) score += 2;
    if (sites.has(c.key) || /^[\w-]+(\.[\w-]+)+$/.test(c.text)) score -= 12;
    else if (
      (furnitureCount(page, c.key) >= 2 && n <= 12) ||
      (splitParts.has(c.key) && namedAfterHost(c.text, input.hosts))
    )
      score -= 6;
    if (channelKeys.has(c.key)) score -= 6;
    // A line the metadata does not name, right under a heading it confirms, is that headline's
    // subtitle (副题: "全线长约116公里，设站23座…" under "广州至珠海城际轨道…通过评审").
    const headingAbove = c.keyAbove ? byKey.get(c.keyAbove) : undefined;
    // (Not a heading of the same rank or above, nor a line under the site's name, a page's word
    // such as "新闻详情" or a short label: a blog's first post, a phone page's headline.)
    if (
      headingAbove &&
      headingAbove.placement > -Infinity &&
      !sites.has(headingAbove.key) &&
      !isFurnitureKey(headingAbove.key) &&
      Array.from(headingAbove.key).length >= HEADLINE_LINE_MIN &&
      (c.level === undefined || (headingAbove.level !== undefined && c.level > headingAbove.level)) &&
      !confirmedByMeta(c) &&
      !c.metaSources.size &&
      confirmedByMeta(headingAbove)
    )
      score -= 4;
    if (isFurnitureKey(c.key) || WELCOME.test(c.text.trim())) score -= 12;
    // Never a headline, whatever else speaks for it: a software or site credit, a menu bar on
    // one line, a column's tag in brackets, a reprint's "original title", a reporter's credit.
    if (isSoftwareCredit(c.text) || isSiteCredit(c.text)) score -= 12;
    if (isMenuLine(c.text)) score -= 6;
    if (isRelatedListHeading(c.text)) score -= 12;
    if (isBreadcrumb(c.text)) score -= 8;
    if (isBracketLabel(c.text)) score -= 4;
    if (isOriginalTitleLine(c.text)) score -= 6;
    // A heading or line that credits someone ("新华网黑龙江频道 记者 伊琳") is a byline.
    if (refsAgreeing.size === 0 && isCreditLine(c.text)) score -= 6;
    // A date, a clock or a form's labels ("笔名： 密码：") are not a headline.
    const digits = (c.key.match(/\d/g) ?? []).length;
    // (A headline may name a day: "Protokoll der Sitzung vom 10. Oktober 2019", or years:
    // "2022-2023年度工作报告" is mostly digits, and six words of it say what it is; a Han
    // character counts as a word, so does a run of Latin letters.)
    const words = (c.key.match(/\p{Script=Han}/gu) ?? []).length + (c.text.match(/\p{L}{2,}/gu) ?? []).length;
    const dateChars = dateMentions(c.text).reduce((sum, m) => sum + m.length, 0);
    if ((digits >= n / 2 && words < 6) || dateChars >= 0.4 * c.text.length) score -= 8;
    if ((c.text.match(/[:：]/g) ?? []).length >= 2) score -= 4;
    // A picture's credit ("Illustration: Sarah Grillo/Axios", "Foto: dpa", "图：新华社").
    if (CREDIT_LINE.test(c.text)) score -= 8;
    if (COMMENT_HEADING.test(c.text) && n <= 40) score -= 6;
    if (n < 4 && refsAgreeing.size + (c.placement > 0 ? 1 : 0) < 2) score -= 3;
    // One word in Latin letters ("Politics", "Opinion") that no metadata title names is a
    // section's heading beside the headline the metadata gives.
    if (
      refsAgreeing.size === 0 &&
      rewrittenHeadlines.length > 0 &&
      !/\p{Script=Han}/u.test(c.text) &&
      (c.text.match(/\p{L}+/gu) ?? []).length === 1
    )
      score -= 4;
    if (n > 80) score -= 3;
    if (n >= 6 && n <= 50) score += 1;
    return { candidate: c, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score <= 0) return null;
  const second = scored[1]?.score ?? 0;
  return { title: best.candidate.text, sure: best.score - second >= 2 && best.score >= 6 };
}
