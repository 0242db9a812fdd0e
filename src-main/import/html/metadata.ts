/**
 * What a page says about itself in its markup: <title>, Open Graph, article:published_time,
 * JSON-LD (headline, author, datePublished), <meta name="author"> and the date metas
 * (publishdate, pubdate, PubDate, date). Read from the page as parsed, before sanitizing.
 */
import { findPublishedDate } from '../published-date';
import type { DomDocument, DomElement } from './dom';

export interface PageMetadata {
  /** Text of <title>. */
  documentTitle: string | null;
  ogTitle: string | null;
  jsonLdHeadline: string | null;
  siteName: string | null;
  author: string | null;
  /** `YYYY-MM-DD`. */
  publishedAt: string | null;
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
  if (value && typeof value === 'object') return personName(value.name);
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

export function readMetadata(document: DomDocument): PageMetadata {
  const ld = jsonLdObjects(document);
  const article =
    ld.find((o) => ARTICLE_TYPES.test(typeOf(o)) && (o.headline || o.datePublished || o.author)) ?? null;
  const ldDate = typeof article?.datePublished === 'string' ? article.datePublished : null;
  const dateMeta = metaContent(document, [
    'article:published_time',
    'og:published_time',
    'publishdate',
    'pubdate',
    'publish-date',
    'publish_date',
    'datePublished',
    'date',
    'dc.date',
    'dc.date.issued',
    'sailthru.date',
    'parsely-pub-date',
  ]);
  const timeElement = document.querySelector('time[datetime][pubdate], article time[datetime]');
  const published =
    (ldDate && findPublishedDate(ldDate)) ||
    (dateMeta && findPublishedDate(dateMeta)) ||
    findPublishedDate(timeElement?.getAttribute('datetime') ?? '') ||
    null;
  const metaAuthor = metaContent(document, [
    'author',
    'article:author',
    'dc.creator',
    'byl',
    'sailthru.author',
    'parsely-author',
  ]);
  const titleElement = document.querySelector('title') as DomElement | null;
  return {
    documentTitle: clean(titleElement?.textContent),
    ogTitle: metaContent(document, ['og:title', 'twitter:title']),
    jsonLdHeadline: typeof article?.headline === 'string' ? clean(article.headline) : null,
    siteName:
      metaContent(document, ['og:site_name', 'application-name']) ??
      (ld.find((o) => /organization/i.test(typeOf(o)) && typeof o.name === 'string')?.name as
        string | undefined) ??
      null,
    author: personName(article?.author) ?? (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : null),
    publishedAt: published,
  };
}
