/**
 * A forum thread saved as text: the first post is the article, its poster the byline; the
 * replies from the second post header on go out with the page's tail. And a post's short last
 * sentence stays with it.
 */
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src-main/import/extract-text';
import {
  firstPoster,
  handleBeforeDay,
  isFloorActions,
  isPostHeader,
} from '../../src-main/import/text/forum-post';

const POST = [
  '家里是九十年代末的老房子，六楼，一直住得好好的。上个礼拜楼下阿姨上来敲门，说她家卫生间天花板在滴水，墙皮都鼓起来了。',
  '请师傅来看了一下，说是防水层老化了，要彻底解决就得把地砖全砸了重新做防水，报价八千多，还要停用卫生间差不多十天。',
  '也有人说可以不砸砖，直接在表面刷一层透明防水胶，几百块钱就能搞定。想问问大家有没有类似的经验，到底哪种靠谱一些？',
];
const REPLY = '砸了重做最稳妥，我家去年刚砸了重做，现在一点问题都没有，透明防水胶只能应急，过两年还得漏。';

function thread(): string {
  return [
    '老房子卫生间漏水，要不要砸瓷砖？ - 家居装修 - 古城社区 - Powered by Discuz!',
    '首页 论坛 群组 家园',
    '查看: 3856|回复: 27',
    '[装修求助] 老房子卫生间漏水，要不要砸瓷砖？',
    '[复制链接]',
    '老街的猫2012',
    '12',
    '主题',
    '412',
    '积分',
    '中级会员',
    '发表于 2013-7-2 14:05:11 |只看该作者 |倒序浏览',
    '楼主',
    ...POST,
    '装修老王',
    '86',
    '帖子',
    '金牌会员',
    '发表于 2013-7-2 14:22:40 |只看该作者',
    '沙发',
    REPLY,
    '小鱼儿爱吃鱼',
    '发表于 2013-7-3 09:10:05 |只看该作者',
    '板凳',
    '同意楼上，老房子的防水层基本都到年限了，建议一次做到位，顺便把下水管也换了，省得以后再折腾一遍。',
  ].join('\n\n');
}

describe('a forum thread saved as text', () => {
  it('keeps the first post, names its poster, and leaves the replies out', () => {
    const article = extractPlainText(thread(), { fileName: 'thread-284517-1-1.txt' });
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain(POST[0]);
    expect(text).toContain(POST[2]);
    expect(text).not.toContain(REPLY);
    expect(article.byline).toBe('老街的猫2012');
    expect(article.unsure).toContain('byline');
    expect(article.publishedAt).toBe('2013-07-02');
  });

  it('reads a handle past the profile box’s counts, labels and rank, and no handle without a post header', () => {
    const lines = ['标题', '[复制链接]', '12', '主题', '中级会员', '老街坊', '发表于 2015-3-4 10:26'];
    expect(firstPoster(lines, 0)).toBe('老街坊');
    expect(firstPoster(['标题', '12', '主题', '论坛元老', '发表于 2015-3-4 10:26'], 0)).toBeNull();
    expect(firstPoster(['标题', '老街坊', '正文第一段很长很长。'], 0)).toBeNull();
    expect(isPostHeader('发表于 2015-3-4 10:26')).toBe(true);
    expect(isPostHeader('该文发表于2015年3月4日的人民日报')).toBe(false);
    // The floor and the poster before it, a date with slashes, a button after it without a bar.
    expect(isPostHeader('楼主 江南布衣客 发表于 2012/5/14 9:32:18 只看该作者')).toBe(true);
    expect(isPostHeader('1楼 淡定的老茶客 发表于 2012/5/14 10:05:21')).toBe(true);
    expect(isPostHeader('楼主 江南布衣客 发表于 2012/5/14 9:32:18 他说得对')).toBe(false);
  });
});

describe('the last line of a post saved as text', () => {
  const FOOT = [
    '分享：新浪微博 QQ空间 人人网',
    'Copyright © 1996 - 2011 SINA Corporation, All Rights Reserved',
  ];

  it('keeps a short closing sentence right under the text, before the share bar', () => {
    const text = ['清明回乡记', '(2011-04-05 10:22:17)', ...POST, '明年清明，还回来。', ...FOOT].join('\n\n');
    const blocks = extractPlainText(text, { fileName: 'a.txt' }).blocks.map((b) => b.text);
    expect(blocks[blocks.length - 1]).toBe('明年清明，还回来。');
  });

  it('leaves a short line that is no sentence with the tail', () => {
    const text = ['清明回乡记', '(2011-04-05 10:22:17)', ...POST, '喜欢', ...FOOT].join('\n\n');
    const blocks = extractPlainText(text, { fileName: 'a.txt' }).blocks.map((b) => b.text);
    expect(blocks[blocks.length - 1]).toBe(POST[2]);
  });
});

