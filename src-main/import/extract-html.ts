/**
 * HTML → article. The page is parsed with linkedom (repaired into html/head/body), its
 * metadata read, then sanitized; Readability finds the article, DOMPurify cleans Readability's
 * HTML, and the result becomes plain-text blocks. Blocks that are not article text after all
 * (repeated title, date lines, trailing link lists, disclaimers) and the rest of the page's
 * visible text are kept in `removed`, in order, each with a reason. The article's images become
 * raster `data:` URLs when the injected loader has their bytes, placeholders otherwise.
 */
import type { ExtractedArticle } from './types';
import { classifyBlocks, isBreadcrumb, isPostMark } from './html/boilerplate';
import { readAsSimplified } from './simplified-reading';
import { factsOfLine, isMetaLine } from './html/chinese-conventions';
import { creditNearTitle } from './html/credit-near-title';
import { accountNames, namedOnlyAsEditor, ORGANISATION as BODY_NAME } from './html/byline-conventions';
import { type DomDocument, parseDocument, repairMarkup } from './html/dom';
import { readMetadata } from './html/metadata';
import { assembleArticle } from './html/removed';
import { prepareDocument, purifyFragment } from './html/sanitize';
import { runReadability } from './html/readability';
import { dropLead, sidebarLead } from './html/sidebar-lead';
import { type ImageLoader, createImageEmbedder } from './raster-image';
import { acceptableByline } from './byline-guard';
import { blogOwner } from '../../src-shared/extraction/blog-owner';
import { isMediaLabel } from '../../src-shared/extraction/title-furniture';
import { chooseTitle } from './html/title';
import { listedOnEditionPage, selfLinkTexts } from './html/self-links';
import { standfirstIndex, withStandfirst } from './html/standfirst';
import { chooseTitleByScore, namesBesideHeadline } from './html/title-candidates';
import {
  type DateEvidence,
  dateFromAddresses,
  dateInLines,
  dateInScripts,
  localWrittenDay,
  dateInText,
  earlierWrittenDay,
  pageAddresses,
  possibleDay,
  sureOfText,
} from './html/publication-date';
import { capMarkup, describeCaps, READABILITY_ELEMENT_LIMIT } from './html/markup-caps';
import { type TextSegment, segmentsOf } from './html/to-blocks';
import { compact } from '../../src-shared/extraction/compact';

function headingsOf(document: DomDocument): string[] {
  const texts: string[] = [];
  for (const selector of ['h1', 'h2', 'h3']) {
    for (const heading of Array.from(document.body.querySelectorAll(selector))) {
      const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
    }
  }
  return texts;
}

const ORGANISATION =
  /(网|报|社|台|刊|站|频道|中心|集团|公司|日报|晚报|新闻|杂志|客户端|\.com|\.cn|news|times|post|media)$/i;

/**
 * Where the title stands in the page's text: a heading that reads as the title first, then any
 * line that is the title, then a short line holding it; -1 when the text never shows it.
 */
function titleIndex(page: TextSegment[], title: string): number {
  const titleKey = lettersOf(title);
  if (titleKey.length < 4) return -1;
  const exact = (s: TextSegment) => lettersOf(s.text) === titleKey;
  // A menu or a breadcrumb may repeat the title: the article's own line is not a link.
  const own = (s: TextSegment) => s.linkChars < s.text.length / 2 && s.region !== 'navigation';
  const tests: ((s: TextSegment) => boolean)[] = [
    (s) => s.kind === 'heading' && exact(s) && own(s),
    (s) => exact(s) && own(s),
    (s) => s.kind === 'heading' && exact(s),
    exact,
    (s) => lettersOf(s.text).includes(titleKey) && s.text.length < title.length * 2,
  ];
  for (const test of tests) {
    const at = page.findIndex(test);
    if (at >= 0) return at;
  }
  return -1;
}

/** The longest line read as a kicker above a headline, in characters. */
const KICKER_MAX = 30;

/**
 * The first line of the page that starts with the article's first block. A short first block
 * ("社会", a channel's heading the article kept) may also be a menu item above: then the line
 * the article's second block follows most closely (within six lines) is the one.
 */
export function articleStartIn(page: TextSegment[], opening: string, second: string): number {
  if (opening === '') return -1;
  const starts = (i: number, key: string) => i < page.length && compact(page[i].text).startsWith(key);
  const first = page.findIndex((_, i) => starts(i, opening));
  if (first < 0 || second === '' || Array.from(opening).length >= SHORT_OPENING) return first;
  const gap = (i: number) => [1, 2, 3, 4, 5, 6].find((k) => starts(i + k, second)) ?? Infinity;
  let best = first;
  for (let i = first + 1; i < page.length; i++) if (starts(i, opening) && gap(i) < gap(best)) best = i;
  return best;
}

