/**
 * Plain text → article, for web pages saved as text as much as for notes people write.
 *
 * A saved page reads: a site header (hotlines, menus), the title, a line of byline and date,
 * the article, then a tail of disclaimers, edit stamps, link farms, a site footer and lists of
 * unrelated headlines. The extractor scores the lines at the top for the title and reads the
 * byline and date from the fact lines around it, finds where the article ends (where its text
 * weighs most, when noise lies below), and keeps every other line in `removed`, in order and
 * with its reason, so nothing is lost: each non-blank line ends up as the title, in a block, or
 * in a removed block. The rules are in text/: noise.ts, front-matter.ts, blocks.ts, shape.ts.
 */
import type { ArticleBlock, RemovedBlock, RemovedReason } from '../ipc/contract';
import {
  factsOf,
  fieldValueOf,
  isCreditedBelow,
  isMetaLine,
  isNameAlone,
  looksLikeTitle,
  titleScore,
  type LineFacts,
} from './text/front-matter';
import { joinWrapped, looksHardWrapped, markStructure } from './text/blocks';
import { isCopyrightLine, isCopyrightNotice, isOwnerLine } from './text/copyright';
import { isPunctuationOnly, strongNoise, zoneNoise } from './text/noise';
import { hasSentencePunctuation, listMarker, readingSize } from './text/shape';
import type { ExtractedArticle } from './types';
import { acceptableByline } from './byline-guard';
import { blogOwner, titleParts } from '../../src-shared/extraction/blog-owner';
import { fullerCredit } from './html/credit-near-title';
import {
  TITLE_SEPARATORS,
  cleanCandidate,
  isFurnitureTitle,
  titleKey,
  asTitleNamesIt,
} from './html/title-candidates';
import {
  headlineAbove,
  headlineWithFacts,
  listedHeadline,
  sharedWithTitle,
  namesBlog,
  namesSiteAndAddress,
  titleIsSiteName,
  titleSplitAbove,
  withoutDay,
} from './text/headline-above';
import { withoutSiteParts } from './text/site-suffix';
import { isMediaName } from '../../src-shared/extraction/title-furniture';
import { namedOnlyAsEditor, ORGANISATION as BODY_NAME } from './html/byline-conventions';
import { writtenFacts } from './text/written-facts';
import { looksLikePersonName } from './html/person-names';
import { noticeFields } from './text/notice-fields';
import { readAsSimplified } from './simplified-reading';
import { findPublishedDate } from './published-date';
import { isEditionMark, sureOfText } from './html/publication-date';
import {
  firstPoster,
  handleBeforeDay,
  isFirstFloorTail,
  isFloorActions,
  isPostHeader,
  isThreadPage,
  posterOnDayLine,
  secondPostHeader,
} from './text/forum-post';

interface Line {
  text: string;
  /** Lines of one group have no blank line between them. */
  group: number;
  /** What `strongNoise` says of the line, worked out once. */
  noise: RemovedReason | null;
  /** What the line adds to the article around it (`lineWeight`), worked out once. */
  weight: number;
}

type Verdict = { kind: 'title' } | { kind: 'content' } | { kind: 'removed'; reason: RemovedReason };

/** The longest first line read as a saved page's `<title>`, in characters. */
const PAGE_TITLE_MAX = 300;

/** How far down the title may stand: below this many lines it would be a heading. */
const FRONT_LINES = 30;

/** The article of a text file (one in Traditional Chinese read through its Simplified copy). */
export function extractPlainText(text: string, context: { fileName: string }): ExtractedArticle {
  return readAsSimplified(text, context.fileName, { markup: false }, (simplified, fileName) =>
    extractText(simplified, fileName),
  );
}

