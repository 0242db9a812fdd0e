/** The extraction evaluation's scoring: bigram F1, author and date matching, corpus layouts. */
import path from 'node:path';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  authorMatches,
  bigramScore,
  dateMatches,
  evaluate,
  formatHalves,
  lawTitleOf,
  loadCorpus,
  markdownAsText,
  inTraditional,
} from '../../tools/eval-extract';
import { headlineLabel } from '../../tools/eval/headline-label';
import { halfOf } from '../../tools/eval/halves';
import { saveAsText } from '../../tools/eval/save-as-text';

describe('bigramScore', () => {
  it('scores identical text 1 and ignores white space', () => {
    expect(bigramScore('今天 天气\n好', '今天天气好').f1).toBe(1);
  });

  it('computes precision and recall on multisets of character pairs', () => {
    // "abcd" → ab bc cd; "abce" → ab bc ce: 2 shared of 3 each.
    const s = bigramScore('abcd', 'abce');
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    // "aaaa" has aa×3; truth "aa" has aa×1: precision 1/3, recall 1.
    const m = bigramScore('aaaa', 'aa');
    expect(m.precision).toBeCloseTo(1 / 3);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo(0.5);
  });

  it('gives 0 for an empty extraction', () => {
    expect(bigramScore('', '正文').f1).toBe(0);
  });
});

describe('author and date', () => {
  it('needs every ground-truth name in the byline', () => {
    expect(authorMatches('记者 王建宏 张文攀', '王建宏 张文攀')).toBe(true);
    expect(authorMatches('王建宏', '王建宏 张文攀')).toBe(false);
    expect(authorMatches(null, '王建宏')).toBe(false);
  });

  it('compares full days and does not score month-only truth', () => {
    expect(dateMatches('2005-05-07', '2005-5-7 21:23:57')).toBe(true);
    expect(dateMatches('2005-05-08', '2005-5-7')).toBe(false);
    expect(dateMatches('1998-03-01', '1998-3')).toBe(false);
  });
});

describe('loadCorpus', () => {
  const corpora = path.resolve(__dirname, '../..', '../shared/corpora');
  it.skipIf(!existsSync(corpora))(
    'recognises the four layouts (skipped when ../shared/corpora is absent)',
    () => {
      expect(loadCorpus(path.join(corpora, 'cwced-dev')).layout).toBe('cwced');
      expect(loadCorpus(path.join(corpora, 'scrapinghub-aeb')).pages.length).toBe(181);
      expect(loadCorpus(path.join(corpora, 'trafilatura-eval-cjk')).layout).toBe('trafilatura');
      expect(loadCorpus(path.join(corpora, 'htmldate-dev')).pages.length).toBe(304);
      expect(loadCorpus(path.join(corpora, 'lawrefbook-sample')).layout).toBe('lawrefbook');
    },
  );
});

describe('title labels for corpora that ship none', () => {
  const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

  it('labels the h1 that og:title, twitter:title, the JSON-LD headline or the whole <title> repeats', () => {
    expect(
      headlineLabel(page('<meta property="og:title" content="Rain at last">', '<h1>Rain  at last</h1>')),
    ).toBe('Rain at last');
    expect(
      headlineLabel(page('<meta name="twitter:title" content="Rain, at last!">', '<h1>Rain at last</h1>')),
    ).toBe('Rain at last');
    expect(
      headlineLabel(
        page(
          '<script type="application/ld+json">{"@graph":[{"headline":"雨终于来了"}]}</script>',
          '<h1>雨终于来了</h1>',
        ),
      ),
    ).toBe('雨终于来了');
    expect(headlineLabel(page('<title>雨终于来了</title>', '<h1>雨终于来了</h1>'))).toBe('雨终于来了');
  });

  it('gives no label when nothing confirms the h1, when it is the site name, or when two h1s are confirmed', () => {
    expect(headlineLabel(page('<title>Rain at last | Daily</title>', '<h1>Rain at last</h1>'))).toBeNull();
    expect(
      headlineLabel(
        page(
          '<meta property="og:site_name" content="Daily News"><title>Daily News</title>',
          '<h1>Daily News</h1>',
        ),
      ),
    ).toBeNull();
    expect(
      headlineLabel(
        page(
          '<meta property="og:title" content="Rain at last"><title>Sun again</title>',
          '<h1>Rain at last</h1><h1>Sun again</h1>',
        ),
      ),
    ).toBeNull();
  });

  it('labels a statute with its heading when the file name confirms it, and reads Markdown as text', () => {
    const md = '# 中华人民共和国船员条例\n\n2007年4月14日 公布\n\n<!-- INFO END -->\n\n## 第一章 总则\n';
    expect(lawTitleOf('行政法规__船员条例(2023-07-20).md', md)).toBe('中华人民共和国船员条例');
    expect(lawTitleOf('行政法规__海关条例(2023-07-20).md', md)).toBeUndefined();
    expect(markdownAsText(md)).toBe('中华人民共和国船员条例\n\n2007年4月14日 公布\n\n\n第一章 总则\n');
  });
});

