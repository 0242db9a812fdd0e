/**
 * What a page says about itself in its markup: <title>, Open Graph, article:published_time,
 * JSON-LD (headline, author, datePublished), <meta name="author">, citation_author, the date
 * metas (publishdate, pubdate, PubDate, date), an official document's properties table, and
 * the author's own link (rel=author, itemprop=author, a blog's "?author=" page). Read from the
 * page as parsed, before sanitizing.
 */
import { isUiWord } from '../byline-guard';
import { dateMentions } from '../dates/date-mentions';
import { findPublishedDate } from '../published-date';
import { leadingAnswer } from './answer-page';
import { readDocumentProperties } from './document-properties';
import { type DomDocument, type DomElement, type DomNode, isElement } from './dom';
import { titleKey } from './title-candidates';
import { COMMENT_LABEL } from './to-blocks';

export interface PageMetadata {
  /** Text of <title>. */
  documentTitle: string | null;
  ogTitle: string | null;
  /** twitter:title, when the page gives one (often og:title again). */
  twitterTitle: string | null;
  jsonLdHeadline: string | null;
  siteName: string | null;
  author: string | null;
  /**
   * Every author the markup names, the most trusted first: JSON-LD, the author metas, an
   * issuing body, the author's own link. (`author` is the first.)
   */
  authorCandidates: string[];
  /**
   * The name in an element the page's classes call its author's ("authi", "author-name",
   * "ownernick"): weaker than any credit line, read only when the page states none.
   */
  classedAuthor: string | null;
  /** `YYYY-MM-DD`, from structured data only (never from the text). */
  publishedAt: string | null;
  /**
   * Whether `publishedAt` came only from a generic date (`date`, `dc.date`, `dcterms.date`):
   * as often the day the page changed as the day it was published.
   */
  publishedGeneric: boolean;
  /**
   * The hour of `publishedAt` when it is the day of a time given in UTC ("2023-06-13T01:47:00Z"),
   * else NaN: early in the day, the page's readers west of Greenwich saw the day before; late,
   * those east of it saw the day after.
   */
  publishedUtcHour: number;
  /** The page's summary of itself: og:description, else the description meta. */
  description: string | null;
  /** Whether the page is a question whose leading answer is the article (answer-page.ts). */
  answerPage: boolean;
  /** The page's own address: canonical link, og:url. */
  canonicalUrl: string | null;
  ogUrl: string | null;
}

function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function metaContent(document: DomDocument, keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    if (wanted.has(key)) {
      const content = clean(meta.getAttribute('content'));
      if (content) return content;
    }
  }
  return null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function personName(value: Json | undefined): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(personName).filter((n): n is string => !!n);
    return names.length > 0 ? names.join(', ') : null;
  }
  // An author typed as an organisation ("NHK", "BBC News") is the publisher, not a writer.
  if (value && typeof value === 'object')
    return /organization|corporation/i.test(typeOf(value)) ? null : personName(value.name);
  return null;
}

