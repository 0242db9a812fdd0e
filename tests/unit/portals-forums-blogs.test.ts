/**
 * Older portals, forums and blogs, each on a small page built here: a `<title>` cut short and
 * ended "-TOM新闻" over a reworded headline; an info line whose link to the comments ("网友评论")
 * follows its day; a breadcrumb that ends with the headline cut short; a personal space whose
 * `<title>` is its owner's name and address; a forum's floor word ("楼主") where the poster's
 * name goes; credits run into a publication's name ("（大纪元记者林芳宇综合报导）") or ending with
 * where they filed from ("木村惠 东京报道"); a poster's card ("user-name"); a profile box's
 * "博主："; a writer set beside the site's name under the headline; a kicker above the headline.
 */
import { describe, expect, it } from 'vitest';
import { acceptableByline } from '../../src-main/import/byline-guard';
import { extractHtml } from '../../src-main/import/extract-html';
import { extractPlainText } from '../../src-main/import/extract-text';
import { creditOfLine } from '../../src-main/import/html/byline-conventions';
import { looksLikePersonName } from '../../src-main/import/html/person-names';
import { firstPoster } from '../../src-main/import/text/forum-post';
import { zoneNoise } from '../../src-main/import/text/noise';
import { blogOwner } from '../../src-shared/extraction/blog-owner';
import { splitSiteTail } from '../../src-shared/extraction/title-furniture';

const STORY = [
  '6月12日晚，西安出租车司机杨志刚在车上捡到一个黑色提包，里面装着8万元现金和一张银行卡。为了等失主，他把车停在原地，冒雨等了三个多小时。',
  '杨志刚今年42岁，开出租车已有6年。据他回忆，当晚9时许，他在南二环拉了两名中年男子，送到小寨附近一家酒店门口，两人下车走得很急。',
  '杨志刚按照名片上的号码拨打了几次，对方一直关机。他想，失主发现丢了钱，很可能会回来找，于是决定就在酒店门口等，一直等到了深夜。',
  '失主赶到后要拿出两千元表示感谢，被杨志刚婉言谢绝。“钱是人家的血汗钱，还回去心里才踏实。”他说。（本报记者 刘晓军）',
];

const text = (lines: string[], fileName = 'page.txt') => extractPlainText(lines.join('\n\n'), { fileName });

