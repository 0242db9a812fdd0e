/**
 * Title signals for Chinese templates: a media name cut from the end of a `<title>` after "：",
 * "·" or "丨"; a headline standing right above its date-and-source line; the value after a
 * notice's "标  题：" label; and the article's own first line, which is no longer compared with
 * itself for the words the headline shares with the text. In plain text: a first line shaped
 * like a medium's name, a byline credited again below, and the furniture the HTML path skips.
 */
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src-main/import/extract-text';
import { isBreadcrumb } from '../../src-main/import/html/boilerplate';
import { isMetaLine } from '../../src-main/import/html/chinese-conventions';
import { chooseTitleByScore } from '../../src-main/import/html/title-candidates';
import type { TextSegment } from '../../src-main/import/html/to-blocks';
import { isMetaLine as isFactLine, titleScore } from '../../src-main/import/text/front-matter';
import { withoutSiteParts } from '../../src-main/import/text/site-suffix';
import {
  isMediaLabel,
  isMediaName,
  splitSiteHead,
  splitSiteTail,
} from '../../src-shared/extraction/title-furniture';

const line = (text: string, kind: TextSegment['kind'] = 'paragraph', level?: number): TextSegment => ({
  text,
  kind,
  level,
  region: 'main',
  linkChars: 0,
});

const choose = (page: TextSegment[], documentTitle: string | null, articleStart: number) =>
  chooseTitleByScore({
    documentTitle,
    ogTitle: null,
    jsonLdHeadline: null,
    siteName: null,
    hosts: [],
    page,
    articleStart,
    articleOpening: page
      .slice(articleStart, articleStart + 6)
      .map((s) => s.text)
      .join('')
      .slice(0, 600),
  })?.title;

const BODY = [
  '两会期间，代表们围绕乡村振兴提出了多项建议，涉及种业、农机和基层医疗等方面的具体问题。',
  '记者在会场外采访了多位代表，他们表示，基层的声音正在被更多地听到，政策落地也更快了。',
  '有代表认为，农村的公共服务仍需补齐短板，尤其是教育和养老两个方面，需要持续的投入。',
];

