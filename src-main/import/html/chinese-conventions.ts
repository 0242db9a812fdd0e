/**
 * How Chinese pages write their byline and date in the text rather than in metadata:
 * 来源：…, 作者：…, 记者 …, 编辑：…, 发布时间：…, 时间：…, "2022-01-17 10:00" beside the title,
 * "（记者 某某）" or "（某某 上海报道）" at the end, "某某 发表于 2005-9-15".
 */
import { findPublishedDate } from '../published-date';

export interface LineFacts {
  author: string | null;
  /** Rank of the label the author came from: lower is more trustworthy. */
  authorRank: number;
  source: string | null;
  date: string | null;
}

const HAN_NAME = '[\\u4e00-\\u9fa5·]{2,4}';
/** A run of names separated by spaces or 、，, as bylines list several people. */
const NAMES = `${HAN_NAME}(?:[\\s\\u3000、，,]+${HAN_NAME})*`;

/** Labels count only at the start of a line or after a separator, never inside a sentence. */
const AT = '(?:^|[\\s\\u3000|｜/【\\[（(·•])';

const LABELS: [RegExp, number][] = [
  [
    new RegExp(`${AT}(?:作\\s*者|撰\\s*文|撰稿人?|执笔人?|文\\s*[/／]|Author\\s*[:：])\\s*[:：]?\\s*`, 'i'),
    0,
  ],
  [new RegExp(`${AT}(?:[\\u4e00-\\u9fa5]{0,6}(?:报|社|台|网|刊)|特约|实习)?记者\\s*[:：]?\\s*`), 1],
  [new RegExp(`${AT}(?:发文机关|发布机构)\\s*[:：]\\s*`), 2],
  [new RegExp(`${AT}通讯员\\s*[:：]?\\s*`), 3],
  [new RegExp(`${AT}(?:责任编辑|责编|编辑|编审)\\s*[:：]\\s*`), 4],
  [new RegExp(`${AT}来\\s*源\\s*[:：]\\s*`), 6],
];

/** Words that end a byline run without being a name. */
const NOT_NAME =
  /^(报道|摄影?|整理|编译|发自|来源|编辑|责编|通讯员|记者|时间|日期|发布|字号|字体|分享|本报|本刊|评论|点击|阅读|打印|关闭|新华社|新华网|人民网|原创|转载)/;

/** Names from the text after a label: "王建宏 张文攀 报道" → "王建宏 张文攀". */
function namesAfter(text: string): string | null {
  const run = new RegExp(`^${NAMES}`).exec(text.replace(/^[\s\u3000[【（(]+/, ''));
  if (!run) return null;
  const names: string[] = [];
  for (const part of run[0].split(/[\s\u3000、，,]+/)) {
    if (NOT_NAME.test(part)) break;
    names.push(part.replace(/(报道|摄|整理|编译)$/, ''));
  }
  const joined = names.filter((n) => n.length >= 2).join(' ');
  return joined === '' ? null : joined;
}

/** An ASCII or mixed handle after a label ("作者： ggjjzhzz", "作者：放飞&心情"). */
function handleAfter(text: string): string | null {
  const m =
    /^[\s\u3000]*([^\s\u3000|｜/【】()（）:：,，。"'=<>]{2,20})(?=$|[\s\u3000|｜/【】()（）,，。])/.exec(
      text,
    );
  if (!m || /^\d+$|^(http|www\.)/i.test(m[1])) return null;
  return m[1];
}

const ORGANISATION =
  /(网|报|社|台|刊|站|频道|中心|部|局|委|厅|院|会|处|办|集团|公司|日报|晚报|新闻|杂志|客户端)$/;

/** "7/5/2005 9:23:57 PM": month first, as the AM/PM clock of US-made CMSs writes it. */
function usDate(text: string): string | null {
  const m = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M/i.exec(text);
  if (!m || +m[1] > 12 || +m[2] > 31) return null;
  return findPublishedDate(`${m[3]}-${m[1]}-${m[2]}`);
}

/** Facts one short line states about the article (null where it states nothing). */
export function factsOfLine(line: string): LineFacts {
  const facts: LineFacts = { author: null, authorRank: 99, source: null, date: null };
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > 200) return facts;
  for (const [label, rank] of LABELS) {
    const m = label.exec(text);
    if (!m) continue;
    const rest = text.slice(m.index + m[0].length);
    if (rank === 6) {
      const source = handleAfter(rest.replace(/^[\s\u3000[【]+/, ''));
      if (source) facts.source = source.replace(/[\]】]$/, '');
      // A 来源 that names a person rather than a publication credits the author.
      const person = namesAfter(rest);
      if (
        person &&
        !person.includes(' ') &&
        !ORGANISATION.test(person) &&
        person.length <= 3 &&
        facts.authorRank > rank
      ) {
        facts.author = person;
        facts.authorRank = rank;
      }
      continue;
    }
    const name = namesAfter(rest) ?? (rank === 0 || rank === 2 ? handleAfter(rest) : null);
    if (name && rank < facts.authorRank) {
      facts.author = name;
      facts.authorRank = rank;
    }
  }
  if (!facts.author) {
    // （记者 某某） / （某某 上海报道） / [ 某某 ] / 某某 发表于 …
    const reported = new RegExp(`[（(]\\s*(${NAMES})\\s+\\S{0,8}报道\\s*[）)]`).exec(text);
    const bracketed = new RegExp(`^\\[\\s*(${HAN_NAME})\\s*\\]|\\s\\[\\s*(${HAN_NAME})\\s*\\]`).exec(text);
    const posted = /^(\S{2,20})\s*发表于/.exec(text);
    const found = reported?.[1] ?? bracketed?.[1] ?? bracketed?.[2] ?? posted?.[1] ?? null;
    if (found) {
      facts.author = found;
      facts.authorRank = 5;
    }
  }
  const dateLabel = /(?:发布|发表|更新|成文|出版|刊发|录入)?(?:时间|日期|于)\s*[:：]?\s*/.exec(text);
  const dated = dateLabel ? text.slice(dateLabel.index) : text;
  facts.date = findPublishedDate(dated) ?? usDate(dated);
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
  // What is left without dates, labels and their short values must be next to nothing.
  const residue = text
    .replace(
      /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\d+/g,
      '',
    )
    .replace(new RegExp(`${META_LABEL.source}\\s*[^\\s|｜]{0,14}`, 'g'), '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
  return Array.from(residue).length <= 12;
}

const META_LABEL =
  /(来源|作者|编辑|责编|记者|发布时间|发布日期|发表于|发布|时间|日期|字号|字体|点击数?|浏览|阅读|分享到?|打印|评论|更新|updated|published|posted)\s*[:：]?/gi;

/** "编辑：山石", "（责编：萧潇、张妍）", "【编辑:刘欢】": the edit stamp that closes an article. */
export function isEditStamp(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  return (
    Array.from(text).length <= 40 &&
    /^[【（([]?\s*(责任编辑|责编|编辑|审核|校对|编审|监制)\s*[:：]/.test(text)
  );
}