/** The JSON-LD objects of the page, flattened out of arrays and @graph lists. */
function jsonLdObjects(document: DomDocument): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (value: Json) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value);
      if (value['@graph']) visit(value['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      visit(JSON.parse((script.textContent ?? '').trim()) as Json);
    } catch {
      // A broken JSON-LD block says nothing; the rest of the page still does.
    }
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|newsarticle|webpage|blog/i;

function typeOf(object: Record<string, Json>): string {
  const type = object['@type'];
  return Array.isArray(type) ? type.join(' ') : String(type ?? '');
}

/**
 * An author meta that names a person: not an account id ("L_104485"), a web address, a list
 * of sites, or the credit of the software that made the page ("Discuz! Team" beside
 * generator "Discuz! X3.4"). A "记者" in front of the name is dropped.
 */
function personalAuthor(value: string | null, document: DomDocument): string | null {
  if (!value) return null;
  const text = value
    .replace(/^(?:本报|本刊)?(?:记者|作者)\s*[:：]?\s*/, '')
    .replace(/^by\s+/i, '')
    .trim();
  if (text === '' || /https?:|www\.|\.(com|cn|net|org)\b|\d{3,}|_/i.test(text)) return null;
  const software = `${metaContent(document, ['generator']) ?? ''} ${metaContent(document, ['copyright']) ?? ''}`;
  const words = software.match(/[A-Za-z][A-Za-z!]{3,}/g) ?? [];
  if (words.some((word) => text.toLowerCase().includes(word.toLowerCase()))) return null;
  return text;
}

/** A person's name as a link or a tag shows it: short, no sentence, no digits; "By " dropped. */
function plausibleName(text: string | null | undefined): string | null {
  const name = nameShaped(clean(text)?.replace(/^by\s+/i, ''));
  return name && !/\d/.test(name) ? name : null;
}

/** Text the length of a name or a few (30 characters, five words at most), with no sentence or markup in it. */
function nameShaped(text: string | null | undefined): string | null {
  const name = clean(text);
  if (!name || Array.from(name).length > 30 || name.split(' ').length > 5) return null;
  return /[。！？!?:：|｜<>{}=]/.test(name) ? null : name;
}

/** A class or id that names an element as its author's: "authi", "post-author", "ownernick". */
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author\w*|authi|byline|writer|\w*nick(?:name)?)(?:$|[\s_-])/i;

/** A class or id that names a user's name ("user-name", "userName"): the poster's on a post's card. */
const USER_NAME_CLASS = /(?:^|[\s_-])(?:user-?name|usr-?name|uname)(?:$|[\s_-])/i;

/** A post's or a profile's box ("postBox", "post-user", "profileModule"; not "user-info", a greeting's). */
const POSTER_CARD = /post|floor|thread|topic|author|profile|user-?card|poster/i;

/**
 * Whether an element named as a user's name sits in a post's or a profile's box: not the bar
 * greeting the reader who saved the page ("欢迎您，<span class="user-name">…").
 */
