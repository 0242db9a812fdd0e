/**
 * How Chinese pages write their byline and date in the text rather than in metadata:
 * 来源：…, 发布时间：…, 时间：…, "2022-01-17 10:00" beside the title; who the article credits
 * (作者：…, 记者 …, "蔡雪婧/摄", "（记者 某某）" at the end) is read by byline-conventions.ts.
 * Also which lines only state such facts, and the edit stamp that closes an article.
 */
import { findPublishedDate, findSlashDate } from '../published-date';
import { creditOfLine, sourceOfLine } from './byline-conventions';
import { looksLikePersonName } from './person-names';

export interface LineFacts {
  author: string | null;
  /** Rank of the label the author came from: lower is more trustworthy. */
  authorRank: number;
  source: string | null;
  date: string | null;
}

/**
 * "新宠的评论", "Jane says:" on a line of their own: the date under a comment's header is the
 * comment's, not the article's.
 */
const COMMENT_HEADER = /^[^\S\n]*\S{1,20}?(?:的评论|的回复|\s(?:says|said|wrote|replied)\s*:)[^\S\n]*$/im;

/** Facts one short line states about the article (null where it states nothing). */
export function factsOfLine(line: string): LineFacts {
  const facts: LineFacts = { author: null, authorRank: 99, source: null, date: null };
  const text = line.replace(/\s+/g, ' ').trim();
  const credit = creditOfLine(line);
  if (credit) {
    facts.author = credit.author;
    facts.authorRank = credit.rank;
  }
  if (text.length > 200) return facts;
  facts.source = sourceOfLine(text);
  if (COMMENT_HEADER.test(line)) return facts;
  // "更新时间：… 发布时间：…": the publication's label wins over an update's wherever it stands.
  const labels = [
    ...text.matchAll(/(?:发布|发表|更新|修改|成文|出版|刊发|录入)?(?:时间|日期|于)\s*[:：]?\s*/g),
  ];
  // (A label counts only with a date after it: 来源于, 关于 end in 于 too.)
  const dateLabel =
    labels.find(
      (label) => !/^(?:更新|修改)/.test(label[0]) && findPublishedDate(text.slice(label.index)) !== null,
    ) ?? labels[0];
  const dated = dateLabel ? text.slice(dateLabel.index) : text;
  facts.date = findPublishedDate(dated) ?? findSlashDate(dated);
  return facts;
}

/**
 * A line that only states metadata (date, source, author, share buttons) and no article text:
 * "2005-04-05 06:40更新 来源：转载文章", "发布时间：2022-02-13 来源：云南日报".
 */
export function isMetaLine(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || Array.from(text).length > 120) return false;
  const hasDate =
    findPublishedDate(text) !== null || /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}/.test(text);
  const labels = (text.match(META_LABEL) ?? []).length;
  if (!hasDate && labels < 2) return false;
  const residue = residueSize(withoutFacts(text));
  // A sentence closed by a full stop is text, however short ("七、本公告自2012年8月1日起施行。").
  if (/[。！？]$/.test(text) && residue >= SENTENCE_RESIDUE_MIN) return false;
  // What is left without dates, labels and their short values must be next to nothing.
  if (residue <= 12) return true;
  // Also without a date's English words ("Saturday, September 10th", "am") and the site's host
  // ("BUSINESS.SOHU.COM"), when at most one other Latin word is left ("Polls close at 8:00 pm
  // Tuesday" is a sentence).
  const rest = withoutFacts(text.replace(ENGLISH_DATE_WORDS, ' ').replace(HOST_NAME, ' '));
  return residueSize(rest) <= 12 && (rest.match(/[A-Za-z]{2,}/g) ?? []).length <= 1;
}

/** What a line closed by a full stop holds beside its facts, in letters, to be a sentence. */
const SENTENCE_RESIDUE_MIN = 4;

/** A line without its dates, clock times, numbers, and labels with their short values. */
function withoutFacts(text: string): string {
  return text
    .replace(
      /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\d+/g,
      '',
    )
    .replace(new RegExp(`${META_LABEL.source}\\s*[^\\s|｜]{0,14}`, 'gi'), '');
}

/** Letters and digits left, punctuation, symbols and white space aside. */
function residueSize(text: string): number {
  return Array.from(text.replace(/[\s\p{P}\p{S}]/gu, '')).length;
}

/** A web host with a common top-level domain ("BUSINESS.SOHU.COM", "www.xinhuanet.com"). */
const HOST_NAME = /\b(?:[a-z0-9-]+\.){1,4}(?:com|cn|net|org|gov|edu|info|io|tv|cc|hk|tw|jp|uk|de|fr)\b/gi;

/** The words of an English date: weekdays, months (whole or cut), ordinals, am and pm. */
const ENGLISH_DATE_WORDS =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b[ap]\.?m\.?(?=\s|$)/gi;

const META_LABEL =
  /(来源|作者|编辑|责编|记者|发布时间|发布日期|发表于|发布|时间|日期|字号|字体|点击数?|浏览|阅读|分享到?|打印|评论|更新|updated|published|posted)\s*[:：]?/gi;

/**
 * "编辑：山石", "（责编：萧潇、张妍）", "【编辑:刘欢】", "编辑｜韩雪", "编辑 陈思 校对 刘军",
 * "界面新闻编辑 | 周筱": the edit stamp that closes (or, on some sites, opens) an article.
 */
export function isEditStamp(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  if (Array.from(text).length > 40) return false;
  if (/^[【（([]?\s*(责任编辑|责编|编辑|审核|校对|编审|监制)\s*[:：|｜]/.test(text)) return true;
  if (/^[\u4e00-\u9fa5]{2,8}?(责任编辑|编辑)\s*[|｜]\s*[\u4e00-\u9fa5]{2,4}$/.test(text)) return true;
  // "编辑 陈思 校对 刘军": a role and a space, then a person's name ("审核 通过 后方可上岗" names none).
  const spaced =
    /^[【（([]?\s*(?:责任编辑|责编|编辑|审核|校对|编审|监制)\s+([\u4e00-\u9fa5]{2,4})(?:\s|$)/.exec(text);
  return spaced !== null && looksLikePersonName(spaced[1]);
}
