/**
 * Who a line of a Chinese page credits: labelled credits and people credited together,
 * photographers, names closing the text, blog posted-by lines, and the lines that must never
 * give a byline (navigation, sentences that mention a reporter or an editor, buttons, tags);
 * the dates a line gives, and the comment headers whose dates are not the article's.
 */
import { describe, expect, it } from 'vitest';
import { creditOfLine } from '../../src-main/import/html/byline-conventions';
import { factsOfLine } from '../../src-main/import/html/chinese-conventions';
import { looksLikePersonName } from '../../src-main/import/html/person-names';

const author = (line: string) => creditOfLine(line)?.author ?? null;

const LONG_PARAGRAPH =
  '1月20日，学院党总支举办“剪廉洁窗花，过廉洁之年”活动。大家认认真真在红纸中间剪出了“廉洁”两字，' +
  '在红纸四周剪出了“清白做人，踏实做事”，用别具一格的形式表达了“清白做人，踏实做事”的决心，' +
  '倡树廉洁家风，过一个平安、祥和、温馨、廉洁的新春佳节。活动结束后，大家把剪好的窗花贴在教室和宿舍的窗户上，' +
  '整个校园洋溢着浓浓的节日气氛，也让廉洁文化走进了每一位师生的心里，成为新春里一道亮丽的风景。';

describe('person names', () => {
  it('knows names by their surname, single or compound', () => {
    for (const name of ['常书香', '马丹阳', '胡平', '伊琳', '欧阳修', '欧阳娜娜', '葛灵丹'])
      expect(looksLikePersonName(name), name).toBe(true);
  });

  it('does not take buttons, tags, places or closing marks for names', () => {
    for (const word of [
      '打印',
      '试听',
      '关注',
      '花边',
      '全文完',
      '上海',
      '山东冠县',
      '韩国美女',
      '新华社',
      '完',
    ])
      expect(looksLikePersonName(word), word).toBe(false);
  });
});

describe('labelled credits', () => {
  it('reads the writer, reporter, correspondent and editor labels', () => {
    expect(author('光明日报记者 王建宏 张文攀')).toBe('王建宏 张文攀');
    expect(author('作者：王建宏 来源：光明日报')).toBe('王建宏');
    expect(author('作者：王建宏来源：光明日报')).toBe('王建宏');
    expect(author('编辑：山石')).toBe('山石');
    expect(author('（记者 胡晓蓉） 责任编辑：孙重远')).toBe('胡晓蓉');
  });

  it('reads a reporter of a publication of any name opening the line, not a sentence about one', () => {
    expect(author('半月谈记者 史卫燕')).toBe('史卫燕');
    expect(author('央视记者：张三')).toBe('张三');
    expect(author('摄影记者 张三')).toBe('张三');
    expect(factsOfLine('摄影记者 张三').authorRank).toBe(3.5);
    expect(author('他对记者 李明说')).toBeNull();
    expect(author('经营者告诉半月谈记者，经智慧技术提升过的特色种植')).toBeNull();
  });

  it('combines the people credited together on one line, editors left out', () => {
    expect(author('文/张三 图/李四')).toBe('张三 李四');
    expect(author('本报记者 王燕平 通讯员 李明 责任编辑：孙重远')).toBe('王燕平 李明');
    expect(author('本报实习生 刘国栋 周炜')).toBe('刘国栋 周炜');
    expect(author('摄影：张三')).toBe('张三');
  });

  it('takes a handle whole, and stops at the next label', () => {
    expect(author('作者： 放飞&心情')).toBe('放飞&心情');
    expect(author('作者： 流泉 访问统计：　2005年08月30日, 星期二 13:22')).toBe('流泉');
    expect(author('作者： 流泉 人气：1024')).toBe('流泉');
  });

  it('reads 文 with a bar or a colon as the writer’s label, and the writer named before 文', () => {
    expect(author('文 | 张三')).toBe('张三');
    expect(author('文：张三')).toBe('张三');
    expect(author('张三/文')).toBe('张三');
    expect(author('张三 李四/文 来源：新华网')).toBe('张三 李四');
    // Inside a word, 文 is no label: 原文, 全文, 正文.
    expect(author('原文：张三')).toBeNull();
    expect(author('下载全文：附件')).toBeNull();
    expect(author('转发/文件')).toBeNull();
  });

  it('reads the account that posted the article only when nobody is credited for the writing', () => {
    expect(author('发布者：张三')).toBe('张三');
    expect(author('发布人：办公室 发布时间：2022-01-17')).toBe('办公室');
    expect(author('作者：李四 发布者：张三')).toBe('李四');
    expect(author('编辑：王五 发布者：张三')).toBe('王五');
  });

  it('reads a name in Latin letters whole', () => {
    expect(author('作者：Zhang San')).toBe('Zhang San');
    expect(author('作者：Mary Ann Smith | 来源：新华网')).toBe('Mary Ann Smith');
    expect(author('作者：Zhang San Xinhua News Agency')).toBe('Zhang San');
    expect(author('作者：John Smith Updated 2023')).toBe('John Smith');
    expect(author('作者：ggjjzhzz 时间：2005-09-15')).toBe('ggjjzhzz');
  });

  it('leaves the place a reporter filed from out of the byline', () => {
    expect(author('新京报记者 彭冲 山东冠县报道')).toBe('彭冲');
    expect(author('（姚峰 上海报道）')).toBe('姚峰');
  });

  it('reads reporters run into the place of an agency dateline, also opening a long paragraph', () => {
    expect(author('（新华社记者王小明北京4日电）')).toBe('王小明');
    expect(author('（中央社记者王小明、李四台北4日电）')).toBe('王小明 李四');
    expect(author('（新华社记者张三北京3月4日电）')).toBe('张三');
    expect(author('（记者欧阳娜娜上海4日电）')).toBe('欧阳娜娜');
    expect(author(`（中央社记者王小明台北4日电）${LONG_PARAGRAPH}`)).toBe('王小明');
    expect(author('（新华社北京4日电）')).toBeNull();
  });

  it('reads a Latin "By" before Han names', () => {
    expect(author('By 张三')).toBe('张三');
    expect(author('Stand by me')).toBeNull();
  });
});