describe('a portal’s story saved as text', () => {
  // As a browser saves the page as text.
  const lines = [
    '的哥拾巨款苦等三小时还失主-TOM新闻',
    'TOM首页 | 邮箱 | 短信 | 音乐 | 娱乐 | 体育 | 汽车 | 游戏 | 社区 | 搜索',
    '新闻首页 | 国内 | 国际 | 社会 | 军事 | 财经 | 科技 | 图片 | 专题 | 评论',
    'TOM新闻 >> 社会新闻 >> 正文',
    '西安一的哥拾得8万元现金 冒雨苦等三小时还失主',
    '发表时间：2005年6月14日10时21分　　来源：华商报　　网友评论　　字体：大 中 小',
    'TOM短信 每天精彩笑话发到你手机',
    '广告',
    '6月12日晚，西安出租车司机杨志刚在车上捡到一个黑色提包，里面装着8万元现金和一张银行卡。为了等失主，他把车停在原地，冒雨等了三个多小时，直到把钱交还失主手中。',
    '杨志刚今年42岁，开出租车已有6年。据他回忆，当晚9时许，他在南二环朱雀大街口拉了两名中年男子，送到小寨附近一家酒店门口。“两人下车走得急，我开出去没多远，听见后座有东西滑下来，回头一看是个提包。”',
    '杨志刚把车停在路边打开提包，发现里面是一沓沓用银行纸条捆好的百元钞票，还有一张银行卡和几张名片。“当时心里咚咚直跳，这么多钱，丢了的人肯定急坏了。”他赶紧掉头回到酒店门口，但那两名乘客已不见踪影。',
    '杨志刚按照名片上的号码拨打了几次，对方一直关机。他想，失主发现丢了钱，很可能会回来找，于是决定就在酒店门口等。当晚西安下起了小雨，他把车停在能看见酒店大门的位置，隔一会儿就下车到门口张望。',
    '一直等到次日零时30分左右，一名男子神色慌张地从一辆出租车上下来，在酒店门口四处寻找。杨志刚认出正是自己拉过的乘客，上前询问，对方连声说丢了一个黑色提包。核对了包内物品后，杨志刚把提包交还给了他。',
    '失主姓周，是宝鸡一家建材公司的业务员，这8万元是准备第二天付给供货商的货款。周先生说，他和同事下车后去吃夜宵，直到回房间才发现包不见了，“翻遍了饭馆和房间都没找到，以为这钱肯定找不回来了。”',
    '周先生当场拿出2000元要酬谢杨志刚，被他婉言谢绝。杨志刚说：“这是人家的血汗钱，我要是收了，等这三个钟头就没意思了。”昨日，周先生专程来到杨志刚所在的出租汽车公司，送上了一面写着“拾金不昧 品德高尚”的锦旗。',
    '公司负责人介绍，杨志刚平时工作踏实，今年以来已经先后三次把乘客遗落的手机、钱包送还失主。公司决定对他给予通报表扬，并奖励1000元。（本报记者 刘晓军）',
    '[打印本页] [推荐给朋友] [关闭窗口]',
    '相关报道',
    '·郑州的哥捡到手提电脑 连夜送到派出所 (2005/06/08 09:14)',
    '·乘客遗忘5万元货款 出租车司机寻人送还 (2005/06/01 14:36)',
    '·西安评选十佳文明出租车驾驶员 (2005/05/27 11:02)',
    '网友评论　查看评论',
    '用户名： 密码： 匿名发表',
    '今日推荐',
    '·高考阅卷今起陆续展开',
    '·多地气温突破35℃ 电网负荷创新高',
    '·小学生暑期安全手册免费发放',
    '·男子为讨债扣押对方轿车被拘',
    '·广州地铁二号线客流突破30万人次',
    '社会新闻排行',
    '1 七旬老人坚持义务巡河十年',
    '2 女子网上购物被骗八千元',
    '3 夫妻因看电视频道争吵闹上法庭',
    '关于TOM - 广告服务 - 联系我们 - 招聘信息 - 网站律师',
    'Copyright © 2005 TOM.COM. All Rights Reserved. 北京雷霆万钧网络科技有限责任公司版权所有 京ICP证010098号',
  ];

  it('cuts a Latin-lettered site name after a hyphen from a Han <title>', () => {
    expect(splitSiteTail('的哥拾巨款苦等三小时还失主-TOM新闻')).toEqual({
      headline: '的哥拾巨款苦等三小时还失主',
      site: 'TOM新闻',
    });
    // A hyphen inside a Han headline's own words stays: no Latin name follows it.
    expect(splitSiteTail('中国-东盟博览会今日开幕')).toBeNull();
  });

  it('takes the reworded headline over its date line, not the shortened <title>', () => {
    // Saved under the name the browser makes of its <title>.
    const article = text(lines, '的哥拾巨款苦等三小时还失主-TOM新闻.txt');
    expect(article.title).toBe('西安一的哥拾得8万元现金 冒雨苦等三小时还失主');
    expect(article.publishedAt).toBe('2005-06-14');
  });
});

describe('an info line with a link to the comments', () => {
  it('dates the story by the day the line labels as published, not a related list’s', () => {
    const html =
      `<html><head><meta charset="gbk"><title>的哥拾巨款苦等三小时还失主-TOM新闻</title></head><body>` +
      `<table><tr><td><b>西安一的哥拾得8万元现金 冒雨苦等三小时还失主</b></td></tr>` +
      `<tr><td>发表时间：2005年6月14日10时21分\u3000\u3000来源：华商报\u3000\u3000<a href="#c">网友评论</a></td></tr>` +
      `<tr><td>${STORY.map((p) => `<p>${p}</p>`).join('')}</td></tr>` +
      `<tr><td>相关报道<br>·<a href="/1002/20050608/1.html">郑州的哥捡到手提电脑 连夜送到派出所</a> (2005/06/08 09:14)` +
      `<br>·<a href="/1002/20050601/2.html">乘客遗忘5万元货款 出租车司机寻人送还</a> (2005/06/01 14:36)</td></tr>` +
      `</table></body></html>`;
    expect(extractHtml(html, { fileName: '000218377.html' }).publishedAt).toBe('2005-06-14');
  });
});

