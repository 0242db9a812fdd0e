/**
 * Encyclopedia entries saved as text, each built here: the entry's short name beside the site's
 * name in the `<title>` line is the title, over the note of what it is below it and over the
 * site's tagline; the name shown again under the title credits no one. Also the shapes of such
 * sites' names (百科, 文库, a number they open with) and a members' area's pages, which are no
 * user's page.
 */
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src-main/import/extract-text';
import { parseDocument } from '../../src-main/import/html/dom';
import { readMetadata } from '../../src-main/import/html/metadata';
import { withoutSiteParts } from '../../src-main/import/text/site-suffix';
import { isMediaName } from '../../src-shared/extraction/title-furniture';

const MENU = [
  '网页',
  '资讯',
  '视频',
  '图片',
  '地图',
  '百科',
  '文库',
  '问答',
  '登录 | 注册',
  '首页',
  '分类',
  '帮助',
];

describe('an encyclopedia’s entry saved as text', () => {
  it('takes the entry’s name above the note of what it is', () => {
    const lines = [
      '澧水_360百科',
      ...MENU,
      '澧水',
      '湖南省境内河流',
      '编辑 收藏 分享',
      '澧水，湖南省四大河流之一，古称澧、澧江，因沿岸多生兰芷而被文人称为兰江，流经桑植、永定、慈利、石门、澧县等地。',
      '澧水是湖南省境内流程最短、落差最大的主要河流，上游山高谷深、水流湍急，中下游地势平坦，是重要的农业区。',
      '基本信息',
    ];
    expect(extractPlainText(lines.join('\n\n'), { fileName: 'a.txt' }).title).toBe('澧水');
  });

  it('takes the entry’s name, not the site’s tagline, and reads the name shown again as no byline', () => {
    const lines = [
      '顾承霖 - 维基百科，自由的百科全书',
      '顾承霖',
      '维基百科，自由的百科全书',
      '跳到导航 跳到搜索',
      '顾承霖',
      '2012年在北京出席学术会议',
      '出生',
      '1941年3月12日（78岁）',
      '国籍',
      '中华人民共和国',
      '顾承霖（1941年3月12日—），江苏无锡人，中国经济学家，长期从事发展经济学和区域经济学研究，著述甚丰。',
      '顾承霖生于江苏无锡县东亭镇一个小工商业者家庭，父亲经营一家布店，他自幼随祖父读书，中学时即对经济问题产生兴趣。',
    ];
    const article = extractPlainText(lines.join('\n\n'), { fileName: 'b.txt' });
    expect(article.title).toBe('顾承霖');
    expect(article.byline).toBeNull();
    expect(withoutSiteParts('顾承霖 - 维基百科，自由的百科全书', lines.slice(1))).toBe('顾承霖');
  });

  it('finds the entry’s name shown above a long infobox, beside the site’s tagline', () => {
    const infobox = [
      '通过日期',
      '2020年12月26日',
      '施行日期',
      '2021年3月1日',
      '制定机关',
      '全国人民代表大会常务委员会',
    ];
    const lines = [
      '中华人民共和国长江保护法 - 维基百科，自由的百科全书',
      '维基百科，自由的百科全书',
      '跳到导航 跳到搜索',
      '中华人民共和国长江保护法',
      ...infobox,
      ...infobox.map((line) => `${line}（附注）`),
      '《中华人民共和国长江保护法》是中华人民共和国第一部流域法律，于2020年12月26日由全国人民代表大会常务委员会通过。',
      '该法共九章九十六条，规定了长江流域的规划与管控、资源保护、水污染防治、生态环境修复和绿色发展等制度。',
    ];
    expect(extractPlainText(lines.join('\n\n'), { fileName: 'c.txt' }).title).toBe(
      '中华人民共和国长江保护法',
    );
  });

  it('reads a section’s name above a dated headline, and a headline’s first clause, as no entry’s', () => {
    const body =
      '会议总结了今年以来全市经济运行情况，分析了当前面临的形势，对明年经济工作作出了全面部署，提出了具体要求。';
    const lines = [
      '国内新闻_示例网',
      '首页',
      '新闻',
      '国内新闻',
      '示例市召开全市经济工作会议',
      '2024年09月10日 10:00 来源：示例网',
      body,
      body,
    ];
    expect(extractPlainText(lines.join('\n\n'), { fileName: 'a.txt' }).title).toBe(
      '示例市召开全市经济工作会议',
    );
    expect(withoutSiteParts('理论 - 扎根社区，服务群众')).toBe('扎根社区，服务群众');
    const clause = [
      '理论 - 织密路网，畅通城乡',
      '首页',
      '理论',
      '织密路网，畅通城乡',
      '2024年09月10日 来源：示例网',
      body,
      body,
    ];
    expect(extractPlainText(clause.join('\n\n'), { fileName: 'b.txt' }).title).toBe('织密路网，畅通城乡');
  });

  it('knows an encyclopedia’s or a document library’s name by its shape, with the number it opens with', () => {
    expect(isMediaName('百度百科')).toBe(true);
    expect(isMediaName('360百科')).toBe(true);
    expect(isMediaName('豆丁文库')).toBe(true);
    expect(isMediaName('39健康网')).toBe(true);
    // A day's number is no name's: "12日报".
    expect(isMediaName('12日报')).toBe(false);
    expect(isMediaName('30CCTV5频道')).toBe(false);
    // Nor a span of time or a year's: "24小时新闻", "2024两会新闻".
    expect(isMediaName('24小时新闻')).toBe(false);
    expect(isMediaName('2024两会新闻')).toBe(false);
  });
});

describe('a link into a site’s members’ area', () => {
  it('is no user’s page whose text names the author', () => {
    const body = (href: string, text: string) =>
      readMetadata(
        parseDocument(
          `<html><head></head><body><ul class="util"><li><a href="${href}">${text}</a></li></ul></body></html>`,
        ),
      ).classedAuthor;
    expect(body('https://www.example.co.kr/arti/member/agreement.html', '이용약관')).toBeNull();
    expect(body('https://www.example.co.kr/arti/member/join', '회원가입')).toBeNull();
    expect(body('https://www.example.com/u/8c2e5a1f9b34', '江南布衣')).toBe('江南布衣');
    // A user's own page may be named as a file.
    expect(body('https://bbs.example.com/user/zhangsan.html', '江南布衣')).toBe('江南布衣');
  });
});
