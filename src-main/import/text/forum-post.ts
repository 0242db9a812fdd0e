/**
 * A forum thread saved as text (Discuz!, phpWind): each post opens with its poster's handle,
 * the poster's counts and rank, then a header line "发表于 2013-7-2 14:05:11 |只看该作者". The
 * thread's first post is the article: the second header starts the replies, and the handle
 * above the first header is its author.
 */
import { isUiWord } from '../byline-guard';
import { isMediaLabel, isMediaName } from '../../../src-shared/extraction/title-furniture';

/**
 * A post's header line: "发表于 2013-7-2 14:05:11 |只看该作者", "发表于 2015-3-4 10:26",
 * "发表时间：2011-4-12 9:45:08", and with the post's floor (and poster) before it: "楼主 江南布衣客
 * 发表于 2012/5/14 9:32:18 只看该作者", "楼主 发表于 2014-05-18 21:36 只看该作者".
 */
const POST_HEADER =
  /^(?:(?:楼主|沙发|板凳|地板|\d{1,4}\s*楼|#\d{1,4})(?:\s+\S{1,20})?\s+)?(?:发表于|发表时间\s*[:：])\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[|｜].*|\s+(?:只看该作者|只看楼主|倒序浏览|显示全部楼层))?$/;

/** The most lines between a poster's handle and the post's header (counts, labels, rank). */
const PROFILE_LINES = 14;

/** The words of a poster's profile box, never a handle: counts' labels and ranks. */
const PROFILE_WORD =
  /^(?:主题|帖子|积分|精华|金钱|威望|贡献|在线时间|注册时间|最后登录|UID|楼主|沙发|板凳|地板|原创|转载|置顶|精华帖|热门|推荐|新人|已解决|未解决|求助|分享|投票|悬赏|\S{0,4}(?:会员|版主|管理员|元老|新手|用户))$/;

/** A profile box's labelled count or rank: "积分：4,682", "注册：2008-3-17", "军衔：中尉", "等级：…". */
const PROFILE_LABEL =
  /^(?:积分|帖子|精华|金钱|威望|贡献|注册|注册时间|等级|军衔|经验|在线时间|最后登录|UID)\s*[:：]\s*\S{1,12}$/;

/** A thread's first post's tail, its floor and then its day: "来自Android客户端1楼2016-08-14 21:35", not "11楼". */
const FIRST_FLOOR = /(?<![\d:])1\s*楼\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}/;
/** A reply's tail: "2楼 2016-08-14 21:48", "13楼2016-…" ("5楼会议室" is none). */
const LATER_FLOOR = /(?<![\d:])(?:[2-9]|[1-9]\d+)\s*楼\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}/;

/** Whether a text holds the first post's tail: its date is the post's. */
export function isFirstFloor(text: string): boolean {
  return FIRST_FLOOR.test(text);
}

/** Whether a text holds a reply's tail: its date is the reply's, never the post's. */
export function isLaterFloor(text: string): boolean {
  return LATER_FLOOR.test(text);
}

/** Whether a short line is the first post's tail: below it the replies start. */
export function isFirstFloorTail(text: string): boolean {
  return text.length <= 60 && isFirstFloor(text);
}

/**
 * A post's floor and its buttons, alone on a line under the post: "楼主 举报 | 回复 | 分享到",
 * "1楼 举报 | 回复", "#3 引用 回复". Under the thread's first post, the replies start below it.
 */
