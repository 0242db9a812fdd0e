/**
 * Title robustness on templates Gloss was not written from: each tuning-half page with a title
 * label is rewritten the way other (mostly Chinese) sites build their pages, one kind of change
 * at a time, and the title is checked again, on the HTML path and on the page saved as text.
 *
 *   npm run eval:extract -- --title-variants [CORPUS_DIR…]
 *
 * Every kind but "page as saved" starts from a Chinese site's plain template: og:*, twitter:*
 * and JSON-LD are removed and `<title>` reads "headline_channel_site". The kind then changes one
 * thing: the `<title>`'s shape, the metadata, the markup the headline sits in, or what stands
 * around it (a logo, a channel heading, a breadcrumb, a kicker, a forum's credit, a bare number).
 * Site and channel names are drawn per page from small lists, so no one name is learnt.
 * Held-out pages are never rewritten: they stay the check on pages nobody looked at.
 */
import { importBytes } from '../../src-main/import/import-file';
import {
  type DomDocument,
  type DomElement,
  parseDocument,
  walkElements,
} from '../../src-main/import/html/dom';
import { labelKey } from './headline-label';
import { saveAsText } from './save-as-text';
import { traditional } from './traditional';

const SITES = ['华夏新闻网', '东方日报', '江南都市网', '北方网', '新民晚报', '中华网', '南方在线'];
const CHANNELS = ['国内新闻', '社会', '财经频道', '地方新闻', '文化', '国际'];

/** A page to rewrite: its decoded HTML and its headline label. */
export interface VariantPage {
  corpus: string;
  id: string;
  file: string;
  html: string;
  label: string;
}

interface Names {
  site: string;
  channel: string;
  headline: string;
}

/** One kind of rewrite; `accept` lists the titles that count as right (default: the label). */
export interface VariantKind {
  kind: string;
  /** Starts from the page as saved rather than from the Chinese template. */
  original?: boolean;
  /** Needs the headline's element in the page. */
  needsHeadline?: boolean;
  fileName?: string;
  apply: (doc: DomDocument, headline: DomElement | null, names: Names) => void;
  accept?: (names: Names) => string[];
  /** Rewrites the page's whole HTML once the DOM is written out (its characters, say). */
  transform?: (html: string) => string;
}

function element(
  doc: DomDocument,
  tag: string,
  text: string,
  attrs: Record<string, string> = {},
): DomElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = text;
  return el;
}

function setTitle(doc: DomDocument, text: string | null): void {
  for (const t of Array.from(doc.querySelectorAll('title'))) t.remove();
  if (text !== null) doc.head.insertBefore(element(doc, 'title', text), doc.head.firstChild);
}

function setMeta(doc: DomDocument, property: string, content: string): void {
  doc.head.appendChild(element(doc, 'meta', '', { property, content }));
}

/** The element that shows the headline: a heading first, else the innermost element holding it. */
export function findHeadline(doc: DomDocument, label: string): DomElement | null {
  const key = labelKey(label);
  if (key.length < 2) return null;
  const matches: DomElement[] = [];
  for (const el of walkElements(doc.body)) {
    if (/^(a|script|style|title|option)$/i.test(el.tagName)) continue;
    const k = labelKey(el.textContent ?? '');
    if (k === key) matches.push(el);
  }
  const holds = (outer: DomElement, inner: DomElement) => {
    for (let p = inner.parentElement; p; p = p.parentElement) if (p === outer) return true;
    return false;
  };
  const innermost = matches.filter((el) => !matches.some((o) => o !== el && holds(el, o)));
  return innermost.find((el) => /^h[1-6]$/i.test(el.tagName)) ?? innermost[0] ?? null;
}

/** Put `nodes` in the headline's place. */
function replaceHeadline(headline: DomElement | null, ...nodes: DomElement[]): void {
  headline?.replaceWith(...nodes);
}

function before(headline: DomElement | null, node: DomElement): void {
  headline?.parentNode?.insertBefore(node, headline);
}

function after(headline: DomElement | null, node: DomElement): void {
  headline?.parentNode?.insertBefore(node, headline.nextSibling);
}

/** Rewrite the headline's text where it shows (the page and the `<title>` alike). */
function reword(doc: DomDocument, headline: DomElement | null, text: string): void {
  if (headline) headline.textContent = text;
}