const POST = [
  '潜水19楼好几年了，装修期间在装修日记版学到了很多东西，现在终于住进来了，也来还个愿，把我家的老房改造过程整理一下，给大家做个参考。',
  '先说基本情况：房子在朝晖，九十年代的老小区，套内60方，原来是两室一厅，厨房和卫生间都特别小，客厅基本没有采光，改造的难度不小。',
  '改动最大的是厨房。原来的厨房只有四个多平方，我们把厨房和餐厅之间的非承重墙拆掉，做成了半开放式，装了一扇玻璃移门，方便又亮堂。',
  '前后折腾了大半年，累是真累，但看着宝宝在自己的小房间里搭积木，觉得一切都值了。有问题的亲可以跟帖问，知道的都会回答。',
];
const THREAD_TITLE = '60方老房改造终于完工，晒晒我家的小两居（多图）';

describe('a forum thread', () => {
  it('reads a breadcrumb that ends with the headline cut short as navigation', () => {
    expect(zoneNoise('19楼 > 家居 > 装修日记 > 60方老房改造终于完工，晒晒我家的小两居…')).toBe('navigation');
    // A route in a sentence is no trail.
    expect(zoneNoise('北京→上海→广州，全程约需三个小时，沿途有十二个站')).toBeNull();
  });

  it('saved as text, takes the thread’s title, not the trail, and never “楼主” as its poster', () => {
    const article = text([
      `${THREAD_TITLE} - 装修日记 - 杭州19楼`,
      '19楼首页 家居 亲子 情感 美食 婚嫁 汽车',
      '登录 注册 手机版',
      '19楼 > 家居 > 装修日记 > 60方老房改造终于完工，晒晒我家的小两居…',
      '装修日记 今日：213   主题：86,542   返回版块',
      `[晒晒我家]${THREAD_TITLE}`,
      '查看：8321 | 回复：96',
      '只看楼主 收藏 分享',
      '小鹿斑比的窝',
      '等级：楼主家   积分：1,206',
      '楼主 发表于 2014-05-18 21:36 只看该作者',
      ...POST,
    ]);
    expect(article.title).toBe(THREAD_TITLE);
    expect(article.byline).toBe('小鹿斑比的窝');
    expect(article.publishedAt).toBe('2014-05-18');
  });

  it('never takes a floor word for a byline', () => {
    for (const word of ['楼主', '沙发', '板凳', '地板', '版主']) expect(acceptableByline(word)).toBe(false);
  });

  it('takes the poster above a "发表时间：" header under a profile box, and not on a news page', () => {
    const forum = [
      '浅谈汉阳造步枪的几次改进',
      '楼主',
      '江汉枪痴',
      '军衔：中尉',
      '积分：4,682',
      '发表时间：2011-4-12 9:45:08',
    ];
    expect(firstPoster(forum, 0)).toBe('江汉枪痴');
    // A news story's subtitle above its fact line is nobody's handle.
    const news = ['三年内建成10个省级渔港经济区', '渔港经济区建设提速', '发表时间：2013-07-09 07:18:02'];
    expect(firstPoster(news, 0)).toBeNull();
  });

  it('in HTML, takes the poster from the first post’s card', () => {
    const html =
      `<html><head><meta charset="utf-8"><title>${THREAD_TITLE} - 装修日记 - 杭州19楼</title></head><body>` +
      `<h1><span class="tag">[晒晒我家]</span>${THREAD_TITLE}</h1>` +
      `<div class="post first-post"><div class="post-user"><a class="user-name" href="/user/profile/39027715">小鹿斑比的窝</a>` +
      `<div class="user-level">等级：楼主家 积分：1,206</div></div>` +
      `<div class="post-main"><div class="post-info"><span class="floor">楼主</span> <span>发表于 2014-05-18 21:36</span></div>` +
      `<div class="post-cont">${POST.map((p) => `<p>${p}</p>`).join('')}</div></div></div></body></html>`;
    const article = extractHtml(html, { fileName: 'thread.html' });
    expect(article.byline).toBe('小鹿斑比的窝');
  });
});

