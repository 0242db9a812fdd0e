/**
 * Which of a page's bylines wins when its markup and its credit lines disagree: an author
 * meta that holds the editor, the publisher or the site's own name yields to the people the
 * page credits; a credit line naming more writers than the markup wins over it; a byline in
 * Latin script ("By Jane Smith and John Doe", "Von …", "Par …") is read from the page's text.
 */
import { describe, expect, it } from 'vitest';
import { acceptableByline } from '../../src-main/import/byline-guard';
import { extractHtml } from '../../src-main/import/extract-html';
import { extractPlainText } from '../../src-main/import/extract-text';
import { creditOfLine } from '../../src-main/import/html/byline-conventions';
import { isEditStamp } from '../../src-main/import/html/chinese-conventions';
import { latinByline } from '../../src-main/import/html/latin-bylines';

const ZH = [
  '今年以来，本市各项工作稳步推进，群众满意度不断提高，相关部门表示将继续努力，确保各项任务按期完成。',
  '会议要求，各地区各部门要认真贯彻落实决策部署，扎实推进各项工作，确保政策措施落地见效。',
  '会议强调，要加大财政投入力度，优化资金使用结构，提高资金使用效益，切实保障群众利益。',
];
const EN = [
  'Orders for German industrial goods fell unexpectedly in January, data showed on Thursday, as demand from abroad weakened.',
  'Economists polled by the agency had expected a rise of 0.5 percent after a revised increase of 0.2 percent in December.',
  'The ministry said the outlook remained positive despite the drop, pointing to a strong order backlog in manufacturing.',
];

function zhPage(head: string, credit: string, tail = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>本市召开工作会议_示例新闻</title>${head}</head>
<body><div class="nav"><a href="/">首页</a> <a href="/n">新闻</a></div><h1>本市召开工作会议</h1>
<div class="info">2021-06-18 10:20 ${credit}</div>${ZH.map((p) => `<p>${p}</p>`).join('')}${tail}
<div class="footer">示例新闻 版权所有</div></body></html>`;
}

function enPage(head: string, credit: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>German orders drop | Example Times</title>${head}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>German orders drop</h1>
<p class="byline">${credit}</p><p>March 6, 2014</p>${EN.map((p) => `<p>${p}</p>`).join('')}</article>
<footer>© Example Times 2014</footer></body></html>`;
}

const byline = (html: string) => extractHtml(html, { fileName: 'a.html' }).byline;

describe('an author meta the page contradicts', () => {
  it('is no byline when the page names that person as its editor and credits a writer', () => {
    const tail = '<div class="edit">(责任编辑：孙宏阳、陈思远)</div>';
    expect(byline(zhPage('<meta name="author" content="孙宏阳">', '作者：林晓薇', tail))).toBe('林晓薇');
    // Named nowhere as an editor, and shown on the page, the meta's author stands.
    const shown = '<div class="bio">孙宏阳，长期关注城市治理。</div>';
    expect(byline(zhPage('<meta name="author" content="孙宏阳">', '作者：林晓薇', shown))).toBe('孙宏阳');
  });

  it('is no byline when it is the site, the publisher or an organisation', () => {
    // "网易" beside a <title> ending "_网易新闻".
    const netease = zhPage(
      '<meta name="author" content="网易">',
      '',
      '<p>本文来源：中国青年报 作者：孙嘉禾</p>',
    ).replace('_示例新闻', '_网易新闻');
    expect(byline(netease)).toBe('孙嘉禾');
    // A medium's account linked as the author, with nobody else credited.
    const account = zhPage('', '<a class="author" href="/omn/author/1019">中国新闻网</a>');
    expect(byline(account)).toBeNull();
    // The publisher in the meta, the person in the markup.
    const publisher = enPage(
      '<meta name="author" content="Ediciones El País"><meta property="og:site_name" content="El País">',
      '<span itemprop="author">Lucía Ferrer Ortega</span> Sevilla',
    );
    expect(byline(publisher)).toBe('Lucía Ferrer Ortega');
  });

  it('yields to a credit line that names more writers, the meta’s among them', () => {
    expect(
      byline(
        enPage(
          '<meta name="sailthru.author" content="Jonas Weinberg">',
          'By Jonas Weinberg and Claire Mottram',
        ),
      ),
    ).toBe('Jonas Weinberg, Claire Mottram');
  });

  it('a person whose name holds the site’s, or a personal site named after its author, keeps the byline', () => {
    const ruiz = enPage(
      '<meta property="og:site_name" content="ELLE"><meta name="author" content="Michelle Ruiz">',
      '',
    );
    expect(byline(ruiz)).toBe('Michelle Ruiz');
    const graham = enPage('<meta name="author" content="Paul Graham">', '').replace(
      '<title>German orders drop | Example Times</title>',
      '<title>German orders drop - Paul Graham</title>',
    );
    expect(byline(graham)).toBe('Paul Graham');
    expect(acceptableByline('Steve Forbes', ['Forbes'])).toBe(true);
  });

  it('a site name with the word for what it is added is still the site', () => {
    expect(acceptableByline('网易', ['网易新闻'])).toBe(false);
    expect(acceptableByline('Ediciones El País', ['El País'])).toBe(false);
    expect(acceptableByline('王小明', ['网易新闻'])).toBe(true);
  });
});