function extractText(text: string, fileName: string): ExtractedArticle {
  const context = { fileName };
  const lines = splitLines(text);
  const verdicts: Verdict[] = lines.map(() => ({ kind: 'content' }));
  // A saved page's first line is its <title>: its headline is that line without the site's name.
  // (White space runs collapsed and cut at 300 characters: its separators are matched with
  // patterns that would scan a long run of spaces again from every position.)
  const pageTitle = (lines[0]?.text ?? '').slice(0, PAGE_TITLE_MAX).replace(/\s+/g, ' ');
  const pageHeadline = completedHeadline(
    withoutSiteParts(
      pageTitle,
      lines.slice(1).map((l) => l.text),
    ),
    lines,
  );
  const front = readFront(lines, verdicts, context.fileName, pageHeadline);
  // Whether the page shows a thread: its posts' headers and posters are read by it.
  const onThread = isThreadPage(lines.map((l) => l.text));
  markTail(lines, verdicts, front.bodyStart, onThread);
  // The <title> line's headline shown again just above the text (or as its first line) is the
  // title. Also when the title read at the top holds little of the <title> line (a site's tagline).
  // (Not a short <title> over a headline with its facts under it: "学习强国" names the site.)
  const shortTitle = Array.from(titleKey(pageHeadline)).length < NAME_TITLE_MAX;
  // (A short headline beside the site's name, "澧水_360百科", is an entry's name, not the site's,
  // where no date marks the headline read at the top: "国内新闻_示例网" over a dated headline names
  // the page's section.)
  const factsLine = front.titleIndex >= 0 ? lines[front.titleIndex + 1]?.text : undefined;
  const datedFacts = factsLine !== undefined && findPublishedDate(factsLine) !== null;
  const nameOnly =
    front.marked && shortTitle && (titleKey(pageHeadline) === titleKey(pageTitle) || datedFacts);
  // (A title read at the top that names the blog by its owner, "陈思远的日志", is the blog's name.)
  const blogTitle =
    front.titleIndex > 0 &&
    namesBlog(
      front.title,
      lines.map((l) => l.text),
    );
  const offTitle =
    front.titleIndex > 0 && (blogTitle || (!nameOnly && sharedWithTitle(pageHeadline, front.title) < 0.5));
  // A <title> line that is a medium's name ("松花江网"): shown again, it is the site's logo. So is
  // a short one over an e-paper's page ("中国妇女报", "人民日报海外版").
  const editionName = shortTitle && lines.some((l) => isEditionMark(l.text));
  const mediaTitle = isMediaName(pageTitle) || editionName;
  if ((front.titleIndex <= 0 || offTitle) && lines.length > 0) {
    const textStart = verdicts.findIndex((v, i) => i >= front.bodyStart && v.kind === 'content');
    const texts = lines.map((l) => l.text);
    const split = textStart > 0 ? titleSplitAbove(texts, textStart, pageTitle) : null;
    if (split) {
      if (front.titleIndex >= 0) verdicts[front.titleIndex] = { kind: 'removed', reason: 'header' };
      for (let j = split.first; j <= split.last; j++) verdicts[j] = { kind: 'title' };
    }
    // (A <title> that names a furniture page, "新闻中心_示例网", names no headline to look for.)
    // (Nor one the footer names as the site's owner: "版权所有：宜春市人民政府".)
    const namesHeadline = !(
      textStart < 0 ||
      split ||
      mediaTitle ||
      isFurnitureTitle(pageHeadline) ||
      namesSiteAndAddress(pageTitle) ||
      namesBlog(pageHeadline, texts) ||
      ownerNamed(texts, pageHeadline)
    );
    let found = namesHeadline
      ? headlineAbove(texts, textStart, { line: pageTitle, headline: pageHeadline })
      : -1;
    // The <title>'s short headline shown whole right above the line read as the title, which
    // notes what it is ("澧水" over "湖南省境内河流" on an encyclopedia's entry).
    if (found < 0 && offTitle && namesHeadline)
      found = shownRightAbove(texts, front.titleIndex, pageHeadline);
    // A <title> that names only the site: the post's headline is the line with its byline or date.
    if (
      found < 0 &&
      textStart > 0 &&
      (((front.titleIndex === 0 || mediaTitle) && (editionName || titleIsSiteName(texts, pageHeadline))) ||
        (front.titleIndex > 0 && !front.marked) ||
        blogTitle)
    ) {
      found = headlineWithFacts(texts, textStart);
      // A <title> that is a medium's name ("金羊网-羊城晚报"), with the site's header read as the
      // text's first lines (an e-paper's edition bar and its list of headlines), or a blog's
      // name read as the title: the headline stands above the first line of prose, and all
      // above it goes.
      const prose =
        found < 0 && ((front.titleIndex <= 0 && (mediaTitle || isMediaName(pageHeadline))) || blogTitle)
          ? lines.findIndex((l, i) => i > textStart && verdicts[i].kind === 'content' && isProse(l))
          : -1;
      if (prose > 0) {
        found = headlineWithFacts(texts, prose);
        for (let j = textStart; j < found; j++)
          if (verdicts[j].kind === 'content') verdicts[j] = { kind: 'removed', reason: 'header' };
      }
    }
    // The headline found above the text without its facts under it (a sidebar's list of the
    // blog's latest posts), shown again below over its date line: the lower one is the article's.
    if (found > 0 && textStart > 0 && !isMetaLine(texts[found + 1] ?? '')) {
      const dated = datedRepeat(lines, verdicts, textStart, texts[found]);
      if (dated > 0) {
        for (let j = textStart; j < dated; j++)
          if (verdicts[j].kind === 'content') verdicts[j] = { kind: 'removed', reason: 'header' };
        found = dated;
      }
    }
    if (found > 0) {
      if (front.titleIndex >= 0) verdicts[front.titleIndex] = { kind: 'removed', reason: 'header' };
      verdicts[found] = { kind: 'title' };
      // (A blog's post line: its day goes where the rest is the <title>'s headline.)
      const undated = withoutDay(lines[found].text);
      front.title = titleKey(undated) === titleKey(pageHeadline) ? undated : lines[found].text;
      front.facts = factsUnder(lines, verdicts, found, front.facts);
    } else if (split) {
      front.title = texts.slice(split.first, split.last + 1).join('');
    } else if (textStart >= 0 && front.titleIndex === 0) {
      // The headline the <title> line holds, shown again further down: the article starts there.
      const again = repeatedHeadline(lines, verdicts, textStart, front.title);
      if (again > 0) {
        for (let j = textStart; j < again; j++)
          if (verdicts[j].kind === 'content') verdicts[j] = { kind: 'removed', reason: 'header' };
        verdicts[0] = { kind: 'removed', reason: 'header' };
        verdicts[again] = { kind: 'title' };
        front.title = lines[again].text;
        front.facts = factsUnder(lines, verdicts, again, front.facts);
      }
    }
  }
  for (let i = front.bodyStart; i < lines.length; i++) {
    if (verdicts[i].kind !== 'content') continue;
    const noise = lines[i].noise ?? (isPunctuationOnly(lines[i].text) ? 'boilerplate' : null);
    if (noise) verdicts[i] = { kind: 'removed', reason: noise };
  }
  let { blocks, removed } = assemble(lines, verdicts);
  if (blocks.length === 0) {
    // A one-line note, or one that looked like noise throughout (only a phone number): keep
    // every line, the title's too, rather than show nothing.
    blocks = lines.map((l) => ({ kind: 'paragraph', text: l.text }));
    removed = [];
  }
  markStructure(blocks);
  const lineTexts = texts(lines);
  const site = [front.facts.siteName, ...publisherParts(pageTitle, pageHeadline, lineTexts)];
  const stated = front.facts.byline && acceptableByline(front.facts.byline, site) ? front.facts.byline : null;
  // No byline or date in the fact lines under the title: the lines around it and at the end.
  // A body's name on the fact line ("发布者：宣传部") yields to a person the page credits elsewhere
  // ("（文/王思远 图/李佳宁）" at the end), as on the HTML path, where the best-ranked credit wins.
  const statedBody = stated !== null && BODY_NAME.test(stated);
  // So does an editor on the fact line ("编辑：苏日娜") whom the page names nowhere as a writer,
  // beside the reporters the text closes with ("（记者 巴特尔 通讯员 高娃）").
  const statedEditor = stated !== null && namedOnlyAsEditor(stated, lineTexts);
  const written =
    stated && !statedBody && !statedEditor && front.facts.publishedAt
      ? null
      : writtenFacts(lineTexts, verdicts, front.title);
  const creditedPerson =
    (statedBody || statedEditor) &&
    written?.byline &&
    written.byline !== stated &&
    !written.bylineUnsure &&
    acceptableByline(written.byline, site)
      ? written.byline
      : null;
  // A notice's properties table: the issuing body is its author, the date it bears its date
  // (before the day the site posted it), as the HTML path reads them.
  const notice = noticeFields(lineTexts);
  const issuer = notice.issuer && acceptableByline(notice.issuer, site) ? notice.issuer : null;
  // A forum thread's poster, above the first post's header: only where nobody is credited.
  const titleAt = verdicts.findIndex((v) => v.kind === 'title');
  const handle =
    titleAt >= 0
      ? (firstPoster(lineTexts, titleAt) ??
        handleBeforeDay(lineTexts[titleAt + 1]) ??
        (onThread ? posterOnDayLine(lineTexts, titleAt) : null) ??
        nameBesideSite(lineTexts, titleAt + 1, site))
      : null;
  const poster = handle && acceptableByline(handle, site) ? handle : null;
  // The fact line's writer among more people the text opens or closes with credits them all.
  // (A closing credit may have gone with the tail: its first lines count.)
  const edges = [
    ...blocks.slice(0, 2).map((block) => block.text),
    ...blocks.slice(-2).map((block) => block.text),
    ...removed
      .filter((item) => item.beforeBlock === blocks.length)
      .slice(0, 2)
      .map((item) => item.text),
  ];
  // (The headline shown again is no credit: an entry's name, "顾承霖", under its <title> line.)
  const writtenBy =
    written?.byline &&
    acceptableByline(written.byline, site) &&
    titleKey(written.byline) !== titleKey(front.title || pageHeadline)
      ? written.byline
      : null;
  const byline =
    creditedPerson ??
    (stated && fullerCredit(stated, edges)) ??
    issuer ??
    writtenBy ??
    poster ??
    ownerOfBlog(lineTexts, titleAt, front.title || pageHeadline, site);
  const date = notice.writtenOn || front.facts.publishedAt ? null : written?.date;
  // A title taken from the file's name is a guess the person should check; so are a byline
  // or date read further from the title.
  const unsure: ('title' | 'byline' | 'publishedAt')[] = front.title ? [] : ['title'];
  if (!stated && !issuer && byline && (written?.bylineUnsure || byline === poster)) unsure.push('byline');
  if (date && !sureOfText(date)) unsure.push('publishedAt');
  return {
    title: cleanCandidate(asTitleNamesIt(front.title, pageHeadline)) || fileStem(context.fileName),
    byline,
    publishedAt: notice.writtenOn ?? front.facts.publishedAt ?? date?.day ?? null,
    siteName: front.facts.siteName,
    unsure,
    blocks,
    removed,
  };
}

