/**
 * The day an article was published, the way htmldate finds it: the page's structured metadata
 * first (read by metadata.ts), then a day in the address the page names for itself (canonical
 * link, og:url, a browser's "saved from url" comment, an MHTML Content-Location), then the
 * dates written in the text near the title and byline, each weighed by where it stands and by
 * what surrounds it. A date in a comment, a sidebar or a footer, a copyright year, an "updated"
 * date and a day after the file was saved are not the publication day; neither is anything
 * before 1990 found in the text or the address.
 */
import { isCopyrightLine } from '../text/copyright';
import { type DateMention, dateInUrl, dateMentions } from '../dates/date-mentions';
import {
  type PageYear,
  type YearEvidence,
  dayOfYearless,
  pageYear,
  yearlessMentions,
} from '../dates/yearless';
import { isFirstFloor, isLaterFloor } from '../text/forum-post';
import { strongNoise } from '../text/noise';
import { factsOfLine } from './chinese-conventions';
import type { TextSegment } from './to-blocks';

/** Dates before this are taken only from structured metadata. */
export const EARLIEST_TEXT_YEAR = 1990;

export interface DateEvidence {
  day: string;
  /** Where it came from, strongest first; `nearest` is the last resort (see nearestDateLine). */
  from: 'metadata' | 'url' | 'text' | 'scripts' | 'yearless' | 'nearest';
  /** For text: the winning score and the runner-up's, so callers can tell a close call. */
  score?: number;
  margin?: number;
}

/** A day is possible when it is not after the file was saved (a day's grace for time zones). */
export function possibleDay(day: string, savedAt: string | null | undefined, fromText: boolean): boolean {
  if (fromText && +day.slice(0, 4) < EARLIEST_TEXT_YEAR) return false;
  if (!savedAt) return true;
  const saved = Date.parse(savedAt);
  if (Number.isNaN(saved)) return true;
  return Date.parse(`${day}T00:00:00Z`) <= saved + 24 * 3600 * 1000;
}

const PUBLISHED_LABEL =
  /(发布|发表|刊发|出版|录入|时间|日期|published|posted|veröffentlicht|publiziert|erschienen|datum|publié|publie|publicado|publicación|pubblicato|gepubliceerd|опубликовано|date|stand|am|on|le|vom|von|du|il|el)\s*[:：]?\s*$/i;
const UPDATED_LABEL =
  /((?:最后|最近)?(?:更新|修改|修订)(?:时间|日期|于)?|updated?|last modified|modified|aktualisiert|geändert|zuletzt|mis à jour|modifié|actualizado|aggiornato|bijgewerkt|обновлено)\s*(?:on|am|le|el|il|at|:|：)?\s*[:：]?\s*$/i;
/** A member's profile beside a forum post: the day they joined is not the post's. */
const PROFILE_LABEL =
  /(registriert|registered|joined|member since|mitglied seit|dabei seit|inscrit le|inscrit|注册时间|注册日期|注册于|加入时间)\s*(?:am|on|le|:|：)?\s*[:：]?\s*$/i;
/** A commenter's line: "Jane says:", "新宠的评论", "回复", "Antworten". */
const COMMENT_CONTEXT =
  /(?:^|\s)(?:says|said|sagt|schreibt|wrote|a écrit|dice|replied|reply|antworten|répondre|responder)\s*:?|的评论|的回复|回复|评论于|网友/i;
/** The label of a post's own line: "posted @ 2015-10-09", "Posted on March 4", "发表于 2013-7-2". */
const POSTED_LABEL = /^(?:posted\s*(?:@|on|at|by)|发表于|发布于)/i;
/** A link to the page before or after this one ("上一期：2014年05月19日 A08版"): its date is that page's. */
const SIBLING_LINK =
  /^(?:上一|下一|前一|后一)(?:篇|期|条|页|版)|^往期|^(?:previous|next|older|newer)\s+(?:post|article|story|issue|entry)/i;
/**
 * "bis", "until", 至: the end of a range or an event's last day; 自, 从: the day a rule takes
 * effect ("自2012年8月1日起施行"). A dash counts only after a date's end: a number
 * ("28.01.2022 – 29.01.2022"), 日 or 号 ("1月28日—2月2日"), or a month's name after its day
 * ("28 January – 2 February"); after a name it separates the byline from its date
 * ("reineckefuchs — 2. Februar 2022").
 */
