/**
 * Plain-text extraction: the seed article against every field of its expected JSON (the
 * fixture drives the test), nothing lost, removed text kept in order with its reasons, and the
 * same rules on other scraped pages, Chinese and English, and on texts that hold no noise.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from '../../src-main/ipc/contract';
import { extractPlainText } from '../../src-main/import/extract-text';
import { importBytes } from '../../src-main/import/import-file';
import type { ExtractedArticle } from '../../src-main/import/types';

const fixtures = resolve(__dirname, '../fixtures');
const seedText = readFileSync(resolve(fixtures, 'seed-article.txt'), 'utf8');
interface Expected {
  title: string;
  byline: string;
  publishedAt: string;
  body: {
    paragraphCount: number;
    firstParagraphStartsWith: string;
    lastParagraph: string;
    mustContain: string[];
    mustNotContain: string[];
  };
  removed: { mustContain: string[] };
  headings: { mustInclude: string[] };
  datedPassages: { cases: { text: string }[] };
}
const expected = JSON.parse(
  readFileSync(resolve(fixtures, 'seed-article.expected.json'), 'utf8'),
) as Expected;

/** The fixture's rule: every run of white space is one space, both ends trimmed. */
const collapse = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

function importSeed(): ImportedArticle {
  const result = importBytes(
    new Uint8Array(readFileSync(resolve(fixtures, 'seed-article.txt'))),
    'seed-article.txt',
  );
  if (!result.ok) throw new Error(result.error.reason);
  return result.article;
}

const bodyOf = (a: ExtractedArticle | ImportedArticle) => collapse(a.blocks.map((b) => b.text).join('\n'));
const removedOf = (a: ExtractedArticle | ImportedArticle) =>
  collapse(a.removed.map((r) => r.text).join('\n'));

describe('the seed article, field by field from seed-article.expected.json', () => {
  const article = importSeed();
  const blocks = article.blocks.map((b) => ({ ...b, text: collapse(b.text) }));

  it('has the title, byline and date', () => {
    expect(collapse(article.title)).toBe(collapse(expected.title));
    expect(collapse(article.byline ?? '')).toBe(collapse(expected.byline));
    expect(article.publishedAt).toBe(expected.publishedAt);
  });

  it('has the body: count, first and last paragraph', () => {
    expect(blocks).toHaveLength(expected.body.paragraphCount);
    expect(blocks[0].text.startsWith(collapse(expected.body.firstParagraphStartsWith))).toBe(true);
    expect(blocks[blocks.length - 1].text).toBe(collapse(expected.body.lastParagraph));
  });

  it('keeps what the body must contain and leaves out what it must not', () => {
    const body = bodyOf(article);
    for (const text of expected.body.mustContain) expect(body).toContain(collapse(text));
    for (const text of expected.body.mustNotContain) expect(body).not.toContain(collapse(text));
  });

  it('keeps every dated passage in the body', () => {
    const body = bodyOf(article);
    for (const { text } of expected.datedPassages.cases) expect(body).toContain(collapse(text));
  });

  it('keeps what was left out', () => {
    const removed = removedOf(article);
    for (const text of expected.removed.mustContain) expect(removed).toContain(collapse(text));
  });

  it('shows the section headings as headings, still in the body text', () => {
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    for (const text of expected.headings.mustInclude) expect(headings).toContain(collapse(text));
    expect(headings.length).toBeLessThanOrEqual(8);
  });

  it('leaves the paragraphs white space as written (U+00A0 stays)', () => {
    expect(article.blocks.some((b) => b.text.includes('\u00a0'))).toBe(true);
    expect(article.blocks.every((b) => b.text === b.text.trim())).toBe(true);
  });

  it('keeps the removed text in order, at its place, with its reason', () => {
    expect(article.removed.map((r) => r.id)).toEqual(article.removed.map((_, i) => `r${i}`));
    const places = article.removed.map((r) => r.beforeBlock);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(article.removed[0]).toMatchObject({ reason: 'hotline', beforeBlock: 0 });
    const tail = article.removed.filter((r) => r.beforeBlock === article.blocks.length);
    const reasons = tail.map((r) => r.reason).filter((r, i, all) => all.indexOf(r) === i);
    expect(reasons).toEqual(['disclaimer', 'edit-stamp', 'link-list', 'footer', 'headline-list']);
    const headlines = tail.find((r) => r.reason === 'headline-list');
    expect(headlines?.text.split('\n')).toHaveLength(100);
  });

  it('loses nothing: every non-blank line is the title, in a block, or in a removed block', () => {
    const kept = [
      collapse(article.title),
      ...article.blocks.map((b) => collapse(b.text)),
      ...article.removed.map((r) => collapse(r.text)),
    ];
    const lost = seedText
      .split(/\r?\n/)
      .map(collapse)
      .filter((line) => line !== '' && !kept.some((text) => text.includes(line)));
    expect(lost).toEqual([]);
  });
});

