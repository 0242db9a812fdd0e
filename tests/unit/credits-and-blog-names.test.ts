/**
 * Credits as app share pages, tech media, notes and threads print them, and what must not pass
 * for one, each on a line or a small page built here: an app's name with a plus before the
 * reporter ("南方+记者 黄思琪"), a bracketed label ("【作者】"), names split by semicolons, a
 * correspondents' line under the reporters', "本文作者：", a blog named by its owner ("陈思远的
 * 日志") never taken for the headline, a post's date line with its category, a diary's owner,
 * a thread's poster beside a follow button; and the lines that look like credits but are not.
 */
import { describe, expect, it } from 'vitest';
import { acceptableByline } from '../../src-main/import/byline-guard';
import { extractHtml } from '../../src-main/import/extract-html';
import { extractPlainText } from '../../src-main/import/extract-text';
import { creditOfLine } from '../../src-main/import/html/byline-conventions';
import { dateInText } from '../../src-main/import/html/publication-date';
import { looksLikePersonName } from '../../src-main/import/html/person-names';
import type { TextSegment } from '../../src-main/import/html/to-blocks';
import {
  isPostHeader,
  isThreadPage,
  posterOnDayLine,
  secondPostHeader,
} from '../../src-main/import/text/forum-post';
import { isMetaLine } from '../../src-main/import/text/front-matter';
import { zoneNoise } from '../../src-main/import/text/noise';
import {
  headlineAbove,
  headlineWithFacts,
  namesSiteAndAddress,
} from '../../src-main/import/text/headline-above';
import { blogOwner } from '../../src-shared/extraction/blog-owner';

const text = (lines: string[], fileName = 'page.txt') => extractPlainText(lines.join('\n\n'), { fileName });

const PROSE = [
  '今天下午把毕业论文的初稿交给了导师，从主楼出来的时候，发现樱花已经开了，路上到处是拍照的人，热闹得像过节一样。',
  '四年前刚来武汉，第一个春天也是这样，室友拉着我去樱花大道看人挤人，我们在人堆里站了半个小时，最后拍了一张全是后脑勺的照片。',
  '现在寝室里四个人，老大已经签了深圳的一家通信公司，老三在准备出国，老四考研初试过了，下周去北京复试，只有我还在犹豫。',
  '写到这里已经快十二点了，楼下的宿管阿姨在喊关门。就先写到这里吧。还剩三个月，我想好好过，把该做的事情一件件做完。',
];

describe('credit lines', () => {
  it('reads a reporter after an app’s name with a plus', () => {
    expect(creditOfLine('南方+记者 黄思琪 通讯员 黎国强 梁颖欣')?.author).toBe('黄思琪 黎国强 梁颖欣');
    expect(creditOfLine('现代快报/现代+记者 王益 通讯员 秦宣')?.author).toBe('王益 秦宣');
  });

  it('reads a label closed by its bracket, and names split by semicolons', () => {
    expect(creditOfLine('【作者】 黄思琪；黎国强；梁颖欣')?.author).toBe('黄思琪 黎国强 梁颖欣');
    expect(creditOfLine('本文作者：陈思远')?.author).toBe('陈思远');
  });

  it('reads no report’s kind and no city before 报道 as a name', () => {
    expect(creditOfLine('郑州 暴雨专题报道')).toBeNull();
    expect(creditOfLine('石家庄 现场报道')).toBeNull();
    expect(creditOfLine('福田汽车 北京报道')).toBeNull();
    expect(creditOfLine('（本报记者大西洋报道）')).toBeNull();
  });

  it('reads Japanese names only with a given name, and places after a family name as places', () => {
    expect(looksLikePersonName('石井')).toBe(true);
    expect(looksLikePersonName('大西洋')).toBe(false);
    expect(looksLikePersonName('福田口岸')).toBe(false);
    expect(looksLikePersonName('中山陵')).toBe(false);
  });

  it('credits the correspondents’ line under the reporters’, on a page and in text', () => {
    const story = PROSE.map((p) => `<p>${p}</p>`).join('');
    const html =
      `<html><head><meta charset="utf-8"><title>十堰一村民上山采药迷路 救援队连夜搜寻找到人</title></head><body>` +
      `<h1>十堰一村民上山采药迷路 救援队连夜搜寻找到人</h1><div class="info">极目新闻 2022-09-17 15:03</div>` +
      `<div class="content"><p>极目新闻记者 郑阳</p><p>通讯员 周建 刘小兰</p>${story}</div></body></html>`;
    expect(extractHtml(html, { fileName: 'a.html' }).byline).toBe('郑阳 周建 刘小兰');
    const saved = text([
      '十堰一村民上山采药迷路 救援队连夜搜寻找到人',
      '极目新闻',
      '打开APP',
      '十堰一村民上山采药迷路 救援队连夜搜寻找到人',
      '极目新闻 2022-09-17 15:03 湖北',
      '极目新闻记者 郑阳',
      '通讯员 周建 刘小兰',
      ...PROSE,
    ]);
    expect(saved.byline).toBe('郑阳 周建 刘小兰');
  });
});