/** A first block shorter than this may stand elsewhere on the page as a menu item. */
const SHORT_OPENING = 10;

/** Letters and digits only: quotes, dashes and spaces differ between <title> and the page. */
function lettersOf(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
}

/**
 * When the page's <title> is the site's, not the article's (it appears nowhere in the page's
 * text), the article's own title is the short line standing just before the article or its
 * byline line.
 */
function lineBeforeArticle(page: TextSegment[], title: string, articleStart: number): string | null {
  const key = compact(title);
  if (key !== '' && page.some((s) => compact(s.text).includes(key))) return null;
  for (let i = articleStart - 1; i >= Math.max(0, articleStart - 3); i--) {
    const segment = page[i];
    const n = Array.from(compact(segment.text)).length;
    if (isMetaLine(segment.text) || factsOfLine(segment.text).author) continue;
    const after = page[i + 1];
    const introducesByline = after && (isMetaLine(after.text) || factsOfLine(after.text).author !== null);
    const looksLikeTitle =
      n >= 4 &&
      n <= 60 &&
      segment.linkChars < n / 2 &&
      !isBreadcrumb(segment.text) &&
      !/[。！？.!?]$|[【】[\]]|[:：]\s*\d/.test(segment.text.trim());
    if (looksLikeTitle && (segment.kind === 'heading' || introducesByline)) return segment.text.trim();
    break;
  }
  return null;
}

/** The longest line read as a thread's post header ("楼主 江南布衣客 发表于 2012/5/14 9:32:18 只看该作者"). */
const POST_HEADER_MAX = 80;