const CHINESE_PAGE = `首页 | 新闻 | 体育 | 财经 | 科技 | 娱乐
您的位置：首页 > 新闻中心 > 正文
全国咨询热线：400-123-4567

我市启动老旧小区改造三年行动计划
发布时间：2023-05-08 09:30  来源：市政府网站  作者：李明

5月8日，市住房和城乡建设局召开新闻发布会，宣布正式启动老旧小区改造三年行动计划，计划到2025年底完成全市120个老旧小区的改造任务。

一、改造内容
改造内容包括加装电梯、更新供水管网、整治外立面以及增设停车位等，居民可以通过社区议事会提出具体需求。

图为改造后的小区
改造资金由市、区两级财政共同承担，同时鼓励社会资本参与，居民按照自愿原则适当出资。

市住建局相关负责人表示，将坚持“先民生、后提升”的原则，优先解决居民反映最强烈的问题。

（完）
责任编辑：王芳
分享到：微信 微博 QQ空间
上一篇：我市举办春季招聘会
相关新闻
1. 我市举办春季招聘会
2. 市区新增三条公交线路
3. 城东公园改造完成
4. 市图书馆延长开放时间
Copyright © 2023 某某市人民政府 版权所有  京ICP备12345678号
`;

const ENGLISH_PAGE = `Skip to main content
Menu
Home | World | Business | Tech | Sports

City Council Approves New Bike Lanes Downtown
By Jane Doe | Updated January 17, 2022

The city council voted 7-2 on Tuesday to add protected bike lanes on four downtown streets, a plan that supporters say will make cycling safer and reduce traffic.

Background

The proposal has been debated for more than two years. Opponents argued that removing parking spaces would hurt local businesses, while cyclists pointed to a rise in accidents.

"This is a good day for everyone who uses our streets," said council member Ana Ruiz.

Construction is expected to begin in the spring.

Share this:
Related Stories
1. Mayor unveils budget plan
2. New park opens on the east side
3. Transit fares to rise in March
© 2022 Example News. All rights reserved.
Privacy Policy | Terms of Use | Contact Us
`;

const PORTAL_PAGE = [
  '多地推出夜间经济新举措',
  '2005-04-05 06:40更新 来源：转载文章',
  '',
  '记者日前从多地商务部门了解到，为了进一步释放消费潜力，不少城市推出了延长商场营业时间、开放夜市街区等举措，受到市民欢迎。',
  '业内人士表示，夜间经济的发展需要交通、治安、环卫等多方面的配合，各地应当因地制宜，避免一哄而上。',
  '来源：新闻晨报',
  '编辑：山石',
  '相关报道：',
  '· 本市新增两条夜间公交线路  （2005-04-03）',
  '· 夜市街区周末人气旺  （2005-04-01）',
  '· 商场延时营业首周客流上升  （2005-04-01）',
  '发送给朋友',
  '发表评论',
  '打印本文',
  '幻灯欣赏：',
  '城市夜景',
  '灯光秀',
  '老街新貌',
  '美食地图',
  '周末去哪儿',
  '[头条]  夜间消费调查',
  '延长营业时间的商场越来越多，市民晚上出门购物更方便了，但也有人担心噪音问题...... [ 全文 ]',
  '[关注]  夜市管理新规出台',
  '热词回顾：',
  '夜市',
  '美食',
  '购物',
].join('\n');