describe('credits without a label', () => {
  it('reads a photographer credited under a photo', () => {
    expect(author('拿出10万元来做房产投资，一来以钱生钱，二来为今后养老留条后路 蔡雪婧/摄')).toBe('蔡雪婧');
    expect(author('图为村民在田间劳作 新华社记者 张三 摄')).toBe('张三');
    expect(author('图为村民在田间劳作 新华社/摄')).toBeNull();
  });

  it('reads names in brackets closing the text, even at the end of a long paragraph', () => {
    expect(author(`${LONG_PARAGRAPH}（常书香 马丹阳 ）`)).toBe('常书香 马丹阳');
    expect(author(`${LONG_PARAGRAPH}（记者 胡晓蓉）`)).toBe('胡晓蓉');
    expect(author('（常书香 马丹阳 ）')).toBe('常书香 马丹阳');
  });

  it('reads a blog posted-by line, one line of a block among others', () => {
    expect(author('由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论 发表评论 >>>')).toBe('海姑娘');
    expect(author('[湖湘文化]陈天华《警世钟》\nggjjzhzz 发表于 2005-9-15 11:46:00')).toBe('ggjjzhzz');
  });

  it('reads a CMS byline in spaced brackets', () => {
    expect(author('BUSINESS.SOHU.COM　2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]')).toBe('黄宇');
  });

  it('reads the name a block opens with on a line of its own', () => {
    expect(author('胡平\n——当代中国的精神危机 (上)\n人心不会熄灭，但它可能蒙上灰烬而不再燃烧。')).toBe(
      '胡平',
    );
    expect(author('目录\n第一章 总则\n第二章 附则')).toBeNull();
  });
});

describe('lines that credit nobody', () => {
  it('ignores navigation and breadcrumbs', () => {
    expect(author('当前位置： 首页｜新华社记者看东北｜人物专访')).toBeNull();
    expect(factsOfLine('当前位置： 首页｜新华社记者看东北｜人物专访').author).toBeNull();
    expect(author('首页 > 新闻中心 > 记者 张三')).toBeNull();
  });

  it('ignores sentences that mention a reporter, an editor or a photo', () => {
    expect(author('他说记者经历了近十年的采访')).toBeNull();
    expect(author('本报记者从市教育局获悉，今年全市新增学位一万余个。')).toBeNull();
    expect(author('这本书由他编辑：内容涵盖历史与地理')).toBeNull();
    expect(author('一名游客 摄影留念')).toBeNull();
  });

  it('ignores what describes the author without naming one', () => {
    expect(author('作者单位：北京大学')).toBeNull();
    expect(author('[作者简介] (个人情况保密)')).toBeNull();
    expect(author('(本文发表于首页批评与建议, 已被阅读178次)')).toBeNull();
  });

  it('ignores buttons, section tags and closing marks', () => {
    for (const line of [
      '[打印]',
      '[试听]张靓颖《天下无双》',
      '[头条] 内蒙一地发生地震',
      '[ 湖湘 ]陈天华《警世钟》',
      `${LONG_PARAGRAPH}（全文完）`,
      `${LONG_PARAGRAPH}（新华社）`,
    ])
      expect(author(line), line).toBeNull();
  });
});

describe('dates of a line', () => {
  it('reads the date of a dateline, but not the one under a comment header', () => {
    expect(factsOfLine('发布时间：2005-09-19 共 3 条评论').date).toBe('2005-09-19');
    expect(factsOfLine('他说的评论很好 2005-01-01').date).toBe('2005-01-01');
    expect(factsOfLine('新宠的评论\nSeptember 19th, 2005 at 7:32 pm').date).toBeNull();
    expect(factsOfLine('Jane says:\nMarch 3, 2020 at 7:32 pm').date).toBeNull();
  });

  it('reads a US clock date month first, and the other slash order when the numbers say so', () => {
    expect(factsOfLine('作者： 来源： 发布日期： 7/5/2005 9:23:57 PM').date).toBe('2005-07-05');
    expect(factsOfLine('发布日期： 25/12/2005').date).toBe('2005-12-25');
  });
});

