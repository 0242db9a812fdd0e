/**
 * The title evaluation's tools: the variant rewriter changes one thing of a page's template and
 * keeps the headline findable, and the misses listing never shows a held-out page.
 */
import { describe, expect, it } from 'vitest';
import type { PageResult } from '../../tools/eval-extract';
import { formatTitleMisses } from '../../tools/eval/title-misses';
import { VARIANT_KINDS, findHeadline, rewritePage } from '../../tools/eval/title-variants';
import { parseDocument } from '../../src-main/import/html/dom';

const page = {
  corpus: 'test',
  id: 'p1',
  file: 'p1.html',
  label: '土豆不土 土豆无土',
  html:
    '<html><head><meta charset="gbk"><title>土豆不土 土豆无土 - 光明网</title>' +
    '<meta property="og:title" content="土豆不土 土豆无土"></head>' +
    '<body><div><h1>土豆不土 土豆无土</h1><p>土豆，听名字就土得掉渣。</p></div></body></html>',
};

const kind = (name: string) => {
  const found = VARIANT_KINDS.find((k) => k.kind === name);
  if (!found) throw new Error(name);
  return found;
};

const rewritten = (name: string) =>
  parseDocument(new TextDecoder().decode(rewritePage(page, kind(name), 0) ?? new Uint8Array()));

describe('title variants', () => {
  it('starts from the Chinese template: no og:title, "headline_channel_site", UTF-8', () => {
    const doc = rewritten('template: <title> headline_channel_site, no og/JSON-LD');
    expect(doc.querySelector('title')?.textContent).toBe('土豆不土 土豆无土_国内新闻_华夏新闻网');
    expect(doc.querySelector('meta[property="og:title"]')).toBeNull();
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
  });

  it('moves the headline into other markup and puts furniture above it', () => {
    const moved = rewritten('headline in td > strong');
    expect(moved.querySelector('h1')).toBeNull();
    expect(moved.querySelector('td > strong')?.textContent).toBe('土豆不土 土豆无土');
    const withCrumb = rewritten('breadcrumb above the headline');
    const crumb = withCrumb.querySelector('div.crumb');
    expect(crumb?.textContent).toContain('首页 > 国内新闻 > 正文');
    expect(crumb?.nextSibling).toBe(withCrumb.querySelector('h1'));
  });

  it('finds the headline’s innermost element, and none when the page does not show it', () => {
    expect(findHeadline(parseDocument(page.html), page.label)?.tagName.toLowerCase()).toBe('h1');
    expect(findHeadline(parseDocument(page.html), '别的标题')).toBeNull();
    expect(rewritePage({ ...page, label: '别的标题' }, kind('headline in p > b'), 0)).toBeNull();
  });

  it('lists wrong titles of the tuning half only', () => {
    const result = (id: string, half: PageResult['half']): PageResult => ({
      id,
      half,
      gloss: { title: false },
      readability: {},
      titles: { label: 'Label', html: 'Wrong', asText: null },
    });
    const lines = formatTitleMisses('c', [result('seen', 'tuning'), result('unseen', 'held-out')]);
    expect(lines.join('\n')).toContain('seen');
    expect(lines.join('\n')).not.toContain('unseen');
  });
});