describe('halves and pages saved as text', () => {
  it('puts a file in the same half every time, and splits names roughly evenly', () => {
    expect(halfOf('a.html')).toBe(halfOf('a.html'));
    const names = Array.from({ length: 200 }, (_, i) => `page-${i}.html`);
    const tuning = names.filter((n) => halfOf(n) === 'tuning').length;
    expect(tuning).toBeGreaterThan(70);
    expect(tuning).toBeLessThan(130);
  });

  it('saves the visible text with a line break at each block, inline links run into their line', () => {
    const text = saveAsText(
      '<html><head><title>T</title><style>p{}</style></head><body><div>首页 <a href="/">新闻</a></div>' +
        '<p>第一段<b>加粗</b>文字。</p><script>x()</script><p hidden>藏</p><ul><li>甲</li><li>乙</li></ul></body></html>',
    );
    expect(text.split('\n').filter((l) => l !== '')).toEqual([
      'T',
      '首页 新闻',
      '第一段加粗文字。',
      '甲',
      '乙',
    ]);
  });

  it('scores the byline and date the plain-text extractor finds in the page saved as text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gloss-eval-'));
    mkdirSync(path.join(dir, 'html'));
    const body = '<p>' + 'Der Verein traf sich am Abend in der Halle und sprach lange. '.repeat(12) + '</p>';
    // Metadata alone dates one page; the other writes its date under the title, as text keeps it.
    writeFileSync(
      path.join(dir, 'html', 'meta.html'),
      `<html><head><title>Ein Titel</title><meta property="article:published_time" content="2021-03-04"></head><body><h1>Ein Titel</h1>${body}</body></html>`,
    );
    writeFileSync(
      path.join(dir, 'html', 'text.html'),
      `<html><head><title>Ein Titel</title></head><body><h1>Ein Titel</h1><p>2021-03-04</p>${body}</body></html>`,
    );
    const labels = { 'meta.html': { date: '2021-03-04' }, 'text.html': { date: '2021-03-04' } };
    writeFileSync(path.join(dir, 'dates.json'), JSON.stringify(labels));
    const result = evaluate(dir);
    const byId = Object.fromEntries(result.pages.map((p) => [p.id, p]));
    expect(byId.meta.gloss.date).toBe(true);
    expect(byId.meta.asText?.date).toBe(false);
    expect(byId.text.asText?.date).toBe(true);
    expect(formatHalves(result)[0]).toContain('| author as text | date as text |');
  });
});

describe('pages in Traditional characters (--traditional)', () => {
  it('converts the page and its labels, and says the page is UTF-8', () => {
    const gbk = new Uint8Array([0xb9, 0xfa, 0xbc, 0xd2]); // 国家 in GBK
    const head = new TextEncoder().encode('<html><head><meta charset="gb2312"><title>');
    const tail = new TextEncoder().encode('</title></head><body></body></html>');
    const page = inTraditional({
      id: 'p',
      file: 'p.html',
      half: 'tuning',
      load: () => new Uint8Array([...head, ...gbk, ...tail]),
      body: '国家发展',
      title: '国家',
      author: '记者',
      date: '2012-03-04',
    });
    const html = new TextDecoder().decode(page.load());
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>國家</title>');
    expect([page.body, page.title, page.author, page.date]).toEqual([
      '國家發展',
      '國家',
      '記者',
      '2012-03-04',
    ]);
  });
});