describe('a personal space’s reposted essay saved as text', () => {
  it('takes the post’s headline over its date line, past the repost’s credit, not the space’s address', () => {
    const article = text([
      '柠檬不萌 [http://382719465.qzone.qq.com]',
      '个人中心',
      '柠檬不萌',
      '日子是过给自己看的。',
      'http://382719465.qzone.qq.com',
      '主页 日志 相册 留言板 说说 个人档案 音乐 更多',
      '日志 > 情感 返回日志列表 上一篇 下一篇',
      '[转]在小城的雨里等一辆公交',
      '2012-09-18 22:41 | 阅读(356) | 评论(12) | 转载(48) | 日志分类：情感',
      '转载自 小满',
      '作者：林清远',
      '小城的雨总是来得没有预兆。上午还晒得人睁不开眼，午饭刚过，西边的天就压了下来，等我走到车站，雨已经下成了帘子。',
      '站台很旧，顶棚的铁皮锈出了几个洞，雨水顺着洞口往下淌，在水泥地上砸出一个个小坑。等车的人不多，一个老太太，两个初中生，还有我。',
      '后来真的离开了。在大城市里，地铁三分钟一趟，错过一班也不必着急，可我却越来越没有耐心等任何东西，等一个人回消息都嫌太久。',
    ]);
    expect(article.title).toBe('在小城的雨里等一辆公交');
    expect(article.byline).toBe('林清远');
    expect(article.publishedAt).toBe('2012-09-18');
  });
});

