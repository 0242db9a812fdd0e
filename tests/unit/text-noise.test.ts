/**
 * Lines of a saved page that are noise wherever they stand: the comment thread's headings, which
 * end the article in the plain-text extractor, and words that only look like them.
 */
import { describe, expect, it } from 'vitest';
import { strongNoise } from '../../src-main/import/text/noise';

describe('comment thread headings', () => {
  it('reads a count of comments, responses or thoughts on the article as a comment heading', () => {
    for (const line of [
      '34 responses to “Anthony Lynn: “We needed to win this game””',
      '6 thoughts on “How to Adopt a Mindset”',
      '12 Comments',
      'Leave a Reply',
      '发表评论：',
    ])
      expect(strongNoise(line), line).toBe('comment');
  });

  it('does not read a section named Commentary as one', () => {
    expect(strongNoise('Commentary')).toBeNull();
    expect(strongNoise('Commentators')).toBeNull();
  });
});

describe('headings of lists of other stories', () => {
  it('reads the English headings beside the Chinese ones (相关链接, 热门文章, 最新新闻) as a list’s heading', () => {
    for (const line of [
      'Related links:',
      'Related News',
      'Top stories',
      'Most popular',
      'Most Read',
      'Latest news',
    ])
      expect(strongNoise(line), line).toBe('headline-list');
    expect(strongNoise('相关链接')).toBe('headline-list');
  });

  it('does not take a sentence that names them for a heading', () => {
    expect(
      strongNoise('The most popular stories of the year were about the flood and the election.'),
    ).toBeNull();
    expect(strongNoise('Top stories: the council votes on the budget')).toBeNull();
  });
});

describe('closing lines of Chinese portals', () => {
  it('reads edit stamps behind a button, in a bar, or among a source’s and an author’s labels', () => {
    for (const line of [
      '【我要纠错】 责任编辑：王秋宇',
      '编辑｜韩雪',
      '编辑 陈思 校对 刘军',
      '本文来源：中国青年报 作者：孙嘉禾 责任编辑：王晓武_NE0001',
    ])
      expect(strongNoise(line), line).toBe('edit-stamp');
    expect(strongNoise('来源：中国青年报 作者：孙嘉禾')).toBeNull();
  });

  it('reads a platform’s and a site’s labelled disclaimers, long ones too', () => {
    for (const line of [
      '声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。',
      '中国经济网声明：股市资讯来源于合作媒体及机构，属作者个人观点，仅供投资者参考，并不构成投资建议。投资者据此操作，风险自担。',
      `中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。${'如需使用，请与本网联系。'.repeat(8)}`,
    ])
      expect(strongNoise(line), line).toBe('disclaimer');
    // A paragraph that reports a statement, or a company's own declaration, is the article's.
    expect(
      strongNoise('声明：本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。'),
    ).toBeNull();
    // A paragraph that reports a statement is the article's.
    expect(
      strongNoise('外交部发言人声明：中方坚决反对任何形式的单边制裁，将采取必要措施维护自身正当权益。'),
    ).toBeNull();
  });

  it('reads the start of a comment section', () => {
    expect(strongNoise('我来说两句')).toBe('comment');
  });
});

describe('a portal’s furniture under a reposted article', () => {
  it('drops the link back to the portal and a labelled advertisement', () => {
    expect(strongNoise('返回搜狐，查看更多')).toBe('navigation');
    expect(strongNoise('中新网广告：金秋留学展 报名从速')).toBe('boilerplate');
    expect(strongNoise('广告：招商加盟')).toBe('boilerplate');
  });

  it('keeps sentences that only start alike', () => {
    expect(strongNoise('返回家乡后，他开始种地。')).toBeNull();
    expect(strongNoise('他说，广告：这一行很难做')).toBeNull();
    expect(strongNoise('返回北京')).toBeNull();
  });
});

describe('a cookie banner and a prompt to follow the site', () => {
  it.each([
    [
      'This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.',
    ],
    ['Accept all cookies Accept only essential cookies'],
    ['本网站使用Cookie以提升您的浏览体验'],
    ['欢迎关注东方日报脸书专页，第一时间掌握最新资讯！'],
    ['订阅联合早报电子报，每天获取新加坡和国际最新新闻。'],
    ['已經加入自由時報粉絲團了嗎？按讚'],
    ['Sign Up For The Up First Newsletter'],
    ['Get the latest insights and analysis from our Global Impact newsletter'],
  ])('drops %s', (line) => {
    expect(strongNoise(line)).toBe('boilerplate');
  });

  it.each([
    ['关注该公众号的读者越来越多，运营者开始尝试付费内容。'],
    ['下载客户端的用户达到三千万。'],
    ['Subscribers to the newsletter rose by a third last year.'],
    [
      'The court ruled that the site uses cookies unlawfully, the judge said in a written decision on Tuesday.',
    ],
  ])('keeps the sentence %s', (line) => {
    expect(strongNoise(line)).toBeNull();
  });
});

describe('an article that lists kinds of advertisement', () => {
  it('keeps each kind, a sentence after its label', () => {
    expect(strongNoise('虚假广告：以虚假或者引人误解的内容欺骗消费者。')).toBeNull();
    expect(strongNoise('医疗广告：未经审查擅自发布，夸大治疗效果。')).toBeNull();
  });
});

describe('a comment heading with its count, an app prompt and a financial site’s risk notice', () => {
  it('reads "评论 (36)", "回应（12）" as a comment heading, not a sentence that counts comments', () => {
    for (const line of ['评论 (36)', '回应（12）', '全部评论(3)'])
      expect(strongNoise(line), line).toBe('comment');
    expect(strongNoise('评论区有36位网友留言（36）表示支持。')).not.toBe('comment');
  });

  it('reads a comment form’s heading alone ("[发评论]", "评论区"), never a toolbar’s "评论" alone', () => {
    for (const line of ['[发评论]', '发评论', '评论区']) expect(strongNoise(line), line).toBe('comment');
    expect(strongNoise('评论')).toBeNull();
  });

  it('drops a prompt to read on in the app, and keeps a sentence about an app', () => {
    expect(strongNoise('本文来自华尔街见闻，欢迎下载APP查看更多')).toBe('boilerplate');
    expect(strongNoise('打开新浪新闻客户端阅读全文')).toBe('boilerplate');
    expect(strongNoise('下载客户端的用户达到三千万。')).toBeNull();
  });

  it('drops the risk notice and its heading, and keeps a report of a regulator’s warning', () => {
    expect(strongNoise('风险提示及免责条款')).toBe('disclaimer');
    expect(
      strongNoise('市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标。'),
    ).toBe('disclaimer');
    expect(strongNoise('证监会昨日发出风险提示，提醒投资者警惕非法荐股。')).toBeNull();
  });
});

describe('a sentence that tells the reader to use an app', () => {
  it('is the article’s, not a prompt of the site', () => {
    for (const line of [
      '市民可下载“i深圳”APP查看办事进度。',
      '家长可打开“学习通”客户端查看孩子的成绩。',
      '旅客可下载铁路12306客户端查看列车时刻。',
      '很多老人不会打开手机APP看病历。',
    ])
      expect(strongNoise(line), line).toBeNull();
  });
});
