/**
 * Title signals that hold across sites, each on a small page built here: the page's one h1,
 * twitter:title as a source of its own, a long headline, the JSON-LD headline of the article
 * object, and in plain text the site's name beside the <title> line and a dateline.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';
import { extractPlainText } from '../../src-main/import/extract-text';
import { parseDocument } from '../../src-main/import/html/dom';
import { readMetadata } from '../../src-main/import/html/metadata';
import { chooseTitleByScore, isCreditLine, soleHeadline } from '../../src-main/import/html/title-candidates';
import type { TextSegment } from '../../src-main/import/html/to-blocks';
import { titleScore } from '../../src-main/import/text/front-matter';
import {
  headlineAbove,
  headlineWithFacts,
  sharedWithTitle,
  titleIsSiteName,
  titleSplitAbove,
} from '../../src-main/import/text/headline-above';
import { withoutSiteParts } from '../../src-main/import/text/site-suffix';
import { importBytes } from '../../src-main/import/import-file';
import { closeLetterSpacing } from '../../src-shared/extraction/compact';

const line = (text: string, kind: TextSegment['kind'] = 'paragraph', level?: number): TextSegment => ({
  text,
  kind,
  level,
  region: 'main',
  linkChars: 0,
});

const input = (page: TextSegment[], titles: { doc: string; og?: string; twitter?: string; ld?: string }) => ({
  documentTitle: titles.doc,
  ogTitle: titles.og ?? null,
  twitterTitle: titles.twitter ?? null,
  jsonLdHeadline: titles.ld ?? null,
  siteName: null,
  hosts: [],
  page,
  articleStart: 0,
  articleOpening: '',
});

describe('HTML title signals', () => {
  it('the page’s one h1 beats a metadata title the page shows nowhere', () => {
    // The article's text is found to start above the h1 (a teaser), so the h1 stands "after" it.
    const page = [
      ...Array.from({ length: 10 }, () => line('Teaser text of the story, in a sentence or two.')),
      line('Tubeless tyres fitted step by step', 'heading', 1),
    ];
    const titles = {
      doc: 'How to go tubeless today',
      og: 'How to go tubeless today',
      ld: 'Tubeless tyres fitted step by step',
    };
    expect(chooseTitleByScore(input(page, titles))?.title).toBe('Tubeless tyres fitted step by step');
  });

  it('counts no h1 as the headline when there are two, or when the only one is the site’s name', () => {
    const h1 = (text: string) => line(text, 'heading', 1);
    expect(soleHeadline([h1('Daily Planet'), h1('Storm hits the coast')], new Set(['dailyplanet']))).toBe(
      'stormhitsthecoast',
    );
    expect(soleHeadline([h1('Storm hits the coast'), h1('Rain at last')], new Set())).toBeNull();
    expect(soleHeadline([line('Storm hits the coast', 'heading', 2)], new Set())).toBeNull();
  });

  it('twitter:title that differs from og:title and <title> is a source of its own', () => {
    const titles = { doc: 'Foo bar baz qux', og: 'Lorem ipsum dolor', twitter: 'Lorem ipsum dolor | Site' };
    expect(chooseTitleByScore(input([], titles))?.title).toBe('Lorem ipsum dolor');
    // The same twitter:title as <title> adds nothing: the first source stands.
    expect(chooseTitleByScore(input([], { ...titles, twitter: 'Foo bar baz qux' }))?.title).toBe(
      'Foo bar baz qux',
    );
  });

  it('a long heading that shows the whole og:title is the headline, not its first half', () => {
    const first = 'Sanna Marin met Angela Merkel: Germany too wants to keep the farm subsidies as they are';
    const second = '“Our views as the largest net payer have not been taken into account sufficiently”';
    const whole = `${first} - ${second}`;
    const html =
      `<html><head><title>${whole} | Uusi Suomi</title><meta property="og:title" content="${whole}">` +
      `<meta property="og:site_name" content="Uusi Suomi"></head><body><h1>${whole}</h1>` +
      `<p>${'The prime minister met the chancellor in Berlin on Wednesday and spoke about the budget. '.repeat(6)}</p>` +
      `<p>${'Both said the talks went well, but neither moved on the numbers that matter most. '.repeat(6)}</p></body></html>`;
    expect(extractHtml(html, { fileName: 'a.html' }).title).toBe(whole);
  });

  it('reads the JSON-LD headline from the article object even when a WebPage object comes first', () => {
    const ld = JSON.stringify([
      { '@type': 'WebPage', datePublished: '2022-01-26' },
      { '@type': 'Article', headline: 'Tubeless tyres fitted step by step' },
    ]);
    const meta = readMetadata(
      parseDocument(
        `<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`,
      ),
    );
    expect(meta.jsonLdHeadline).toBe('Tubeless tyres fitted step by step');
  });

  it('passes over the site’s credit above the date for the headline above it, without a <title>', () => {
    const paragraph = (i: number) =>
      `<p>第${i}段，益阳市把数字化建设作为优长来抓，推动基层治理走向精细，群众办事更方便。</p>`;
    const html = `<html><head></head><body><div>首页 | 时政 | 经济</div>
<div>益阳：“数字”是优长</div><div>来源：半月谈网</div>
<div>中共中央宣传部委托新华通讯社主办</div><div>2022-03-01 10:21</div>
<div>${[1, 2, 3, 4, 5].map(paragraph).join('')}</div></body></html>`;
    expect(extractHtml(html, { fileName: 'content_1234567.htm' }).title).toBe('益阳：“数字”是优长');
  });

  it('a headline that is mostly a range of years is still a headline', () => {
    const paragraph = '今年以来，本市各项工作稳步推进，群众满意度不断提高，相关部门表示将继续努力。'.repeat(
      3,
    );
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><div>发布时间：2023-03-04</div><p>${paragraph}</p><p>${paragraph}</p><div>Copyright © 2003-2023 示例网 版权所有</div></body></html>`;
    expect(extractHtml(page('2022-2023年度工作报告 - 示例网'), { fileName: 'a.html' }).title).toBe(
      '2022-2023年度工作报告',
    );
    expect(extractHtml(page('2022-2023年度工作报告_示例网'), { fileName: 'a.html' }).title).toBe(
      '2022-2023年度工作报告',
    );
  });
});

describe('plain-text title signals', () => {
  it('cuts a medium’s name before a colon only where the page shows the rest as its own line', () => {
    // The headline line may carry an icon font's glyph beside it.
    expect(
      withoutSiteParts('华夏新闻网：投身外交(3)', ['新浪首页 > 读书频道', '投身外交(3)\ue004', '罗银胜']),
    ).toBe('投身外交(3)');
    // A source's words reposted whole keep the source: the page shows no shorter headline.
    expect(withoutSiteParts('人民日报：坚定不移推进改革', ['人民日报：坚定不移推进改革', '本报评论员'])).toBe(
      '人民日报：坚定不移推进改革',
    );
    // A speaker is no medium: "茉莉：…" stays whole even where the body repeats the rest.
    expect(withoutSiteParts('茉莉：我是怎样卷入八九民运的', ['我是怎样卷入八九民运的', '茉莉'])).toBe(
      '茉莉：我是怎样卷入八九民运的',
    );
  });

  it('cuts the site’s short name from the ends of a saved page’s <title> line', () => {
    expect(withoutSiteParts('益阳：“数字”是优长-半月谈')).toBe('益阳：“数字”是优长');
    // A short headline: the site's parts are those the page writes again elsewhere.
    expect(withoutSiteParts('投身外交(3)_读书频道_新浪网', ['读书频道', '新浪网版权所有'])).toBe(
      '投身外交(3)',
    );
    // Parts not shaped like a medium's name go only when the page writes them again elsewhere.
    expect(withoutSiteParts('投身外交(3)_读书馆_上海滩', ['读书馆'])).toBe('投身外交(3)_读书馆_上海滩');
    expect(withoutSiteParts('投身外交(3)_读书馆_上海滩', ['读书馆', '上海滩版权所有'])).toBe('投身外交(3)');
    // Parts shaped like a medium's or a channel's name go without that evidence.
    expect(withoutSiteParts('投身外交(3)_读书频道_新浪网')).toBe('投身外交(3)');
    expect(withoutSiteParts('NEWS WEB EASY|子どもへの体罰を禁止する法律ができる')).toBe(
      '子どもへの体罰を禁止する法律ができる',
    );
    expect(withoutSiteParts('Alibaba to raise up to $12.9bn in landmark Hong Kong listing : CityAM')).toBe(
      'Alibaba to raise up to $12.9bn in landmark Hong Kong listing',
    );
  });

  it('keeps the <title>’s opening parts the page shows again as a line of their own', () => {
    // The h1 holds the headline's own dash: only the site's name goes.
    expect(
      withoutSiteParts('Interview with Ann Roe – #OutAtWork - men*', [
        'Home',
        'Interview with Ann Roe – #OutAtWork',
      ]),
    ).toBe('Interview with Ann Roe – #OutAtWork');
    // A site's tagline longer than the headline does not stay in its place.
    expect(
      withoutSiteParts('Ann Roe – Prosecutors show their evidence | Boxing - All news, tickets and results', [
        'Ann Roe – Prosecutors show their evidence',
      ]),
    ).toBe('Ann Roe – Prosecutors show their evidence');
    // The site's own name shown again at the end is no headline.
    expect(withoutSiteParts('About us – Twowin | Cabaret | Satire', ['Twowin | Cabaret | Satire'])).toBe(
      'About us',
    );
    // The headline shown again whole does not make its second half a site's name.
    expect(
      withoutSiteParts('A calm start to the new year – be happy now, all else can wait | Little Green', [
        'A calm start to the new year – be happy now, all else can wait',
      ]),
    ).toBe('A calm start to the new year – be happy now, all else can wait');
  });

  it('keeps a subtitle after "——", and two long halves joined by a dash', () => {
    expect(withoutSiteParts('深情无限梦毕圆——深圳市对口帮扶毕节20周年回顾与展望')).toBe(
      '深情无限梦毕圆——深圳市对口帮扶毕节20周年回顾与展望',
    );
    const both = 'Marin met Merkel on farm subsidies - Our views were not taken into account';
    expect(withoutSiteParts(both)).toBe(both);
  });

  it('takes the first line without its site name as the title of a saved page', () => {
    const text = [
      '投身外交(3)_读书频道_新浪网',
      '首页',
      '读书频道',
      '他在一九四九年走进外交部的大门，从此开始了几十年的外交生涯，这一段经历他在书中写得很细。'.repeat(3),
      '那一年他二十六岁，被分到亚洲司，第一项工作是为代表团准备材料，常常熬到深夜才能回家。'.repeat(3),
      '读书频道',
      '新浪网版权所有',
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'saved.txt' }).title).toBe('投身外交(3)');
  });

  it('a line that opens with a full date is no title', () => {
    const text = [
      '中华人民共和国船员条例',
      '2007年3月28日 国务院第172次常务会议通过',
      '2007年4月14日 中华人民共和国国务院令第494号公布',
      '2007年9月1日 施行',
      '第一章 总则',
      '第一条 为了加强船员管理，提高船员素质，维护船员的合法权益，保障水上交通安全，保护水域环境，制定本条例。',
      '第二条 中华人民共和国境内的船员注册、任职、培训、职业保障以及提供船员服务等活动，适用本条例。',
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'law.txt' }).title).toBe('中华人民共和国船员条例');
  });

  const around = { nextIsMeta: false, prevIsMeta: false, nearBody: false, matchesFile: false, first: false };

  it('a subtitle opening with a dash, a document number, a form and a furniture word score below a headline', () => {
    const headline = titleScore('犬儒病：当代中国的精神危机', around);
    expect(titleScore('——当代中国的精神危机 (上)', around)).toBeLessThan(headline - 4);
    expect(titleScore('吉政明电〔2022〕1号', around)).toBeLessThan(headline - 4);
    expect(titleScore('文学城注册笔名：  密码：   自动登陆', around)).toBeLessThan(headline - 3);
    expect(titleScore('显示', { ...around, first: true })).toBeLessThan(0);
  });

  it('takes the <title>’s words shown whole above the text, even when the site’s part is cut wrongly', () => {
    const menu = Array.from({ length: 12 }, (_, i) => `Menu item ${i}`);
    const text =
      'Beer on deck slows an angler down more than the sun does, and the lake police know it well.';
    // The headline part is shorter than the site's tagline, so the tagline would be kept.
    const page = ['Beer on the boat – Why it is a risk to you', ...menu, 'Beer on the boat', text];
    const first = { line: page[0], headline: 'Why it is a risk to you' };
    expect(headlineAbove(page, page.length - 1, first)).toBe(page.length - 2);
    // The whole <title> written again above pictures and share buttons, far from the text.
    const far = [
      'Storm on the coast: what to expect tonight',
      'Storm on the coast: what to expect tonight',
      ...menu,
      text,
    ];
    expect(headlineAbove(far, far.length - 1, { line: far[0], headline: far[0] })).toBe(1);
    // Not a caption that repeats it with a full stop, nor a site's name its footer repeats.
    const caption = [...far.slice(0, -1), 'Storm on the coast: what to expect tonight.', text];
    expect(headlineAbove(caption, caption.length - 1, { line: far[0], headline: far[0] })).toBe(1);
    const site = ['daily.example - The Empire Phantom', 'Daily.Example', text, '© daily.example 2023'];
    expect(headlineAbove(site, 2, { line: site[0], headline: 'The Empire Phantom' })).toBe(-1);
  });

  it('as text, a <title> that only names the site gives way to the post’s headline with its date', () => {
    const post =
      '长梦千年何日醒，睡乡谁遣警钟鸣？腥风血雨难为我，好个江山忍送人！万丈风潮大逼人，一腔无限同舟痛。';
    const text = [
      '洞庭一叶',
      '首页',
      ...['古今战争(9)', '人生冷暖(6)', '往事如烟(35)', '开心一笑(34)', '人物故事(38)', '观察中国(40)'],
      '日志:279',
      '[湖湘文化]陈天华《警世钟》',
      'ggjjzhzz 发表于 2005-9-15 11:46:00',
      post.repeat(3),
      post.repeat(2),
      '洞庭一叶[个人主页]',
      'Blog名:洞庭一叶',
    ].join('\n');
    expect(extractPlainText(text, { fileName: 'blog.txt' }).title).toBe('陈天华《警世钟》');
    // The headline shown again is no site's name, however often the page repeats it.
    const lines = ['Storm warning', 'Storm warning', 'Storm warning', 'Storm warning'];
    expect(titleIsSiteName(lines, 'Storm warning')).toBe(false);
    expect(
      titleIsSiteName(['Rolling Stone', '© 2019 Rolling Stone', 'Rolling Stone Newsletter'], 'Rolling Stone'),
    ).toBe(true);
    expect(titleIsSiteName(['www.ekbo.de'], 'www.ekbo.de')).toBe(true);
    // The post's headline: the nearest title-like line above the text with its date right below.
    const blog = [
      'Rolling Stone',
      'Menu',
      'Doobie Brothers unite for a tour',
      'By Jane Roe, Nov. 19, 2019',
      post,
    ];
    expect(headlineWithFacts(blog, 4)).toBe(2);
    expect(headlineWithFacts(['Rolling Stone', 'Menu', 'Doobie Brothers unite for a tour', post], 3)).toBe(
      -1,
    );
  });

  it('as text, joins a long official title set over several lines back into one title', () => {
    const body =
      '为做好嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作顺利进行，维护相关单位和人民群众合法权益，特通告如下。';
    const title = '吉林省人民政府关于禁止新增建设项目和迁入人口的通告';
    const text = [
      title,
      '吉林省人民政府关于',
      '禁止新增建设项目',
      '和迁入人口的通告',
      body.repeat(2),
      body,
    ].join('\n');
    const a = extractPlainText(text, { fileName: 'notice.txt' });
    expect(a.title).toBe(title);
    // The title's lines are the title, not the article's first paragraphs.
    expect(a.blocks.map((b) => b.text)).toEqual([body.repeat(2), body]);
    expect(titleSplitAbove(text.split('\n'), 4, title)).toEqual({ first: 1, last: 3 });
  });

  it('takes the headline shown just above the text when it holds most of the <title>’s headline', () => {
    const lines = [
      'Spiced Honey Pear Jam Recipe | The Jam Blog',
      'Home',
      'Recipes',
      'Spiced Honey Pear Jam Recipe',
      'By Jane Roe',
      'The pears were ripe and the kitchen smelled of cinnamon all afternoon, so we made jam.',
    ];
    const page = { line: lines[0], headline: withoutSiteParts(lines[0]) };
    expect(headlineAbove(lines, 5, page)).toBe(3);
    // The page's full headline holds the <title>'s shortened one.
    const full = [
      'Spiced Honey Pear Jam | The Jam Blog',
      'Home',
      'Spiced Honey Pear Jam to Keep You Warm All Winter',
      'The pears were ripe and the kitchen smelled of cinnamon all afternoon, so we made jam.',
    ];
    expect(headlineAbove(full, 3, { line: full[0], headline: 'Spiced Honey Pear Jam' })).toBe(2);
    // A kicker or a section's name made of the <title>'s words is not the headline.
    const kicker = [...lines.slice(0, 3), 'Honey Pear', lines[5]];
    expect(headlineAbove(kicker, 4, page)).toBe(-1);
    expect(sharedWithTitle('Honey Pear', lines[0])).toBe(1);
  });

  it('as text, the headline above the article wins over the saved page’s <title> line', () => {
    const text = [
      'Spiced Honey Pear Jam Recipe | The Jam Blog',
      ...Array.from({ length: 40 }, (_, i) => `Menu item ${i}`),
      'Spiced Honey Pear Jam Recipe',
      'The pears were ripe and the kitchen smelled of cinnamon all afternoon, so we made jam, a lot of it. '.repeat(
        3,
      ),
      'We cooked them slowly with honey, a stick of cinnamon and two cloves until the pot was thick. '.repeat(
        3,
      ),
    ].join('\n\n');
    const article = extractPlainText(text, { fileName: 'jam.txt' });
    expect(article.title).toBe('Spiced Honey Pear Jam Recipe');
    expect(article.removed.map((r) => r.text).join('\n')).toContain('The Jam Blog');
  });

  it('as text, the headline that opens the article’s text is the title', () => {
    // A headline with a comma reads as a sentence, so the text found below the menus starts at it.
    const text = [
      'Storm hits the coast overnight, thousands of homes are without power | Daily Courier',
      ...Array.from({ length: 30 }, (_, i) => `Menu item ${i}`),
      'Storm hits the coast overnight, thousands of homes without power',
      'The storm reached the coast shortly after midnight, and by morning whole towns were dark. '.repeat(3),
      'Crews from three states were on their way, the utility said, but roads were still closed. '.repeat(3),
    ].join('\n\n');
    const article = extractPlainText(text, { fileName: 'storm.txt' });
    expect(article.title).toBe('Storm hits the coast overnight, thousands of homes without power');
    expect(article.blocks[0].text).toMatch(/^The storm reached/);
  });

  it('as text, a menu line with a comma does not hide a headline that has its byline below it', () => {
    const text = [
      'Cannabis firms are shutting down – NEWS',
      'Watch live, local news and weather from the whole region and the state here',
      'Cannabis firms are shutting down',
      'By Jane Roe • Published November 1, 2023',
      'Cannabis entrepreneurs have been sounding the alarm about the challenges facing the industry for years. '.repeat(
        2,
      ),
    ].join('\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('Cannabis firms are shutting down');
  });

  it('as text, a logo line that repeats the <title>’s site part is not the title', () => {
    const text = [
      'daily.example - The Empire Phantom',
      'Search',
      'Sign in',
      'Daily.Example',
      'The conflicts between authoritarian and western states are not explained by the word empire, she argues. '.repeat(
        3,
      ),
      '© daily.example 2023',
    ].join('\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('The Empire Phantom');
  });

  it('as text, an icon font’s private-use glyph is no part of the title', () => {
    const text = [
      'Going into diplomacy (3)\ue004',
      'He walked through the gate of the ministry in 1949 and began decades of work abroad, as he tells it.',
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('Going into diplomacy (3)');
  });

  it('as text, an intern’s or correspondent’s credit below a headline marks it as the title', () => {
    const text = [
      '北京读者的博客',
      '上一篇 | 回首页 | 2005年索引 | 下一篇',
      '拆房屡出命案 管理形同虚设',
      '谁来为无序拆房“埋单”？',
      '本报实习生 刘国栋 周炜',
      '为拆一幢房，断送了三条人命。前天的这场惨剧发生得实在太突然，太震惊了，街坊们至今说起来仍心有余悸。',
      '记者昨天从有关部门了解到，这幢房子的拆除工程没有办理任何手续，施工队也没有相应的资质。',
    ].join('\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('谁来为无序拆房“埋单”？');
  });

  it('as text, the first line after a furniture word is the one a note starts with', () => {
    const text = [
      '显示',
      '比赛革命的革命',
      '胡平',
      '——对文化革命的政治心理学分析',
      '一、理解文革的一个重要内容',
      '文化革命是一场有着极为广泛的群众参与的政治运动。因此，如何理解这种广泛的群众参与，就成为理解文化革命的一个重要内容。',
    ].join('\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('比赛革命的革命');
  });

  it('as text, a site’s tagline read at the top gives way to the headline above the article', () => {
    const text = [
      'Local elections in North Macedonia | KAS',
      'The foundation for democracy and freedom and the rule of law',
      '2021-10-12 10:20',
      ...Array.from({ length: 40 }, (_, i) => `Menu item ${i}`),
      'Local elections in North Macedonia',
      'The first round of the local elections went quietly, and turnout was higher than four years ago. '.repeat(
        3,
      ),
      'In the capital the two largest parties will meet again in a second round in two weeks. '.repeat(3),
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('Local elections in North Macedonia');
  });
});

describe('a letter-spaced heading as the title', () => {
  it('closes up "通\u3000\u3000知" and "公 告", and leaves headlines with spaces between words', () => {
    expect(closeLetterSpacing('通\u3000\u3000知')).toBe('通知');
    expect(closeLetterSpacing('决 定 书')).toBe('决定书');
    expect(closeLetterSpacing('两会 国务院部署乡村振兴措施')).toBe('两会 国务院部署乡村振兴措施');
    expect(closeLetterSpacing('春 夏 秋 冬')).toBe('春 夏 秋 冬');
    expect(closeLetterSpacing('Annual Report')).toBe('Annual Report');
    const paragraph = '今年以来，本市各项工作稳步推进，群众满意度不断提高，相关部门表示将继续努力。'.repeat(
      3,
    );
    const text = `通\u3000\u3000知\n\n${paragraph}\n\n${paragraph}\n`;
    const imported = importBytes(new TextEncoder().encode(text), 'notice.txt');
    expect(imported.ok && imported.article.title).toBe('通知');
  });
});

describe('a short notice heading saved as text', () => {
  it('is the title over the home-and-section menu line above it', () => {
    const paragraph = '今年以来，本市各项工作稳步推进，群众满意度不断提高，相关部门表示将继续努力。'.repeat(
      3,
    );
    const text = [
      '示例网',
      '首页 新闻',
      '通\u3000\u3000知',
      '发布时间：2012-03-04 来源：新华网',
      paragraph,
      paragraph,
    ].join('\n\n');
    // (The import closes up its spacing: closeLetterSpacing.)
    expect(extractPlainText(text, { fileName: 'page.txt' }).title.replace(/\s+/g, '')).toBe('通知');
  });
});

describe('a metadata title shortened for search', () => {
  const body = [
    'Washington (CNN) Lawmakers from both parties said on Tuesday they were close to agreeing on relief money for several states.',
    'The package would send money to farmers and towns along the Missouri River, aides from both parties said late on Tuesday.',
    'Lawmakers hope to pass the measure before the recess, though the White House has not said whether it supports it.',
  ];
  const page = (h1: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>Senate negotiators near deal on disaster aid as Midwest floods spread - CNNPolitics</title>
<meta property="og:title" content="Senate negotiators near deal on disaster aid as Midwest floods spread">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Senate negotiators near deal on disaster aid as Midwest floods spread"}</script></head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a></nav><article><h1>${h1}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it('is confirmed by either half of a headline split at a dash, but not by a site’s short part', () => {
    const heading = 'Patch Notes Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build';
    const page = [
      line(heading, 'heading', 1),
      ...Array.from({ length: 8 }, (_, i) => line(`Forum link ${i + 1}`)),
      line('Forum Moderator'),
      line('Thread starter Tiberius'),
      line('The equinox build fixes the quest log, the crafting queue and several crashes.'),
    ];
    const titles = { doc: '华夏新闻网：Patch Notes Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build' };
    expect(chooseTitleByScore({ ...input(page, titles), articleStart: 11 })?.title).toBe(heading);
  });

  it('yields to a heading that holds nearly all its words, set apart from the text', () => {
    const h1 = 'Senate negotiators near deal on $13 billion disaster aid package as Midwest floods spread';
    const short = 'Senate negotiators near deal on disaster aid as Midwest floods spread';
    const page = [
      line('Home Politics World'),
      line(h1, 'heading', 2),
      line('Washington (CNN) Lawmakers said on Tuesday.'),
    ];
    const titles = { doc: `${short} - CNNPolitics`, og: short, ld: short };
    expect(chooseTitleByScore({ ...input(page, titles), articleStart: 2 })?.title).toBe(h1);
    // A heading with other words is a teaser or a section; the metadata's headline stands.
    const other = [
      line('Home Politics World'),
      line('Flood relief: what is in the bill', 'heading', 2),
      page[2],
    ];
    expect(chooseTitleByScore({ ...input(other, titles), articleStart: 2 })?.title).toBe(short);
  });

  it('yields to the page’s headline that holds nearly all its words', () => {
    const h1 = 'Senate negotiators near deal on $13 billion disaster aid package as Midwest floods spread';
    expect(extractHtml(page(h1), { fileName: 'a.html' }).title).toBe(h1);
  });

  it('stands when the page’s heading says something else, and a byline is never the headline', () => {
    expect(extractHtml(page('Politics'), { fileName: 'a.html' }).title).toBe(
      'Senate negotiators near deal on disaster aid as Midwest floods spread',
    );
    expect(isCreditLine('By Lauren Whitaker, Daniel Osei and Priya Raman, CNN')).toBe(true);
    expect(isCreditLine('Senate negotiators near deal on disaster aid')).toBe(false);
  });
});