describe('a media name at the end of a <title>', () => {
  it('is cut after "：", "·" and "丨" when it is shaped like a media name', () => {
    expect(splitSiteTail('播客热潮迅速蔓延 挑逗传统传媒业：江南都市网')).toEqual({
      headline: '播客热潮迅速蔓延 挑逗传统传媒业',
      site: '江南都市网',
    });
    expect(splitSiteTail('湘菜粤菜 兵分两路·新民晚报')?.site).toBe('新民晚报');
    expect(splitSiteTail('一座城市的夜晚丨澎湃新闻')?.site).toBe('澎湃新闻');
  });

  it('is not cut when the part after the colon is a quote, a long phrase or leaves too little', () => {
    // A speaker and a quote: "我是怎样卷入八九民运的" ends as no media name does.
    expect(splitSiteTail('茉莉：我是怎样卷入八九民运的')).toBeNull();
    // Too long for a name, with a space in it.
    expect(splitSiteTail('专访：他把一张旧报 变成了新的日报')).toBeNull();
    // The headline would keep fewer than four characters.
    expect(splitSiteTail('视频：新华网')).toBeNull();
    expect(splitSiteTail('No colon here')).toBeNull();
  });

  it('gives the headline in HTML, with the page showing it nowhere', () => {
    const page = [line('首页 | 时事 | 生活 | 财经 | 法律'), ...BODY.map((t) => line(t))];
    expect(choose(page, '乡村振兴的基层声音：江南都市网', 1)).toBe('乡村振兴的基层声音');
  });

  it('keeps a speaker’s quote whole, split at its colon by nothing', () => {
    const page = [line('茉莉：我是怎样卷入八九民运的', 'heading', 2), ...BODY.map((t) => line(t))];
    expect(choose(page, '茉莉：我是怎样卷入八九民运的：华夏新闻网', 1)).toBe('茉莉：我是怎样卷入八九民运的');
  });

  it('is cut from a saved page’s <title> line in plain text', () => {
    expect(withoutSiteParts('投身外交(3)：华夏新闻网')).toBe('投身外交(3)');
    expect(withoutSiteParts('投身外交(3)·华夏新闻网')).toBe('投身外交(3)');
    const text = ['乡村振兴的基层声音：江南都市网', '', ...BODY].join('\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('乡村振兴的基层声音');
  });
});

describe('where the headline stands', () => {
  it('without a <title>, a line of a headline’s length over its date line, far above the text, is the headline', () => {
    const headline = '谁来为无序拆房“埋单”？';
    const page = [
      line('bjreader的博客', 'heading', 2),
      line('首页 | 日志 | 相册 | 留言'),
      line(headline),
      line('2005-07-14 09:57 来源：北京青年报'),
      ...['分享到', '微信', '微博', 'QQ空间', '打印', '关闭'].map((t) => line(t)),
      ...BODY.map((t) => line(t)),
    ];
    expect(choose(page, null, 10)).toBe(headline);
    // A widget's label over a date line is shorter than a headline: it is not taken for one.
    const widget = [
      line('bjreader的博客', 'heading', 2),
      line('官方微信平台'),
      line('2005-07-14 09:57 来源：北京青年报'),
      ...['分享到', '微信', '微博', 'QQ空间', '打印', '关闭', '收藏'].map((t) => line(t)),
      ...BODY.map((t) => line(t)),
    ];
    expect(choose(widget, null, 10)).not.toBe('官方微信平台');
    // Above an English date line stand a byline, a role or a picture's credit, not a headline.
    const english = [
      line('Forum Moderator'),
      line('November 18, 2019 10:21 am'),
      ...['Share', 'Tweet', 'Email', 'Print', 'Save', 'Comments', 'Follow', 'Reply'].map((t) => line(t)),
      line('The patch fixes the crash on login that many players reported after the last update.'),
      line('It also restores the missing quest markers and speeds up loading of the world map.'),
    ];
    expect(choose(english, null, 10)).not.toBe('Forum Moderator');
  });

  it('a channel’s heading over the headline is no headline when the <title> names both', () => {
    // The kept text opens with the channel's h2, the headline below it in no heading's markup.
    const headline = '多数夫妻生活有名无实 日本无性婚姻问题严重(图)';
    const page = [
      line('首页 | 滚动 | 国内 | 国际 | 社会'),
      line('社会', 'heading', 2),
      line(headline),
      line('分享到'),
      ...BODY.map((t) => line(t)),
    ];
    expect(choose(page, `${headline}_社会_东方日报`, 1)).toBe(headline);
  });

  it('a heading right above its date-and-source line beats a share widget’s label above the text', () => {
    const page = [
      line('您所在的位置 首页 专题频道 国内专题'),
      line('土豆不土 土豆无土', 'heading', 2),
      line('2022-02-13 09:57 　　 光明网'),
      line('分享到'),
      line('微信'),
      line('微博'),
      line('官方微信平台'),
      ...BODY.map((t) => line(t)),
    ];
    expect(choose(page, '光明网', 7)).toBe('土豆不土 土豆无土');
  });

  it('the value after a notice’s "标  题：" label is the title, though the text is found to start on it', () => {
    const title = '吉林省人民政府关于禁止在嫩江干流补充治理工程建设征占地范围内新增建设项目的通告';
    const page = [
      line('发文机关：'),
      line('吉林省人民政府'),
      line('成文日期：'),
      line('2022年01月27日'),
      line('标      题：'),
      line(title),
      line('发文字号：'),
      line('吉政明电〔2022〕1号'),
      ...BODY.map((t) => line(t)),
    ];
    expect(choose(page, null, 5)).toBe(title);
  });

  it('a comment form’s "标题：" label after the article names nothing', () => {
    const page = [
      ...BODY.map((t) => line(t)),
      ...Array.from({ length: 8 }, (_, i) => line(`第${i + 1}条评论的内容，写得很长，不是标题。`)),
      line('昵称：'),
      line('标题：'),
      line('乡村医生的一天和一年'),
    ];
    expect(choose(page, null, 0)).toBeUndefined();
  });

  it('the article’s own first line gains nothing for sharing words with itself', () => {
    // The lede opens the text; the headline two lines above it is the title. (No byline line
    // between them: the headline over its date gains on its own, see above.)
    const page = [
      line('搜狐首页 > 搜狐财经 > 国际财经'),
      line('劳伦斯：一个无法定义的“洛克菲勒”'),
      line('页面功能 【我来说两句】【推荐】【字体：大 中 小】【打印】 【关闭】'),
      line('他是一个影响卓著的巨型财团继承人、他是一个美国现代风险投资的开拓者……'),
      line('洛克菲勒家族开创者的三孙子劳伦斯·洛克菲勒于7月10日早上寿终正寝，享年94岁。'),
      line('据他的发言人透露，洛克菲勒死于肺部的纤维症，他上周三还去办公室工作。'),
    ];
    expect(choose(page, '南方在线', 3)).toBe('劳伦斯：一个无法定义的“洛克菲勒”');
  });
});

describe('date lines kept above the headline', () => {
  it('reads an English date with its weekday, a host and names in brackets as a fact line', () => {
    expect(isMetaLine('Saturday, September 10th, 2005   10:56 am')).toBe(true);
    expect(isMetaLine('BUSINESS.SOHU.COM　2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]')).toBe(true);
    // Sentences that hold such words stay text.
    expect(isMetaLine('Saturday was the day we went to the market, in May of 2005.')).toBe(false);
    expect(isMetaLine('Visit www.example.com on 2022-01-01 to read the whole report and its tables')).toBe(
      false,
    );
  });

  it('takes the headline below the date line the kept text opens with', () => {
    const page = [
      line('首页 | 时事 | 生活 | 财经 | 法律 | 文体 | 播客'),
      line('Saturday, September 10th, 2005   10:56 am'),
      line('播客热潮迅速蔓延 挑逗传统传媒业'),
      ...BODY.map((t) => line(t)),
    ];
    expect(choose(page, '江南都市网', 1)).toBe('播客热潮迅速蔓延 挑逗传统传媒业');
  });
});

describe('a page saved as text whose <title> names only the site', () => {
  const ARTICLE = [
    '人心不会熄灭，但它可能蒙上灰烬而不再燃烧。灰烬本来是燃烧的产物，但它反过来又抑制了燃烧，这是一种很常见的现象。',
    '当今中国最流行的是什么主义？有人回答说是犬儒主义，这个回答听上去像玩笑，其实并不是玩笑，而是一个认真的判断。',
    '犬儒主义是个外来词，中文里本来没有现成的对应词汇，通常将它理解为讥诮嘲讽，愤世嫉俗，玩世不恭，大致不差。',
  ];

  it('takes the headline below a first line shaped like a medium’s name', () => {
    const text = ['中华网', '犬儒病(上)', '胡平', ...ARTICLE].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('犬儒病(上)');
    // The first line that reads as a title is the headline, not the medium's name above it,
    // though a section heading stands nearer the text.
    const withSection = [
      '中华网',
      '比赛革命的革命',
      '胡平',
      '——对文化革命的政治心理学分析',
      '一、理解文革的一个重要内容',
      ...ARTICLE,
    ].join('\n\n');
    expect(extractPlainText(withSection, { fileName: 'page.txt' }).title).toBe('比赛革命的革命');
  });

  it('keeps the headline over its date line when the site’s name is shown again as a logo', () => {
    const text = [
      '松花江网',
      '松花江网',
      '新闻',
      '民生',
      '您所在的位置 首页 专题频道 国内专题',
      '土豆不“土” 土豆无“土”',
      '2022-02-13 09:57 　　 光明网',
      ...ARTICLE,
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('土豆不“土” 土豆无“土”');
  });

  it('a name the fact line below credits is the byline, and the line above it the headline', () => {
    const text = [
      '新浪首页 > 读书频道 > > 乔冠华才情人生 > 正文',
      '投身外交(3)',
      '罗银胜',
      '连载：乔冠华才情人生   出版社：团结出版社   作者：罗银胜',
      '立刻注册新浪免费邮箱，激活1G空间',
      ...ARTICLE,
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('投身外交(3)');
  });

  it('a breadcrumb that opens on the site’s own home page is a breadcrumb', () => {
    expect(isBreadcrumb('新浪首页 > 读书频道 > > 乔冠华才情人生 > 正文')).toBe(true);
    expect(isBreadcrumb('首页 > 新闻 > 正文')).toBe(true);
    // A headline with an arrow in it is none.
    expect(isBreadcrumb('从首页到末页：一本书的诞生 > 序')).toBe(false);
  });

  it('scores a breadcrumb, a menu bar, a software credit, a column tag and a media name below a headline', () => {
    const around = {
      nextIsMeta: false,
      prevIsMeta: false,
      nearBody: false,
      matchesFile: false,
      first: false,
    };
    const headline = titleScore('乡村振兴的基层声音', around);
    for (const furniture of [
      '新浪首页 > 读书频道 > 正文',
      '首页 | 时事 | 生活 | 财经 | 法律',
      'Powered by Discuz! X3.4',
      '【新春走基层】',
      '原标题：乡村振兴的基层声音',
      '松花江网',
    ])
      expect(titleScore(furniture, around), furniture).toBeLessThan(headline - 3);
  });

  it('in HTML, a <title> that is only a medium’s name gives way to the headline the page shows', () => {
    const page = [
      line('江南都市网'),
      line('播客热潮迅速蔓延 挑逗传统传媒业'),
      line('Saturday, September 10th, 2005 10:56 am'),
      ...BODY.map((t) => line(t)),
    ];
    expect(choose(page, '江南都市网', 3)).toBe('播客热潮迅速蔓延 挑逗传统传媒业');
  });

  it('takes the headline shown below a <title> cut short', () => {
    const text = [
      '播客热潮迅速蔓延 挑..._江南都市网',
      '首页 | 时事 | 生活 | 财经 | 法律',
      '播客热潮迅速蔓延 挑逗传统传媒业',
      '分享到：',
      '微信',
      '官方微信平台',
      ...ARTICLE,
      '江南都市网 版权所有',
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('播客热潮迅速蔓延 挑逗传统传媒业');
  });

  it('completes a cut <title> whose headline stands below a site’s blurb and over its date', () => {
    const text = [
      '子どもへの体罰を禁止す..._新民晚报',
      '災害に気をつけて',
      'NEWS WEB EASYについて',
      '「ＮＥＷＳ ＷＥＢ ＥＡＳＹ」は外国人の皆さんや、小学生・中学生のみなさんのために、わかりやすいことばでニュースを伝えるウェブサイトです。',
      '子どもへの体罰を禁止する法律ができる',
      '[06月24日 11時30分]',
      '子どもへの虐待をなくすための法律ができて、親が子どもに体罰をすることが禁止されました。来年の4月から始まります。',
      '最近、親に虐待された子どもを児童相談所が守ることができなかったという事件が続いていました。',
      '法律では虐待をした親に専門家が子どもの育て方を教えたりすることも決めました。',
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'k100.txt' }).title).toBe(
      '子どもへの体罰を禁止する法律ができる',
    );
  });

  it('cuts no headline whose end reads like a medium’s name, nor a clock’s end', () => {
    for (const headline of [
      '云南警方：30名电诈嫌犯落网',
      '国家反诈中心提醒：警惕钓鱼网站',
      '逃亡28年·命案嫌犯终落网',
      '专家解读：如何识别假新闻',
      '记者调查丨揭秘直播带货假新闻',
      '欧冠决赛直播：今晚20:30CCTV5频道',
      '直播预告：今晚19:30新闻',
      '警方通报：嫌犯落网',
      '网警辟谣：揭秘假新闻',
      '独家专访：郑钦文谈澳网',
      '外交部发言人：这不是新闻',
      '央企改革观察：国家电网',
    ]) {
      expect(splitSiteTail(headline), headline).toBeNull();
      expect(withoutSiteParts(headline), headline).toBe(headline);
    }
    // A whole <title> shaped like a medium's name that the page shows as its heading is the headline.
    const page = [
      line('博鳌亚洲论坛', 'heading', 1),
      line('2022-02-13 09:57 来源：光明网'),
      line('分享到'),
      line('官方微信平台'),
      ...BODY.map((t) => line(t)),
    ];
    expect(choose(page, '博鳌亚洲论坛', 4)).toBe('博鳌亚洲论坛');
  });

  it('cuts two media names at most from the end, and reads no <title> past 300 characters for one', () => {
    // Each cut once called the cut again: 5,000 names overflowed the stack.
    const long = '标题很长的新闻' + '：新华网'.repeat(5000);
    expect(withoutSiteParts(long)).toBe(long.slice(0, 300));
    // The site and its channel: "…--华夏新闻网--财经频道".
    expect(withoutSiteParts('标题很长的新闻：新华网：新华网：新华网')).toBe('标题很长的新闻：新华网');
    expect(withoutSiteParts('投身外交(3)--华夏新闻网--财经频道')).toBe('投身外交(3)');
    // "--" separates a site's parts as "_" does: a short channel's name goes too.
    expect(withoutSiteParts('代表委员热议乡村振兴新举措--华夏新闻网--社会')).toBe(
      '代表委员热议乡村振兴新举措',
    );
  });

  it('cuts a medium’s name beside a dash run, before or after the headline, with its channel in brackets', () => {
    expect(splitSiteTail('投身外交(3)——华夏新闻网')).toEqual({ headline: '投身外交(3)', site: '华夏新闻网' });
    expect(splitSiteHead('新民晚报（国际）——陈天华《警世钟》')).toEqual({
      site: '新民晚报（国际）',
      headline: '陈天华《警世钟》',
    });
    expect(withoutSiteParts('新民晚报（国际）——陈天华《警世钟》')).toBe('陈天华《警世钟》');
    expect(withoutSiteParts('子どもへの体罰を禁止する法律ができる——新民晚报')).toBe(
      '子どもへの体罰を禁止する法律ができる',
    );
    // A subtitle after "——" stays, and so does a clause that names a paper.
    expect(splitSiteTail('犬儒病(上)——当代中国的精神危机')).toBeNull();
    expect(withoutSiteParts('犬儒病(上)——当代中国的精神危机')).toBe('犬儒病(上)——当代中国的精神危机');
    expect(withoutSiteParts('他说——我是人民日报')).toBe('他说——我是人民日报');
    expect(splitSiteHead('犬儒病(上)——当代中国的精神危机')).toBeNull();
    // A headline's own note in brackets is no channel: "犬儒病" is no medium's name.
    expect(isMediaLabel('新民晚报（国际）')).toBe(true);
    expect(isMediaLabel('犬儒病(上)')).toBe(false);
  });

  it('keeps a main title before its subtitle and a headline shaped like a name beside the site', () => {
    // A main title before "——" is cut only when it is a name no main title is shaped like.
    for (const title of [
      '扎根社区——记优秀共产党员张三',
      '我与新闻——一位老记者的回忆',
      '重返社区(上)——记一位退休干部',
      '幸福家园——我们的社区',
      '幸福家园——走进社区',
    ])
      expect(withoutSiteParts(title), title).toBe(title);
    expect(splitSiteHead('扎根社区——记优秀共产党员张三')).toBeNull();
    // 的 and 与 join a phrase, never a medium's name.
    expect(isMediaName('我们的社区')).toBe(false);
    expect(isMediaName('我与新闻')).toBe(false);
    // A quote after a colon is told from a site's name by a strong ending too.
    expect(splitSiteTail('记者走访：幸福社区')).toBeNull();
    expect(splitSiteTail('播客热潮迅速蔓延：江南都市网')?.site).toBe('江南都市网');
    expect(splitSiteTail('标题很长的新闻丨澎湃新闻')?.site).toBe('澎湃新闻');
    // Beside a later part that is the site's by its shape, the first part is the headline.
    expect(withoutSiteParts('扎根社区——记优秀共产党员张三_人民网')).toBe('扎根社区——记优秀共产党员张三');
    expect(withoutSiteParts('走进社区 - 人民网')).toBe('走进社区');
    expect(withoutSiteParts('两会新闻 | 央视网')).toBe('两会新闻');
    expect(withoutSiteParts('揭秘暗网_科技_新浪网')).toBe('揭秘暗网');
  });

  it('splits at "--" only beside Han or kana characters, never inside English', () => {
    expect(withoutSiteParts('How to use C-- compilers -- a tutorial')).toBe(
      'How to use C-- compilers -- a tutorial',
    );
    expect(withoutSiteParts('Understanding git --force | Blog')).toBe('Understanding git --force');
    expect(withoutSiteParts('Peace talks collapse -- again | The Guardian')).toBe(
      'Peace talks collapse -- again',
    );
    expect(withoutSiteParts('Peace talks collapse--新民晚报--国内新闻')).toBe('Peace talks collapse');
    expect(withoutSiteParts('子どもへの体罰を禁止する法律ができる--新民晚报--国内新闻')).toBe(
      '子どもへの体罰を禁止する法律ができる',
    );
  });

  it('cuts a site’s tagline after its name, its name in brackets, and its official site’s name', () => {
    expect(withoutSiteParts('犬儒病(上) - 国际 - 新民晚报 - 中国最具影响力的新闻门户')).toBe('犬儒病(上)');
    // A menu's "新闻" is no name that ends the headline there.
    const menu =
      '搜狐首页 - 新闻 - 体育 - 娱乐 - 财经 - IT - 汽车 - 房产 - 女人 - 短信 - 彩信 - 校友录 - 邮件 - 搜索';
    expect(withoutSiteParts(menu)).toBe(menu.slice(0, menu.indexOf(' - 邮件')));
    expect(withoutSiteParts('投身外交(3)(华夏新闻网)')).toBe('投身外交(3)');
    expect(splitSiteTail('湘菜粤菜 兵分两路 [新民晚报]')?.headline).toBe('湘菜粤菜 兵分两路');
    expect(splitSiteTail('湘菜粤菜 兵分两路 (图)')).toBeNull();
    expect(withoutSiteParts('投身外交(3)_华夏新闻网官方网站')).toBe('投身外交(3)');
    expect(isMediaLabel('北方网手机版')).toBe(true);
  });

  it('cuts a medium’s name however long the headline cut short beside it', () => {
    expect(withoutSiteParts('犬儒病(..._中华网')).toBe('犬儒病(...');
    const text = ['犬儒病(..._中华网', '首页 | 新闻 | 论坛 | 博客', '犬儒病(上)', '胡平', ...ARTICLE].join(
      '\n\n',
    );
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('犬儒病(上)');
  });

  it('a logo heading that repeats a <title> naming only the site is not the headline', () => {
    const page = [
      line('松花江网', 'heading', 1),
      line('首页 | 新闻 | 民生 | 房产 | 汽车'),
      line('代表委员热议乡村振兴', 'heading', 2),
      line('2022-03-05 09:57 来源：松花江网'),
      ...BODY.map((t) => line(t)),
    ];
    expect(choose(page, '松花江网', 4)).toBe('代表委员热议乡村振兴');
  });

  it('reads no English sentence with a clock or a weekday as a fact line', () => {
    for (const sentence of [
      'Polls close at 8:00 pm Tuesday',
      'Launch at 10:00 am on Friday',
      'Node.js 18.2 released 2022-05-01',
    ])
      expect(isMetaLine(sentence), sentence).toBe(false);
    // A label's English word is still a label, whatever its case.
    expect(isMetaLine('Updated: Monday, March 3, 2020 10:30 AM EST')).toBe(true);
  });

  it('a headline that uses 发布 or 评论 as a verb or noun is no fact line; the words as labels are', () => {
    expect(isFactLine('国务院发布通知')).toBe(false);
    expect(isFactLine('评论员文章')).toBe(false);
    expect(isFactLine('发布：国务院新闻办')).toBe(true);
    expect(isFactLine('来源：央广网')).toBe(true);
    expect(isFactLine('本报记者张三')).toBe(true);
    const text = ['国务院发布通知', '', ...ARTICLE].join('\n\n');
    expect(extractPlainText(text, { fileName: 'note.txt' }).title).toBe('国务院发布通知');
  });
});