describe('other scraped pages', () => {
  it('reads a Chinese news page: header, facts, sections, tail', () => {
    const a = extractPlainText(CHINESE_PAGE, { fileName: 'news.txt' });
    expect(a).toMatchObject({
      title: '我市启动老旧小区改造三年行动计划',
      byline: '李明',
      publishedAt: '2023-05-08',
      siteName: '市政府网站',
    });
    expect(a.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(a.blocks[1].text).toBe('一、改造内容');
    expect(a.blocks[3].text).toBe('图为改造后的小区'); // a caption, not a heading
    expect(a.blocks[a.blocks.length - 1].text).toBe('（完）');
    expect(a.removed.map((r) => r.reason)).toEqual([
      'navigation',
      'hotline',
      'header',
      'edit-stamp',
      'boilerplate',
      'headline-list',
      'footer',
    ]);
  });

  it('reads an English news page the same way', () => {
    const a = extractPlainText(ENGLISH_PAGE, { fileName: 'news.txt' });
    expect(a).toMatchObject({
      title: 'City Council Approves New Bike Lanes Downtown',
      byline: 'Jane Doe',
      publishedAt: '2022-01-17',
    });
    expect(a.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(a.removed.map((r) => r.reason)).toEqual([
      'navigation',
      'header',
      'boilerplate',
      'headline-list',
      'footer',
    ]);
    expect(removedOf(a)).toContain('3. Transit fares to rise in March');
  });

  it('ends the article before a sidebar whose teasers hold sentences', () => {
    const a = extractPlainText(PORTAL_PAGE, { fileName: 'portal.txt' });
    expect(a.title).toBe('多地推出夜间经济新举措');
    expect(a.blocks.map((b) => b.text)).toEqual([
      PORTAL_PAGE.split('\n')[3],
      PORTAL_PAGE.split('\n')[4],
      '来源：新闻晨报',
    ]);
    expect(removedOf(a)).toContain('延长营业时间的商场越来越多，市民晚上出门购物更方便了');
  });

  it('starts the article after a page’s menus and link lists that stand below the title', () => {
    const menu = Array.from({ length: 24 }, (_, i) => `Section ${i + 1}`);
    const teasers = ['Transit fares to rise', 'Mayor opens new park', 'Storm warning for the weekend'];
    const story = [
      'The city council voted on Tuesday to keep the old library open for another ten years.',
      'Council members said the building, which opened in 1911, still serves thousands of readers, and that repairs cost less than a new one.',
      'A public meeting on the repairs is planned for March.',
    ];
    const page = ['Library stays open - City News', '', ...menu, '', ...teasers, '', ...story].join('\n');
    const a = extractPlainText(page, { fileName: 'library.txt' });
    expect(a.blocks.map((b) => b.text)).toEqual(story);
    expect(removedOf(a)).toContain('Section 12');
    expect(removedOf(a)).toContain('Mayor opens new park');
  });

  it('ends the article above a page’s menus and sections below it even when no line there is noise', () => {
    const story = [
      'The city council voted on Tuesday to keep the old library open for another ten years.',
      'Council members said the building, which opened in 1911, still serves thousands of readers.',
    ];
    const below = Array.from({ length: 12 }, (_, i) => `Section ${i + 1}`);
    const page = ['Library stays open', '', ...story, '', ...below].join('\n');
    const a = extractPlainText(page, { fileName: 'library.txt' });
    expect(a.blocks.map((b) => b.text)).toEqual(story);
    expect(removedOf(a)).toContain('Section 12');
  });

  it('leaves out a list of one-sentence teasers with their bylines below the article', () => {
    const story = [
      'The city council voted on Tuesday to keep the old library open for another ten years, after a long debate.',
      'Council members said the building, which opened in 1911, still serves thousands of readers every month.',
      'A public meeting on the repairs is planned for March, and the first works begin in the summer.',
    ];
    const teasers = [
      ['Snow falls on the hills, more to come.', 'By', 'Ann Lee'],
      ['Fares rise in March, the board said.', 'By', 'Bo Chan'],
      ['A park opens by the river, with a playground.', 'By', 'Cy Ward'],
      ['The night market returns, open until ten.', 'By', 'Di Park'],
      ['Schools shut for a day, the storm nears.', 'By', 'Ed Moss'],
      ['A bakery wins a prize, its third in a row.', 'By', 'Fay Hart'],
    ].flat();
    const page = ['Library stays open', '', ...story, '', ...teasers].join('\n');
    const a = extractPlainText(page, { fileName: 'library.txt' });
    // The first teaser, a sentence right below the article, may stay; the list does not.
    expect(a.blocks.map((b) => b.text).slice(0, 3)).toEqual(story);
    expect(a.blocks.length).toBeLessThanOrEqual(4);
    expect(removedOf(a)).toContain('Cy Ward');
    expect(removedOf(a)).toContain('A bakery wins a prize, its third in a row.');
  });

  it('ends the article at a comment thread’s heading, however long the comments run', () => {
    const story = [
      'The city council voted on Tuesday to keep the old library open for another ten years, after a long debate that ran late into the night and drew a crowd of readers.',
      'Council members said the building, which opened in 1911, still serves thousands of readers every month, and that repairs to its roof cost far less than a new building would.',
      'A public meeting on the repairs is planned for March, and the first works on the roof and the windows begin in the summer, when the library closes for two weeks.',
    ];
    const comment =
      'I have used this library since I was a child, and I am glad it stays open, because the new one would be far from where most of us live and the bus does not go there.';
    const thread = ['3 responses to “Library stays open”'];
    for (const name of ['ann', 'bo', 'cy'])
      thread.push(`${name} says:`, 'November 19, 2019 at 6:34 am', comment);
    const page = ['Library stays open', '', ...story, '', ...thread].join('\n');
    const a = extractPlainText(page, { fileName: 'library.txt' });
    expect(a.blocks.map((b) => b.text)).toEqual(story);
    expect(a.removed.find((r) => r.text.startsWith('3 responses'))?.reason).toBe('comment');
    expect(removedOf(a)).toContain(comment);
  });

  it('ends the article at the site’s copyright line, however many teasers follow it', () => {
    const story = [
      'Police released video showing the rescue of a girl who was taken from her mother on a Saturday evening, and the man was arrested. '.repeat(
        2,
      ),
      'Officers found the room around midnight after a tip from a driver who had seen the car, the police chief said at a news conference. '.repeat(
        2,
      ),
      'The man was sentenced to life in prison on Monday, and the judge said the sentence was just, according to the court record. '.repeat(
        2,
      ),
    ].map((p) => p.trim());
    const teasers = Array.from({ length: 12 }, (_, i) => [
      `Other story number ${i}`,
      `This is the teaser of another story, with a sentence that runs to about twenty words in all, number ${i}.`,
    ]).flat();
    const page = [
      'Rescue caught on video',
      ...story,
      '© 2019 Example News Inc. All Rights Reserved.',
      ...teasers,
    ];
    const a = extractPlainText(page.join('\n'), { fileName: 'rescue.txt' });
    expect(a.blocks.map((b) => b.text)).toEqual(story);
    expect(a.removed.find((r) => r.text.startsWith('©'))?.reason).toBe('footer');
    expect(removedOf(a)).toContain(teasers[1]);
  });

  it('keeps a closing credit below the article but not the tags and share lines before the footer', () => {
    const story = [
      'The city council voted on Tuesday to close two streets to cars for the summer, after a year of debate over parking.',
      'Shops along the streets said the change had brought more people on foot, and the council will review it in the fall.',
      'Cyclists welcomed the vote, while some drivers said the detours would add to their time on the way to work each day.',
    ];
    const page = [
      'Streets close to cars for the summer',
      ...story,
      '(AP)',
      'Tags: Council, Streets',
      'Share',
      'Privacy Policy | Terms of Use | Contact Us',
    ];
    const a = extractPlainText(page.join('\n'), { fileName: 'streets.txt' });
    expect(a.blocks.map((b) => b.text)).toEqual([...story, '(AP)']);
    expect(removedOf(a)).toContain('Tags: Council, Streets');
    expect(removedOf(a)).toContain('Share');
  });

  it('starts the article at its headline shown again, with its date, below the page’s teasers', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) =>
        `Other Story Number ${i} In The CityA teaser of another story, with a sentence that runs to about twenty words, number ${i}.`,
    );
    const story = [
      'ST. JOSEPH, Mich. (AP) — Health authorities are reporting a sixth death linked to the virus this year.',
      'County officials said on Monday the victim was one of two people who caught the virus in the autumn.',
    ];
    const page = [
      'Officials: Sixth Death Linked To Virus | Example News',
      ...teasers,
      'Weather',
      'Sports',
      'Officials: Sixth Death Linked To Virus',
      'November 19, 2019 at 9:45 am',
      ...story,
    ];
    const a = extractPlainText(page.join('\n'), { fileName: 'virus.txt' });
    expect(a.title).toBe('Officials: Sixth Death Linked To Virus');
    expect(a.blocks.map((b) => b.text)).toEqual(story);
    expect(removedOf(a)).toContain(teasers[0]);
  });

  it('does not end the article at a sidebar’s “latest comments” above it', () => {
    const sidebar = [
      '欢迎来到我的博客，这里记录读书、旅行和生活里的点点滴滴，也收藏一些关于湖湘文化的好文章。',
      '最新评论',
      '回复:岳麓书院历代山长',
      '回复:北大边上',
    ];
    const story = [
      '岳麓书院是中国古代四大书院之一，位于湖南长沙岳麓山下，始建于北宋开宝九年，历经千年，弦歌不绝。',
      '书院历代山长多为一时名儒，他们主持讲学，培养了大批人才，对湖湘文化的形成有深远的影响。',
    ];
    const page = ['岳麓书院', '', ...sidebar, '', ...story].join('\n');
    const a = extractPlainText(page, { fileName: 'shuyuan.txt' });
    expect(a.blocks.map((b) => b.text).slice(-2)).toEqual(story);
  });

  it('keeps a short list that closes a note: it weighs too little to be a page’s tail', () => {
    const text = [
      'Shopping',
      '',
      'We need these before Sunday, because the shop is closed on Monday.',
      '',
      'Milk',
      'Bread',
      'Eggs',
    ].join('\n');
    const a = extractPlainText(text, { fileName: 'list.txt' });
    expect(a.blocks.map((b) => b.text)).toEqual(text.split('\n').filter((l) => l !== ''));
  });

  it('takes the headline a saved page’s <title> line names, not the whole <title>', () => {
    const story = 'The council voted on Tuesday to keep the old library open, and repairs begin in March.';
    const page = ['Library stays open | City News', '', 'City News', 'Library stays open', story].join('\n');
    const a = extractPlainText(page, { fileName: 'library.txt' });
    expect(a.title).toBe('Library stays open');
    expect(a.blocks.map((b) => b.text)).toEqual([story]);
  });

  it('keeps a few short lines that open a note: they weigh too little to be a page’s menus', () => {
    const text = [
      'Shopping',
      '',
      'Milk',
      'Bread',
      'Eggs',
      '',
      'We need these before Sunday, because the shop is closed on Monday.',
    ].join('\n');
    const a = extractPlainText(text, { fileName: 'list.txt' });
    expect(a.blocks.map((b) => b.text)).toEqual(text.split('\n').filter((l) => l !== ''));
  });

  it('loses no line of them either', () => {
    for (const page of [CHINESE_PAGE, ENGLISH_PAGE, PORTAL_PAGE]) {
      const a = extractPlainText(page, { fileName: 'x.txt' });
      const kept = [a.title, ...a.blocks.map((b) => b.text), ...a.removed.map((r) => r.text)].map(collapse);
      const lost = page
        .split('\n')
        .map(collapse)
        .filter((l) => l !== '' && !kept.some((k) => k.includes(l)));
      expect(lost).toEqual([]);
    }
  });
});