describe('a blog named by its owner', () => {
  const lines = [
    '人人网 - 陈思远的日志',
    '首页',
    '个人主页',
    '好友',
    '登录',
    '注册',
    '陈思远的日志',
    '返回陈思远的个人主页 | 陈思远的全部日志',
    '写在大四的最后一个春天',
    '2011-03-26 23:14 | 分类：心情随笔',
    ...PROSE,
    '阅读(412) | 评论(23) | 分享 | 打印',
    '上一篇：寒假最后一天，在家里看了一天书',
  ];

  it('reads a date line with its category as a fact line, not a headline with 分类 in it', () => {
    expect(isMetaLine('2011-03-26 23:14 | 分类：心情随笔')).toBe(true);
    expect(isMetaLine('上海垃圾分类新规正式施行')).toBe(false);
  });

  it('saved as text, takes the post’s headline and its owner, not the blog’s name', () => {
    const article = text(lines);
    expect(article.title).toBe('写在大四的最后一个春天');
    expect(article.byline).toBe('陈思远');
  });

  it('in HTML, takes the post’s headline, not the <title>’s blog name shown as a heading', () => {
    const html =
      `<html><head><meta charset="utf-8"><title>人人网 - 陈思远的日志</title></head><body>` +
      `<h1 class="logo"><a href="/home"><img alt="人人网"></a></h1>` +
      `<div class="blog-head"><h2><a href="/profile.do?id=1">陈思远</a>的日志</h2>` +
      `<p><a href="/profile.do?id=1">返回陈思远的个人主页</a> | <a href="/blog/1">陈思远的全部日志</a></p></div>` +
      `<div class="blog-body"><h3 class="title-article"><strong>写在大四的最后一个春天</strong></h3>` +
      `<div class="timestamp">2011-03-26 23:14 | 分类：心情随笔</div>` +
      `<div class="text-article">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
      `<div class="sidebar"><h4>陈思远的日志分类</h4></div></body></html>`;
    const article = extractHtml(html, { fileName: 'a.html' });
    expect(article.title).toBe('写在大四的最后一个春天');
    expect(article.byline).toBe('陈思远');
  });

  it('reads a diary named by its owner, and a headline about one’s blog as nobody’s', () => {
    expect(blogOwner(['阿措的日记'], '外婆的樟木箱子', ['阿措'])).toBe('阿措');
    expect(blogOwner(['如何搭建自己的博客'], '如何搭建自己的博客', ['如何搭建自己的博客'])).toBeNull();
  });

  it('takes an owner only from a profile’s label in the header, not a comment’s', () => {
    expect(blogOwner(['博主：宋立言'], '加息预期下', [])).toBe('宋立言');
    expect(blogOwner([], '加息预期下', ['博主：宋立言'])).toBeNull();
    expect(blogOwner(['博主：写得真好，支持一下'], '加息预期下', [])).toBeNull();
  });
});

describe('a thread saved as text', () => {
  it('takes the poster from the line with the day, past a follow button', () => {
    const article = text([
      '在老家县城开了三年早餐店，说说真实收入和辛苦 - 步行街主干道 - 虎扑社区',
      '虎扑首页 | 新闻 | 步行街 | 登录 | 注册',
      '虎扑社区>步行街>步行街主干道',
      '在老家县城开了三年早餐店，说说真实收入和辛苦',
      '（1024回复/312568浏览）',
      '回复 收藏 只看楼主',
      '共21页 1234...21下一页',
      '江城老八 +关注 2017-08-14 22:31',
      '楼主',
      '坐标湖北某县城，人口四十来万，不是什么大地方。三年前从武汉辞职回来，和老婆一起在菜市场旁边盘了个门面开早餐店，主要卖热干面和豆皮。',
      '先说收入。生意好的时候一天流水两千出头，差的时候七八百，扣掉房租、水电和原料，一个月两口子到手大概一万出头，比在武汉打工强一点。',
      '再说辛苦。每天凌晨三点四十起床熬汤、发面，六点开门，一直忙到中午一点，下午还要去批发市场进货，一年到头基本没有休息的日子。',
    ]);
    expect(article.byline).toBe('江城老八');
  });

  it('counts "发表时间：" as a post’s header only on a thread', () => {
    const news = ['发表时间：2011-04-12 09:45 | 来源：新华网 | 作者：张三', ...PROSE];
    expect(isThreadPage(news)).toBe(false);
    expect(isPostHeader(news[0], isThreadPage(news))).toBe(false);
    const at = secondPostHeader(0, false);
    expect([...news, news[0]].filter((line) => at({ text: line }))).toEqual([]);
    expect(isThreadPage(['楼主', '江汉枪痴', '积分：4,682'])).toBe(true);
  });
});

describe('lines that are no credit and no site’s name', () => {
  it('never takes a fact line’s label for a byline', () => {
    for (const label of ['发表于', '发布于', '作者', '来源', '时间', '日期'])
      expect(acceptableByline(label)).toBe(false);
    expect(acceptableByline('听雨轩')).toBe(true);
  });

  it('finds a headline written with spaces above the text', () => {
    const lines = ['央视春晚节目单公布_示例网', '首页', '央视 春晚 节目单 今天 公布', ...PROSE];
    expect(headlineAbove(lines, 3, { line: lines[0], headline: '央视春晚节目单公布' })).toBe(2);
  });

  it('reads an address inside a headline as the headline’s', () => {
    expect(namesSiteAndAddress('柠檬不萌 [http://382719465.qzone.qq.com]')).toBe(true);
    expect(namesSiteAndAddress('www.12306.cn明起开售春运车票')).toBe(false);
    expect(namesSiteAndAddress('12306网站 www.12306.cn 故障')).toBe(false);
  });

  it('reads a headline that opens with 转自 as a headline, not a repost’s credit', () => {
    const lines = [
      '示例网',
      '首页',
      '转自动驾驶赛道 老牌车企加速转型',
      '2024-03-02 10:00 来源：示例网',
      ...PROSE,
    ];
    expect(headlineWithFacts(lines, 4)).toBe(2);
  });

  it('does not date an article by a commenter’s labelled line', () => {
    const segment = (line: string): TextSegment =>
      ({ text: line, kind: 'paragraph', region: 'main', linkChars: 0 }) as TextSegment;
    const page = [
      segment('标题在这里'),
      segment('来源：示例新闻网'),
      ...PROSE.map(segment),
      segment('发表时间：2024-02-03 21:35 网友 快乐小鱼 回复'),
    ];
    expect(dateInText(page, [0, 2], 5, null)).toBeNull();
  });

  it('keeps a blog’s post whole when its headline is listed again under it', () => {
    const article = text([
      '春运回家路_小鱼的博客_新浪博客',
      '首页 博文目录 图片 关于我',
      '春运回家路',
      ...PROSE,
      '分类：生活',
      '最新博文',
      '春运回家路',
      '2024-01-26 10:00',
      '年夜饭菜单',
      '2024-01-20 09:00',
    ]);
    expect(article.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(PROSE));
  });

  it('takes no reader’s name from the bar that greets them, and no channel beside the site', () => {
    const html =
      `<html><head><meta charset="utf-8"><title>写在大四的最后一个春天</title></head><body>` +
      `<div class="top-bar"><span>欢迎您，</span><span class="user-name">快乐小鱼</span><a href="/logout">退出</a></div>` +
      `<h1>写在大四的最后一个春天</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(extractHtml(html, { fileName: 'a.html' }).byline).toBeNull();
    const saved = text([
      '春运首日全国客流平稳有序_文化_人民网',
      '首页 时政 国际 财经 文化',
      '春运首日全国客流平稳有序',
      '文化 人民网',
      '2024-01-26 10:00',
      ...PROSE,
      '人民网版权所有，未经书面授权禁止使用',
    ]);
    expect(saved.byline).toBeNull();
  });
});