const EVENT_CONTEXT =
  /(?:\b(?:bis|until)|至|到|自|从|[\d日号]\s*(?:–|—|-|~)|\d{1,2}\.?\s*\p{L}{3,12}\.?\s*(?:–|—|-|~))\s*$/iu;

/** How far into a paragraph a dateline may stand ("新华社北京6月9日电", "本报讯（记者 …）6月9日"). */
const PROSE_DATELINE_REACH = 30;

/** The longest cell that may hold a floor's label alone ("1楼", "#1"). */
const FLOOR_LABEL_MAX = 8;

interface Candidate {
  day: string;
  score: number;
}

function scoreMention(
  segment: TextSegment,
  mention: DateMention,
  mentions: number,
  distance: number,
  publishedStated: boolean,
): number {
  // After the title is where bylines stand; before it, only a line or two.
  let score = distance >= 0 ? 10 - 0.5 * distance : 8 - 1.5 * -distance;
  const before = segment.text.slice(Math.max(0, mention.index - 24), mention.index);
  if (PUBLISHED_LABEL.test(before)) score += 3;
  // An update's day is not the publication's. But where the page labels no day as published,
  // the day it labels as updated ("更新时间：2014-06-09") is still its own, above one in the text.
  if (PROFILE_LABEL.test(before)) score -= 9;
  else if (UPDATED_LABEL.test(before)) score -= publishedStated ? 9 : 3;
  if (EVENT_CONTEXT.test(before)) score -= 4;
  if (segment.region === 'aside' || segment.region === 'footer' || segment.region === 'navigation')
    score -= 5;
  if (segment.linkChars > segment.text.length / 2) score -= 4;
  if (mentions >= 3) score -= 3;
  const length = Array.from(segment.text).length;
  // A line that is mostly its date (a dateline) says more than a date inside a sentence.
  if (length <= 80) score += 2;
  else if (length > 200) score -= 3;
  // Well into a paragraph of prose, a date is an event's ("…。2006年1月1日起，…"), not a dateline.
  if (length > 80 && mention.index > PROSE_DATELINE_REACH) score -= 3;
  return score;
}

/**
 * A commenter's line: a comment's words ("网友", "回复", "says:") in its first 80 characters.
 * Not a line labelled as the article's ("发表时间：2005年6月14日 来源：华商报 网友评论"), whose
 * comment words come after its day: a link to the comments beside the byline.
 */
function commentLine(text: string): boolean {
  const opening = text.slice(0, 80);
  const context = COMMENT_CONTEXT.exec(opening);
  if (!context) return false;
  const first = dateMentions(opening)[0];
  if (!first || first.index > context.index) return true;
  const before = text.slice(Math.max(0, first.index - 24), first.index);
  if (!PUBLISHED_LABEL.test(before) || UPDATED_LABEL.test(before)) return true;
  // After the day, a commenter's name or a reply makes it theirs ("发表时间：2024-02-03 21:35
  // 网友 快乐小鱼 回复"); a link to the comments, a count ("回复：12") or a source ("来源：网友爆料")
  // does not.
  return COMMENTER_AFTER.test(opening.slice(first.index));
}

/** A commenter after a day: "网友 快乐小鱼", a closing "回复", "回复 @…", "says". */
const COMMENTER_AFTER =
  /网友[\s\u3000]+[^\s\u3000:：]{1,16}|(?:^|\s)回复(?:\s*@|\s*$)|(?:^|\s)(?:says|said|wrote|replied)\b/i;

/**
 * Where the page's comment thread begins after `from`: the first heading of one ("12 Comments",
 * "Leave a Reply", 发表评论, 网友评论) outside sidebars and menus, or the page's length. Every
 * date below it is a commenter's, never the article's. The page is scanned for its comment
 * headings once, whichever date rule asks first.
 */
export function commentThreadAt(page: TextSegment[], from: number): number {
  let headings = commentHeadings.get(page);
  if (!headings) {
    headings = [];
    for (let i = 0; i < page.length; i++) {
      const s = page[i];
      if (s.region !== 'aside' && s.region !== 'navigation' && strongNoise(s.text.trim()) === 'comment')
        headings.push(i);
    }
    commentHeadings.set(page, headings);
  }
  return headings.find((i) => i >= from) ?? page.length;
}

/** Each page's comment headings, by index (pages are not changed once built). */
const commentHeadings = new WeakMap<TextSegment[], number[]>();