describe('credit lines', () => {
  it('reads every reporter of a line that names two roles, and a writer after the publication', () => {
    expect(byline(zhPage('', '澎湃新闻记者 刘畅 澎湃新闻首席记者 陈一鸣'))).toBe('刘畅 陈一鸣');
    expect(byline(zhPage('', '作者：本报记者 沈青 钟一鸣'))).toBe('沈青 钟一鸣');
    expect(byline(zhPage('', '【文/观察者网 齐倩】'))).toBe('齐倩');
    expect(byline(zhPage('', '南方周末记者 程敏 南方周末实习生 刘畅'))).toBe('程敏 刘畅');
    // A role word ends the names before it: the editor after the reporter is left out.
    expect(creditOfLine('每经记者 吕婷婷 每经编辑 孙磊')?.author).toBe('吕婷婷');
    expect(creditOfLine('封面新闻记者 何瑶 见习记者 谢可欣')?.author).toBe('何瑶 谢可欣');
  });

  it('reads a reporter named in the opening dateline of a long first paragraph', () => {
    const lead = `本报北京11月7日讯 记者周正 记者今天从司法部获悉，${ZH[0].repeat(3)}`;
    const html = zhPage('', '来源：法制日报').replace(`<p>${ZH[0]}</p>`, `<p>${lead}</p>`);
    expect(byline(html)).toBe('周正');
  });
});

describe('credit and edit lines opening the text', () => {
  it('are the header, not the article; the reporter behind a bar is the byline', () => {
    const html = zhPage('', '').replace(
      `<p>${ZH[0]}</p>`,
      `<p>界面新闻记者 | 陈子明</p><p>界面新闻编辑 | 周筱</p><p>编辑｜韩雪</p><p>${ZH[0]}</p>`,
    );
    const r = extractHtml(html, { fileName: 'a.html' });
    const text = r.blocks.map((b) => b.text).join('\n');
    for (const line of ['陈子明', '周筱', '韩雪']) expect(text).not.toContain(line);
    expect(text).toContain(ZH[0]);
    expect(r.byline).toBe('陈子明');
  });

  it('reads the edit stamps sites close with', () => {
    for (const line of [
      '编辑｜韩雪',
      '编辑 陈思 校对 刘军',
      '界面新闻编辑 | 周筱',
      '【编辑:刘欢】',
      '编辑：山石',
    ])
      expect(isEditStamp(line), line).toBe(true);
    for (const line of ['编辑推荐', '编辑部的故事在这里展开，张三说他很高兴。'])
      expect(isEditStamp(line), line).toBe(false);
  });

  it('never takes a sentence about a reporter or a trainee for a credit', () => {
    for (const line of [
      '截至记者发稿时，事故原因仍在调查中。',
      '近日记者走访发现，不少商家已经恢复营业。',
      '这名实习生 表示 很满意',
      '一位实习生：很累',
      '（记者从北京4日电）',
    ])
      expect(creditOfLine(line), line).toBeNull();
    expect(isEditStamp('审核 通过 后方可上岗')).toBe(false);
  });

  it('never takes the heading of an author’s other articles for a byline', () => {
    for (const line of ['作者最新文章', '作者更多文章', '作者主页'])
      expect(creditOfLine(line), line).toBeNull();
  });
});