describe('ordinary pages that look like blogs, threads or credits', () => {
  const memoir = [
    '外婆的字写得很工整，一笔一画都像小学生的作业本，她说这是年轻时在扫盲班里练出来的。',
    '我翻开外婆的日记本，第一页写着一九七八年的春天，那一年舅舅考上了大学，全村人都来道喜。',
    '外婆的日记断断续续记了三十年，记的多是天气、收成和家里的大事小情，很少写到她自己。',
  ];

  it('keeps a headline about someone’s diary, and credits no one in it', () => {
    const html =
      `<html><head><meta charset="utf-8"><title>外婆的日记_晚报网</title></head><body>` +
      `<h1>外婆的日记</h1><div class="info">2023-04-02 08:30 来源：晚报网</div>` +
      `${memoir.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const article = extractHtml(html, { fileName: 'a.html' });
    expect(article.title).toBe('外婆的日记');
    expect(article.byline).toBeNull();
    const saved = text([
      '外婆的日记_晚报网',
      '首页 副刊 新闻',
      '外婆的日记',
      '2023-04-02 08:30 来源：晚报网',
      ...memoir,
    ]);
    expect(saved.title).toBe('外婆的日记');
    expect(saved.byline).toBeNull();
  });

  it('reads a labelled or double-arrowed trail as no headline', () => {
    const lines = [
      '央行宣布降准0.5个百分点 释放长期资金约1万亿元_新闻中心_示例网',
      '首页 新闻 财经 体育 娱乐',
      '您的位置：首页 >> 新闻中心 >> 央行宣布降准0.5个百分点 释放长期资金约1万亿元',
      '2024-01-05 10:00 来源：示例网',
      ...PROSE,
    ];
    const page = { line: lines[0], headline: '央行宣布降准0.5个百分点 释放长期资金约1万亿元' };
    expect(headlineAbove(lines, 4, page)).toBe(-1);
    // Labelled, with dashes between its steps; unlabelled, with double arrows: trails all the same.
    const dashed = '当前位置：首页 - 新闻中心 - 央行宣布降准0.5个百分点 释放长期资金约1万亿元';
    expect(headlineAbove([...lines.slice(0, 2), dashed, ...lines.slice(3)], 4, page)).toBe(-1);
    expect(
      headlineAbove([...lines.slice(0, 2), lines[2].replace('您的位置：', ''), ...lines.slice(3)], 4, page),
    ).toBe(-1);
    expect(isMetaLine('首页 >> 新闻中心 >> 正文')).toBe(false);
  });

  it('reads what the writer is, or a rights note, as no name', () => {
    expect(creditOfLine('（本文作者系中国人民大学教授）')).toBeNull();
    expect(creditOfLine('本文作者授权发布')).toBeNull();
    expect(creditOfLine('原文作者不详')).toBeNull();
    expect(creditOfLine('作者：张三；供稿单位：教务处')?.author).toBe('张三');
    expect(creditOfLine('（郑州 暴雨专题报道）')).toBeNull();
  });

  it('keeps the day of an info line with a reply count, a source or a link to the comments', () => {
    const segment = (line: string): TextSegment =>
      ({ text: line, kind: 'paragraph', region: 'main', linkChars: 0 }) as TextSegment;
    for (const info of [
      '发表时间：2024-02-03 21:35 浏览：1234 回复：12',
      '发布时间：2024-02-03 21:35 来源：网友爆料',
      '发布日期：2024-02-03 | 点击：88 | 网友留言',
    ]) {
      const page = [
        segment('标题在这里'),
        segment(info),
        ...PROSE.slice(0, 2).map(segment),
        segment('相关新闻 2023-11-01'),
      ];
      expect(dateInText(page, [0, 2], 3, null)?.day).toBe('2024-02-03');
    }
  });

  it('keeps the writer beside the site’s name when another line names them again', () => {
    const headline = '中央经济工作会议前瞻：稳字当头 民企纾困或成重点';
    const saved = text([
      `${headline}｜多维新闻｜中国`,
      '首页 中国 全球 台湾 香港 经济',
      headline,
      '柯言 多维新闻',
      '2018-12-17 09:12:30',
      ...PROSE,
      '编辑 柯言',
      '© 2018 多维新闻 版权所有',
    ]);
    expect(saved.byline).toBe('柯言');
  });

  it('reads a conference story with a 主题 line as no thread, and a medium as no poster', () => {
    const saved = text([
      '数字经济论坛在京开幕',
      '数字经济论坛在京开幕',
      '2023-05-12 10:21',
      '分享到：',
      '人民日报海外版 2023-05-12',
      '本届论坛主题：数字经济与高质量发展。来自政府部门、高校和企业的三百多位代表参加了开幕式，围绕数据要素、产业数字化等议题展开讨论。',
      ...PROSE,
    ]);
    expect(saved.byline).toBeNull();
    expect(isThreadPage(['主题：数字经济与高质量发展', '沙发'])).toBe(false);
    expect(posterOnDayLine(['数字经济论坛在京开幕', '分享到：', '人民日报海外版 2023-05-12'], 0)).toBeNull();
    expect(posterOnDayLine(['在老家县城开了三年早餐店', '江城老八 +关注 2017-08-14 22:31'], 0)).toBe(
      '江城老八',
    );
  });

  it('joins correspondents to reporters only, not to an editor', () => {
    const saved = text(['示例新闻标题在这里', '责任编辑：王芳', '通讯员 周建', '2024-03-01 09:00', ...PROSE]);
    expect(saved.byline).not.toContain('王芳');
  });

  it('reads a space’s address with a path, and a greeting bar’s user as no poster', () => {
    expect(namesSiteAndAddress('柠檬不萌 [http://user.qzone.qq.com/382719465]')).toBe(true);
    const html =
      `<html><head><meta charset="utf-8"><title>写在大四的最后一个春天</title></head><body>` +
      `<div class="user-info">欢迎您，<span class="user-name">王小明</span> <a href="/logout">退出</a></div>` +
      `<h1>写在大四的最后一个春天</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(extractHtml(html, { fileName: 'a.html' }).byline).toBeNull();
  });
});