describe('texts without noise', () => {
  it('takes the title from the file name when the text opens with a paragraph', () => {
    const text =
      'Authorities say the fire started in the kitchen, then spread to the roof.\n\nNo one was hurt.\n';
    const a = extractPlainText(text, { fileName: '/notes/Kitchen fire.txt' });
    expect(a.title).toBe('Kitchen fire');
    expect(a.blocks.map((b) => b.text)).toEqual([
      'Authorities say the fire started in the kitchen, then spread to the roof.',
      'No one was hurt.',
    ]);
    expect(a.removed).toEqual([]);
  });

  it('does not take a short line below the opening sentence for the title', () => {
    const text = [
      'HAYWARD, Calif. (AP) — The latest on a stabbing on a commuter train (all times local):',
      '',
      '10 p.m.',
      '',
      'Authorities say a stabbing that killed a passenger may have occurred after a fight over shoes.',
    ].join('\n');
    const a = extractPlainText(text, { fileName: 'stabbing.txt' });
    expect(a.title).toBe('stabbing');
    expect(a.blocks).toHaveLength(3);
    expect(a.removed).toEqual([]);
  });

  it('joins hard-wrapped lines into their paragraph', () => {
    const text = [
      'A Walk in the Hills',
      '',
      'We set out early in the morning, before the fog had lifted from the',
      'valley, and walked for three hours along the old shepherds path until',
      'we reached the ridge.',
      '',
      'The view was worth it.',
    ].join('\n');
    const a = extractPlainText(text, { fileName: 'walk.txt' });
    expect(a.blocks).toHaveLength(2);
    expect(a.blocks[0].text).toBe(
      'We set out early in the morning, before the fog had lifted from the valley, and walked for three hours along the old shepherds path until we reached the ridge.',
    );
  });

  it('keeps one paragraph per line when lines end their sentences', () => {
    const text =
      '标题\n第一段讲的是天气，今天下了一整天的雨。\n第二段讲的是交通，很多道路都出现了积水。\n第三段讲的是生活，市民出门都带上了雨伞。';
    expect(extractPlainText(text, { fileName: 'a.txt' }).blocks).toHaveLength(3);
  });

  it('does not make short ordinary paragraphs or verse into headings', () => {
    const text = [
      '静夜思',
      '',
      '床前明月光',
      '疑是地上霜',
      '举头望明月',
      '低头思故乡',
      '',
      '这首诗写于唐代，是中国流传最广的诗歌之一，几乎每个孩子都会背诵，诗人借月光抒发了思乡之情。',
      '',
      '好。',
      '',
      '诗人当时身在扬州，远离家乡，在一个寂静的夜晚看到月光，写下了这首短诗，千百年来打动了无数读者。',
    ].join('\n');
    const a = extractPlainText(text, { fileName: 'poem.txt' });
    expect(a.title).toBe('静夜思');
    expect(a.blocks.filter((b) => b.kind === 'heading')).toEqual([]);
  });

  it('keeps a numbered list inside the article as list items', () => {
    const text = [
      'How to apply',
      '',
      'You can apply online or in person, and the office answers within two weeks.',
      '1. Fill in the form.',
      '2. Attach a copy of your ID.',
      '3. Send it to the office.',
      'The office will then contact you by email, usually within ten working days.',
    ].join('\n');
    const a = extractPlainText(text, { fileName: 'apply.txt' });
    expect(a.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'list-item',
      'list-item',
      'list-item',
      'paragraph',
    ]);
    expect(a.removed).toEqual([]);
  });

  it('keeps tables, Korean prose and paragraphs that mention phone numbers or copyright', () => {
    const lines = [
      '演出记录',
      '2008年8月24日\t日本 东京站\t东京昭和女子大学',
      '2009年3月14日\t大韩民国 釜山站\t釜山市民会馆大剧场',
      '上海大剧院\t北京大剧院\t广州大剧院\t深圳大剧院\t成都大剧院',
      '시장은 기자회견에서 환경을 생각하는 도시를 만들기 위해서는 많은 시민이 지하철과 버스를 이용하는 것이 중요하다고 말했습니다.',
      '如需帮助，居民可以拨打服务热线 0755-12345678 咨询，工作人员将在工作日内予以答复。',
      'The 13-inch MacBook Pro was last updated in July, while higher-end models got a refresh.',
      '最后一段说明，本文所引用的数据来自市统计局公开发布的年度报告。',
    ];
    const a = extractPlainText(lines.join('\n'), { fileName: 'mixed.txt' });
    expect(a.removed).toEqual([]);
    expect(a.blocks).toHaveLength(lines.length - 1);
  });

  it('keeps a table that ends the article, and drops the copyright line below it', () => {
    const rows = Array.from(
      { length: 10 },
      (_, i) => `2022年${i + 1}月\t${100 + i * 7}\t${(3.5 + i / 10).toFixed(1)}%`,
    );
    const text = [
      '全年销售情况',
      '',
      '下表列出了全年每个月的销售额和增长率，数据来自公司财务部门。',
      ...rows,
      '© 2022 某某公司',
    ].join('\n');
    const a = extractPlainText(text, { fileName: 'sales.txt' });
    expect(a.blocks.map((b) => b.text)).toEqual([text.split('\n')[2], ...rows]);
    expect(a.removed.map((r) => r.reason)).toEqual(['footer']);
  });

  it('keeps a one-line note as its title and its text', () => {
    const a = extractPlainText('Buy milk and bread\n', { fileName: 'todo.txt' });
    expect(a.title).toBe('Buy milk and bread');
    expect(a.blocks).toEqual([{ kind: 'paragraph', text: 'Buy milk and bread' }]);
  });

  it('keeps a note that is nothing but a phone number rather than show nothing', () => {
    const a = extractPlainText('电话：0755-8882 8155\n', { fileName: 'phone.txt' });
    expect(a.blocks.map((b) => b.text)).toEqual(['电话：0755-8882 8155']);
    expect(a.removed).toEqual([]);
  });
});