/**
 * The publication day written in the page's text, near the title and near the start of the
 * article (`anchors`: where the title stands, where the article's text begins), and at the
 * article's end. Each written date is scored once, from the anchor it stands best to.
 */
export function dateInText(
  page: TextSegment[],
  anchors: number[],
  articleEnd: number,
  savedAt: string | null | undefined,
): DateEvidence | null {
  const best = new Map<string, Candidate>();
  // Each date in reach, scored once every one is known (whether any is labelled as published).
  const seen: {
    segment: TextSegment;
    mention: DateMention;
    mentions: number;
    distance: number;
    weight: number;
    id: string;
  }[] = [];
  const valid = anchors.filter((a) => a >= 0 && a < page.length);
  const titleRegion = page[valid[0]]?.region;
  const thread = commentThreadAt(page, Math.max(...valid, 0) + 1);
  const consider = (index: number, distance: number, weight: number) => {
    if (index >= thread) return;
    const segment = page[index];
    if (!segment) return;
    const previous = page[index - 1];
    // (The floor and its day may stand in two cells: "1楼" | "2012-04-10 21:45".)
    const floorLabel =
      previous && Array.from(previous.text.trim()).length <= FLOOR_LABEL_MAX ? previous.text : '';
    const firstFloor = isFirstFloor(segment.text) || isFirstFloor(`${floorLabel} ${segment.text}`);
    // A page whose article sits in a region named "comment" (a commentary) is read as such; a
    // thread's first floor ("1楼 2016-08-14 21:35") is the post's own, whatever its region.
    if (segment.region === 'comment' && titleRegion !== 'comment' && !firstFloor) return;
    if (isCopyrightLine(segment.text) || commentLine(segment.text)) return;
    if (SIBLING_LINK.test(segment.text.trim()) || isLaterFloor(segment.text.slice(0, 40))) return;
    if (
      previous &&
      Array.from(previous.text).length < 60 &&
      COMMENT_CONTEXT.test(previous.text) &&
      !firstFloor
    )
      return;
    const mentions = dateMentions(segment.text.slice(0, 400));
    for (const mention of mentions) {
      if (!possibleDay(mention.day, savedAt, true)) continue;
      seen.push({
        segment,
        mention,
        mentions: mentions.length,
        distance,
        weight,
        id: `${index}:${mention.index}`,
      });
    }
  };
  for (const anchor of valid) {
    for (let i = Math.max(0, anchor - 5); i < Math.min(page.length, anchor + 16); i++)
      consider(i, i - anchor, 0);
  }
  const last = Math.max(...valid, 0);
  for (let i = Math.max(last + 16, articleEnd - 4); i < Math.min(page.length, articleEnd + 3); i++)
    consider(i, 16, -2);
  // A blog's post line below the text and its links ("posted @ 2015-10-09 14:22 lazycoder_wu
  // 阅读(1532)"), before the comments: labelled as the post's, it counts as the last lines do.
  for (let i = Math.max(last + 16, articleEnd + 3); i < Math.min(page.length, articleEnd + 12); i++)
    if (POSTED_LABEL.test(page[i].text.trim())) consider(i, 16, -2);
  const publishedStated = seen.some(({ segment, mention }) => {
    const before = segment.text.slice(Math.max(0, mention.index - 24), mention.index);
    return PUBLISHED_LABEL.test(before) && !UPDATED_LABEL.test(before);
  });
  for (const { segment, mention, mentions, distance, weight, id } of seen) {
    const score = weight + scoreMention(segment, mention, mentions, distance, publishedStated);
    if ((best.get(id)?.score ?? -Infinity) < score) best.set(id, { day: mention.day, score });
  }
  const candidates = [...best.values()];
  if (candidates.length === 0) return null;
  // The same day written twice near the title counts a little more.
  const byDay = new Map<string, number>();
  for (const c of candidates) byDay.set(c.day, Math.max(byDay.get(c.day) ?? -Infinity, c.score));
  for (const [day, score] of byDay)
    if (candidates.filter((o) => o.day === day).length > 1) byDay.set(day, score + 1);
  const ranked = [...byDay.entries()].sort((a, b) => b[1] - a[1]);
  const [day, score] = ranked[0];
  if (score <= 0) return null;
  return { day, from: 'text', score, margin: ranked[1] ? score - ranked[1][1] : score };
}

