/**
 * Who a page credits, read from its lines rather than its markup: the lines around the title
 * (three above, ten below) and the article's last lines, each read by the press's conventions
 * (byline-conventions.ts), the most trustworthy label winning; a line right under the title
 * holding only a Chinese name is the author. Shared by the HTML path (the page's visible text)
 * and the plain-text path (the lines of a page saved as text).
 */
import { cutFromUiPhrase } from '../byline-guard';
import { type LineFacts, factsOfLine } from './chinese-conventions';
import { looksLikePersonName } from './person-names';
import { compact } from '../../../src-shared/extraction/compact';

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, from); i < to; i++) out.push(i);
  return out;
}

/**
 * The byline (and the first source named) of lines `page`, whose title stands at `near` (found
 * in the text when `titleFound`) and whose article ends at `articleEnd`.
 */
export function creditNearTitle(
  page: readonly { text: string }[],
  near: number,
  titleFound: boolean,
  articleEnd: number,
): LineFacts {
  const best: LineFacts = { author: null, authorRank: 99, source: null, date: null };
  const credits: { names: string[]; rank: number; index: number }[] = [];
  let bestAt = -1;
  const consider = (index: number, rankPenalty: number) => {
    const segment = page[index];
    if (!segment) return;
    const facts = factsOfLine(segment.text);
    if (facts.author && cutFromUiPhrase(facts.author, segment.text)) facts.author = null;
    if (facts.author) credits.push({ names: facts.author.split(' '), rank: facts.authorRank, index });
    if (facts.author && facts.authorRank + rankPenalty < best.authorRank) {
      best.author = facts.author;
      best.authorRank = facts.authorRank + rankPenalty;
      bestAt = index;
    }
    best.source ??= facts.source;
  };
  for (const index of range(near - 3, near + 10)) consider(index, 0);
  // A line right after the title holding only a name is the author ("胡平"), not a word
  // ("图为会场", "原创").
  const next = page[near + 1];
  const alone = next ? compact(next.text) : '';
  const named = looksLikePersonName(alone) || /^[\u4e00-\u9fa5]{1,4}·[\u4e00-\u9fa5]{1,4}$/.test(alone);
  if (titleFound && named && best.authorRank > 1) {
    best.author = alone;
    best.authorRank = 1;
  }
  for (const index of range(Math.max(articleEnd - 6, near + 10), articleEnd + 4)) consider(index, 0.5);
  return withFullerCredit(withCorrespondentsBelow(best, bestAt, credits), credits);
}

/** A correspondent's credit: "通讯员 周建 刘小兰". */
const CORRESPONDENT_RANK = 3;

/**
 * The reporters' line and the correspondents' line right under it ("极目新闻记者 郑阳" /
 * "通讯员 周建 刘小兰") credit them together, as one line "记者 郑阳 通讯员 周建" does.
 */
function withCorrespondentsBelow(
  best: LineFacts,
  bestAt: number,
  credits: { names: string[]; rank: number; index: number }[],
): LineFacts {
  if (!best.author || bestAt < 0 || best.authorRank > 1) return best;
  const below = credits.find((c) => c.index === bestAt + 1 && c.rank === CORRESPONDENT_RANK);
  if (!below) return best;
  const names = [...new Set([...best.author.split(' '), ...below.names])];
  return { ...best, author: names.join(' ') };
}

/** The most a fuller credit may rank: a reporter's correspondent, not an editor or a poster. */
const FULLER_RANK_MAX = 3;

/**
 * The page's fullest credit of the people chosen: an info line's "作者：陈佳" names one of the
 * "（记者 陈佳 通讯员 沈静）" the text opens or closes with, and both wrote it.
 */
function withFullerCredit(best: LineFacts, credits: { names: string[]; rank: number }[]): LineFacts {
  if (!best.author || best.authorRank > FULLER_RANK_MAX) return best;
  const fullest = fullestOf(best.author, credits);
  return fullest === best.author ? best : { ...best, author: fullest };
}

function fullestOf(author: string, credits: { names: string[]; rank: number }[]): string {
  const chosen = author.split(' ');
  let fullest = chosen;
  for (const credit of credits)
    if (
      credit.rank <= FULLER_RANK_MAX &&
      credit.names.length > fullest.length &&
      chosen.every((name) => credit.names.includes(name))
    )
      fullest = credit.names;
  return fullest.join(' ');
}

/**
 * The fullest credit of `author` (a byline read from a page's fact lines) among `lines` (the
 * article's first and last lines), as the plain-text path reads it.
 */
export function fullerCredit(author: string, lines: readonly string[]): string {
  const credits = lines
    .map((line) => factsOfLine(line))
    .filter((facts) => facts.author !== null)
    .map((facts) => ({ names: (facts.author ?? '').split(' '), rank: facts.authorRank }));
  return fullestOf(author, credits);
}
