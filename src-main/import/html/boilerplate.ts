/**
 * Which of the blocks Readability kept are not article text after all: the title repeated at
 * the top, date/source lines, pagination, edit stamps, and the link lists, disclaimers and
 * comment prompts that trail many articles. Each gets the reason it is left out for.
 */
import type { RemovedReason } from '../../ipc/contract';
import { creditOfLine } from './byline-conventions';
import { isEditStamp, isMetaLine } from './chinese-conventions';
import { strongNoise } from '../text/noise';
import type { TextSegment } from './to-blocks';
import { compact } from '../../../src-shared/extraction/compact';
import {
  isFieldLabel,
  isScanPrompt,
  isStrongMediaLabel,
} from '../../../src-shared/extraction/title-furniture';

function length(text: string): number {
  return Array.from(compact(text)).length;
}

export function linkDensity(segment: TextSegment): number {
  const n = length(segment.text);
  return n === 0 ? 0 : Math.min(1, segment.linkChars / n);
}

const PAGINATION =
  /^(第\s*\d+\s*页\s*[/／]?\s*共\s*\d+\s*页|[<«‹]*\s*上一页|下一页\s*[>»›]*|.*上一页\s*[|｜]?\s*下一页.*|\d+(\s+\d+)+\s*(下一页|next)?|(previous|next)( page)?)$/i;
const DISCLAIMER =
  /(版权(所有|声明)|著作权|免责声明|反侵权|转载(请|须|必须)|未经.{0,8}(许可|授权).{0,10}(转载|使用|复制)|禁止.{0,6}转载|copyright|©|all rights reserved)/i;
const COMMENT_PROMPT =
  /^(发表评论|我要评论|网友评论|评论\s*\(\d+\)|已有\s*\d+\s*(件|条)评论|查看评论|共\s*\d+\s*条评论|\d+\s+comments?|leave a (comment|reply)|comments?)$/i;
const SHARE =
  /^(分享到|分享|打印|关闭窗口|【?(打印|关闭|收藏|推荐|纠错)(本文|此文|窗口)?】?\s*)+|^(share|tweet|email|print)( this)?( article| story)?$/i;
const RELATED =
  /^(相关(新闻|报道|阅读|文章|链接|专题|推荐)|延伸阅读|推荐阅读|热门(推荐|文章|新闻)|更多(新闻|精彩|阅读)|猜你喜欢|热点推荐|精彩推荐|related( (articles|stories|coverage|content|posts))?|more (from|on|stories)|read (more|next)|recommended( for you)?|you (may|might) also like|most (read|popular)|trending)\s*[:：]?$/i;

/** A line that opens the comment section: "已有1件评论", "12 Comments", "网友评论(3)". */
const COMMENTS_START =
  /((已有|共)\s*\d+\s*(件|条|个|篇)?\s*(评论|回复|留言|跟帖)|^\d+\s+(comments?|responses?|replies)$|^(comments?|responses?|评论|留言|网友评论|读者评论|最新评论)\s*[(（]?\d*[)）]?\s*[:：]?$|^(发表|我要|查看)(评论|留言))/i;

/** "首页 > 新闻 > 正文", "您的位置：主页>…", "You are here: Home » News": a breadcrumb trail. */
const BREADCRUMB_LABEL =
  /^(您的位置|你的位置|当前位置|所在位置|现在位置|位置|you are here|sie sind hier|vous êtes ici|estás en|sei in)\s*[:：]/i;
/** A trail opens on a home page, the site's own ("新浪首页 >") or a bare one ("首页 >", "Home »"). */
const BREADCRUMB_START = /^(\S{0,8}?(首页|主页)|home|startseite|accueil|inicio)\s*[>»›/|｜→]/i;

export function isBreadcrumb(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (length(t) > 100) return false;
  if (BREADCRUMB_LABEL.test(t)) return true;
  const steps = t.split(/\s*[>»›→]\s*/).filter((p) => p !== '');
  return BREADCRUMB_START.test(t) && steps.length >= 2 && steps.every((p) => length(p) <= 20);
}

function letters(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
}

/**
 * Page furniture that sits inside the article's container: a breadcrumb, a line made mostly of
 * links (a row of ad links), a paragraph without a letter or Han character ("……", "| | |"), a
 * caption or line that is only the site's name or a medium's, and a phone's QR prompt.
 */
function furnitureInside(segment: TextSegment, sites: Set<string>): RemovedReason | null {
  const text = segment.text.trim();
  if (text === '') return null;
  if (isBreadcrumb(text)) return 'navigation';
  if (!/\p{L}/u.test(text)) return 'boilerplate';
  if (linkDensity(segment) >= 0.7 && length(text) <= 200 && segment.kind !== 'heading') return 'link-list';
  if (sites.has(letters(text))) return 'boilerplate';
  // A medium's name alone, as a picture's credit prints it ("新华网", "人民日报"): not the page's
  // own site, yet no sentence of the article either.
  if (isStrongMediaLabel(text)) return 'boilerplate';
  if (segment.kind !== 'heading' && isScanPrompt(text)) return 'boilerplate';
  return null;
}