describe('credits', () => {
  it('reads a reporter run into a publication’s name inside brackets', () => {
    expect(creditOfLine('（大纪元记者林芳宇综合报导）')?.author).toBe('林芳宇');
    expect(creditOfLine('（记者林芳宇综合报道）')?.author).toBe('林芳宇');
    expect(creditOfLine('（本报记者 王敏报导）')?.author).toBe('王敏');
    expect(creditOfLine('（他对记者说）')).toBeNull();
    expect(creditOfLine('（据记者了解）')).toBeNull();
  });

  it('reads names that end a line with where they filed from, Japanese ones too', () => {
    expect(creditOfLine('日本经济新闻（中文版：日经中文网）木村惠 东京报道')?.author).toBe('木村惠');
    expect(creditOfLine('综合 外媒报道')).toBeNull();
    expect(looksLikePersonName('中村裕')).toBe(true);
    expect(looksLikePersonName('中山大学')).toBe(false);
    expect(looksLikePersonName('上野公园')).toBe(false);
  });

  it('takes the owner a blog’s profile box labels', () => {
    // (The <title> and the header's lines are read; the profile box is among them.)
    expect(
      blogOwner(['加息预期下，银行股为何不涨反跌？ - 立言观市 - 和讯博客', '博主：宋立言'], '加息预期下', []),
    ).toBe('宋立言');
    expect(blogOwner(['博主：我'], '加息预期下', [])).toBeNull();
  });

  it('saved as text, takes a blog post’s headline over its date, not its listing in the sidebar', () => {
    const headline = '加息预期下，银行股为何不涨反跌？';
    // As a browser saves the post's page as text.
    const article = text(
      [
        '加息预期下，银行股为何不涨反跌？ - 立言观市 - 和讯博客',
        '和讯首页 | 新闻 | 股票 | 基金 | 期货 | 外汇 | 理财 | 房产 | 博客 | 论坛 | 微博',
        '登录 | 注册 | 帮助',
        '立言观市',
        '看懂政策，看清周期，不追涨，不杀跌。',
        'http://songliyan.blog.hexun.com',
        '首页 文章 相册 关于我 留言 订阅',
        '博主信息',
        '博主：宋立言',
        '财经专栏作者，从业十余年，关注宏观政策与银行、地产板块。',
        '博客等级：',
        '访问总量：3,126,845',
        '文章总数：612',
        '开博时间：2006-05-20',
        '加为好友 | 发短消息 | 关注博主',
        '博客导航',
        '博客首页',
        '全部文章',
        '我的相册',
        '给我留言',
        '我的好友',
        '文章分类',
        '宏观经济(186)',
        '银行板块(74)',
        '楼市观察(95)',
        '市场点评(241)',
        '读书随笔(16)',
        '最新文章',
        '加息预期下，银行股为何不涨反跌？',
        '两会之后，楼市调控会加码吗 [03-12]',
        '创业板半年考：泡沫还是成长？ [03-08]',
        '二月CPI会不会破2？ [03-02]',
        '再谈存款准备金率的“组合拳” [02-26]',
        '最新评论',
        '价值投资者老周：楼市的事情还得看土地财政怎么解… [2010-3-14 22:08]',
        '浦江观潮：创业板的市盈率确实离谱了 [2010-3-13 16:47]',
        '鲁西农民：CPI数据出来了，博主猜得挺准 [2010-3-11 10:26]',
        '友情链接',
        '和讯博客首页',
        '和讯股票',
        '和讯银行',
        '加息预期下，银行股为何不涨反跌？',
        '[ 发表时间：2010-3-15 09:37:22 | 分类：银行板块 | 标签：加息 银行股 再融资 ]',
        '按照教科书的逻辑，加息能扩大存贷利差，银行是最直接的受益者。可最近两个月的盘面却给了大家一记闷棍：加息的声音越来越响，银行板块却一路走低，不少朋友在留言里问我，这到底是怎么回事。',
        '先说结论：市场交易的不是“加息”本身，而是加息背后的那一整套东西——紧缩、再融资和资产质量。',
        '第一，紧缩首先伤的是规模。年初以来，央行已经两次上调存款准备金率，窗口指导也明显收紧。对银行来说，利差扩大几十个基点的好处，未必抵得上信贷额度被掐住带来的损失。去年银行的利润增长，靠的主要是“以量补价”，今年量上不去，价又要等，估值自然先行下调。',
        '第二，再融资的阴影挥之不去。据我粗略统计，目前已经公布或者市场传闻中的银行再融资规模，合计超过两千亿元。对二级市场来说，这意味着扩容压力，也意味着每股收益被摊薄。资金宁可先等一等，看清楚配股价格再说。',
        '第三，地方融资平台贷款是压在所有人心头的一块石头。前年底开始的信贷狂飙，有相当一部分流向了各地的融资平台，这些贷款的质量究竟如何，现在没有人说得清。在不确定面前，市场总是倾向于往坏处想。',
        '那么，银行股是不是就没有机会了？我倒不这么看。从估值上讲，主要银行的动态市盈率已经回落到十倍左右，市净率也在两倍上下，这在历史上属于偏低的水平。一旦再融资的靴子落地，加息真正兑现，估值修复的行情是可以期待的。',
        '只是这个过程可能比大家想象的要长。对于手里已经有银行股的朋友，我的建议是不必在这个位置割肉；对于想进场的朋友，不妨分批建仓，把时间拉长到一年来看。',
        '最后还是那句老话：市场永远是对的，错的只是我们对市场的理解。以上纯属个人看法，欢迎拍砖。',
        '阅读(8,352) | 评论(4) | 引用(0) | 收藏 | 推荐 | 转载 | 打印 | 举报',
        '上一篇：两会之后，楼市调控会加码吗',
        '下一篇：地方融资平台：一颗还没拆的雷',
        '相关文章',
        '银行股估值已到历史底部区域？',
        '加息脚步临近，债市如何应对',
        '上市银行再融资潮背后的资本焦虑',
        '网友评论',
        '股海老船长 发表于 2010-3-15 10:12:36',
        '分析得很透，再融资才是真正的利空，加息那点好处早就被市场消化了。',
        '一只小散 发表于 2010-3-15 11:40:08',
        '手里的招行已经套了15%，听博主的，拿着不动。',
        '宋立言 回复 一只小散 发表于 2010-3-15 12:03:51',
        '仓位不重的话可以耐心一点，别加杠杆。',
        '游客 218.94.*.* 发表于 2010-3-16 08:05:51',
        '平台贷款的问题会不会像美国次贷那样爆出来？',
        '发表评论',
        '昵称： 登录 注册',
        '验证码：',
        '关于我们 | 广告服务 | 联系我们 | 博客帮助 | 免责声明',
        '和讯网版权所有 © 1996-2010 Homeway.com.cn Inc. All rights reserved.',
        '京ICP证010073号   和讯博客文章仅代表作者本人观点，与和讯网无关',
      ],
      '46723518_d.txt',
    );
    expect(article.title).toBe(headline);
    expect(article.publishedAt).toBe('2010-03-15');
    expect(article.byline).toBe('宋立言');
    expect(article.blocks.map((b) => b.text).join('\n')).not.toContain('价值投资者老周');
  });

  it('saved as text, takes the writer set beside the site’s name under the headline', () => {
    const headline = '中央经济工作会议前瞻：稳字当头 民企纾困或成重点';
    const article = text([
      `${headline}｜多维新闻｜中国`,
      '首页 中国 全球 台湾 香港 经济 评论 视觉 生活 娱乐',
      '中国',
      headline,
      '柯言 多维新闻',
      '2018-12-17 09:12:30',
      '一年一度的中央经济工作会议召开在即。按照惯例，这一会议将总结当年经济工作、部署来年经济工作，外界关注明年经济政策的走向。',
      '与去年相比，“稳”字的分量明显加重。2018年以来，中国经济增速逐季放缓，前三季度增速分别为6.8%、6.7%和6.5%。',
      '可以预见，在“稳”的总基调下，如何既稳住经济基本盘，又不走回大规模刺激的老路，将是这次会议要回答的核心问题。',
      '版权声明：本文版权归多维新闻所有，未经授权，不得转载。',
      '© 2018 多维新闻 版权所有',
    ]);
    expect(article.byline).toBe('柯言');
  });
});