/** The addresses a saved page names for itself, most specific first. */
export function pageAddresses(html: string, canonical: string | null, ogUrl: string | null): string[] {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1] ?? null;
  return [canonical, ogUrl, saved].filter((u): u is string => !!u && /^https?:\/\//i.test(u));
}

/** A full day in one of the page's own addresses, when it is a possible one. */
export function dateFromAddresses(
  addresses: string[],
  savedAt: string | null | undefined,
): DateEvidence | null {
  for (const address of addresses) {
    const day = dateInUrl(address);
    if (day && possibleDay(day, savedAt, true)) return { day, from: 'url' };
  }
  return null;
}

/**
 * The last resort when no written date scores above 0: the first date on a short line after
 * the title (up to ten lines down) or just above it (up to six lines up), whatever its label or
 * region says. An "Updated June 13, 2019" under a recipe's title, or a post's "August 30, 2017 /
 * 0" that the page styles as its comment count, is still the best day the page gives. Lines
 * with a copyright are never read, and the day must be possible.
 */
export function nearestDateLine(
  page: TextSegment[],
  near: number,
  savedAt: string | null | undefined,
): DateEvidence | null {
  const thread = commentThreadAt(page, near + 1);
  const below = Array.from({ length: 10 }, (_, k) => near + k).filter((i) => i < thread);
  const above = Array.from({ length: 6 }, (_, k) => near - 1 - k);
  for (const index of [...below, ...above]) {
    const segment = page[index];
    if (!segment || Array.from(segment.text).length > 200 || isCopyrightLine(segment.text)) continue;
    if (SIBLING_LINK.test(segment.text.trim())) continue;
    const day = factsOfLine(segment.text).date;
    if (day && possibleDay(day, savedAt, true)) return { day, from: 'nearest' };
  }
  return null;
}

/** The marks of a newspaper's edition page: its page label, its pages' links, its page list. */
const EDITION_MARK =
  /^第\s*[A-Z]?\d{1,3}\s*版|^[A-Z]\d{1,3}\s*版|(?:^|\s)(?:上一版|下一版|版面导航|版面概览|本版标题导航|本版导航)(?:\s|$)/;
/** How far down the page the edition's header is looked for, in lines. */
const EDITION_HEADER_LINES = 12;

/** Whether a line marks an edition's page: "第A05版：广州新闻", "上一版 下一版", "本版标题导航". */
export function isEditionMark(text: string): boolean {
  return EDITION_MARK.test(text.trim());
}

/**
 * An e-paper's edition day: the date its header states ("羊城晚报 2014年03月11日 星期二") is the
 * day of the issue the article was printed in, on a page that marks itself as an edition's
 * page ("第A05版：广州新闻", "上一版 下一版", "本版标题导航"). Elsewhere a date in the top bar is
 * the day the page was looked at, so without such a mark nothing is read. The last resort.
 */
export function editionDay(page: TextSegment[], savedAt: string | null | undefined): DateEvidence | null {
  if (!page.some((segment) => isEditionMark(segment.text))) return null;
  for (const segment of page.slice(0, EDITION_HEADER_LINES)) {
    const text = segment.text.trim();
    if (Array.from(text).length > 60 || SIBLING_LINK.test(text) || isCopyrightLine(text)) continue;
    const day = dateMentions(text)[0]?.day;
    if (day && possibleDay(day, savedAt, true)) return { day, from: 'nearest' };
  }
  return null;
}

/**
 * A date written without its year on a short line just under the title or a line or two above
 * it ("3月5日 10:20", "03-05 10:20"), given the year the page's own evidence agrees on
 * (yearless.ts); never in a copyright line, a commenter's line or below the comment thread.
 */
export function yearlessDateNear(
  page: TextSegment[],
  near: number,
  evidence: Omit<YearEvidence, 'lines'>,
): DateEvidence | null {
  const thread = commentThreadAt(page, near + 1);
  let year: PageYear | null = null;
  for (const index of [near, near + 1, near + 2, near + 3, near + 4, near + 5, near - 1, near - 2]) {
    const segment = page[index];
    if (!segment || index >= thread || Array.from(segment.text).length > 120) continue;
    if (isCopyrightLine(segment.text) || COMMENT_CONTEXT.test(segment.text.slice(0, 80))) continue;
    for (const mention of yearlessMentions(segment.text)) {
      year ??= pageYear({ ...evidence, lines: page.map((s) => s.text) });
      const day = dayOfYearless(mention, year);
      if (day) return { day, from: 'yearless' };
    }
  }
  return null;
}