function isPagination(text: string): boolean {
  return length(text) <= 40 && PAGINATION.test(text.trim());
}

/** A short line that only credits people: "文｜江涛 编辑｜韩雪", "界面新闻记者 | 陈子明". */
function isCreditOnly(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  return length(line) <= 40 && !/[。！？，,.!?]/.test(line) && creditOfLine(line) !== null;
}

/** How many field labels in a row make a properties table: one alone is a salutation ("各位代表："). */
const TABLE_LABELS_MIN = 3;
/** How far into the kept text a notice's properties table is looked for, in blocks. */
const TABLE_REACH = 40;

/**
 * The blocks of a notice's properties table kept above the text, each label ("发文机关：",
 * "标  题：") with the short value after it: the page's metadata, not the document.
 */
function propertiesTable(blocks: TextSegment[]): Set<number> {
  const labels: number[] = [];
  for (let i = 0; i < Math.min(blocks.length, TABLE_REACH); i++)
    if (isFieldLabel(blocks[i].text)) labels.push(i);
  const rows = new Set<number>();
  // A notice's table names its fields as such tables do; an interview's "记者：" / "Q:" do not.
  const noticeFields = labels.filter((i) => NOTICE_FIELD.test(compact(blocks[i].text))).length;
  if (labels.length < TABLE_LABELS_MIN || noticeFields < NOTICE_FIELDS_MIN) return rows;
  for (const i of labels) {
    rows.add(i);
    const value = blocks[i + 1];
    if (value && !isFieldLabel(value.text) && isFieldValue(value.text)) rows.add(i + 1);
  }
  return rows;
}

/** The fields an information-disclosure table names (索 引 号, 发文机关, 成文日期, 发文字号…). */
const NOTICE_FIELD =
  /^(索引号|发文机关|发布机构|成文日期|发布日期|生成日期|发文字号|文号|主题分类|主题词|分类|有效性|公开方式|公开范围|信息来源|标题|名称|体裁|组配分类)[:：]$/;
const NOTICE_FIELDS_MIN = 2;