/** The line one or two above `at` that is `headline` whole, or -1. */
function shownRightAbove(lines: string[], at: number, headline: string): number {
  const key = titleKey(headline);
  if (Array.from(key).length < 2) return -1;
  for (let i = at - 1; i >= Math.max(1, at - 2); i--) if (titleKey(lines[i]) === key) return i;
  return -1;
}

/**
 * Whether a line of the page's footer (its last lines: a copyright notice, 主办) holds the
 * `<title>`'s headline: the site's owner. (A 主办单位 in the text names an event's organiser.)
 */
function ownerNamed(lines: string[], headline: string): boolean {
  const key = titleKey(headline);
  return (
    Array.from(key).length >= 4 &&
    lines.some(
      (line, i) =>
        i > 0 && i >= lines.length - FOOTER_LINES && isOwnerLine(line) && titleKey(line).includes(key),
    )
  );
}

/** How many lines at the end of a saved page are read as its footer. */
const FOOTER_LINES = 15;

/** A `<title>` shorter than this, in letters, names a site or an app, not an article. */
const NAME_TITLE_MAX = 8;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let group = 0;
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const trimmed = raw.trim();
    if (trimmed === '') group++;
    else lines.push({ text: trimmed, group, noise: strongNoise(trimmed), weight: 0 });
  }
  for (const line of lines) line.weight = lineWeight(line);
  return lines;
}