describe('a kicker above the headline', () => {
  it('is the heading’s, not the text’s first line', () => {
    // A provincial portal's story as saved (its header and sidebar left out).
    const body = [
      '<div id="main" class="wrap">',
      '<div class="left">',
      '<div class="cont_head">',
      '<div class="yt">我省出台意见加快发展现代渔业</div>',
      '<h1>三年内建成10个省级渔港经济区</h1>',
      '<div class="info">',
      '<span id="pubtime_baidu">2013-07-09 07:18:02</span>',
      '<span id="source_baidu">来源：<a href="http://fjrb.fjsen.com/" target="_blank">福建日报</a></span>',
      '<span id="author_baidu">作者：</span>',
      '<span class="zh">字号：<a href="javascript:fontSize(16)">大</a> <a href="javascript:fontSize(14)">中</a> <a href="javascript:fontSize(12)">小</a></span>',
      '</div>',
      '</div>',
      '<div id="new_message" class="cont_txt">',
      '<p>　　本报讯（记者 林侃 通讯员 郑晓燕）记者从省海洋与渔业厅获悉，我省日前出台《关于加快现代渔业发展的若干意见》，提出用三年时间，在沿海建成10个功能齐全、产业集聚的省级渔港经济区，推动渔业由“靠海吃海”向全产业链发展转变。</p>',
      '<p>　　我省海岸线长、渔港资源丰富，现有各类渔港200多个，但多数渔港规模小、设施旧，避风能力不足，配套的冷链、加工、交易设施更是短板。据统计，全省一级以上渔港仅有12个，每年台风季节仍有大量渔船需跨港避风。</p>',
      '<p>　　《意见》明确，省里将重点支持福州连江黄岐、宁德霞浦三沙、莆田南日、泉州石狮祥芝、漳州东山等渔港扩建升级，配套建设水产品冷链物流中心和交易市场，引导水产加工企业向渔港周边集中。</p>',
      '<p>　　省海洋与渔业厅有关负责人介绍，建设渔港经济区不仅能提升防灾减灾能力，还能带动渔区群众增收。以连江黄岐渔港为例，去年扩建完成后，港内日均水产品交易量比扩建前增加了四成，周边新开了二十多家冷库和加工厂，吸纳当地劳动力近千人。</p>',
      '</div>',
      '<div class="editor">责任编辑：黄晓玲</div>',
      '<div class="share">',
      '<div class="bdshare_t bds_tools get-codes-bdshare" id="bdshare">',
      '<span class="bds_more">分享到：</span>',
      '<a class="bds_tsina">新浪微博</a><a class="bds_tqq">腾讯微博</a><a class="bds_qzone">QQ空间</a><a class="bds_renren">人人网</a>',
      '</div>',
      '</div>',
      '<div class="xgxw">',
      '<h3>相关新闻</h3>',
      '<ul>',
      '<li><a href="http://www.fjsen.com/d/2013-06/25/content_11861344.htm" target="_blank">霞浦三沙中心渔港扩建工程通过验收</a><span>2013-06-25</span></li>',
      '<li><a href="http://www.fjsen.com/d/2013-05/30/content_11706291.htm" target="_blank">我省远洋渔业产量连续三年增长</a><span>2013-05-30</span></li>',
      '<li><a href="http://www.fjsen.com/d/2013-04/17/content_11459120.htm" target="_blank">东山县打造水产品冷链物流基地</a><span>2013-04-17</span></li>',
      '</ul>',
      '</div>',
      '</div>',
      '</div>',
    ].join('\n');
    const html =
      `<html><head><meta charset="utf-8"><title>三年内建成10个省级渔港经济区 - 福建要闻 - 东南网</title></head>` +
      `<body>${body}</body></html>`;
    const article = extractHtml(html, { fileName: 'a.html' });
    expect(article.title).toBe('三年内建成10个省级渔港经济区');
    expect(article.blocks[0].text).toMatch(/^本报讯/);
    expect(article.removed.map((r) => r.text).join('\n')).toContain('我省出台意见加快发展现代渔业');
  });
});