const withSuffix =
  (suffix: string): VariantKind['apply'] =>
  (doc, headline, n) => {
    reword(doc, headline, n.headline + suffix);
    setTitle(doc, `${n.headline}${suffix}_${n.channel}_${n.site}`);
  };

const title =
  (shape: (n: Names) => string | null): VariantKind['apply'] =>
  (doc, _h, n) =>
    setTitle(doc, shape(n));

export const VARIANT_KINDS: VariantKind[] = [
  { kind: 'page as saved', original: true, apply: () => {} },
  {
    kind: 'page as saved, in Traditional characters',
    original: true,
    apply: () => {},
    transform: traditional,
    accept: (n) => [traditional(n.headline)],
  },
  {
    kind: 'template, in Traditional characters',
    apply: () => {},
    transform: traditional,
    accept: (n) => [traditional(n.headline)],
  },
  { kind: 'template: <title> headline_channel_site, no og/JSON-LD', apply: () => {} },
  { kind: '<title> headline - site', apply: title((n) => `${n.headline} - ${n.site}`) },
  { kind: '<title> headline|site', apply: title((n) => `${n.headline}|${n.site}`) },
  { kind: '<title> site - headline', apply: title((n) => `${n.site} - ${n.headline}`) },
  { kind: '<title> headline--site--channel', apply: title((n) => `${n.headline}--${n.site}--${n.channel}`) },
  { kind: '<title> headline——site', apply: title((n) => `${n.headline}——${n.site}`) },
  { kind: '<title> headline｜site', apply: title((n) => `${n.headline}｜${n.site}`) },
  { kind: '<title> headline：site', apply: title((n) => `${n.headline}：${n.site}`) },
  { kind: '<title> headline·site', apply: title((n) => `${n.headline}·${n.site}`) },
  {
    kind: '<title> headline - channel - site - tagline',
    apply: title((n) => `${n.headline} - ${n.channel} - ${n.site} - 中国最具影响力的新闻门户`),
  },
  { kind: '<title> headline(site)', apply: title((n) => `${n.headline}(${n.site})`) },
  { kind: '<title> headline_site官方网站', apply: title((n) => `${n.headline}_${n.site}官方网站`) },
  { kind: '<title> site：headline', apply: title((n) => `${n.site}：${n.headline}`) },
  {
    kind: '<title> site（channel）——headline',
    apply: title((n) => `${n.site}（${n.channel}）——${n.headline}`),
  },
  { kind: '<title> only the site', apply: title((n) => n.site) },
  { kind: 'no <title>', apply: title(() => null) },
  {
    kind: 'og:title + og:site_name',
    apply: (doc, _h, n) => {
      setMeta(doc, 'og:title', n.headline);
      setMeta(doc, 'og:site_name', n.site);
    },
  },
  { kind: 'og:site_name only', apply: (doc, _h, n) => setMeta(doc, 'og:site_name', n.site) },
  {
    kind: 'og:title only, <title> only the site',
    apply: (doc, _h, n) => {
      setMeta(doc, 'og:title', n.headline);
      setTitle(doc, n.site);
    },
  },
  {
    kind: 'site-logo h1 at the top',
    apply: (doc, _h, n) => {
      const logo = element(doc, 'h1', '', { class: 'logo' });
      logo.appendChild(element(doc, 'a', n.site, { href: '/' }));
      doc.body.insertBefore(logo, doc.body.firstChild);
    },
  },
  {
    kind: 'channel h2 above the headline',
    needsHeadline: true,
    apply: (doc, h, n) => before(h, element(doc, 'h2', n.channel, { class: 'channel' })),
  },
  {
    kind: 'breadcrumb above the headline',
    needsHeadline: true,
    apply: (doc, h, n) => {
      const crumb = element(doc, 'div', '', { class: 'crumb' });
      crumb.appendChild(doc.createTextNode('您现在的位置：'));
      crumb.appendChild(element(doc, 'a', '首页', { href: '/' }));
      crumb.appendChild(doc.createTextNode(' > '));
      crumb.appendChild(element(doc, 'a', n.channel, { href: '/news/' }));
      crumb.appendChild(doc.createTextNode(' > 正文'));
      before(h, crumb);
    },
  },
  {
    kind: 'headline in div.title',
    needsHeadline: true,
    apply: (doc, h, n) => replaceHeadline(h, element(doc, 'div', n.headline, { class: 'title' })),
  },
  {
    kind: 'headline in td > strong',
    needsHeadline: true,
    apply: (doc, h, n) => {
      const table = element(doc, 'table', '');
      const row = element(doc, 'tr', '');
      const cell = element(doc, 'td', '', { align: 'center' });
      cell.appendChild(element(doc, 'strong', n.headline));
      row.appendChild(cell);
      table.appendChild(row);
      replaceHeadline(h, table);
    },
  },
  {
    kind: 'headline in font size=5',
    needsHeadline: true,
    apply: (doc, h, n) => {
      const center = element(doc, 'center', '');
      center.appendChild(element(doc, 'font', n.headline, { size: '5' }));
      replaceHeadline(h, center);
    },
  },
  {
    kind: 'headline in p > b',
    needsHeadline: true,
    apply: (doc, h, n) => {
      const p = element(doc, 'p', '');
      p.appendChild(element(doc, 'b', n.headline));
      replaceHeadline(h, p);
    },
  },
  {
    kind: 'kicker (引题) above the headline',
    needsHeadline: true,
    apply: (doc, h) => before(h, element(doc, 'div', '聚焦基层治理新变化', { class: 'yinti' })),
  },
  {
    kind: 'subtitle (副题) below the headline',
    needsHeadline: true,
    apply: (doc, h) => after(h, element(doc, 'h2', '——来自一线的调查报告', { class: 'futi' })),
  },
  {
    kind: 'headline + (图)',
    needsHeadline: true,
    apply: withSuffix('(图)'),
    accept: (n) => [n.headline, `${n.headline}(图)`],
  },
  {
    kind: 'headline + （组图）',
    needsHeadline: true,
    apply: withSuffix('（组图）'),
    accept: (n) => [n.headline, `${n.headline}（组图）`],
  },
  {
    kind: '【独家】 + headline',
    needsHeadline: true,
    apply: (doc, h, n) => {
      reword(doc, h, `【独家】${n.headline}`);
      setTitle(doc, `【独家】${n.headline}_${n.channel}_${n.site}`);
    },
    accept: (n) => [n.headline, `【独家】${n.headline}`],
  },
  {
    kind: 'forum: <title> … - Powered by Discuz!, credit line',
    apply: (doc, _h, n) => {
      setTitle(doc, `${n.headline} - ${n.channel} - ${n.site}论坛 - Powered by Discuz!`);
      doc.body.insertBefore(
        element(doc, 'div', 'Powered by Discuz! X3.4', { class: 'credit' }),
        doc.body.firstChild,
      );
      doc.body.appendChild(element(doc, 'p', 'Powered by Discuz! X3.4 © 2001-2017 Comsenz Inc.'));
    },
  },
  {
    kind: 'a bare number above the headline',
    needsHeadline: true,
    apply: (doc, h) => before(h, element(doc, 'h3', '1', { class: 'floor' })),
  },
  { kind: '<title> headline丨site', apply: title((n) => `${n.headline}丨${n.site}`) },
  {
    kind: '<title> headline cut short…_site',
    apply: title(
      (n) =>
        `${Array.from(n.headline)
          .slice(0, Math.ceil(0.6 * Array.from(n.headline).length))
          .join('')}..._${n.site}`,
    ),
  },
  {
    kind: 'og:title that is the site, <title> only the site',
    apply: (doc, _h, n) => {
      setMeta(doc, 'og:title', n.site);
      setTitle(doc, n.site);
    },
  },
  {
    kind: 'date and source line above the headline',
    needsHeadline: true,
    apply: (doc, h, n) =>
      before(h, element(doc, 'div', `2021-06-18 10:25  来源：${n.site}`, { class: 'info' })),
  },
  {
    kind: 'share bar below the headline',
    needsHeadline: true,
    apply: (doc, h) => {
      const bar = element(doc, 'div', '', { class: 'share' });
      for (const label of ['分享到：', '微信', '微博', 'QQ空间', '官方微信平台'])
        bar.appendChild(element(doc, 'p', label));
      after(h, bar);
    },
  },
  {
    kind: 'related headlines listed above the headline',
    needsHeadline: true,
    apply: (doc, h) => {
      const list = element(doc, 'ul', '', { class: 'related' });
      for (const text of [
        '全省春耕备耕工作有序推进',
        '多地出台新政稳定房地产市场',
        '这个夏天，城市夜经济火了',
        '暴雨过后，救援力量连夜集结',
      ]) {
        const item = element(doc, 'li', '');
        item.appendChild(element(doc, 'a', text, { href: '/news/other.html' }));
        list.appendChild(item);
      }
      before(h, list);
    },
  },
  {
    kind: 'no <title>, headline in div, file name content_1234567.htm',
    needsHeadline: true,
    fileName: 'content_1234567.htm',
    apply: (doc, h, n) => {
      setTitle(doc, null);
      replaceHeadline(h, element(doc, 'div', n.headline, { class: 'bt' }));
    },
  },
];