describe('bylines in Latin script', () => {
  it.each([
    ['By Jonas Weinberg and Claire Mottram', ['Jonas Weinberg', 'Claire Mottram']],
    ['By Jane Smith, John Doe and Ann Lee', ['Jane Smith', 'John Doe', 'Ann Lee']],
    ['BY JANE SMITH AND JOHN DOE', ['JANE SMITH', 'JOHN DOE']],
    ['By Jane Smith | Staff Writer', ['Jane Smith']],
    ['By Jane Smith, Associated Press', ['Jane Smith']],
    ['By Jane Smith Updated March 4, 2019', ['Jane Smith']],
    ['Von Jana Brückner und Felix Rohde', ['Jana Brückner', 'Felix Rohde']],
    ['Par Claire Dubois et Julien Marchand', ['Claire Dubois', 'Julien Marchand']],
    ['Por Lucía Ferrer Ortega', ['Lucía Ferrer Ortega']],
    ['By Ursula von der Leyen', ['Ursula von der Leyen']],
  ])('%s', (line, people) => {
    expect(latinByline(line)).toEqual(people);
  });

  it.each([
    ['By Election Day, voters had cast more than three million ballots in the state.'],
    ['By Christmas Eve in 2019 the stores had closed.'],
    ['Von Berlin Mitte am Montag fuhren die Züge nicht.'],
    ['Di Maio Luigi'],
    ['By Monday, Congress will vote on the bill'],
    ['By Air Force One standards, it was small'],
    ['By the way, nothing changed'],
    ["By John Smith's account, the plan failed"],
    ['By Reuters Staff'],
    ['Jane Smith and John Doe'],
  ])('names nobody: %s', (line) => {
    expect(latinByline(line)).toBeNull();
  });

  it('is read under the headline, as HTML and as text', () => {
    expect(byline(enPage('', 'By Jane Smith and John Doe'))).toBe('Jane Smith, John Doe');
    const text = `German orders drop\nBy Jane Smith and John Doe\nMarch 6, 2014\n\n${EN.join('\n\n')}\n`;
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBe('Jane Smith, John Doe');
  });
});

describe("a repost's credit", () => {
  const credit = '<p>本文来自微信公众号“镜面研究所”（ID：jingmian_lab），作者：陆一鸣，36氪经授权发布。</p>';

  it('names the writer after the account, and the account is no byline', () => {
    // The account is what the author markup holds; the line after the text names the writer.
    const page = zhPage('<meta property="article:author" content="镜面研究所">', '', credit);
    expect(byline(page)).toBe('陆一鸣');
    const text = `本市召开工作会议\n2021-06-18 10:20\n\n${ZH.join('\n\n')}\n\n本文来自微信公众号“镜面研究所”（ID：jingmian_lab），作者：陆一鸣，36氪经授权发布。\n`;
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBe('陆一鸣');
  });

  it('refuses the account named without quotes, before its id', () => {
    const page = zhPage(
      '<meta name="author" content="零售观察局">',
      '',
      '<p>钛媒体注：本文来源于微信公众号零售观察局（ID：lingshou_gcj），作者：周卓然，钛媒体经授权发布。</p>',
    );
    expect(byline(page)).toBe('周卓然');
  });

  it('needs a colon and a person after the comma', () => {
    expect(creditOfLine('本文来自微信公众号“镜面研究所”，作者：陆一鸣，36氪经授权发布。')?.author).toBe(
      '陆一鸣',
    );
    expect(creditOfLine('研究显示，作者认为这一趋势还将持续')).toBeNull();
    expect(creditOfLine('据报道，作者：不详')).toBeNull();
  });
});

