/**
 * What a saved page says about the article above its first paragraph: the title, the byline
 * and the publication date ("Admin - admin 于2022年01月17日发表", "作者：张三 来源：新华网
 * 2022-01-17", "By Jane Doe | January 17, 2022"), and the site it came from.
 */
import { compact } from '../../../src-shared/extraction/compact';
import { cutFromUiPhrase } from '../byline-guard';
import { dateMentions } from '../dates/date-mentions';
import { isPhotoCreditRank } from '../html/byline-conventions';
import { factsOfLine } from '../html/chinese-conventions';
import {
  isBracketLabel,
  isDocumentNumber,
  isFieldLabel,
  isMediaName,
  isMenuLine,
  isOriginalTitleLine,
  isRelatedListHeading,
  isSiteCredit,
  isSoftwareCredit,
  isTitleFieldLabel,
} from '../../../src-shared/extraction/title-furniture';
import { isBreadcrumb } from '../html/boilerplate';
import { isFurnitureTitle } from '../html/title-candidates';
import { findPublishedDate } from '../published-date';
import { endsSentence, hasSentencePunctuation, listMarker, readingSize } from './shape';

export interface LineFacts {
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  /** Whether the byline came from a reporters' line ("极目新闻记者 郑阳"): correspondents under it join it. */
  reporters?: boolean;
}

const META_WORDS =
  /作者|来源|发布|发表|记者|实习生|通讯员|编辑|责编|时间|日期|浏览|阅读|点击|字号|评论|更新|出处/;
/** The most a 发布 or 评论 label is followed by on a fact line, in characters read. */
const LABEL_VALUE_MAX = 8;
const META_LEAD = /^(by|posted|published|updated|written|author|source|photo|words)\b/i;
/** A line that opens with a reviewer's or a producer's label: "审核专家：何立群 北京大学人民医院", "出品：科普中国". */
const REVIEW_LEAD = /^(?:审核专家|审核|审稿|审校|校对|监制|出品|策划)\s*[:：]/;

/**
 * A line that only states facts about the article (who, when, where from), never a sentence
 * of it: short, and holding a date or a label such as 作者/来源/By.
 */