/** The Chinese template every kind but the first starts from. */
function chineseTemplate(doc: DomDocument, names: Names): void {
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (/^(og:|twitter:|application-name$|title$)/.test(key)) meta.remove();
  }
  for (const script of Array.from(doc.querySelectorAll('script'))) script.remove();
  setTitle(doc, `${names.headline}_${names.channel}_${names.site}`);
}

/** The rewritten page as UTF-8 bytes, with a charset that says so; null when it cannot apply. */
export function rewritePage(page: VariantPage, kind: VariantKind, index: number): Uint8Array | null {
  const doc = parseDocument(page.html);
  const names: Names = {
    site: SITES[index % SITES.length],
    channel: CHANNELS[index % CHANNELS.length],
    headline: page.label.replace(/\s+/g, ' ').trim(),
  };
  const headline = findHeadline(doc, page.label);
  if (kind.needsHeadline && !headline) return null;
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    if (meta.hasAttribute('charset') || /content-type/i.test(meta.getAttribute('http-equiv') ?? ''))
      meta.remove();
  }
  if (!kind.original) chineseTemplate(doc, names);
  kind.apply(doc, headline, names);
  doc.head.insertBefore(element(doc, 'meta', '', { charset: 'utf-8' }), doc.head.firstChild);
  const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  return new TextEncoder().encode(kind.transform ? kind.transform(html) : html);
}