describe('a thread whose first post header is a fact line under its title', () => {
  it('still ends at the first reply’s header, and a badge is no poster', () => {
    const text = [
      '清明回乡记：老屋、旧友和一碗青团',
      '原创',
      '发表于 2013-4-6 14:05:11 |只看该作者',
      ...POST,
      '山野闲人',
      '发表于 2013-4-6 15:22 |只看该作者',
      REPLY,
    ].join('\n\n');
    const article = extractPlainText(text, { fileName: 'a.txt' });
    const kept = article.blocks.map((b) => b.text).join('\n');
    expect(kept).toContain(POST[2]);
    expect(kept).not.toContain('山野闲人');
    expect(kept).not.toContain(REPLY);
    expect(article.byline).not.toBe('原创');
  });
});

describe('a numbered list under a post', () => {
  it('is no last sentence of the post', () => {
    const list = [
      '1、你还在熬夜刷手机吗？',
      '2、这些习惯正在毁掉你的睡眠',
      '3、周末去哪儿玩？',
      '4、五个省钱小技巧',
      '5、春季养生指南',
    ];
    const text = [
      '城市骑行热背后的冷思考',
      '(2024-05-09 10:22:17)',
      ...POST,
      ...list,
      'Copyright © 2024 示例网',
    ].join('\n\n');
    const kept = extractPlainText(text, { fileName: 'a.txt' }).blocks.map((b) => b.text);
    expect(kept).not.toContain(list[0]);
    expect(kept[kept.length - 1]).toBe(POST[2]);
  });
});

describe('a Tieba thread, its floors’ tails giving each post’s day', () => {
  const tieba = (first: string) =>
    [
      '老房子卫生间漏水，要不要砸瓷砖？【装修吧】_百度贴吧',
      '首页 看贴 图片 精品',
      '老房子卫生间漏水，要不要砸瓷砖？',
      '只看楼主',
      '老街的猫2012',
      ...POST,
      first,
      '回复',
      '装修老王',
      REPLY,
      '2楼2013-07-03 09:10',
      '小鱼儿爱吃鱼',
      '同意楼上，老房子的防水层基本都到年限了，建议一次做到位，顺便把下水管也换了，省得以后再折腾一遍。',
      '来自iPhone客户端3楼2013-07-03 10:42',
    ].join('\n\n');

  it('ends the post at the first floor’s tail and dates it by that tail, not by a reply’s', () => {
    const article = extractPlainText(tieba('来自Android客户端1楼2013-07-02 14:05'), { fileName: 'p.txt' });
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain(POST[2]);
    expect(text).not.toContain(REPLY);
    expect(article.publishedAt).toBe('2013-07-02');
  });

  it('reads no day from the replies’ floors when the first floor’s tail has none', () => {
    const article = extractPlainText(tieba('来自Android客户端'), { fileName: 'p.txt' });
    expect(article.publishedAt).not.toBe('2013-07-03');
  });
});

describe('a blog’s or a note’s post line under its title, saved as text', () => {
  it('names the handle before the day, marked for checking', () => {
    const text = ['外婆的腌菜坛子', '南方有嘉木  2018-09-23 21:14:07', ...POST].join('\n\n');
    const article = extractPlainText(text, { fileName: 'note.txt' });
    expect(article.byline).toBe('南方有嘉木');
    expect(article.unsure).toContain('byline');
    expect(handleBeforeDay('程序猿阿湛 2020-07-14 16:22:05  3287   收藏 26')).toBe('程序猿阿湛');
  });

  it('names nobody from a label, a count or a button before the day', () => {
    for (const line of [
      '发布时间： 2018-09-23',
      '3287 2018-09-23',
      '收藏 2018-09-23',
      '来源：新华网 2018-09-23',
    ])
      expect(handleBeforeDay(line), line).toBeNull();
  });
});

describe('a source, a place, a label or a day before the date under a title', () => {
  it('is no handle', () => {
    for (const line of [
      '新华网 2023-05-12 10:20:30',
      '澎湃新闻 2023-05-12 08:00',
      '北京 2023-05-12 10:20',
      '发布 2023-05-12 10:20',
      '星期五 2023年05月12日',
      'Updated 2023-05-12 10:20',
      'Friday 2023-05-12',
    ])
      expect(handleBeforeDay(line), line).toBeNull();
    const text = ['我市今年将新建二十所中小学', '新华网 2023-05-12 10:20:30', ...POST].join('\n\n');
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBeNull();
  });
});

describe('a thread whose posts close with their floor and buttons', () => {
  it('ends the first post at its bar ("楼主 举报 | 回复"), whatever the replies’ headers say', () => {
    const lines = [
      '在县城当了十年小公务员，说说我眼里的基层_天涯杂谈_天涯论坛',
      '在县城当了十年小公务员，说说我眼里的基层',
      '楼主：青石板上的猫 时间：2011-09-03 20:15:44',
      ...POST,
      '楼主 举报 | 回复 | 分享到',
      '作者：路过打酱油的 时间：2011-09-03 20:31:02',
      REPLY,
      '1楼 举报 | 回复',
    ];
    const article = extractPlainText(lines.join('\n\n'), { fileName: 'post-free-2271234-1.txt' });
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain(POST[2]);
    expect(text).not.toContain(REPLY);
    expect(article.byline).toBe('青石板上的猫');
    expect(isFloorActions('1楼 举报 | 回复')).toBe(true);
    expect(isFloorActions('楼主说的台账太真实了，回复一下')).toBe(false);
  });
});