function onPosterCard(element: DomElement): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (/^(body|html)$/i.test(node.tagName)) break;
    if (POSTER_CARD.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/**
 * The first name in an element whose class or id calls it the author's, outside comments,
 * navigation and footers: a forum's poster beside the first post (Discuz!'s ".authi"), a
 * blog's owner in its profile box. A short name alone, or the first link's.
 */
function classedAuthor(document: DomDocument): string | null {
  const outside = (element: DomElement) =>
    !inComments(element) &&
    !inOtherRegion(element) &&
    !element.closest('nav, footer, header, aside, form, script, style');
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    const marked = AUTHOR_CLASS.test(names) || (USER_NAME_CLASS.test(names) && onPosterCard(element));
    if (!marked || !outside(element)) continue;
    // Every person it links to ("Lena Achterberg", "Rafael Quintanilla" in a byline's list), or
    // its own text when it links nowhere.
    // (Links classed as the author's name themselves, when some are: not a badge beside the name.)
    // (A section's trail set in the same box, "사회 > 교육ㆍ시험", names no one.)
    const every = Array.from(element.querySelectorAll('a'));
    const all = every.filter((link) => !inTrail(link));
    if (every.length > 0 && all.length === 0) continue;
    const named = all.filter((link) => AUTHOR_CLASS.test(link.getAttribute('class') ?? ''));
    const links = named.length > 0 ? named : all;
    const linked = [...new Set(links.map((link) => handleName(link.textContent)).filter((n) => n !== null))];
    if (linked.length > 0) return linked.slice(0, MAX_CLASSED_NAMES).join(', ');
    const name = links.length === 0 ? handleName(element.textContent) : null;
    if (name) return name;
  }
  // A link to a user's page ("/u/8c2e5a1f9b34", "space-uid-58214.html") with a name: a post's
  // own account, on a site that marks it no other way (简书, a Weibo article).
  for (const link of Array.from(document.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (!USER_PAGE.test(href) || ACCOUNT_PAGE.test(href) || !outside(link)) continue;
    const name = handleName(link.textContent);
    if (name) return name;
  }
  return null;
}

/** A trail's separator standing alone between links: ">", "›", "»", "→" (not "/", which joins co-authors). */
const TRAIL_SEPARATOR = /^\s*[>›»→]\s*$/;

/** Whether a link is a step of a breadcrumb trail: a separator alone right before or after it. */
function inTrail(link: DomElement): boolean {
  const beside = (node: DomNode | null, step: (n: DomNode) => DomNode | null): boolean => {
    while (node && !isElement(node) && (node.textContent ?? '').trim() === '') node = step(node);
    return node !== null && TRAIL_SEPARATOR.test(node.textContent ?? '');
  };
  return (
    beside(link.previousSibling, (n) => n.previousSibling) || beside(link.nextSibling, (n) => n.nextSibling)
  );
}

/** The most names read from one element classed as the author's. */
const MAX_CLASSED_NAMES = 4;

/** A user's page on a site: "/u/8c2e5a1f9b34", "/user/jane", Discuz!'s space pages (not "/people/", a government's ministers). */
const USER_PAGE =
  /\/(?:u|user|users|member|members)\/[^/?#]+\/?(?:[?#]|$)|space-uid-\d+|[?&]mod=space&(?:amp;)?uid=\d+/i;

/**
 * The site's own account pages: signing in, registering or joining, a password, and the members'
 * area's terms and help ("/member/agreement.html").
 */
const ACCOUNT_PAGE =
  /\/(?:login|logout|register|join|signin|signup|sign-in|sign-up|password|agreement|terms|privacy|help|faq)\b/i;

/**
 * Regions whose names are another's: a list of related posts, a sidebar or widget, the bar with
 * the reader's own account, a thread of responses.
 */
const OTHER_REGION =
  /(?:^|[\s_-])(?:related|recommend\w*|sidebar|side|widget|topbar|toolbar|userbar|user-?panel|login|account|responses?|feedback|discuss\w*|more|popular|trending)(?:$|[\s_-])/i;

function inOtherRegion(element: DomElement): boolean {
  for (let node: DomElement | null = element; node; node = node.parentElement) {
    if (/^(body|html)$/i.test(node.tagName)) break;
    if (OTHER_REGION.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`))
      return true;
  }
  return false;
}

/**
 * A handle as a page shows it (digits allowed, "老街的猫2012"), or null: a count, a date, a time
 * ago, a button, a call to act ("Share this article", "Create new account").
 */
function handleName(text: string | null | undefined): string | null {
  const name = withoutRoleAfter(nameShaped(text));
  if (!name || /^[\d\s.,/-]+$/.test(name) || isUiWord(name) || EMAIL.test(name)) return null;
  if (dateMentions(name).length > 0 || NOT_A_HANDLE.test(name)) return null;
  // In Latin letters, a name is capitalised words or one handle ("jsmith88"), not a phrase.
  if (!/\p{Script=Han}/u.test(name) && name.includes(' ') && !/^(?:\p{Lu}[\p{L}'’.-]*\s?)+$/u.test(name))
    return null;
  return name;
}

/** A Korean or Japanese reporter's role after the name: "박소영 기자", "김철수 특파원", "中村真理子記者". */
const ROLE_AFTER_NAME =
  /^(\p{Script=Hangul}{2,4}|\p{Script=Han}{2,5})\s*(?:선임기자|객원기자|수습기자|기자|특파원|논설위원|記者|特派員|編集委員)$/u;

/** A name without the role a Korean or Japanese byline sets after it. */
function withoutRoleAfter(name: string | null): string | null {
  return name === null ? null : (ROLE_AFTER_NAME.exec(name)?.[1] ?? name);
}

/** An e-mail address, beside a reporter's name in a byline's box: no name. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** Words that say when or invite an act, never in a handle. */
const NOT_A_HANDLE =
  /\b(?:ago|updated|published|posted|share|follow|create|account|sign|log|read|more|minutes?|hours?|days?|today|yesterday)\b|刚刚|分钟前|小时前|天前|昨天|今天|更新|发布|分享|关注/i;

/** Inside a comment (schema.org Comment, or an element named comment/reply): its author is a reader. */
function inComments(element: DomElement, article: DomElement | null = null): boolean {
  for (let node: DomElement | null = element.parentElement; node; node = node.parentElement) {
    // A question page's leading answer is its article (answer-page.ts), no reply.
    if (node === article) break;
    // The <body>'s classes name the page's state ("showing-comments" on WordPress), no region.
    if (/^(body|html)$/i.test(node.tagName)) break;
    if (/comment|review|answer/i.test(node.getAttribute('itemtype') ?? '')) return true;
    if (COMMENT_LABEL.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`))
      return true;
  }
  return false;
}

/**
 * The author as the page's markup marks them: an element with itemprop="author" (its
 * itemprop="name" when it has one), a rel="author" link, or a link to the author's own page as
 * blogs make them ("?author=102", "/author/jane/"). Only the first such link is read: later ones
 * on a blog page are its categories and archives, filtered by the same author.
 */
function markedAuthor(document: DomDocument, answer: DomElement | null): string | null {
  for (const element of Array.from((answer ?? document).querySelectorAll('[itemprop~="author"]'))) {
    if (/^(meta|link)$/i.test(element.tagName) || inComments(element, answer)) continue;
    const named = element.querySelector('[itemprop~="name"]');
    const name = plausibleName(named?.getAttribute('content') ?? named?.textContent ?? element.textContent);
    if (name) return name;
  }
  for (const link of Array.from(document.querySelectorAll('a[href]'))) {
    const rel = /(^|\s)author(\s|$)/i.test(link.getAttribute('rel') ?? '');
    const authorPage = /[?&]author=[^&#]+|\/author\/[^/?#]+\/?(?:[?#]|$)/i.test(
      link.getAttribute('href') ?? '',
    );
    if ((!rel && !authorPage) || inComments(link)) continue;
    if (clean(link.textContent) === null) continue;
    return plausibleName(link.textContent);
  }
  return null;
}

/** A time of day in UTC: "…T01:47:00Z", "…T01:47:00+00:00". */
const UTC_TIME = /T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i;

/** The day a metadata value names ("2019-10-19T08:00:00+02:00", "19.10.2019"). */
function dayOf(value: string): string | null {
  return findPublishedDate(value) ?? dateMentions(value)[0]?.day ?? null;
}

/**
 * A page's `application-name`, unless it repeats the page's own title or og:title: some sites
 * fill it with each article's headline, which is then no site's name.
 */
function applicationName(document: DomDocument, documentTitle: string): string | null {
  const name = metaContent(document, ['application-name']);
  if (!name) return null;
  const titles = [
    documentTitle,
    ...['og:title', 'twitter:title'].map((k) => metaContent(document, [k]) ?? ''),
  ];
  return titles.some((t) => titleKey(t) === titleKey(name)) ? null : name;
}

function headlineOf(object: Record<string, Json> | null | undefined): string | null {
  return typeof object?.headline === 'string' && clean(object.headline) !== ''
    ? clean(object.headline)
    : null;
}

export function readMetadata(document: DomDocument): PageMetadata {
  const ld = jsonLdObjects(document);
  const answer = leadingAnswer(document);
  const article =
    ld.find((o) => ARTICLE_TYPES.test(typeOf(o)) && (o.headline || o.datePublished || o.author)) ?? null;
  const dated = article?.datePublished ? article : ld.find((o) => typeof o.datePublished === 'string');
  const ldDate = typeof dated?.datePublished === 'string' ? dated.datePublished : null;
  const dateMeta = metaContent(document, [
    'article:published_time',
    'og:published_time',
    'publishdate',
    'pubdate',
    'publish-date',
    'publish_date',
    'datePublished',
    'dc.date.issued',
    'sailthru.date',
    'parsely-pub-date',
    'og:article:published_time',
    'article.published',
    'dcterms.created',
    'dcterms.issued',
    'dc.date.created',
    'citation_publication_date',
    'citation_date',
    'publication_date',
    'publicationdate',
    'originalpublicationdate',
    'publish_time',
    'pdate',
    'datecreated',
    // Chinese portals' own names (Tencent's apub:time, Sina's weibo: article:create_at…), as
    // GeneralNewsExtractor reads them, and the release dates some sites put in og:.
    'rnews:datepublished',
    'og:release_date',
    'article_date_original',
    'og:time',
    'apub:time',
    'pubtime',
    '_pubtime',
    'publishtime',
    'firstpublishedtime',
    'weibo: article:create_at',
    // The day on e-paper pages made by Founder's publishing system (方正).
    'founder-date',
  ]);
  // A bare "date" is as often the day the page was changed: weaker than a time element.
  const genericDateMeta = metaContent(document, ['date', 'dc.date', 'dcterms.date']);
  const timeElement = document.querySelector(
    'time[datetime][pubdate], time[itemprop~="datePublished"], article time[datetime], [itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content]',
  );
  const timeValue = timeElement?.getAttribute('datetime') ?? timeElement?.getAttribute('content') ?? '';
  // A question page's leading answer is dated by its own dateCreated, not the question's.
  const answerDate =
    answer?.querySelector('[itemprop~="dateCreated"][content]')?.getAttribute('content') ?? null;
  const properties = readDocumentProperties(document);
  // An official document is dated by the date it bears (成文日期), not the day a site posted it.
  const specificValue = properties.writtenOn
    ? null
    : ([ldDate, answerDate, dateMeta, timeValue].find((value) => value && dayOf(value)) ?? null);
  const specific = properties.writtenOn || (specificValue && dayOf(specificValue));
  const generic = (genericDateMeta && dayOf(genericDateMeta)) || null;
  const published = specific || generic || properties.postedOn || null;
  const metaAuthor = personalAuthor(
    metaContent(document, [
      'author',
      'article:author',
      'dc.creator',
      'byl',
      'byline',
      'sailthru.author',
      'parsely-author',
      'citation_author',
      'citation_authors',
    ]),
    document,
  );
  const authorCandidates = [
    personName(article?.author),
    metaAuthor,
    properties.issuer,
    markedAuthor(document, answer),
  ].filter((name): name is string => !!name);
  const titleElement = document.querySelector('title') as DomElement | null;
  return {
    documentTitle: clean(titleElement?.textContent),
    // Chinese government sites' own metas (the national standard for their pages: ArticleTitle,
    // SiteName, PubDate) stand in for Open Graph's where a page has none.
    ogTitle: metaContent(document, ['og:title']) ?? metaContent(document, ['ArticleTitle']),
    twitterTitle: metaContent(document, ['twitter:title']),
    // The article's headline, even when a WebPage object that names none comes first.
    jsonLdHeadline:
      headlineOf(article) ?? headlineOf(ld.find((o) => ARTICLE_TYPES.test(typeOf(o)) && headlineOf(o))),
    siteName:
      metaContent(document, ['og:site_name', 'SiteName']) ??
      applicationName(document, titleElement?.textContent ?? '') ??
      (ld.find((o) => /organization/i.test(typeOf(o)) && typeof o.name === 'string')?.name as
        string | undefined) ??
      null,
    author: authorCandidates[0] ?? null,
    authorCandidates,
    classedAuthor: classedAuthor(document),
    publishedAt: published,
    publishedGeneric: !specific && published === generic && generic !== null,
    publishedUtcHour: Number(UTC_TIME.exec(specificValue ?? '')?.[1] ?? NaN),
    description: metaContent(document, ['og:description']) ?? metaContent(document, ['description']),
    answerPage: answer !== null,
    canonicalUrl: clean(document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href')),
    ogUrl: metaContent(document, ['og:url']),
  };
}