describe('a news page saved as text that opens with an ad’s controls', () => {
  it('takes the headline over the writer’s name and the date, not the ad’s button or the name', () => {
    expect(zoneNoise('Click to Skip Ad')).toBe('boilerplate');
    const article = text([
      'Click to Skip Ad',
      'Closing in...',
      'Tech',
      'Entertainment',
      'Deals',
      'Business',
      'Science',
      'Lifestyle',
      'About',
      "Black Friday 2019: Grab Amazon's Hottest Early Black Friday Deals Here",
      'The 10 best early Black Friday deals on Apple devices',
      'Maren Estrada',
      'November 19th, 2019 at 8:40 AM',
      'Share  Tweet',
      'Black Friday 2019 is going to be huge for all sorts of different product categories, from 4K TVs and robot vacuums to Instant Pots and smart home devices.',
      'AirPods 2 dropped to an all-time low on Amazon at just $139, and AirPods 2 with Wireless Charging Case are down to $164, the lowest price we have seen all year.',
      'If you have been waiting for a good moment to pick up a new iPad, this might be it: the entry-level model is $80 off at Amazon and Walmart through the weekend.',
    ]);
    expect(article.title).toBe('The 10 best early Black Friday deals on Apple devices');
    expect(article.byline).toBe('Maren Estrada');
  });
});

describe('a reviewer’s line under the writer’s', () => {
  it('is a fact line, not the text’s first paragraph; a headline with 审核 in it is no fact line', () => {
    expect(isMetaLine('审核专家：何立群\u3000北京大学人民医院\u3000主任医师')).toBe(true);
    expect(isMetaLine('网络游戏审核恢复')).toBe(false);
    const article = text([
      '手脚一到冬天就冰凉，是身体出了问题吗？_科普中国网',
      '首页 健康 科技 生活',
      '手脚一到冬天就冰凉，是身体出了问题吗？',
      '2019-12-09 10:00 来源：科普中国',
      '作者：孙雨婷\u3000首都医科大学附属北京朝阳医院\u3000主治医师',
      '审核专家：何立群\u3000北京大学人民医院\u3000主任医师',
      ...PROSE,
    ]);
    expect(article.byline).toBe('孙雨婷');
    expect(article.blocks.map((b) => b.text).join('\n')).not.toContain('审核专家');
  });
});