/**
 * Nobody credited on a blog's post: the blog's owner, as the <title> line or a header line above
 * the post's title names the blog ("母亲的菜园 - 江南布衣的日志 - 网易博客", "江南布衣的博客").
 */
function ownerOfBlog(
  lineTexts: string[],
  titleAt: number,
  headline: string,
  site: (string | null)[],
): string | null {
  const header = lineTexts.slice(0, titleAt > 0 ? titleAt + 1 : OWNER_LINES_READ);
  const named = header.filter((text, i) => i === 0 || Array.from(text).length <= 40);
  const owner = blogOwner(named, headline, lineTexts);
  return owner && acceptableByline(owner, site) ? owner : null;
}

/** Where no title was placed, how many lines from the top may name the blog's owner. */
const OWNER_LINES_READ = 30;

/**
 * The parts of the <title> line beside its headline that the page's copyright line names too
 * ("… - 国际 - RFI" over "© 2018 RFI 法国国际广播电台 版权所有"): the publisher's name, nobody's
 * byline ("作者 RFI"), as the HTML path holds the <title>'s other parts. Not a person's name: a
 * personal site names its owner in both ("Notes on Tea - Jane Doe", "© 2023 Jane Doe").
 */
function publisherParts(titleLine: string, headline: string, lineTexts: string[]): string[] {
  const headlineKey = titleKey(headline);
  const notices = lineTexts.filter(isCopyrightLine).map(titleKey);
  return titleParts(titleLine).filter((part) => {
    const key = titleKey(part);
    if (key.length < 2 || key === headlineKey || looksLikePersonName(part) || LATIN_PERSON.test(part))
      return false;
    return notices.some((notice) => notice.includes(key));
  });
}

/** A name in Latin letters, two or three capitalised words: "Jane Doe", "Mary Ann Smith". */
const LATIN_PERSON = /^\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){1,2}$/u;

/** What a fact line states, where `facts` does not know it yet. */
function addFacts(facts: LineFacts, text: string): void {
  const found = factsOf(text);
  // The correspondents' line under the reporters' ("极目新闻记者 郑阳" / "通讯员 周建 刘小兰"): both
  // wrote it. (Not under an editor's: "责任编辑：王芳".)
  if (facts.byline && found.byline && facts.reporters && CORRESPONDENTS_LINE.test(text.trim()))
    facts.byline = [...new Set([...facts.byline.split(' '), ...found.byline.split(' ')])].join(' ');
  if (!facts.byline && found.byline) facts.reporters = REPORTERS_LINE.test(text.trim());
  facts.byline ??= found.byline;
  facts.publishedAt ??= found.publishedAt;
  facts.siteName ??= found.siteName;
}

/** A line that credits reporters: "极目新闻记者 郑阳", "记者：张三". */
const REPORTERS_LINE = /^[^\s:：]{0,10}?记者(?:\s|[:：])/;

/** A line that credits correspondents only: "通讯员 周建 刘小兰", "本报通讯员：李四". */
const CORRESPONDENTS_LINE = /^(?:本报|本刊)?(?:特约)?通讯员\s*[:：]?\s*\S/;

/**
 * The fact lines (byline, date, source) from `from` on, below a title: read into `facts` and
 * removed as the header; with `passNoise`, noise lines among them are removed too. Returns the
 * first line after them (before `to`).
 */
function readFactLines(
  lines: Line[],
  verdicts: Verdict[],
  from: number,
  to: number,
  facts: LineFacts,
  passNoise: boolean,
): number {
  let i = from;
  for (; i < to; i++) {
    const text = lines[i].text;
    if (isMetaLine(text)) {
      if (verdicts[i].kind !== 'content') continue;
      addFacts(facts, text);
      verdicts[i] = { kind: 'removed', reason: 'header' };
      continue;
    }
    // The writer's name alone over the date line ("Maren Estrada" / "November 19th, 2019").
    if (verdicts[i].kind === 'content' && isNameAlone(text) && i + 1 < to && isMetaLine(lines[i + 1].text)) {
      facts.byline ??= text.trim();
      verdicts[i] = { kind: 'removed', reason: 'header' };
      continue;
    }
    const reason = passNoise ? zoneNoise(text) : null;
    if (!reason) break;
    verdicts[i] = { kind: 'removed', reason };
  }
  return i;
}

/**
 * The fact lines under a headline found below the top of a saved page, as below a title at the
 * top: what they state wins over what was read above it (a sidebar's comment dates, its
 * profile box), which stands only where they are silent.
 */
function factsUnder(lines: Line[], verdicts: Verdict[], headline: number, above: LineFacts): LineFacts {
  const under: LineFacts = { byline: null, publishedAt: null, siteName: null };
  readFactLines(lines, verdicts, headline + 1, lines.length, under, false);
  return withGapsFilled(under, above);
}

/** What `first` states, and what `then` states where `first` is silent. */
function withGapsFilled(first: LineFacts, then: LineFacts): LineFacts {
  return {
    byline: first.byline ?? then.byline,
    publishedAt: first.publishedAt ?? then.publishedAt,
    siteName: first.siteName ?? then.siteName,
  };
}

function texts(lines: Line[]): string[] {
  return lines.map((l) => l.text);
}