/** A byline a person would accept: a name or a few, not markup debris or a sentence. */
function plausibleByline(byline: string | null, siteNames: (string | null)[]): string | null {
  if (!byline) return null;
  const text = byline.trim();
  if (text.length < 2 || text.length > 60 || /[=<>"{}]|https?:|^\d/.test(text)) return null;
  return acceptableByline(text, siteNames) ? text : null;
}

function hostsOf(addresses: (string | null)[]): string[] {
  const hosts: string[] = [];
  for (const address of addresses) {
    try {
      if (address) hosts.push(new URL(address).hostname);
    } catch {
      // Not an address: nothing to learn from it.
    }
  }
  return hosts;
}

export interface HtmlContext {
  fileName: string;
  /**
   * The bytes behind an `<img src>` that is not a `data:` URL: the saved page's folder for a
   * file on disk, the image parts of an MHTML file. Without it such images stay placeholders.
   */
  loadImage?: ImageLoader;
  /** When the file was saved (its modification time, an MHTML Date): no later day is its date. */
  savedAt?: string | null;
  /** The address the page was saved from, when the container says (MHTML Content-Location). */
  pageAddress?: string | null;
}

/** The article of a saved page (one in Traditional Chinese read through its Simplified copy). */
export function extractHtml(html: string, context: HtmlContext): ExtractedArticle {
  return readAsSimplified(html, context.fileName, { markup: true }, (text, fileName, address) => {
    const { loadImage } = context;
    return extractPage(text, {
      ...context,
      fileName,
      loadImage: loadImage && ((src) => loadImage(address(src))),
    });
  });
}

function extractPage(html: string, context: HtmlContext): ExtractedArticle {
  const capped = capMarkup(repairMarkup(html));
  const document = parseDocument(capped.html);
  const meta = readMetadata(document);
  const headings = headingsOf(document);
  const selfLinks = selfLinkTexts(document, context.fileName);
  prepareDocument(document);
  // The page's text is listed before Readability rearranges the document.
  const wholePage = segmentsOf(document.body);
  const page = wholePage.segments;
  // An edition's page saved under another name: the lines its list of titles names.
  const namedLines = selfLinks.length > 0 ? selfLinks : listedOnEditionPage(document, page);

  // A page of tens of thousands of elements is no single article: it is read whole.
  const content = capped.elements > READABILITY_ELEMENT_LIMIT ? null : runReadability(document);
  const candidates = content === null ? wholePage : segmentsOf(parseDocument(purifyFragment(content)).body);

  let title = chooseTitle({ ...meta, headings });
  // The short line right above the headline (a kicker, 引题): the heading's, where the text keeps it.
  const headingAt = titleIndex(page, title);
  const kicker =
    headingAt > 0 &&
    page[headingAt].kind === 'heading' &&
    Array.from(page[headingAt - 1].text.trim()).length <= KICKER_MAX
      ? page[headingAt - 1].text
      : null;
  const reasons = classifyBlocks(
    candidates.segments,
    title,
    [meta.siteName, ...hostsOf([meta.canonicalUrl, meta.ogUrl])],
    page.some((segment) => Array.from(segment.text).length <= POST_HEADER_MAX && isPostMark(segment.text)),
    kicker,
  );
  const assembled = assembleArticle(page, candidates.segments, reasons);
  // A sidebar Readability kept beside the post opens the text: it goes, and the article starts at the post.
  const lead = sidebarLead(assembled.blocks, assembled.removed);
  const { blocks: keptBlocks, removed: keptRemoved } = dropLead(assembled.blocks, assembled.removed, lead);
  const keptIndex = assembled.keptIndex.slice(lead);

  const firstKept = keptBlocks[0] ? compact(keptBlocks[0].text) : '';
  const lastKept = keptBlocks.length > 0 ? compact(keptBlocks[keptBlocks.length - 1].text) : '';
  // Where the article's first block stands in the page: a line that starts with it before one
  // that merely holds it (a short first block is often part of a longer header line).
  const opening = firstKept.slice(0, 20);
  let firstAt = articleStartIn(page, opening, keptBlocks[1] ? compact(keptBlocks[1].text).slice(0, 20) : '');
  if (firstAt < 0) firstAt = page.findIndex((s) => opening !== '' && compact(s.text).includes(opening));
  const articleStart = Math.max(0, firstAt);
  let articleEnd = -1;
  for (let i = page.length - 1; i >= 0 && lastKept !== ''; i--) {
    if (compact(page[i].text).includes(lastKept.slice(-20))) {
      articleEnd = i;
      break;
    }
  }
  title = lineBeforeArticle(page, title, articleStart) ?? title;
  const scoredTitle = chooseTitleByScore({
    ...meta,
    hosts: hostsOf([meta.canonicalUrl, meta.ogUrl, context.pageAddress ?? null]),
    selfLinks: namedLines,
    page,
    articleStart,
    articleOpening: keptBlocks
      .slice(0, 6)
      .map((b) => b.text)
      .join('')
      .slice(0, 600),
  });
  if (scoredTitle) title = scoredTitle.title;
  const titleAt = titleIndex(page, title);
  // (On a question page the summary is the question's detail, above the answer that is the article.)
  const standfirstAt = meta.answerPage ? -1 : standfirstIndex(page, titleAt, articleStart, meta.description);
  const near = titleAt >= 0 ? titleAt : articleStart;
  const end = articleEnd < 0 ? page.length : articleEnd;
  const facts = creditNearTitle(page, near, titleAt >= 0, end);
  const savedAt = context.savedAt ?? null;
  const addresses = pageAddresses(html, meta.canonicalUrl, meta.ogUrl);
  const addressesWithSaved = [...addresses, ...(context.pageAddress ? [context.pageAddress] : [])];
  const anchors = titleAt >= 0 ? [titleAt, articleStart] : [articleStart];
  const metaDate: DateEvidence | null =
    meta.publishedAt && possibleDay(meta.publishedAt, savedAt, false)
      ? { day: meta.publishedAt, from: 'metadata' }
      : null;
  const date =
    (metaDate && meta.publishedGeneric
      ? earlierWrittenDay(metaDate, dateInText(page, anchors, end, savedAt))
      : metaDate && !Number.isNaN(meta.publishedUtcHour)
        ? localWrittenDay(
            metaDate,
            meta.publishedUtcHour,
            dateInText(page, anchors, end, savedAt) ?? dateFromAddresses(addressesWithSaved, savedAt),
          )
        : metaDate) ??
    dateFromAddresses(addressesWithSaved, savedAt) ??
    dateInLines(page, anchors, end, near, {
      addresses: addressesWithSaved,
      savedAt,
      inScripts: () => dateInScripts(html, savedAt),
    });

  // Only the article's own images are loaded, in reading order, within the article's budget.
  const embed = createImageEmbedder(context.loadImage);
  // A sidebar's pictures (an avatar) went with its lines: only those from the post on are the article's.
  const postFrom = lead > 0 ? assembled.keptIndex[lead] : -1;
  const pictured = candidates.images
    .filter((image) => image.beforeBlock > postFrom)
    .map((image) => ({
      beforeBlock: keptIndex.filter((i) => i < image.beforeBlock).length,
      src: embed(image.src),
      alt: image.alt,
    }));
  // The standfirst above the byline, outside the container the text was read from, opens it.
  const { blocks, removed, images } =
    standfirstAt >= 0
      ? withStandfirst(
          { blocks: keptBlocks, removed: keptRemoved, images: pictured },
          page[standfirstAt].text,
        )
      : { blocks: keptBlocks, removed: keptRemoved, images: pictured };
  const capNote = describeCaps(capped);
  if (capNote)
    removed.push({ id: `r${removed.length}`, text: capNote, reason: 'other', beforeBlock: blocks.length });
  if (capped.overflowText) {
    const text = capped.overflowText;
    removed.push({ id: `r${removed.length}`, text, reason: 'other', beforeBlock: blocks.length });
  }
  // The site's own name (og:site_name, its host) is nobody's byline. (A 来源 may name a person.)
  const pageLines = page.map((segment) => segment.text);
  const siteNames = [
    meta.siteName,
    // The account a repost came from ("本文来自微信公众号“镜面研究所”") is a publication, unless
    // the page credits that very name as its writer (an author's own account, "刘润").
    ...accountNames(pageLines).filter((name) => !(facts.author ?? '').split(/[\s,，、]+/).includes(name)),
    // (A part that is the markup's author names the writer of a personal site: "… - Paul Graham".)
    // So does a part that is the name the page's author element shows, unless shaped like a
    // medium's ("县城青年的出路在哪里 - 周文澜 - 博客中国" over <span class="author">周文澜</span>).
    ...namesBesideHeadline(meta.documentTitle, title).filter(
      (part) =>
        !meta.authorCandidates.some((name) => compact(name) === compact(part)) &&
        !(meta.classedAuthor && compact(meta.classedAuthor) === compact(part) && !isMediaLabel(part)),
    ),
    ...hostsOf([meta.canonicalUrl, meta.ogUrl, context.pageAddress ?? null]),
  ];
  // The markup's first author who is a person the page does not name as its editor; the page's
  // own credit line when it names more people than the markup, that one among them.
  // (A markup author the page never shows, "rmzxb", yields to a writer or reporter it credits.)
  const credited = facts.author !== null && facts.authorRank <= 1;
  const shown = (name: string) => pageLines.some((line) => compact(line).includes(compact(name)));
  const metaAuthor =
    meta.authorCandidates
      .filter((name) => !ORGANISATION.test(name) && !namedOnlyAsEditor(name, pageLines))
      .filter((name) => !credited || shown(name))
      .map((name) => plausibleByline(name, siteNames))
      .find((name) => name !== null) ?? null;
  const creditLine = plausibleByline(facts.author, siteNames);
  const fuller =
    creditLine &&
    metaAuthor &&
    facts.authorRank <= 1 &&
    creditLine.length > metaAuthor.length &&
    creditLine.includes(metaAuthor);
  // An element classed as the author's counts only where nobody else is credited.
  // (There a publication's or a body's name is the account that posted it, no byline.)
  const classedName = meta.classedAuthor;
  const classed =
    metaAuthor || creditLine || !classedName || ORGANISATION.test(classedName) || BODY_NAME.test(classedName)
      ? null
      : plausibleByline(classedName, siteNames);
  // Nobody credited on a blog's post: the blog's owner, as its <title> or header names the blog
  // ("母亲的菜园 - 江南布衣的日志 - 网易博客").
  const owner =
    metaAuthor || creditLine || classed
      ? null
      : blogOwner(
          [
            meta.documentTitle ?? '',
            ...pageLines.slice(0, articleStart).filter((text) => Array.from(text).length <= 40),
          ],
          title,
          pageLines,
        );
  const byline =
    (fuller ? creditLine : metaAuthor) ??
    creditLine ??
    classed ??
    // (The <title> may name the blog by its owner alone: "… - 周宏远 - 凤凰博报" over "周宏远的博客".)
    (owner &&
    acceptableByline(
      owner,
      siteNames.filter((name) => compact(name ?? '') !== compact(owner)),
    )
      ? owner
      : null);
  // What to check first: a title no two sources agree on, a date read from the text on a close
  // call, a byline from an unlabelled name or an editor's stamp.
  const unsure: ('title' | 'byline' | 'publishedAt')[] = [];
  if (!scoredTitle?.sure) unsure.push('title');
  if ((byline && !metaAuthor && byline === facts.author?.trim() && facts.authorRank >= 3.5) || classed)
    unsure.push('byline');
  if (date && date.from !== 'metadata' && date.from !== 'url' && !sureOfText(date))
    unsure.push('publishedAt');
  return {
    title,
    byline,
    publishedAt: date?.day ?? null,
    publishedFrom: date?.from,
    sourceUrl: context.pageAddress ?? addresses[0] ?? null,
    unsure,
    siteName: meta.siteName ?? facts.source,
    blocks,
    removed,
    images: images.length > 0 ? images : undefined,
  };
}