export function isMetaLine(text: string): boolean {
  const size = readingSize(text);
  if (text.length > 200 || size > 40 || /[。！？]/.test(text)) return false;
  // A quotation, or a sentence that ends with a word and a full stop, is article text.
  if (/^[“"「]/.test(text) || /\p{Ll}{2,}\.$/u.test(text)) return false;
  const dated = findPublishedDate(text) !== null || /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(text);
  const labelled = META_WORDS.test(text) || META_LEAD.test(text) || REVIEW_LEAD.test(text);
  // (A post's line: its day and its category, "2011-03-26 23:14 | 分类：心情随笔".)
  if (!labelled) return dated && readingSize(text.replace(CATEGORY_FIELD, ' ').replace(DATE_WORDS, ' ')) <= 4;
  if (dated) return true;
  // Without a date, 发布 and 评论 only as labels ("发布：", "评论 3"): a headline uses them as a
  // verb or a noun ("国务院发布通知", "评论员文章").
  // A label says a little after it ("评论：3", "发布：张三"); a commentary's headline says more
  // ("《人民日报》评论：稳就业要靠改革").
  const verbsOnly =
    !META_WORDS.test(text.replace(/发布|评论/g, '')) && !META_LEAD.test(text) && !REVIEW_LEAD.test(text);
  const asLabel = /(?:发布|评论)(?:\s*[:：]|\s|$)(.*)$/.exec(text);
  // (Alone, "评论" is a menu's link: it states nothing.)
  const valueSize = asLabel === null ? 0 : readingSize(asLabel[1]);
  return size <= 25 && (!verbsOnly || (valueSize >= 1 && valueSize <= LABEL_VALUE_MAX));
}

/** A post's category or tags as its date line names them: "分类：心情随笔", "标签：旅行 摄影". */
const CATEGORY_FIELD = /(?:分类|标签|类别|栏目)\s*[:：]\s*[^\s|｜]{1,12}(?:\s+[^\s|｜]{1,8}){0,3}/g;

/** What a line that is only a date is made of: numbers, 年月日, clock, weekday and month names. */
const DATE_WORDS =
  /\d+|[年月日号時时分秒]|星期.|周[一二三四五六日天]|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b[ap]\.?m\b/gi;

/** A person's name alone on a line, in Latin letters: "Maren Estrada", "Jean-Luc O'Neill". */
export function isNameAlone(text: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u.test(text.trim());
}

/** Whether `text` is the very name the fact line `below` credits as the byline. */
export function isCreditedBelow(text: string, below: string | undefined): boolean {
  if (below === undefined || !isMetaLine(below)) return false;
  const byline = factsOf(below).byline;
  return byline !== null && compact(byline) === compact(text);
}

/** The byline, date and source a meta line states. */
export function factsOf(text: string): LineFacts {
  const chinese = factsOfLine(text);
  // A photo's credit under the title ("户部巷…长队 记者刘畅摄") names no writer: the credits
  // around the title are weighed for that (writtenFacts), the reporters above the photographer.
  const writer = isPhotoCreditRank(chinese.authorRank) ? null : chinese.author;
  const byline = postedBy(text) ?? writer ?? englishByline(text);
  return {
    // "Sign" out of "作者：Sign in" is a button's first word, not a name.
    byline: byline && !cutFromUiPhrase(byline, text) ? byline : null,
    publishedAt: chinese.date ?? findPublishedDate(text),
    siteName: chinese.source,
  };
}

/** "Admin - admin 于2022年01月17日发表", "张三 于 2022-01-17 发布": a CMS's posted-by line. */
function postedBy(text: string): string | null {
  const m =
    /^(.{1,40}?)\s*[-–—|]\s*\S{1,40}\s*于\s*\d{4}/.exec(text) ??
    /^(.{1,40}?)\s*于\s*\d{4}.{0,24}(发表|发布)/.exec(text);
  return m ? cleanName(m[1]) : null;
}

/** "By Jane Doe", "Posted by Jane Doe on …", "Written by A and B | Jan 1, 2022". */
function englishByline(text: string): string | null {
  const m =
    /(?:^|\s)(?:by|written by|posted by|author:)\s+([A-Z][\p{L}.'’-]*(?:\s+(?:and\s+)?[A-Z][\p{L}.'’-]*){0,5})/iu.exec(
      text,
    );
  return m ? cleanName(m[1]) : null;
}

function cleanName(name: string): string | null {
  const cleaned = name.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  return cleaned === '' || /^\d/.test(cleaned) ? null : cleaned;
}

/**
 * Whether a line reads as a title: not a sentence of the body, not a date or list item, of a
 * title's length.
 */
export function looksLikeTitle(text: string): boolean {
  const size = readingSize(text);
  if (size < 2 || size > 60 || text.length > 200 || text.includes('\t')) return false;
  if (listMarker(text) || isMetaLine(text)) return false;
  // A title may hold a comma, but not end a sentence the way a paragraph does.
  return !(endsSentence(text) && hasSentencePunctuation(text.slice(0, -1)) && size > 30);
}

/**
 * Whether line `i` is a field's value in a notice's table saved as text, and whose: its label
 * stands alone on the line above ("发文机关：") and the next field's label, a fact line or the
 * end of the text below (so a list that follows a label is not taken for its value).
 */
export function fieldValueOf(lines: readonly string[], i: number): 'title' | 'other' | undefined {
  const above = lines[i - 1];
  if (i < 1 || above === undefined || !isFieldLabel(above)) return undefined;
  const below = lines[i + 1];
  if (below !== undefined && !isFieldLabel(below) && !isMetaLine(below)) return undefined;
  return isTitleFieldLabel(above) || (isNameFieldLabel(above) && isNoticeTable(lines)) ? 'title' : 'other';
}

/** "名  称：", a title's label only in a notice's table (a tender's 名称 names its buyer). */
function isNameFieldLabel(text: string): boolean {
  return /^名\s*称\s*[:：]?$/.test(text.replace(/\s+/g, ' ').trim());
}

/** Whether lines hold a government notice's own fields: 索引号, 发文机关, 发布机构, 成文日期. */
function isNoticeTable(lines: readonly string[]): boolean {
  return lines.some((line) =>
    /^(?:索\s*引\s*号|发文机关|发布机构|成文日期|发文日期)\s*[:：]/.test(line.trim()),
  );
}

/**
 * A line shaped as page furniture, never an article's headline wherever it stands: a furniture
 * word or bare number, a label ending with a colon ("分享到："), a breadcrumb trail, a menu bar,
 * a software or site credit, a column's tag in brackets, a reprint's 原标题 line, a document's number.
 */
export function isNeverHeadline(text: string): boolean {
  return (
    isFurnitureTitle(text) ||
    /[:：]\s*$/.test(text) ||
    isBreadcrumb(text) ||
    isMenuLine(text) ||
    isSoftwareCredit(text) ||
    isSiteCredit(text) ||
    isBracketLabel(text) ||
    isOriginalTitleLine(text) ||
    isDocumentNumber(text)
  );
}

/**
 * How much a title-like line above the article looks like its title rather than a site name or
 * a menu item: a fact line right below it or the file's name says most, then being the first
 * such line, a title's length, standing just above the text; a web address or a two-character
 * label (首页, 公告) says it is not.
 */
export function titleScore(
  text: string,
  around: {
    nextIsMeta: boolean;
    prevIsMeta: boolean;
    nearBody: boolean;
    matchesFile: boolean;
    first: boolean;
    /** The line is one part of the first line split at a title's separators ("Site|Headline"). */
    namedByFirstLine?: boolean;
    /** The line is the name the fact line below it credits ("罗银胜" over "… 作者：罗银胜"). */
    creditedBelow?: boolean;
    /** The line is a field's value, below its label alone on a line ("发文机关：" / "吉林省人民政府"). */
    fieldValue?: 'title' | 'other';
  },
): number {
  const size = readingSize(text);
  let score = 0;
  if (around.nextIsMeta) score += 4;
  // A name the fact line below credits is the byline shown twice, not a headline over its facts.
  if (around.creditedBelow) score -= 8;
  if (around.matchesFile) score += 4;
  // A saved page opens with its <title>; the line below that is one of its parts is the headline.
  if (around.namedByFirstLine) score += 5;
  if (around.prevIsMeta) score += 1;
  // A notice's table saved as text: the value under "标  题：" is the title; the value of any
  // other field (the issuing office, the category) is not.
  if (around.fieldValue === 'title') score += 8;
  if (around.fieldValue === 'other') score -= 4;
  if (around.nearBody) score += 1;
  // A note a person wrote starts with its title.
  if (around.first) score += 3;
  if (size >= 6 && size <= 40) score += 2;
  if (size <= 2) score -= 2;
  if (/www\.|https?:|\.(com|cn|net|org)\b/i.test(text)) score -= 3;
  // A line that opens with a full date is a dateline or a record of enactment, not a headline.
  if (dateMentions(text.slice(0, 24)).some((m) => m.index === 0)) score -= 6;
  // A subtitle opens with a dash ("——当代中国的精神危机"): the headline stands above it.
  if (/^[—–-]{1,2}\s*\S/.test(text)) score -= 6;
  // A document's number ("吉政明电〔2022〕1号") heads an official notice, but is not its title.
  if (isDocumentNumber(text)) score -= 6;
  // A page's furniture word ("显示", "首页", "Untitled") or a bare number.
  if (isFurnitureTitle(text)) score -= 12;
  // A form's labels ("注册笔名：  密码：") are not a headline.
  if ((text.match(/[:：]/g) ?? []).length >= 2) score -= 4;
  // The furniture the HTML path never takes for a headline either: a breadcrumb trail, a menu
  // bar on one line, a software credit or the site's, a column's tag in brackets, a reprint's
  // 原标题 line.
  if (isBreadcrumb(text) || isMenuLine(text) || isSoftwareCredit(text) || isSiteCredit(text)) score -= 8;
  if (isBracketLabel(text) || isOriginalTitleLine(text)) score -= 6;
  if (isRelatedListHeading(text)) score -= 12;
  // A line shaped like a medium's name ("松花江网", "东方日报") is the site's logo or <title>.
  if (isMediaName(text)) score -= 4;
  return score;
}