const FLOOR_ACTIONS =
  /^(?:楼主|沙发|板凳|地板|\d{1,4}\s*楼|#\d{1,4})(?:\s*[|｜]?\s*(?:举报|回复|引用|分享到?|只看该作者|只看楼主|收藏|评论|打赏|顶|踩))+$/;

/** Whether a line is a post's floor with its buttons (below it, the next post). */
export function isFloorActions(text: string): boolean {
  return FLOOR_ACTIONS.test(text.trim());
}

/**
 * Whether a line is a post's header. "发表时间：…" heads a news story's facts as often: it counts
 * only on a `thread` (a page whose lines show a floor or a poster's profile, isThreadPage).
 */
export function isPostHeader(text: string, thread = true): boolean {
  const line = text.trim();
  return POST_HEADER.test(line) && (thread || !/^发表时间/.test(line));
}

/**
 * Whether a saved page's lines show a thread: two of a floor alone ("楼主", "3楼"), a profile's
 * count ("积分：4,682") and a thread's buttons or counts ("只看楼主", "（1024回复/312568浏览）").
 * One alone is a news page's word as often ("沙发" in a list, "等级：" in a notice).
 */
export function isThreadPage(texts: readonly string[]): boolean {
  const lines = texts.map((text) => text.trim());
  const signs = [
    lines.some((line) => FLOOR_ALONE.test(line)),
    lines.some((line) => PROFILE_LABEL.test(line)),
    lines.some((line) => THREAD_BAR.test(line)),
  ];
  return signs.filter(Boolean).length >= 2;
}

/** A thread's buttons or counts: "只看楼主", "只看该作者", "（1024回复/312568浏览）", "回复：96". */
const THREAD_BAR = /只看楼主|只看该作者|倒序浏览|\d+\s*回复\s*[/／]\s*\d+\s*浏览|(?:^|\s)回复\s*[:：]\s*\d+/;

/** A post's floor on a line of its own: "楼主", "沙发", "3楼", "#12". */
const FLOOR_ALONE = /^(?:楼主|沙发|板凳|地板|\d{1,4}\s*楼|#\d{1,4})$/;

/**
 * A test that holds at the second post header it is shown: the first reply's, below the post.
 * `before` headers were passed already (the first post's, read as a fact line under the title).
 */
export function secondPostHeader(before = 0, thread = true): (line: { text: string }) => boolean {
  let seen = before;
  return (line) => isPostHeader(line.text, thread) && ++seen === 2;
}

/**
 * The handle of the first post's poster: the first line after the title (`titleAt`) that reads
 * as a handle, when the first post's header follows within a profile box's lines. A handle is
 * one word of at most 20 characters, not a count, a profile label, a rank or a button.
 */
export function firstPoster(texts: readonly string[], titleAt: number): string | null {
  const header = texts.findIndex((text, i) => i > titleAt && isPostHeader(text));
  if (header < 0 || header - titleAt > PROFILE_LINES + 2) return null;
  // "发表时间：…" heads a news story's facts as often: a post's only under a profile box (its
  // floor, "楼主", or a count's label, "积分：4,682").
  const profiled = texts
    .slice(titleAt + 1, header)
    .some((text) => PROFILE_WORD.test(text.trim()) || PROFILE_LABEL.test(text.trim()));
  if (!/发表于/.test(texts[header]) && !profiled) return null;
  for (let i = titleAt + 1; i < header; i++) {
    const text = texts[i].trim();
    if (text === '' || /^[[【(（].*[\]】)）]$/.test(text)) continue;
    if (/\s/.test(text) || Array.from(text).length > 20 || /^[\d.,万千wk]+$/i.test(text)) continue;
    if (PROFILE_WORD.test(text) || isUiWord(text) || /[，。！？:：|｜]/.test(text)) continue;
    return text;
  }
  return null;
}

/** A post's line under its title: a handle, then the day it was posted ("南方有嘉木  2018-09-23 21:14:07"). */
const HANDLE_THEN_DAY = /^(\S{2,20})\s+(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s|$)/;

/**
 * The handle a blog or a note opens its post line with, right under the title ("程序猿阿湛
 * 2020-07-14 16:22:05 3287 收藏 26"): one word, not a label, a count, a profile word or a button.
 */
export function handleBeforeDay(line: string | undefined): string | null {
  // (A follow button set between them is the page's: "江城老八 +关注 2017-08-14 22:31".)
  const handle = HANDLE_THEN_DAY.exec((line ?? '').replace(FOLLOW_BUTTON, ' ').trim())?.[1];
  if (!handle || /^[\d.,万千wk]+$/i.test(handle) || /[，。！？:：|｜]/.test(handle)) return null;
  // A source, a place, a label or a day before the date is no handle: "新华网 2023-05-12",
  // "北京 2023-05-12" (a handle has three characters at least), "发布 …", "星期五 …", "Updated …".
  if (Array.from(handle).length < HANDLE_MIN || isMediaName(handle) || NOT_HANDLE.test(handle)) return null;
  return PROFILE_WORD.test(handle) || isUiWord(handle) ? null : handle;
}

/** A follow button beside a handle: "+关注", "＋ 关注", "关注". */
const FOLLOW_BUTTON = /\s[+＋]?\s?关注(?=\s)/g;

/**
 * The handle of a thread's poster on a line of its own with the day, among the few lines under
 * the title (`titleAt`): the post's counts, buttons and pager may stand between ("江城老八 +关注
 * 2017-08-14 22:31" under "共21页 …"), or null.
 */
export function posterOnDayLine(texts: readonly string[], titleAt: number): string | null {
  for (let i = titleAt + 1; i < Math.min(texts.length, titleAt + 1 + POSTER_LINES); i++) {
    const handle = handleBeforeDay(texts[i]);
    // (A medium or an app dates the page too: "人民日报海外版 2023-05-12", "央视新闻客户端 …".)
    if (handle && !isMediaLabel(handle) && !MEDIUM_END.test(handle)) return handle;
  }
  return null;
}

/** How a medium's or an app's name ends: "人民日报海外版", "央视新闻客户端", "示例网". */
const MEDIUM_END = /(?:报|版|网|社|台|刊|新闻|客户端|APP)$/i;

/** How many lines under a thread's title its poster's line may stand. */
const POSTER_LINES = 6;

/** The fewest characters a handle before a day may have: two are a place's ("北京") as often. */
const HANDLE_MIN = 3;

/** Words standing before a date that name no one: labels, days of the week, a capitalised word. */
const NOT_HANDLE =
  /^(?:发布|发表|时间|日期|更新|浏览|阅读|来源|综合|编辑|作者|记者|(?:星期|礼拜|周)[一二三四五六日天]|[A-Z][a-z]+)$|[省市县区镇乡村州]$/;