function fileStem(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/**
 * A `<title>` headline cut short ("播客热潮迅速蔓延 挑...") is the line below that starts with it,
 * when the page shows one; else the cut headline as it is.
 */
function completedHeadline(headline: string, lines: Line[]): string {
  const trimmed = headline.trimEnd();
  if (!trimmed.endsWith('...') && !trimmed.endsWith('…')) return headline;
  let end = trimmed.length;
  while (end > 0 && (trimmed[end - 1] === '.' || trimmed[end - 1] === '…')) end--;
  const key = titleKey(trimmed.slice(0, end));
  if (Array.from(key).length < 3) return headline;
  const whole = lines.slice(1, FRONT_LINES * 4).find((l) => {
    const own = titleKey(l.text);
    return own.length > key.length && own.startsWith(key) && looksLikeTitle(l.text);
  });
  return whole ? whole.text : headline;
}

/**
 * A line that is plainly article text, so no title stands below it: a long line holding
 * sentences, or a sentence that ends with a full stop. (A short question may be a title.)
 */
function isProse({ text, noise }: Line): boolean {
  if (noise || isMetaLine(text)) return false;
  const size = readingSize(text);
  if (size > 30 && hasSentencePunctuation(text)) return true;
  return size >= 8 && /[。.．…]["”’」』)）]?$/.test(text) && hasSentencePunctuation(text);
}

/** A line the article may end with: a sentence, not a list item, fact line or noise. */
function endsArticle({ text, noise }: Line): boolean {
  return (
    readingSize(text) >= 8 && hasSentencePunctuation(text) && !listMarker(text) && !isMetaLine(text) && !noise
  );
}

/** A subtitle under a headline, opening with a dash run ("——访某某省长", "—— a profile"). */
function isDashSubtitle(text: string): boolean {
  return /^[—–-]{1,2}\s*\S/.test(text) && readingSize(text) <= 40;
}

/**
 * The top of the page: the title, the fact lines around it, the header noise above it.
 * Marks those lines and returns where the article starts.
 */
function readFront(
  lines: Line[],
  verdicts: Verdict[],
  fileName: string,
  pageHeadline: string,
): { title: string; titleIndex: number; facts: LineFacts; bodyStart: number; marked: boolean } {
  // The first line is prose only read without its site's parts too: a forum's credit ("… -
  // Powered by Discuz!") makes no <title> a sentence.
  let limit = lines
    .slice(0, FRONT_LINES + 1)
    .findIndex(
      (line, i) =>
        isProse(line) && (i > 0 || pageHeadline === '' || isProse({ ...line, text: pageHeadline })),
    );
  if (limit < 0 || limit > FRONT_LINES) limit = Math.min(lines.length, FRONT_LINES);
  const noise = lines.slice(0, limit).map((l) => zoneNoise(l.text));
  const candidates: number[] = [];
  for (let i = 0; i < limit; i++)
    if (!noise[i] && looksLikeTitle(lines[i].text) && !/[:：]$/.test(lines[i].text)) candidates.push(i);
  const stem = fileStem(fileName).replace(/\s+/g, '');
  // The parts of the first title-like line ("Site | Headline"), less those cut as the site's
  // name: a logo line that repeats "Site" is not named as the headline.
  const firstLine = candidates.length > 0 ? lines[candidates[0]].text : '';
  // A note starts with its title; a page's furniture word ("显示", "Untitled") above it is not one.
  // Nor is a site's name ("中华网"), the whole <title> of many a saved page.
  const firstTitleLike =
    candidates.find((i) => !isFurnitureTitle(lines[i].text) && !isMediaName(lines[i].text)) ?? -1;
  const firstParts = firstLine.split(TITLE_SEPARATORS).map(titleKey);
  const firstHeadlineParts = (
    candidates[0] === 0
      ? pageHeadline
      : withoutSiteParts(
          firstLine,
          lines.slice(candidates[0] + 1).map((l) => l.text),
        )
  )
    .split(TITLE_SEPARATORS)
    .map(titleKey);
  const namedByFirst = (i: number) =>
    firstParts.length > 1 && i !== candidates[0] && firstHeadlineParts.includes(titleKey(lines[i].text));
  let titleIndex = -1;
  let bestScore = -Infinity;
  const lineTexts = texts(lines);
  for (const i of candidates) {
    const score = titleScore(lines[i].text, {
      // Facts right below, or a byline of its own above the fact line that credits it, or a
      // subtitle that opens with a dash ("——访某某省长") or a writer's name alone ("Maren
      // Estrada") above the facts.
      nextIsMeta:
        i + 1 < lines.length &&
        (isMetaLine(lines[i + 1].text) ||
          isCreditedBelow(lines[i + 1].text, lines[i + 2]?.text) ||
          ((isDashSubtitle(lines[i + 1].text) || isNameAlone(lines[i + 1].text)) &&
            i + 2 < lines.length &&
            isMetaLine(lines[i + 2].text))),
      prevIsMeta: i > 0 && isMetaLine(lines[i - 1].text),
      nearBody: i >= limit - 3,
      first: i === firstTitleLike,
      matchesFile: stem.length >= 4 && lines[i].text.replace(/\s+/g, '') === stem,
      namedByFirstLine: namedByFirst(i),
      creditedBelow: isCreditedBelow(lines[i].text, lines[i + 1]?.text),
      fieldValue: fieldValueOf(lineTexts, i),
    });
    if (score > bestScore) [bestScore, titleIndex] = [score, i];
  }

  // Text that opens with a sentence has no title line: the short line further down heads a section.
  // Unless the line is marked as a title by a byline or date right below it, or by the page's
  // first line naming it: a saved page's menus hold lines with commas.
  const markedTitle =
    titleIndex >= 0 &&
    ((titleIndex + 1 < lines.length && isMetaLine(lines[titleIndex + 1].text)) ||
      (isNameAlone(lines[titleIndex + 1]?.text ?? '') && isMetaLine(lines[titleIndex + 2]?.text ?? '')) ||
      namedByFirst(titleIndex));
  const opensWithText =
    !markedTitle &&
    lines
      .slice(0, Math.max(titleIndex, 0))
      .some(
        (l, i) =>
          !noise[i] && !isMetaLine(l.text) && hasSentencePunctuation(l.text) && readingSize(l.text) >= 12,
      );
  if (opensWithText) titleIndex = -1;
  // Of a stack of headline lines above the facts (引题, 主题, 副题), the one the page lists again
  // (an e-paper's list of its page's headlines) is the headline; the facts are read below the
  // stack, and a subtitle under the headline stays as the text's first line.
  const headlineIndex =
    markedTitle && !opensWithText ? (listedHeadline(lineTexts, titleIndex) ?? titleIndex) : titleIndex;

  const above: LineFacts = { byline: null, publishedAt: null, siteName: null };
  // Above the title everything is header; below it, fact lines and noise until the article.
  let bodyStart = Math.max(titleIndex, 0);
  for (let i = 0; i < titleIndex; i++) {
    if (isMetaLine(lines[i].text)) addFacts(above, lines[i].text);
    verdicts[i] = { kind: 'removed', reason: noise[i] ?? 'header' };
  }
  if (titleIndex >= 0) {
    verdicts[titleIndex] = { kind: 'title' };
    bodyStart = titleIndex + 1;
  }
  if (headlineIndex !== titleIndex) {
    verdicts[headlineIndex] = { kind: 'title' };
    for (let i = headlineIndex + 1; i <= titleIndex; i++) verdicts[i] = { kind: 'content' };
  }
  // The fact lines under the title speak first; those above it (a sidebar's comment dates, a
  // profile box) only where they are silent.
  const under: LineFacts = { byline: null, publishedAt: null, siteName: null };
  bodyStart = readFactLines(lines, verdicts, bodyStart, Math.min(lines.length, limit + 1), under, true);
  const facts = withGapsFilled(under, above);
  // The page's first line is its <title>: without the site's name beside the headline.
  const title = headlineIndex < 0 ? '' : headlineIndex === 0 ? pageHeadline : lines[headlineIndex].text;
  return { title, titleIndex: headlineIndex, facts, bodyStart, marked: markedTitle && !opensWithText };
}

/**
 * The bottom of the page. The article ends where the text read so far weighs most: sentences
 * add their length, every short line (a link, a menu item) takes a little, noise takes a lot;
 * so a sidebar teaser far below, after dozens of links, does not pull the end down to it.
 * Below the end, a few closing lines ("（完）", "（记者 张三）", a fact line) stay until the first
 * noise or the first other line; from there on everything is tail: numbered runs are headline lists, lines that follow
 * a list or comments belong to it.
 */
function markTail(lines: Line[], verdicts: Verdict[], bodyStart: number, onThread: boolean): void {
  // The span that weighs most (boilerpipe's and jusText's view of a page: the article is the
  // densest run of text): its end is the article's end, and when the lines before its start
  // weigh clearly against it (a page's menus and link lists), its start is the article's start.
  // A comment thread's heading below the article's text ends the article there.
  let { start, last, best } = densestSpan(lines, bodyStart, lines.length);
  const thread = [
    articleEndMark(lines, bodyStart, (l) => l.noise === 'comment'),
    articleEndMark(lines, bodyStart, (l) => readingSize(l.text) <= FOOT_SIZE && isCopyrightNotice(l.text)),
    // A forum thread's second post header ("发表于 2013-7-2 14:22 |只看该作者"): the replies start.
    articleEndMark(
      lines,
      bodyStart,
      secondPostHeader(
        lines.slice(0, bodyStart).filter((l) => isPostHeader(l.text, onThread)).length,
        onThread,
      ),
    ),
    // A thread's first floor's tail ("1楼2016-08-14 21:35"): the post ends above it. So does
    // its floor's bar of buttons ("楼主 举报 | 回复 | 分享到").
    articleEndMark(lines, bodyStart, (l) => isFirstFloorTail(l.text) || isFloorActions(l.text)),
  ]
    .filter((i) => i >= 0)
    .reduce((a, b) => Math.min(a, b), Infinity);
  if (thread < Infinity) ({ start, last, best } = densestSpan(lines, bodyStart, thread));
  if (best <= 0) last = bodyStart - 1;
  const lead = lines.slice(bodyStart, start).reduce((w, l) => w + l.weight, 0);
  if (start > bodyStart && lead <= -LEAD_COST) {
    for (let i = bodyStart; i < start; i++)
      if (verdicts[i].kind === 'content')
        verdicts[i] = { kind: 'removed', reason: zoneNoise(lines[i].text) ?? 'navigation' };
    bodyStart = start;
  }
  // Without noise below it, the text there is the article's own (a table, a list): keep it,
  // unless it weighs clearly against the article (a page's lists of teasers and menus).
  const below = lines.slice(last + 1);
  // A comment thread's heading or the site's copyright line ends the article as noise does.
  const strongBelow = thread < Infinity || below.some((l) => l.noise);
  // A tail known only by its weight has no closing lines: its first short lines are its own.
  const weighsAgainst = !strongBelow && below.reduce((w, l) => w + l.weight, 0) <= -TAIL_COST;
  const noiseBelow = strongBelow || weighsAgainst;
  if (!noiseBelow) last = lines.length - 1;
  while (last >= bodyStart && !endsArticle(lines[last])) last--;
  if (last < bodyStart) return;
  // A short last sentence right under it ("明年清明，还回来。") is the article's own last line.
  const after = lines[last + 1];
  // (A numbered line or a question is a list's or a teaser's: "1、你还在熬夜刷手机吗？"; a copyright
  // line or other furniture is the page's.)
  if (
    after &&
    !after.noise &&
    !zoneNoise(after.text) &&
    !isCopyrightNotice(after.text) &&
    !listMarker(after.text) &&
    readingSize(after.text) >= 4 &&
    /[。.]$/.test(after.text.trim())
  )
    last++;
  let inTail = false;
  let closing = weighsAgainst ? MAX_CLOSING_LINES : noiseBelow ? 0 : -Infinity;
  let previous: RemovedReason | null = null;
  const runs = numberedRunLengths(lines, last + 1);
  for (let i = last + 1; i < lines.length; i++) {
    const text = lines[i].text;
    const headline: boolean =
      runs[i - last - 1] >= (inTail ? 3 : 5) || (previous === 'headline-list' && listMarker(text) !== null);
    const reason: RemovedReason | null = headline
      ? 'headline-list'
      : (zoneNoise(text) ??
        (inTail || closing >= MAX_CLOSING_LINES
          ? previous === 'comment' || previous === 'headline-list' || previous === 'link-list'
            ? previous
            : 'other'
          : null));
    // Above the page's tail, a closing line stays ("（完）", "(AP)", a credit); a "Tags: …" or
    // "Share" line starts the tail.
    if (!reason && (closing === -Infinity || closingLine(text))) {
      closing++;
      continue;
    }
    verdicts[i] = { kind: 'removed', reason: reason ?? 'other' };
    inTail = true;
    previous = reason ?? 'other';
  }
}

/** A line that closes an article: its end mark or credit in brackets ("（完）", "(AP)"), a fact line. */
function closingLine(text: string): boolean {
  return /^[（(【[].*[)）】\]]$/.test(text) || isMetaLine(text);
}

/**
 * A line of the kept text that repeats the headline (`title`, read from the `<title>` line) word
 * for word, where the article starts: a byline or date stands within two lines below it, or the
 * text below it outweighs the text above (a page's teasers above an article's headline, not the
 * article's own headline in a list of popular stories below it). Else -1.
 */
function repeatedHeadline(lines: Line[], verdicts: Verdict[], textStart: number, title: string): number {
  const key = titleKey(title);
  if (key === '') return -1;
  for (let k = textStart; k < lines.length; k++) {
    // (A forum's label or tag set before it, "主题：", "[晒晒我家]", is no part of the headline.)
    if (verdicts[k].kind !== 'content' || titleKey(cleanCandidate(lines[k].text)) !== key) continue;
    const dated = [1, 2].some((d) => k + d < lines.length && isMetaLine(lines[k + d].text));
    const above = densestSpan(lines, textStart, k).best;
    const below = densestSpan(lines, k + 1, lines.length).best;
    return dated || below > above ? k : -1;
  }
  return -1;
}

/**
 * The writer on a line of their own under the headline (`at`), set beside the site's name: "柯言
 * 多维新闻" (a person's name, then a name the `<title>` and the copyright line give the site), or
 * null. Not a channel's name beside it ("时政 人民网"): a part of the `<title>` (its first line) or
 * an item of a menu's row is the site's.
 */
function nameBesideSite(lineTexts: string[], at: number, site: (string | null)[]): string | null {
  const m = /^([\u4e00-\u9fa5]{2,4})[\s\u3000]+(\S{2,16})$/u.exec((lineTexts[at] ?? '').trim());
  if (!m || !looksLikePersonName(m[1])) return null;
  const siteKeys = site.filter((name): name is string => name !== null).map(titleKey);
  if (!siteKeys.includes(titleKey(m[2]))) return null;
  // (A menu's row: three or more short items, one of them the word.)
  const channel = (line: string, i: number) => {
    const items = line.split(/[\s\u3000|｜_\-·•/]+/).filter((item) => item !== '');
    return (
      items.includes(m[1]) &&
      (i === 0 || (items.length >= 3 && items.every((item) => readingSize(item) <= 6)))
    );
  };
  return lineTexts.some((line, i) => i !== at && channel(line, i)) ? null : m[1];
}

/**
 * The line within 12 lines from `from` that is `headline` again with a fact line right under it,
 * with no sentence of prose between (a sidebar's list below the text is no headline), or -1.
 */
function datedRepeat(lines: Line[], verdicts: Verdict[], from: number, headline: string): number {
  const key = titleKey(headline);
  for (let k = from; k < Math.min(lines.length - 1, from + REPEAT_REACH); k++) {
    if (isProse(lines[k])) return -1;
    if (verdicts[k].kind === 'content' && titleKey(lines[k].text) === key && isMetaLine(lines[k + 1].text))
      return k;
  }
  return -1;
}

/** How far below the text's first line the headline may be shown again over its date line. */
const REPEAT_REACH = 12;

/** The run of lines in [from, to) whose weights sum highest: its first and last line and its weight. */
function densestSpan(lines: Line[], from: number, to: number): { start: number; last: number; best: number } {
  let [sum, best, last, start, lowest, lowestAt] = [0, -Infinity, from - 1, from, 0, from];
  for (let i = from; i < to; i++) {
    sum += lines[i].weight;
    if (sum - lowest > best) [best, last, start] = [sum - lowest, i, lowestAt];
    if (sum < lowest) [lowest, lowestAt] = [sum, i + 1];
  }
  return { start, last, best };
}

/**
 * The first line below the article's text that `isMark` picks (a comment thread's heading, "12
 * Comments", "34 responses to “…”", "网友评论"; the site's copyright line, "© 2019 Example Inc.",
 * below which stand only its lists of other stories), when the text above it weighs at least
 * PROSE_BEFORE_COMMENTS and at least an eighth of what follows it (a menu's "Comment" or a
 * sidebar's "最新评论" above the article has little text above it and the whole article below).
 * Else -1.
 */
function articleEndMark(lines: Line[], bodyStart: number, isMark: (line: Line) => boolean): number {
  const mark = lines.findIndex((l, i) => i >= bodyStart && isMark(l));
  if (mark < 0) return -1;
  const above = densestSpan(lines, bodyStart, mark).best;
  const below = densestSpan(lines, mark + 1, lines.length).best;
  return above >= PROSE_BEFORE_COMMENTS && above * 8 >= below ? mark : -1;
}

/** A copyright line longer than this (in reading units) is a paragraph that mentions one. */
const FOOT_SIZE = 30;

/** How much of the article's text must stand above a comment thread's heading. */
const PROSE_BEFORE_COMMENTS = 60;

/** How much the lines above the densest span must weigh against it before they are cut. */
const LEAD_COST = 20;

/** How much the lines below the densest span must weigh against it to be a page's tail. */
const TAIL_COST = 20;

/** What every line of sentences gives up of its reading length. */
const SENTENCE_LINE_DISCOUNT = 4;

/** The least a line without sentences costs. */
const SHORT_LINE_COST = 4;

/** Short lines that may close an article below its last sentence, before its tail. */
const MAX_CLOSING_LINES = 6;

/**
 * What a line adds to the article above it: its length if it holds sentences, nothing if it is
 * a row of data (table cells, figures), else a cost.
 */
function lineWeight({ text, noise }: Pick<Line, 'text' | 'noise'>): number {
  if (noise) return -30;
  const size = readingSize(text);
  // A line of sentences adds its length less a little (boilerpipe's view: the fewer words a
  // block has, the likelier it is a teaser or a caption), so a list of one-sentence teasers
  // below the article weighs less than the article's paragraphs.
  if (size >= 8 && hasSentencePunctuation(text) && !isMetaLine(text)) return size - SENTENCE_LINE_DISCOUNT;
  if (text.includes('\t') || (text.match(/\d+/g)?.length ?? 0) >= 3) return 0;
  // A short line without sentences costs in proportion to its length, at least a few words'
  // worth: a page's lists of headlines and links weigh against the article as much as they are long.
  return -Math.max(SHORT_LINE_COST, size / 2);
}

/**
 * For each line from `start` on, how many numbered lines count up from it ("1. …", "2. …",
 * "3. …"), in one pass from the end (a list of a hundred headlines is read once, not 5,000 times).
 */
function numberedRunLengths(lines: Line[], start: number): number[] {
  const numbers = lines.slice(start).map((line) => listMarker(line.text)?.number ?? null);
  const runs = new Array<number>(numbers.length).fill(0);
  for (let i = numbers.length - 1; i >= 0; i--) {
    const n = numbers[i];
    if (n === null) continue;
    runs[i] = i + 1 < numbers.length && numbers[i + 1] === n + 1 ? runs[i + 1] + 1 : 1;
  }
  return runs;
}

/** Verdicts → blocks and removed blocks, in order; neighbours of one kind are kept together. */
function assemble(lines: Line[], verdicts: Verdict[]): { blocks: ArticleBlock[]; removed: RemovedBlock[] } {
  const blocks: ArticleBlock[] = [];
  const removed: RemovedBlock[] = [];
  let run: Line[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const texts = run.map((l) => l.text);
    if (looksHardWrapped(texts)) blocks.push({ kind: 'paragraph', text: joinWrapped(texts) });
    else for (const text of texts) blocks.push({ kind: 'paragraph', text });
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const verdict = verdicts[i];
    if (verdict.kind === 'content') {
      if (run.length > 0 && run[run.length - 1].group !== lines[i].group) flush();
      run.push(lines[i]);
      continue;
    }
    flush();
    if (verdict.kind === 'title') continue;
    const previous = removed[removed.length - 1];
    if (
      previous &&
      previous.reason === verdict.reason &&
      previous.beforeBlock === blocks.length &&
      verdicts[i - 1]?.kind === 'removed'
    ) {
      previous.text += `\n${lines[i].text}`;
    } else {
      removed.push({
        id: `r${removed.length}`,
        text: lines[i].text,
        reason: verdict.reason,
        beforeBlock: blocks.length,
      });
    }
  }
  flush();
  return { blocks, removed };
}