describe('an element the page classes as its author’s', () => {
  const forum = (pls: string, credit = '') =>
    zhPage('', credit).replace(
      '<h1>本市召开工作会议</h1>',
      `<h1>本市召开工作会议</h1><table><tr><td class="pls">${pls}</td><td class="plc"><div class="authi"><em>发表于 2013-7-2 14:05</em> <a href="#">只看该作者</a></div></td></tr></table>`,
    );

  it("is a forum's poster when nobody else is credited, digits and all", () => {
    expect(
      byline(forum('<div class="authi"><a href="home.php?mod=space&uid=58214">老街的猫2012</a></div>')),
    ).toBe('老街的猫2012');
    // Without the poster's cell, the button beside the post's date is still no name.
    expect(byline(forum(''))).toBeNull();
  });

  it('yields to a credit line, and a publication or a body is no poster', () => {
    const poster = '<div class="authi"><a href="/u/1">老街的猫2012</a></div>';
    expect(byline(forum(poster, '作者：林晓薇'))).toBe('林晓薇');
    expect(byline(forum('<div class="author-name">车市观察局</div>'))).toBeNull();
    expect(byline(forum('<div class="author-name">中国新闻网</div>'))).toBeNull();
  });

  it('is marked for checking', () => {
    const page = forum('<div class="authi"><a href="/u/1">老街的猫2012</a></div>');
    expect(extractHtml(page, { fileName: 'a.html' }).unsure).toContain('byline');
  });
});

describe('a body named on the fact line of a page saved as text', () => {
  it('yields to the person the page credits at its end', () => {
    const text = `本市召开工作会议\n发布者：宣传部 发布时间：2019-11-21\n\n${ZH.join('\n\n')}\n\n（文/王思远 图/李佳宁 审核/赵文博）\n`;
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBe('王思远 李佳宁');
    // Nobody credited: the body stands.
    const alone = `本市召开工作会议\n发布者：宣传部 发布时间：2019-11-21\n\n${ZH.join('\n\n')}\n`;
    expect(extractPlainText(alone, { fileName: 'a.txt' }).byline).toBe('宣传部');
  });

  it('reads a reviewer’s label as a role that ends the names', () => {
    expect(creditOfLine('（文/王思远 图/李佳宁 审核/赵文博）')?.author).toBe('王思远 李佳宁');
  });
});

describe('the fact lines of a page saved as text', () => {
  it('under the headline win over a sidebar’s dates above it', () => {
    const text = [
      '本市召开工作会议_一盏灯下_新浪博客',
      '个人资料',
      '周默言',
      '评论',
      '青柠：写得真好，想起了我外婆',
      '2011-04-06 08:12',
      '本市召开工作会议',
      '(2011-04-05 10:22:17)',
      ...ZH,
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'a.txt' }).publishedAt).toBe('2011-04-05');
    // Silent under the headline: the date above it stands.
    const silent = text.replace('\n\n(2011-04-05 10:22:17)', '');
    expect(extractPlainText(silent, { fileName: 'a.txt' }).publishedAt).toBe('2011-04-06');
  });
});