/** A cell's value: short, and no sentence (an answer or a question ends with one). */
function isFieldValue(text: string): boolean {
  const value = text.trim();
  return length(value) <= 120 && !/[。！？.!?"”」』…]$/.test(value);
}

/** A block that reads as article prose: long enough and not made of links. */
function isProse(segment: TextSegment): boolean {
  return length(segment.text) >= 40 && linkDensity(segment) < 0.3 && !DISCLAIMER.test(segment.text);
}

function trailingReason(segment: TextSegment, postIsArticle = false): RemovedReason | null {
  const text = segment.text.trim();
  const n = length(text);
  if (segment.region === 'comment' && !postIsArticle) return 'comment';
  if (DISCLAIMER.test(text) && n <= 400) return 'disclaimer';
  if (isEditStamp(text)) return 'edit-stamp';
  if (COMMENT_PROMPT.test(text)) return 'comment';
  if (SHARE.test(text) && n <= 30) return 'boilerplate';
  if (isPagination(text)) return 'navigation';
  if (RELATED.test(text)) return 'headline-list';
  if (linkDensity(segment) >= 0.5) return n <= 60 ? 'headline-list' : 'link-list';
  if (isMetaLine(text)) return 'boilerplate';
  if (n <= 12 && segment.kind !== 'paragraph') return 'headline-list';
  return null;
}

/** A post's header in a thread: its floor ("楼主", "1楼", "#1") or its posting time ("发表于"). */
const POST_MARK = /(?:^|\s)(?:楼主|1\s*楼|#1)(?=\s|$|[:：])|发表于/;

/** A post's badge standing alone above its text: original, reposted, pinned, featured. */
const POST_BADGE = /^(?:原创|转载|翻译|置顶|精选|精华|独家|首发|原創|轉載|獨家)$/;

/** Whether a line is a thread's post header: its floor ("楼主", "1楼", "#1") or "发表于". */
export function isPostMark(text: string): boolean {
  return POST_MARK.test(text);
}

/**
 * For each block, the reason it is not article text, or null when it is. `title` is the
 * article's title, dropped where the page repeats it at the top. `thread`: the page shows a
 * post's header (isPostMark) above the text. `kicker`: the short line the page sets right above
 * its headline (引题), dropped where the text opens with it.
 */
export function classifyBlocks(
  blocks: TextSegment[],
  title: string,
  siteNames: (string | null)[] = [],
  thread = false,
  kicker: string | null = null,
): (RemovedReason | null)[] {
  const kickerKey = kicker ? compact(kicker) : '';
  const reasons: (RemovedReason | null)[] = blocks.map(() => null);
  // A forum's first post sits in the same reply markup as the replies ("replycont-text"): on a
  // thread's page, where no prose stands outside that markup, the post Readability chose is the
  // article, not a reply. (A comment list under a poem of short lines, on a page with no post's
  // header, stays comments.)
  const postIsArticle = thread && !blocks.some((b) => b.region !== 'comment' && isProse(b));
  const sites = new Set(siteNames.map((s) => (s ? letters(s) : '')).filter((s) => s.length >= 2));
  const titleKey = compact(title);
  const table = propertiesTable(blocks);
  // Leading zone: everything before the first prose block.
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (table.has(i)) {
      reasons[i] = 'header';
      continue;
    }
    // A site's notice above the text ("版权声明：本文为博主原创文章…"), and a post's badge
    // ("原创", "转载") before it: the page's, not the article's.
    if (strongNoise(block.text.trim()) === 'disclaimer') {
      reasons[i] = 'disclaimer';
      continue;
    }
    if (POST_BADGE.test(block.text.trim())) {
      reasons[i] = 'header';
      continue;
    }
    if (isProse(block) && !isMetaLine(block.text)) break;
    const key = compact(block.text);
    // The line the page sets right above the headline (a kicker, 引题), before the text.
    if (kickerKey !== '' && key === kickerKey) {
      reasons[i] = 'header';
      continue;
    }
    if (
      titleKey.length >= 4 &&
      key.length > 0 &&
      (key === titleKey || (titleKey.includes(key) && key.length >= titleKey.length / 2))
    ) {
      reasons[i] = 'header';
    } else if (isMetaLine(block.text) || isEditStamp(block.text) || isCreditOnly(block.text))
      reasons[i] = 'header';
    else if (isPagination(block.text)) reasons[i] = 'navigation';
    else if (linkDensity(block) >= 0.6 && length(block.text) <= 80) reasons[i] = 'navigation';
    else if (SHARE.test(block.text.trim()) && length(block.text) <= 30) reasons[i] = 'boilerplate';
  }
  // Anywhere: pagination and edit stamps.
  for (let i = 0; i < blocks.length; i++) {
    if (reasons[i]) continue;
    if (isPagination(blocks[i].text)) reasons[i] = 'navigation';
  }
  // A "related" heading ends the article when what follows is not prose.
  for (let i = 0; i < blocks.length; i++) {
    if (!RELATED.test(blocks[i].text.trim())) continue;
    const rest = blocks.slice(i + 1);
    const prose = rest.filter(isProse).reduce((n, b) => n + length(b.text), 0);
    const all = rest.reduce((n, b) => n + length(b.text), 0);
    if (prose <= all / 2) {
      for (let j = i; j < blocks.length; j++) reasons[j] ??= 'headline-list';
      break;
    }
  }
  // The comment section ends the article.
  let proseSeen = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (isProse(blocks[i]) && !reasons[i]) proseSeen += length(blocks[i].text);
    if (proseSeen >= 200 && length(blocks[i].text) <= 60 && COMMENTS_START.test(blocks[i].text.trim())) {
      for (let j = i; j < blocks.length; j++) reasons[j] ??= 'comment';
      break;
    }
  }
  // An edit stamp closes the article: short non-prose blocks after it go too.
  for (let i = 0; i < blocks.length; i++) {
    if (!isEditStamp(blocks[i].text)) continue;
    const before = blocks
      .slice(0, i)
      .filter(isProse)
      .reduce((n, b) => n + length(b.text), 0);
    const after = blocks
      .slice(i + 1)
      .filter(isProse)
      .reduce((n, b) => n + length(b.text), 0);
    if (after < before / 3)
      for (let j = i; j < blocks.length; j++)
        reasons[j] ??= trailingReason(blocks[j], postIsArticle) ?? 'other';
  }
  // Trailing zone: from the end back to the last prose block.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const reason = trailingReason(blocks[i], postIsArticle);
    if (!reason) {
      if (isProse(blocks[i]) || length(blocks[i].text) > 12) break;
      continue;
    }
    reasons[i] ??= reason;
  }
  // Short stand-alone lines inside the article that only state metadata or say "share".
  for (let i = 0; i < blocks.length; i++) {
    if (reasons[i]) continue;
    const text = blocks[i].text.trim();
    if (isEditStamp(text)) reasons[i] = 'edit-stamp';
    else if (SHARE.test(text) && length(text) <= 12) reasons[i] = 'boilerplate';
    else reasons[i] = furnitureInside(blocks[i], sites);
  }
  return reasons;
}
