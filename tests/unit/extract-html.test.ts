/** HTML extraction: metadata conventions, title cleanup, sanitizing, removed text, hostile pages. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';
import { importBytes } from '../../src-main/import/import-file';
import { factsOfLine, isMetaLine } from '../../src-main/import/html/chinese-conventions';
import { purifyFragment } from '../../src-main/import/html/sanitize';
import { stripSiteName } from '../../src-main/import/html/title';

const PARAGRAPHS = [
  '春节刚过，西吉县的种薯繁育中心里一片忙碌，技术人员正在无菌室里查看一排排脱毒苗的长势，温室里恒温恒湿，秧苗翠绿。',
  '在西海固，土豆一直扮演着救命蛋的角色，如今经过精深加工，变成了方便粉丝和薯片，成为当地群众增收致富的重要产业。',
  '县里的负责人介绍，全县土豆种植面积已达六十多万亩，种薯除满足当地需求外，还销往国内其他省区，带动了上万农户。',
  '专家认为，依靠科技提升种薯质量，是当地土豆产业持续发展的关键，下一步还将建设更多智能温室和储藏设施。',
];

function page(head: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function article(extra = ''): string {
  return `<article><h1>土豆不土 土豆无土</h1>${extra}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
}

function allText(result: ReturnType<typeof extractHtml>): string {
  return [
    ...result.blocks.map((b) => b.text),
    ...result.removed.map((r) => r.text),
    ...(result.images ?? []).map((i) => i.alt),
  ].join('\n');
}

describe('metadata', () => {
  it('reads Open Graph title, site name and article:published_time', () => {
    const r = extractHtml(
      page(
        '<title>Ignored - Site</title><meta property="og:title" content="土豆不土 土豆无土"><meta property="og:site_name" content="光明网"><meta property="article:published_time" content="2022-02-13T09:57:00+08:00">',
        article(),
      ),
      { fileName: 'a.html' },
    );
    expect(r.title).toBe('土豆不土 土豆无土');
    expect(r.siteName).toBe('光明网');
    expect(r.publishedAt).toBe('2022-02-13');
  });

  it('reads JSON-LD headline, author and datePublished', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A headline',
      datePublished: '2021-03-04T10:00:00Z',
      author: [{ '@type': 'Person', name: 'Jane Roe' }],
    });
    const r = extractHtml(
      page(
        `<title>A headline | The Paper</title><script type="application/ld+json">${ld}</script>`,
        article(),
      ),
      { fileName: 'a.html' },
    );
    expect(r.byline).toBe('Jane Roe');
    expect(r.publishedAt).toBe('2021-03-04');
  });

  it('takes tags quoted inside JSON-LD (an articleBody with <body><p>) for text, not for the page', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'A headline',
      datePublished: '2021-03-04T10:00:00Z',
      author: { '@type': 'Person', name: 'Jane Roe' },
      articleBody: '<body><p>Only a copy of the article.</p></body>',
    });
    const r = extractHtml(page(`<script type="application/ld+json">${ld}</script>`, article()), {
      fileName: 'a.html',
    });
    expect(r.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(PARAGRAPHS));
    expect(r.byline).toBe('Jane Roe');
    expect(r.publishedAt).toBe('2021-03-04');
  });

  it('reads <meta name="author"> and the date metas', () => {
    for (const name of ['publishdate', 'pubdate', 'PubDate', 'date']) {
      const r = extractHtml(
        page(`<meta name="author" content="张三"><meta name="${name}" content="2020-01-02">`, article()),
        { fileName: 'a.html' },
      );
      expect(r.publishedAt, name).toBe('2020-01-02');
      expect(r.byline).toBe('张三');
    }
  });

  it('reads 来源, 作者 and 发布时间 written under the title', () => {
    const r = extractHtml(
      page(
        '<title>土豆不土 土豆无土_新浪网</title>',
        article('<div>发布时间：2022-01-17 10:00 来源：光明日报 作者：王建宏</div>'),
      ),
      { fileName: 'a.html' },
    );
    expect(r.publishedAt).toBe('2022-01-17');
    expect(r.byline).toBe('王建宏');
    expect(r.siteName).toBe('光明日报');
    expect(r.blocks.map((b) => b.text).join('')).not.toContain('发布时间');
    expect(r.removed.some((x) => x.text.includes('发布时间'))).toBe(true);
  });

  it('reads a bare date and time beside the title, and 时间:', () => {
    expect(
      extractHtml(page('', article('<p>2022-01-17 10:00</p>')), { fileName: 'a.html' }).publishedAt,
    ).toBe('2022-01-17');
    expect(
      extractHtml(page('', article('<p>时间：2021年5月6日</p>')), { fileName: 'a.html' }).publishedAt,
    ).toBe('2021-05-06');
  });

  it('knows the press conventions for bylines', () => {
    expect(factsOfLine('光明日报记者 王建宏 张文攀').author).toBe('王建宏 张文攀');
    expect(factsOfLine('（记者 胡晓蓉） 责任编辑：孙重远').author).toBe('胡晓蓉');
    expect(factsOfLine('编辑：山石').author).toBe('山石');
    expect(factsOfLine('（姚峰 上海报道）').author).toBe('姚峰');
    expect(factsOfLine('他说记者经历了近十年的采访').author).toBeNull();
    expect(isMetaLine('2005-04-05 06:40更新 来源：转载文章')).toBe(true);
    expect(
      isMetaLine(
        '央广网北京2月13日消息 据中央广播电视总台中国之声报道，中央军委日前发布命令，自2022年2月10日起施行。',
      ),
    ).toBe(false);
  });
});

describe('title', () => {
  it('strips site suffixes', () => {
    expect(stripSiteName('武汉的声音：有英勇的你 - 新华网')).toBe('武汉的声音：有英勇的你');
    expect(stripSiteName('投身外交(3)_读书频道_新浪网')).toBe('投身外交(3)');
    expect(stripSiteName('How we built it | Example Site')).toBe('How we built it');
  });

  it('prefers the page heading the <title> confirms', () => {
    const r = extractHtml(page('<title>土豆不土 土豆无土 - 新华网</title>', `<h1>新华网</h1>${article()}`), {
      fileName: 'a.html',
    });
    expect(r.title).toBe('土豆不土 土豆无土');
    expect(r.blocks[0].text).not.toBe('土豆不土 土豆无土');
  });
});

describe('sanitizing', () => {
  const hostile = article(
    '<script>stealCookies("SCRIPT-TEXT")</script><style>.x{content:"STYLE-TEXT"}</style>' +
      '<iframe src="https://evil.example">IFRAME-TEXT</iframe><img src="https://cdn.example/p.jpg" alt="a photo" onerror="ONERROR-TEXT()">' +
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">' +
      '<form action="/x"><input value="INPUT-TEXT"><button>BUTTON-TEXT</button><select><option>OPTION-TEXT</option></select><textarea>TEXTAREA-TEXT</textarea></form>' +
      '<p onclick="CLICK-TEXT()">点击这一段也不会运行任何代码，这一段本身是正文的一部分，并且足够长，可以留在文章里。</p>',
  );

  it('keeps nothing of scripts, styles, iframes, handlers or form controls', () => {
    const r = extractHtml(page('<script>HEAD-SCRIPT</script>', hostile), { fileName: 'a.html' });
    const text = allText(r);
    for (const marker of [
      'SCRIPT-TEXT',
      'STYLE-TEXT',
      'IFRAME-TEXT',
      'ONERROR-TEXT',
      'INPUT-TEXT',
      'BUTTON-TEXT',
      'OPTION-TEXT',
      'TEXTAREA-TEXT',
      'CLICK-TEXT',
      'HEAD-SCRIPT',
    ]) {
      expect(text, marker).not.toContain(marker);
    }
    expect(r.blocks.some((b) => b.text.startsWith('点击这一段'))).toBe(true);
  });

  it('turns remote images into placeholders and keeps data: images', () => {
    const r = extractHtml(page('', hostile), { fileName: 'a.html' });
    expect(r.images).toContainEqual(expect.objectContaining({ src: null, alt: 'a photo' }));
    expect(r.images).toContainEqual(
      expect.objectContaining({ src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'inline' }),
    );
  });

  it('keeps a page that sits inside one <form> (ASP.NET)', () => {
    const r = extractHtml(page('', `<form id="aspnetForm">${article()}</form>`), { fileName: 'a.html' });
    expect(r.blocks.map((b) => b.text)).toContain(PARAGRAPHS[0]);
  });

  it('runs DOMPurify on Readability output', () => {
    const out = purifyFragment(
      '<p>ok</p><img src=x onerror="alert(1)"><script>alert(2)</script><iframe src="y"></iframe><a href="javascript:alert(3)">l</a>',
    );
    expect(out).toContain('<p>ok</p>');
    expect(out).not.toMatch(/onerror|<script|<iframe|javascript:/i);
  });
});

describe('blocks and removed text', () => {
  it('makes headings, list items, quotes and code', () => {
    const r = extractHtml(
      page(
        '',
        article(
          '<h2>小标题</h2><ul><li>第一项内容</li><li>第二项内容</li></ul><blockquote>引用的一句话</blockquote><pre>let x = 1;\nlet y = 2;</pre>',
        ),
      ),
      { fileName: 'a.html' },
    );
    expect(r.blocks).toContainEqual({ kind: 'heading', level: 2, text: '小标题' });
    expect(r.blocks).toContainEqual({ kind: 'list-item', text: '第一项内容' });
    expect(r.blocks).toContainEqual({ kind: 'quote', text: '引用的一句话' });
    expect(r.blocks).toContainEqual({ kind: 'code', text: 'let x = 1;\nlet y = 2;' });
  });

  it('splits <br>-separated paragraphs inside one div', () => {
    const r = extractHtml(page('', `<div class="content">${PARAGRAPHS.join('<br><br>')}</div>`), {
      fileName: 'a.html',
    });
    for (const p of PARAGRAPHS) expect(r.blocks.map((b) => b.text)).toContain(p);
  });

  it('keeps navigation and footer text in removed, in order, merged into runs', () => {
    const nav = `<nav>${Array.from({ length: 30 }, (_, i) => `<a href="/c${i}">栏目${i}</a>`).join(' ')}</nav>`;
    const footer = '<footer><p>关于我们</p><p>联系我们</p><p>版权所有 © 2022 某某网</p></footer>';
    const r = extractHtml(page('', `${nav}${article()}${footer}`), { fileName: 'a.html' });
    const navigation = r.removed.find((x) => x.text.includes('栏目0'));
    const foot = r.removed.find((x) => x.text.includes('联系我们'));
    expect(navigation?.reason).toBe('navigation');
    expect(navigation?.beforeBlock).toBe(0);
    expect(navigation?.text).toContain('栏目29');
    expect(foot?.reason).toBe('footer');
    expect(foot?.beforeBlock).toBe(r.blocks.length);
    expect(r.removed.length).toBeLessThanOrEqual(4);
    expect(r.removed.map((x) => x.id)).toEqual(r.removed.map((_, i) => `r${i}`));
  });

  it('reads pages saved with a wrapper before <html> and content after </html>', () => {
    const r = extractHtml(
      `<text id="x" title="t"><html><head><title>土豆不土 土豆无土</title></head><body>${article()}</body></html>`,
      { fileName: 'a.html' },
    );
    expect(r.blocks.map((b) => b.text)).toContain(PARAGRAPHS[3]);
  });
});

describe('hostile structure', () => {
  it('survives HTML nested 10,000 deep', () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}${PARAGRAPHS.join('')}${'</div>'.repeat(10_000)}</body></html>`;
    const result = importBytes(new TextEncoder().encode(deep), 'deep.html');
    if (result.ok)
      expect(result.article.blocks.map((b) => b.text).join('')).toContain(PARAGRAPHS[0].slice(0, 20));
    else expect(result.error.reason).toMatch(/nested too deeply/);
  });
});