function same(got: string | null, want: string[]): boolean {
  const key = (t: string) => t.replace(/\s+/gu, '').normalize('NFKC');
  return got !== null && want.some((w) => key(w) === key(got));
}

export interface VariantRow {
  kind: string;
  pages: number;
  html: number;
  asText: number;
}

/** Each kind over every page: how many keep the right title, on the HTML path and as text. */
export function runVariants(pages: VariantPage[], kinds = VARIANT_KINDS): VariantRow[] {
  return kinds.map((kind) => {
    const row: VariantRow = { kind: kind.kind, pages: 0, html: 0, asText: 0 };
    pages.forEach((page, index) => {
      const bytes = rewritePage(page, kind, index);
      if (!bytes) return;
      const headline = page.label.replace(/\s+/g, ' ').trim();
      const accepted = kind.accept?.({ site: '', channel: '', headline }) ?? [headline];
      const fileName = kind.fileName ?? page.file.replace(/\.gz$/, '');
      const html = importBytes(bytes, fileName);
      const text = saveAsText(new TextDecoder().decode(bytes));
      const plain = importBytes(new TextEncoder().encode(text), fileName.replace(/\.\w+$/, '.txt'));
      row.pages++;
      if (html.ok && same(html.article.title, accepted)) row.html++;
      if (plain.ok && same(plain.article.title, accepted)) row.asText++;
    });
    return row;
  });
}

export function formatVariants(rows: VariantRow[], heading: string): string[] {
  const pct = (n: number, of: number) => (of === 0 ? '–' : `${n}/${of} (${((100 * n) / of).toFixed(0)} %)`);
  return [
    heading,
    '| variant | pages | title (HTML) | title as text |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.kind} | ${r.pages} | ${pct(r.html, r.pages)} | ${pct(r.asText, r.pages)} |`),
  ];
}