/**
 * The date a page's lines give, strongest rule first: the scored search near the title and the
 * article's start (`anchors`) and end, then a publication key in the page's scripts when the
 * caller has them (`inScripts`, only read when it comes to that), then a yearless date near the
 * title (`near`) given the year the page's evidence agrees on, then the nearest date line, then
 * an e-paper's edition day. Used
 * by the HTML path after metadata and addresses, and by the plain-text path on a page saved as
 * text.
 */
export function dateInLines(
  page: TextSegment[],
  anchors: number[],
  articleEnd: number,
  near: number,
  evidence: Omit<YearEvidence, 'lines'> & { inScripts?: () => DateEvidence | null },
): DateEvidence | null {
  return (
    dateInText(page, anchors, articleEnd, evidence.savedAt) ??
    evidence.inScripts?.() ??
    yearlessDateNear(page, near, evidence) ??
    nearestDateLine(page, near, evidence.savedAt) ??
    editionDay(page, evidence.savedAt)
  );
}

/** A text date the scored search is sure of: it scores at least 8 and leads the next day by 2. */
export function sureOfText(evidence: DateEvidence | null): boolean {
  return evidence?.from === 'text' && (evidence.score ?? 0) >= 8 && (evidence.margin ?? 0) >= 2;
}

/**
 * A generic date meta (`date`, `dc.date`) is as often the day the page last changed as the day
 * it was published, and a page changes only after it is published: a day written near the
 * title that the scored search is sure of, and that is earlier, is the publication day.
 */
export function earlierWrittenDay(generic: DateEvidence, written: DateEvidence | null): DateEvidence {
  return written && sureOfText(written) && written.day < generic.day ? written : generic;
}

/**
 * A metadata time given in UTC falls on the day before or after the one the page's readers saw
 * ("2023-06-13T01:47:00Z" for "9:47 PM EDT, June 12"): a day written near the title, else the
 * day in the page's own address ("/2020/03/05/"), one day from it is the publication day as
 * the page states it.
 */
export function localWrittenDay(utc: DateEvidence, hour: number, written: DateEvidence | null): DateEvidence {
  if (!written || (written.from !== 'text' && written.from !== 'url')) return utc;
  const apart = (Date.parse(written.day) - Date.parse(utc.day)) / 86_400_000;
  // Clocks run from 12 hours behind UTC (its early hours are the evening before there) to 14
  // ahead (its late hours are the morning after).
  if (apart === -1 && hour < LATEST_WEST_HOUR) return written;
  if (apart === 1 && hour >= EARLIEST_EAST_HOUR) return written;
  return utc;
}

/** A UTC hour before this can still be the day before somewhere west of Greenwich. */
const LATEST_WEST_HOUR = 12;
/** A UTC hour from this on can already be the day after somewhere east of it. */
const EARLIEST_EAST_HOUR = 10;

/**
 * A publication key in the data a page's scripts carry ("datePublished", "published_at",
 * "publishedAt", "publishDate", "pubDate", "dateCreated", "pubtime"…, quoted as JSON, escaped or not,
 * or a script's variable: WeChat's `var publish_time = "2022-03-14"`):
 * what htmldate's JSON search reads when a page states its date nowhere else, as an app's
 * state or a JSON-LD block that does not parse. The first possible day is taken. Keys of other
 * days ("startDate", "createdAt" of a user or comment, "updated_at") are not read.
 */
export function dateInScripts(html: string, savedAt: string | null | undefined): DateEvidence | null {
  const key =
    /(?:\\?"|&quot;|\b)(?:datePublished|dateCreated|published_?[aA]t|publish_?[dD]ate|publication_?[dD]ate|pubDate|first_?[pP]ublished(?:_?[aA]t)?|pub_?[tT]ime|publish_?[tT]ime)(?:\\?"|&quot;)?\s*[:=]\s*(?:\\?"|&quot;|')((?:19|20)\d{2}-\d{2}-\d{2})/g;
  for (const m of html.matchAll(key)) {
    const day = dateMentions(m[1])[0]?.day;
    if (day && possibleDay(day, savedAt, true)) return { day, from: 'scripts' };
  }
  return null;
}