describe('a credit that opens a long paragraph, up to its colon', () => {
  const rest =
    '市疾控中心昨日公布今年上半年传染病疫情分析报告，报告显示，全市法定传染病报告发病率同比下降一成，' +
    '其中流感、手足口病等呼吸道和肠道传染病下降明显。疾控专家提醒，秋冬季是呼吸道传染病高发季节，' +
    '市民要注意勤洗手、常通风，出现发热、咳嗽等症状时及时就医，老人和儿童可按规定接种流感疫苗，' +
    '学校和托幼机构要落实晨午检制度，发现异常情况及时报告。';

  it('reads the reporter after a dateline tag in brackets, a name glued to 报道 before the colon', () => {
    expect(author(`【大公报讯】记者黄仕杰报道：${rest}`)).toBe('黄仕杰');
    expect(author(`本报讯 记者王敬照报道：${rest}`)).toBe('王敬照');
  });

  it('reads nobody from a sentence that mentions a reporter before its first colon', () => {
    expect(author(`记者从市疾控中心获悉：${rest}`)).toBeNull();
    expect(author(`据外媒报道：${rest}`)).toBeNull();
  });
});

describe('names as papers set them', () => {
  it('reads a transliterated name joined by ·, whole', () => {
    expect(
      author('天山网讯（记者马小琴 通讯员阿依古丽·艾合买提报道）进入7月，伊犁河谷迎来一年中最美的季节。'),
    ).toBe('马小琴 阿依古丽·艾合买提');
  });

  it('joins a two-character name padded to three by a space, and no two words that are no name', () => {
    expect(author('本报记者 刘晓燕 陈　林')).toBe('刘晓燕 陈林');
    expect(author('本报记者 刘晓燕 大 中 小')).toBe('刘晓燕');
  });

  it('reads the people after a paper’s short name for its reporter ("南都记者")', () => {
    expect(author('作者：南都记者 黄思韵')).toBe('黄思韵');
  });
});

describe('words that only look like the new name shapes', () => {
  it('reads no name from a column’s "手记", and no agency after a name', () => {
    expect(author('【现场】记者 手记')).toBeNull();
    expect(author('记者 张三·新华社')).toBe('张三');
  });
});

describe('reporters stationed abroad, a role after the name, and a reporter who took the photo', () => {
  const rank = (line: string) => creditOfLine(line)?.rank ?? null;

  it('reads a reporter stationed somewhere ("驻印尼特约记者") beside another', () => {
    expect(author('【环球时报驻印尼特约记者 林川 环球时报记者 吴萌】印尼《雅加达邮报》7日报道')).toBe(
      '林川 吴萌',
    );
    expect(author('新华社驻雅加达记者 张三')).toBe('张三');
    expect(author('他对驻华记者 说')).toBeNull();
  });

  it('reads every writer before an affiliation in brackets', () => {
    expect(author('作者：周文斌 郑丽娟（清溪县教育局基础教育科）')).toBe('周文斌 郑丽娟');
    expect(author('记者 张三（北京）')).toBe('张三');
    // A count in brackets is a button's: "我要评论(12)" is no name.
    expect(author('来源：新民晚报 作者：陈佳 我要评论(12)')).toBe('陈佳');
  });

  it('reads a name with its role after it, alone on its line', () => {
    expect(author('林嘉文 BBC中文记者')).toBe('林嘉文');
    expect(author('李杨 FT中文网专栏作家')).toBe('李杨');
    expect(author('欢迎 记者')).toBeNull();
  });

  it('reads 楼主 as a label only with its colon, and 摄影 before a name as the next credit’s label', () => {
    expect(author('楼主：青石板上的猫')).toBe('青石板上的猫');
    for (const line of ['楼主说得对', '楼主辛苦了', '回复 楼主 的帖子'])
      expect(author(line), line).toBeNull();
    expect(creditOfLine('撰文 张三 摄影 李四')).toEqual({ author: '张三 李四', rank: 0 });
    expect(creditOfLine('本报记者 王磊 摄影 李明')?.rank).toBe(creditOfLine('记者 刘畅 报道')?.rank);
  });

  it('ranks a reporter credited as a photo’s taker below the reporters who wrote', () => {
    expect(author('户部巷的热干面摊位前排起了长队 记者刘畅摄')).toBe('刘畅');
    expect(rank('户部巷的热干面摊位前排起了长队 记者刘畅摄')).toBeGreaterThan(rank('记者 刘畅 报道') ?? 99);
    expect(rank('本报讯（记者周敏 实习生陈曦）“过早”是武汉人对吃早餐的叫法。')).toBe(rank('记者 刘畅 报道'));
  });
});