describe('an organisation, an office or a site given where a writer goes', () => {
  it('is no byline as a JSON-LD author typed as an organisation', () => {
    const ld = (type: string) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"German orders drop","author":{"@type":"${type}","name":"Example Wire"}}</script>`;
    expect(byline(enPage(ld('Organization'), ''))).toBeNull();
    expect(byline(enPage(ld('NewsMediaOrganization'), ''))).toBeNull();
    expect(byline(enPage(ld('Person'), ''))).toBe('Example Wire');
  });

  it('is no byline as the site with its word for news, in Japanese and Traditional characters too', () => {
    expect(acceptableByline('NHK', ['NHKニュース'])).toBe(false);
    expect(acceptableByline('聯合', ['聯合新聞網'])).toBe(false);
    expect(acceptableByline('林小明', ['聯合新聞網'])).toBe(true);
  });

  it('is no poster when the label names an office held ("发布人：市教育局局长 王海宁")', () => {
    expect(creditOfLine('发布人：市教育局局长 王海宁；市教育局副局长 沈佳琪')).toBeNull();
    expect(creditOfLine('发布人：新闻发言人')).toBeNull();
    expect(creditOfLine('发布人：张晓东')?.author).toBe('张晓东');
  });

  it('reads "报道：" with its colon as a writer’s label, as Malaysian and Hong Kong papers print it', () => {
    expect(creditOfLine('报道：黄丽萍 摄影：陈志强')?.author).toBe('黄丽萍 陈志强');
    expect(creditOfLine('報導：林彥廷')?.author).toBe('林彥廷');
    expect(creditOfLine('据新华社报道：今年以来，全国各地…')).toBeNull();
  });
});

describe('a page whose <body> names its layout', () => {
  const headline = 'German industrial orders drop sharply in January as demand from abroad weakens';
  const page = (bodyClass: string) => `<!doctype html><html><head><meta charset="utf-8">
<title>${headline} | example.gov</title><meta property="og:title" content="${headline}"></head>
<body class="${bodyClass}"><header><nav><a href="/">Home</a> <a href="/b">Briefing Room</a></nav></header>
<div id="page-header"><h2 class="section-title">Statements &amp; Releases</h2>
<div class="breadcrumb"><a href="/">Home</a> &bull; <a href="/b">Briefing Room</a> &bull; <a href="/s">Statements &amp; Releases</a></div>
<div class="share-this"><span>Share This:</span> <a href="#">Twitter</a> <a href="#">Facebook</a></div></div>
<div id="main"><div id="content" class="column" role="main"><div class="node">
<div class="press-article-header"><p>The White House</p><p>Office of the Press Secretary</p><p>For Immediate Release</p><p>May 05, 2016</p></div>
<h1>${headline}</h1><div class="field-items">${EN.map((p) => `<p>${p}</p>`).join('')}</div></div></div>
<aside class="sidebar"><h2>Latest News</h2><ul><li><a href="/1">Statement on the jobs report</a></li></ul></aside></div>
<footer>example.gov</footer></body></html>`;

  it('is no sidebar: its h1 stays the headline ("one-sidebar sidebar-second" on Drupal’s body)', () => {
    const title = (html: string) => extractHtml(html, { fileName: 'a.html' }).title;
    expect(title(page('html not-front one-sidebar sidebar-second'))).toBe(headline);
    expect(title(page('html not-front'))).toBe(headline);
  });
});

describe('an author link on a page whose <body> names its comments', () => {
  it('is read: "showing-comments" on WordPress’s <body> puts no link in a comment', () => {
    const link = '<a href="https://example.net/author/annikah/">Annika Holmgren</a>';
    const page = enPage('', link);
    expect(byline(page.replace('<body>', '<body class="single showing-comments show-avatars">'))).toBe(
      'Annika Holmgren',
    );
    // Inside a comment's own markup, an author link is a reader's.
    const inComment = enPage('', '').replace(
      '<footer>',
      `<div class="comment-body"><a href="https://example.net/author/elin/">Elin</a> says: lovely</div><footer>`,
    );
    expect(byline(inComment)).toBeNull();
  });
});

describe('a link to a user’s page', () => {
  const account = (href: string) =>
    zhPage('', '').replace(
      '<h1>本市召开工作会议</h1>',
      `<h1>本市召开工作会议</h1><div class="info-bar"><a href="${href}">山间小鹿y</a> 2020.05.17 21:03</div>`,
    );

  it('names the post’s account where nobody else is credited, marked for checking', () => {
    const article = extractHtml(account('/u/8c2e5a1f9b34'), { fileName: 'a.html' });
    expect(article.byline).toBe('山间小鹿y');
    expect(article.unsure).toContain('byline');
  });

  it('is no byline when it is a page of people (a government’s ministers) or a sidebar’s', () => {
    expect(byline(account('/government/people/andrew-hollis'))).toBeNull();
    const sidebar = zhPage('', '').replace(
      '<div class="footer">',
      '<aside><h3>推荐作者</h3><a href="/u/1">山间小鹿y</a></aside><div class="footer">',
    );
    expect(byline(sidebar)).toBeNull();
  });
});

describe('a byline element listing its people as links', () => {
  it('names each of them, its buttons aside', () => {
    const list =
      '<div class="article-hero__byline"><ul><li><a href="/experts/lena-achterberg/">Lena Achterberg</a> Senior Fellow</li>' +
      '<li><a href="/experts/rafael-quintanilla/">Rafael Quintanilla</a> Fellow</li><li><a href="#">Follow</a></li></ul></div>';
    expect(byline(enPage('', list))).toBe('Lena Achterberg, Rafael Quintanilla');
  });
});

describe('the weakest byline source never names another’s name', () => {
  const news = (after: string, before = '') =>
    `<html><head><title>Council approves bike lane expansion</title></head><body>${before}<main><article>
<h1>Council approves bike lane expansion</h1><p>March 4, 2024</p>${EN.map((p) => `<p>${p}</p>`).join('')}</article>${after}</main></body></html>`;

  it.each([
    [
      'a related list’s authors',
      news(
        '<div class="related-posts"><ul><li><a href="/a">School budget passes</a> <span class="author">Maria Gonzalez</span></li></ul></div>',
      ),
    ],
    [
      'the reader’s own account in a top bar',
      news('', '<div id="topbar"><a class="username" href="/user/jsmith88">jsmith88</a></div>'),
    ],
    [
      'a sign-up link to a user page',
      news('<div class="block"><a href="/user/register">Create new account</a></div>'),
    ],
    [
      'a responses thread’s author',
      news(
        '<div id="responses"><div class="item"><span class="author-name">Dave K</span> Great piece</div></div>',
      ),
    ],
    ['a byline element holding a time', news('', '<div class="byline">Updated 3 hours ago</div>')],
    ['a byline element holding a call to share', news('', '<div class="byline">Share this article</div>')],
  ])('%s', (_name, page) => {
    expect(byline(page)).toBeNull();
  });

  it('names the author’s own account when the page credits that name ("刘润")', () => {
    const page = zhPage(
      '<meta name="author" content="刘润">',
      '',
      '<p>本文来自微信公众号“刘润”（ID：runliu-pub），作者：刘润，36氪经授权发布。</p>',
    );
    expect(byline(page)).toBe('刘润');
  });

  it('reads no writer from a sentence that reports ("据外媒 报道：马斯克，…")', () => {
    expect(creditOfLine('据外媒 报道：马斯克，这位亿万富翁周三在社交媒体上宣布了这一消息。')).toBeNull();
    expect(creditOfLine('央视 报道：王毅，外交部长，出席会议。')).toBeNull();
  });
});

describe('credits listed with an enumeration comma', () => {
  it('reads each role’s people ("（记者张珺、通讯员汪文斌）")', () => {
    expect(creditOfLine('（记者张珺、通讯员汪文斌）')?.author).toBe('张珺 汪文斌');
    expect(creditOfLine('（记者 张三、实习生 李四）')?.author).toBe('张三 李四');
  });
});

describe('a writer’s label before a bar, a badge beside a poster’s name', () => {
  it('reads "作者 | 罗晓宁" as "作者：罗晓宁", and a menu after a bar as nobody', () => {
    expect(creditOfLine('作者 | 罗晓宁')?.author).toBe('罗晓宁');
    expect(creditOfLine('作者｜罗晓宁')?.author).toBe('罗晓宁');
    expect(byline(zhPage('', '作者 | 罗晓宁'))).toBe('罗晓宁');
    expect(creditOfLine('作者 | 关于我们 | 联系我们')).toBeNull();
  });

  it('takes the link classed as the name in a poster’s box, not the badge linked beside it', () => {
    const box =
      '<ul class="p_author"><li><a class="p_author_name" href="/home/main?un=x">西溪湿地的风</a></li>' +
      '<li><a class="user_badge" href="/f/like/level"><div class="d_badge_title">钱塘才子</div><div class="d_badge_lv">9</div></a></li></ul>';
    const page = zhPage('', '').replace('<h1>本市召开工作会议</h1>', `<h1>本市召开工作会议</h1>${box}`);
    expect(byline(page)).toBe('西溪湿地的风');
  });
});

describe('a page saved as text whose fact line names one of the people its text credits', () => {
  it('credits them all, from the opening or from the closing credit', () => {
    const opening = `本市召开工作会议\n2016-09-12 来源：示例日报 作者：本报记者 李丹\n\n本报讯（记者 李丹 通讯员 罗晓航）${ZH[0]}\n\n${ZH.slice(1).join('\n\n')}\n`;
    expect(extractPlainText(opening, { fileName: 'a.txt' }).byline).toBe('李丹 罗晓航');
    const closing = `本市召开工作会议\n2009-03-17 来源：示例日报 作者：孙强 编辑：刘莉\n\n${ZH.join('\n\n')}\n\n（记者 孙强 通讯员 于洪波）\n\n相关新闻\n`;
    expect(extractPlainText(closing, { fileName: 'a.txt' }).byline).toBe('孙强 于洪波');
  });

  it('adds nobody the text credits without the fact line’s writer', () => {
    const other = `本市召开工作会议\n2016-09-12 作者：李丹\n\n本报讯（记者 王芳 通讯员 罗晓航）${ZH[0]}\n\n${ZH.slice(1).join('\n\n')}\n`;
    expect(extractPlainText(other, { fileName: 'a.txt' }).byline).toBe('李丹');
  });
});

describe('a markup author the page never shows', () => {
  it('yields to the reporters its credit line names ("rmzxb", the site’s code)', () => {
    const page = zhPage('<meta name="author" content="rmzxb">', '作者：本报记者 孙琳娜 徐金玉');
    expect(byline(page)).toBe('孙琳娜 徐金玉');
  });

  it('stays the byline where the page credits nobody else, or shows that name', () => {
    expect(byline(zhPage('<meta name="author" content="林晓薇">', ''))).toBe('林晓薇');
    expect(byline(zhPage('<meta name="author" content="林晓薇">', '作者：林晓薇 记者：王芳'))).toContain(
      '林晓薇',
    );
  });
});

describe('a reporter of a paper’s newsroom', () => {
  it('reads a 全媒体记者 as a reporter', () => {
    expect(creditOfLine('广州日报讯 （全媒体记者林琳 通讯员陈晓静）记者昨日从广州市教育局获悉')?.author).toBe(
      '林琳 陈晓静',
    );
  });
});

describe('an editor on the fact line of a page saved as text', () => {
  it('yields to the reporters the text closes with', () => {
    const text = `本市召开工作会议\n2012-08-15 09:12:30 来源：示例日报 编辑：苏日娜\n\n${ZH.join('\n\n')}（记者 巴特尔 通讯员 高娃）\n\n【责任编辑：苏日娜】\n`;
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBe('巴特尔 高娃');
  });

  it('stays where nobody else is credited, and a writer on the fact line stays', () => {
    const alone = `本市召开工作会议\n2012-08-15 来源：示例日报 编辑：苏日娜\n\n${ZH.join('\n\n')}\n`;
    expect(extractPlainText(alone, { fileName: 'a.txt' }).byline).toBe('苏日娜');
    const writer = `本市召开工作会议\n2012-08-15 作者：林晓薇\n\n${ZH.join('\n\n')}（记者 巴特尔）\n`;
    expect(extractPlainText(writer, { fileName: 'a.txt' }).byline).toBe('林晓薇');
  });
});
