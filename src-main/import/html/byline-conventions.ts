/**
 * Who one line of a Chinese page credits for the article, as the press writes it: labels
 * (作者/撰文/文/ > 记者/实习生 > 发文机关 > 通讯员 > 摄影/图/ > 编辑 > a 来源 that names a
 * person), people credited together on one line ("文/张三 图/李四", "记者 王燕平 通讯员 李明"),
 * and credits without a label: "蔡雪婧/摄" under a photo, "（常书香 马丹阳 ）" closing the text,
 * "（姚峰 上海报道）", "[ 黄宇 ]", "某某 发表于 …", "由某某张贴 @ …", a block that opens with the
 * author's name on a line of its own. Labels count only at the start of a line or after a
 * separator, never inside a sentence; unlabelled names must read as personal names.
 */
import { latinByline } from './latin-bylines';
import { COMPOUND_SURNAMES, looksLikePersonName } from './person-names';

export interface Credit {
  author: string;
  /** Lower is more trustworthy: 0 writer, 1 reporter, 2 issuing body, 3 correspondent… */
  rank: number;
}

/** A Han name of two to four characters, or a transliterated one joined by · ("阿依古丽·艾合买提"). */
const HAN_NAME =
  '(?:[\\u4e00-\\u9fa5]{1,6}·[\\u4e00-\\u9fa5]{1,8}(?:·[\\u4e00-\\u9fa5]{1,8})?|[\\u4e00-\\u9fa5·]{2,4})';
const NAME_SEPARATOR = '[\\s\\u3000、，,；;]+';
/** What stands between the names of a run: white space, 、，, or a semicolon ("黄思琪；黎国强"). */
const NAME_SPLIT = /[\s\u3000、，,；;]+/;
/** A run of names separated by spaces, 、，, or semicolons, as bylines list several people. */
const NAMES = `${HAN_NAME}(?:${NAME_SEPARATOR}${HAN_NAME})*`;

/**
 * "记者", "本报记者", "澎湃新闻首席记者", "南方周末记者", "特约记者": a reporter's role, a
 * publication before it (not a sentence that speaks to one: "他对记者说").
 */
const REPORTER_ROLE =
  '(?:[\\u4e00-\\u9fa5]{0,6}(?:报|社|台|网|刊|新闻))?(?:驻[\\u4e00-\\u9fa5]{1,6}?)?(?:特约|实习|见习|首席|全媒体|融媒体)?记者';
/**
 * A reporter or trainee of a publication of any name ("南方周末记者 程敏", "南方周末实习生 刘畅"),
 * a space or a colon after the role and personal names after it: without them it is a sentence
 * ("截至记者发稿时", "近日记者 来到…", "他对记者 说").
 */
const ANY_PUBLICATION_ROLE =
  '(?![\\u4e00-\\u9fa5]{0,6}[对向给跟据告诉问])[\\u4e00-\\u9fa5]{1,6}?(?:驻[\\u4e00-\\u9fa5]{1,6}?)?(?:特约|实习|见习|首席)?(?<!摄影|摄像)(?:记者|实习生|见习生)(?=[\\s\\u3000:：|｜])';

/**
 * Labels count only at the start of a line or after a separator, never inside a sentence. A
 * closing 】 ends a dateline's tag ("【大公报讯】记者黄仕杰报道："); a plus ends an app's name
 * ("南方+记者 黄思琪", "现代快报/现代+记者 王益").
 */
const AT = '(?:^|[\\s\\u3000|｜/【】\\[（(·•、+＋])';
/** What may follow a label: a colon or a bar, or the bracket that closes it ("【作者】 黄思琪"). */
const COLON = '\\s*(?:[:：|｜]|[】\\]]\\s*[:：]?)?\\s*';

/** Ranks of the people a page credits; those up to PHOTOGRAPHER made the article together. */
const WRITER = 0;
const REPORTER = 1;
const ISSUER = 2;
const CORRESPONDENT = 3;
const PHOTOGRAPHER = 3.5;
const EDITOR = 4;

/** Whether a credit of this rank names only who took the pictures ("记者刘畅摄" under a photo). */
export function isPhotoCreditRank(rank: number): boolean {
  return rank === PHOTOGRAPHER;
}
const POSTER = 4.5;
const UNLABELLED = 5;
const SOURCE = 6;

interface Label {
  pattern: RegExp;
  rank: number;
  /** Whether a handle ("ggjjzhzz", "放飞&心情") may follow instead of Han names. */
  handle: boolean;
  /** Whether every name after it must read as a person's (looksLikePersonName). */
  personal?: boolean;
}

const LABELS: Label[] = [
  {
    // "作者单位", "作者简介" describe the author; they do not name one.
    pattern: new RegExp(
      `${AT}(?:特约|本报|本刊|本文|原文)?(?:作\\s*者(?!\\s*(?:单位|简介|介绍|信息|其他|的|最新|更多|文章|主页|专栏|相关|系|为|是|授权|观点|保留|不详))|撰\\s*文|撰稿人?|执笔人?|图\\s*[/／]\\s*文|文\\s*[/／]\\s*图|文\\s*[/／|｜:：]|Author\\s*[:：])${COLON}`,
      'gi',
    ),
    rank: WRITER,
    handle: true,
  },
  {
    // "楼主：青石板上的猫": a thread's poster, whose first post is the article (a reply's "作者："
    // comes after it). Only with its colon: "楼主说得对" is a reply's sentence.
    pattern: new RegExp(`${AT}楼\\s*主\\s*[:：]\\s*`, 'g'),
    rank: WRITER,
    handle: true,
  },
  {
    pattern: new RegExp(`${AT}(?:${REPORTER_ROLE}|(?:本报|本刊|本台|本网)?(?:实习生|见习生))${COLON}`, 'g'),
    rank: REPORTER,
    handle: false,
  },
  {
    pattern: new RegExp(`${AT}${ANY_PUBLICATION_ROLE}${COLON}`, 'g'),
    rank: REPORTER,
    handle: false,
    personal: true,
  },
  {
    // "半月谈记者 史卫燕", "央视记者：张三": a publication of any name opening the line, then a
    // space or a colon before the names (a sentence runs on: "他说记者经历了…"; "他对记者 李明说"
    // speaks to one).
    pattern:
      /^(?![\u4e00-\u9fa5]{0,7}[对向给跟据告诉问])[\u4e00-\u9fa5]{1,8}?(?<!摄影|摄像)记者(?=[\s\u3000]|[:：|｜])\s*[:：|｜]?\s*/g,
    rank: REPORTER,
    handle: false,
  },
  {
    // "By 张三" on a Chinese page: only Han names may follow ("by the way" names nobody).
    pattern: new RegExp(`${AT}By\\s+`, 'gi'),
    rank: WRITER,
    handle: false,
  },
  {
    // "报道：黄丽萍 摄影：陈志强", as Malaysian and Hong Kong papers print it: only opening a line
    // or a bracket ("据外媒 报道：马斯克，…" is a sentence), and only people's names after it.
    pattern: /(?:^|[（(【[])\s*(?:报\s*道|報\s*導)\s*[:：]\s*/g,
    rank: WRITER,
    handle: false,
    personal: true,
  },
  {
    // "本文来自微信公众号“镜面研究所”（ID：…），作者：陆一鸣，36氪经授权发布": a repost's credit
    // after a comma. Only a colon makes it a label there ("，作者认为…" is a sentence), and only
    // people's names follow it.
    pattern: /[，,]\s*作者\s*[:：]\s*/g,
    rank: WRITER,
    handle: false,
    personal: true,
  },
  { pattern: new RegExp(`${AT}(?:发文机关|发布机构)\\s*[:：]\\s*`, 'g'), rank: ISSUER, handle: true },
  {
    pattern: new RegExp(`${AT}(?:本报|本刊)?(?:特约)?通讯员${COLON}`, 'g'),
    rank: CORRESPONDENT,
    handle: false,
  },
  {
    // "摄影留念" is a sentence: a photographer's label is followed by a colon or a space.
    pattern: new RegExp(
      `${AT}(?:(?:摄影|摄像)(?:记者${COLON}|\\s*[:：]\\s*|[\\s\\u3000]+)|摄\\s*[:：]\\s*|图片?\\s*[/／:：]\\s*)`,
      'g',
    ),
    rank: PHOTOGRAPHER,
    handle: false,
  },
  { pattern: new RegExp(`${AT}(?:责任编辑|责编|编辑|编审)\\s*[:：]\\s*`, 'g'), rank: EDITOR, handle: false },
  {
    // The account that put the article on the site: a person, a department or "admin".
    pattern: new RegExp(`${AT}(?:发布者|发布人|发稿人|发帖人|上传者)\\s*[:：]\\s*`, 'g'),
    rank: POSTER,
    handle: true,
  },
];

const SOURCE_LABEL = new RegExp(`${AT}来\\s*源\\s*[:：]\\s*`);

/** Words that end a byline run without being a name. */
const NOT_NAME =
  /^(报道|报导|综合|摄影?|摄像|整理|编译|发自|来源|编辑|责编|责任|通讯员|记者|实习生|时间|日期|发布|字号|字体|分享|本报|本刊|评论|点击|阅读|访问|浏览|打印|关闭|张贴|新华社|新华网|人民网|原创|转载|手记|札记|随笔|笔记)/;

/** An office held, not a name: "市教育局局长", "新闻发言人", "办公室主任". */
const OFFICE_TITLE =
  /(?:[局处科部厅市县省区镇乡校院馆所社台]长|主任|书记|主席|委员|经理|总监|负责人|发言人|主持人)$/;

/** "每经编辑", "见习记者": a publication's role, which ends the names before it. */
const ROLE_AT_END =
  /(?:记者|编辑|实习生|见习生|通讯员|摄影|摄像|校对|主编|责编|审核|审校|审签|终审|初审|复审|监制|制作|设计)$/;

/**
 * What may stand right after a name: anything else means the name was only part of a word. (An
 * opening bracket starts the writer's affiliation: "郑丽娟（清溪县教育局基础教育科）"; not a count's,
 * "我要评论(12)".)
 */
const AFTER_NAME = /^(?:$|[\s\u3000|｜/／、，,。;；:：)）\]】」』>\d]|[（(](?![\d\s]*[)）]))/;

/** Words glued to a name that close a credit: "王敬照报道", "蔡雪婧摄". */
const GLUED_CLOSER =
  /(?<=[\u4e00-\u9fa5])((?:综合)?报[道导]|摄影|摄|整理|编译)(?=$|[\s\u3000）)\]】，,。|｜:：])/g;

/** One character, a space, one character, between names: "刘晓燕 陈\u3000林". */
const PADDED_NAME =
  /(^|[\s\u3000、，,])([\u4e00-\u9fa5])[\s\u3000]([\u4e00-\u9fa5])(?=$|[\s\u3000、，,）)\]】])/g;

/** "山东冠县报道" after the reporters is where they filed from, not one more reporter. */
const PLACE = /[省市县区镇乡村州]$/;

/** Names from the text after a label: "王建宏 张文攀 报道" → "王建宏 张文攀". */
function namesAfter(text: string): string | null {
  const rest = text
    .replace(/^[\s\u3000[【（(]+/, '')
    // "作者：本报记者 沈青", "作者：南都记者 黄思韵": the writer's role before the names.
    .replace(new RegExp(`^(?:${REPORTER_ROLE}|[\\u4e00-\\u9fa5]{1,6}记者)[\\s\\u3000]+`), '')
    .replace(new RegExp(`^${REPORTER_ROLE}`), '')
    // "流泉 访问统计：2005年…", "王建宏来源：光明日报": the next label ends the names.
    .replace(/(?:[\s\u3000]+|[；;，,、]\s*)[^\s\u3000；;，,、]{1,8}?[:：][\s\S]*$/, '')
    .replace(/(?:来源|作者|责任编辑|编辑|责编|时间|日期|发布|记者|通讯员)\s*[:：][\s\S]*$/, '')
    .replace(GLUED_CLOSER, ' $1')
    // A two-character name padded to three by a space, as papers set it ("陈\u3000林").
    .replace(PADDED_NAME, (whole, before: string, first: string, second: string) =>
      looksLikePersonName(first + second) ? `${before}${first}${second}` : whole,
    );
  const run = new RegExp(`^${NAMES}`).exec(rest);
  if (!run) return null;
  // "刘畅 澎湃新闻首席记者 陈一鸣", "周正 记者今天从司法部获悉": the run ends at the last name
  // that something a name may stand before follows.
  let parts = run[0].split(/([\s\u3000、，,；;]+)/);
  while (parts.length > 0 && !AFTER_NAME.test(rest.slice(parts.join('').length))) parts = parts.slice(0, -2);
  if (parts.length === 0) return null;
  parts = parts.filter((_, i) => i % 2 === 0);
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    // "张三·新华社": a name, then the agency it writes for.
    const part = /·[\u4e00-\u9fa5]*(?:社|网|报|台|新闻)$/.test(parts[i]) ? parts[i].split('·')[0] : parts[i];
    if (NOT_NAME.test(part) || ROLE_AT_END.test(part)) break;
    // "文/观察者网 齐倩": the publication before its writer's name.
    if (names.length === 0 && i + 1 < parts.length && ORGANISATION.test(part)) continue;
    const datelines = /^(报道|电|讯)/.test(parts[i + 1] ?? '') && names.length > 0;
    if (datelines && (PLACE.test(part) || !looksLikePersonName(part))) break;
    names.push(part);
  }
  const joined = names.filter((n) => n.length >= 2).join(' ');
  return joined === '' ? null : joined;
}

/** Words that follow a name in Latin letters on a credit line without being part of it. */
const NOT_LATIN_NAME =
  /^(?:Xinhua|Reuters|AP|AFP|Bloomberg|News|Agency|Press|Daily|Times|Post|Online|Updated|Published|Posted|Photo|Photos|Source|From|By|Staff|Editor|Reporter|Writer|Correspondent)$/;

/** An ASCII or mixed handle after a label ("作者： ggjjzhzz", "作者：放飞&心情"). */
function handleAfter(text: string): string | null {
  // "Zhang San", "Mary Ann Smith": capitalised words, a name written in Latin letters, up to
  // three, and not the words after it ("Zhang San Xinhua News", "John Smith Updated").
  const latin =
    /^[\s\u3000]*([A-Z][a-zA-Z'’-]+(?: [A-Z][a-zA-Z'’-]+){1,2})(?=$|[\s\u3000|｜/【】()（）,，。])/.exec(
      text,
    );
  if (latin) {
    const words = latin[1].split(' ');
    while (words.length > 1 && NOT_LATIN_NAME.test(words[words.length - 1])) words.pop();
    if (words.length >= 2) return words.join(' ');
  }
  const m =
    /^[\s\u3000]*([^\s\u3000|｜/【】()（）:：,，。"'=<>]{2,20})(?=$|[\s\u3000|｜/【】()（）,，。])/.exec(
      text,
    );
  if (!m || /^\d+$|^(http|www\.)/i.test(m[1])) return null;
  return m[1];
}

/** The ending of a body's or a publication's name: 云南日报, 宣传部, 省发展改革委, 车市观察局. */
export const ORGANISATION =
  /(网|报|社|台|刊|站|频道|中心|部|局|委|厅|院|会|处|办|集团|公司|日报|晚报|新闻|杂志|客户端)$/;

interface Found extends Credit {
  at: number;
}

/** The rest of a dateline after its reporters and place: "…北京4日电". */
const GLUED_DATELINE = /^[\u4e00-\u9fa5·、，,\s\u3000]{4,40}?\s*\d{1,2}(?:月\d{1,2})?日电/;

/** Every labelled credit of the line, where it stands. */
function labelledCredits(text: string): Found[] {
  const found: Found[] = [];
  for (const { pattern, rank, handle, personal } of LABELS) {
    for (const m of text.matchAll(pattern)) {
      const rest = text.slice(m.index + m[0].length);
      // "记者王小明北京4日电": names run into a place, read by datelineReporters.
      if (GLUED_DATELINE.test(rest)) continue;
      const handleName = handle ? handleAfter(rest) : null;
      const names = namesAfter(rest);
      // "作者：江南布衣2008": a handle whose Han part reads as a name is the handle whole.
      const gluedHandle =
        handleName !== null && names !== null && !names.includes(' ') && handleName.startsWith(names)
          ? /^[\dA-Za-z_]+$/.test(handleName.slice(names.length))
          : false;
      const author =
        (gluedHandle ? handleName : names) ??
        (handleName && !NOT_NAME.test(handleName) && !OFFICE_TITLE.test(handleName) ? handleName : null);
      // A name run into a reporter's label ("记者周正") must read as a person's: "记者从北京4日电" names nobody.
      const glued = rank === REPORTER && !/[\s\u3000:：|｜]$/.test(m[0]);
      // A label before a bar ("作者 | 罗晓宁") may be a menu's item: a person's name must follow.
      // ("文 | 半佛仙人" is how an account signs a post: a pen name counts.)
      const barred = /[|｜]\s*$/.test(m[0]) && !/文\s*[|｜]\s*$/.test(m[0]);
      if (author && (personal || glued || barred) && !author.split(' ').every(looksLikePersonName)) continue;
      if (!author) continue;
      // "记者刘畅摄" under a photo: the reporter took the picture, and is credited as its photographer.
      const last = author.split(' ').pop() ?? author;
      const lastAt = rest.indexOf(last);
      const took = lastAt >= 0 && PHOTO_CLOSER.test(rest.slice(lastAt + last.length));
      found.push({ author, rank: took ? Math.max(rank, PHOTOGRAPHER) : rank, at: m.index });
    }
  }
  return found;
}

/**
 * What closes a photographer's credit after the names: "摄", "/摄", "摄影", with nothing but the
 * line's end or a closing mark after it ("撰文 张三 摄影 李四" is the next credit's label).
 */
const PHOTO_CLOSER = /^[\s\u3000]*[/／]?\s*摄影?(?=[\s\u3000]*$|[）)\]】，,。])/;

/**
 * A name, then its role, alone on the line: "林嘉文 BBC中文记者", "王浩 本报驻京记者", "李杨
 * FT中文网专栏作家". Only a person's name, and the line holds nothing else.
 */
const NAME_THEN_ROLE =
  /^([\u4e00-\u9fa5·]{2,8})[\s\u3000]+[A-Za-z\u4e00-\u9fa5]{0,10}?(?:驻[\u4e00-\u9fa5]{1,6}?)?(?:特约|首席|资深|实习)?(?:记者|撰稿人|专栏作家|作家)$/u;

function roleAfterName(text: string): Found[] {
  const m = NAME_THEN_ROLE.exec(text);
  return m && looksLikePersonName(m[1]) ? [{ author: m[1], rank: REPORTER, at: 0 }] : [];
}

/** "蔡雪婧/摄", "（张三 摄）": a photographer credited after the photo's caption. */
function photoCredits(text: string): Found[] {
  const found: Found[] = [];
  const pattern = new RegExp(
    `(?:^|[\\s\\u3000（(，,。])(${NAMES})(?:\\s*[/／]\\s*|[\\s\\u3000]+)摄影?(?=$|[\\s\\u3000）)，,。])`,
    'g',
  );
  for (const m of text.matchAll(pattern)) {
    const names = m[1].split(NAME_SPLIT);
    if (names.every(looksLikePersonName))
      found.push({ author: names.join(' '), rank: PHOTOGRAPHER, at: m.index });
  }
  return found;
}

/**
 * The reporter glued to the place a dateline names: "王小明北京" → "王小明". A surname, then a
 * given name of two characters when the place keeps at least two ("张三北京" has one).
 */
function nameBeforePlace(run: string): string | null {
  const surname = COMPOUND_SURNAMES.test(run) ? 2 : 1;
  const length = run.length - (surname + 2) >= 2 ? surname + 2 : surname + 1;
  const name = run.slice(0, length);
  return run.length - length >= 2 && looksLikePersonName(name) ? name : null;
}

/**
 * "（新华社记者王小明北京4日电）", "（中央社记者王小明、李四台北4日电）": the agency's dateline in
 * brackets, the reporters run into the place they filed from.
 */
function datelineReporters(text: string): Found[] {
  const found: Found[] = [];
  const pattern =
    /[（(]\s*(?:[\u4e00-\u9fa5]{0,6}(?:社|报|台|网))?记者\s*([\u4e00-\u9fa5·、，,\s\u3000]{4,40}?)\s*\d{1,2}(?:月\d{1,2})?日电\s*[）)]/g;
  for (const m of text.matchAll(pattern)) {
    const parts = m[1].split(/[、，,\s\u3000]+/).filter((p) => p !== '');
    const last = parts.pop() ?? '';
    const names = [...parts];
    if (looksLikePersonName(last)) names.push(last);
    else {
      const glued = nameBeforePlace(last);
      if (glued) names.push(glued);
    }
    if (names.length > 0 && names.every(looksLikePersonName))
      found.push({ author: names.join(' '), rank: REPORTER, at: m.index });
  }
  return found;
}

/**
 * "（大纪元记者林芳宇综合报导）", "（南方日报记者王敏 报道）": a publication of any name, its reporter
 * and the names run into the role, alone in brackets (with "报道", "综合报道" or nothing after the
 * names): the brackets mark the credit, where a sentence would read "…记者了解到".
 */
function bracketedReporters(text: string): Found[] {
  const found: Found[] = [];
  const pattern = new RegExp(
    `[（(]\\s*[\\u4e00-\\u9fa5]{1,8}?记者\\s*(${NAMES})\\s*(?:综合)?(?:报[道导])?\\s*[）)]`,
    'g',
  );
  for (const m of text.matchAll(pattern)) {
    const names = m[1].split(NAME_SPLIT);
    if (names.every(looksLikePersonName))
      found.push({ author: names.join(' '), rank: REPORTER, at: m.index });
  }
  return found;
}

/** "张三/文", "张三 李四 文": the writers named before the word, as a credit line ends. */
function writerCredits(text: string): Found[] {
  const found: Found[] = [];
  const pattern = new RegExp(
    `(?:^|[\\s\\u3000（(，,。|｜])(${NAMES})\\s*[/／]\\s*文(?=$|[\\s\\u3000）)，,。|｜])`,
    'g',
  );
  for (const m of text.matchAll(pattern)) {
    const names = m[1].split(NAME_SPLIT);
    if (names.every(looksLikePersonName)) found.push({ author: names.join(' '), rank: WRITER, at: m.index });
  }
  return found;
}

/** "（常书香 马丹阳 ）" after the last sentence: the people who wrote it, named without a label. */
function closingNames(text: string): string | null {
  const m = new RegExp(`(?:^|[。！？!?”"』」…])\\s*[（(]\\s*(${NAMES})\\s*[）)]\\s*$`).exec(text);
  if (!m) return null;
  const names = m[1].split(NAME_SPLIT);
  return names.every(looksLikePersonName) ? names.join(' ') : null;
}

/** The longest line read as names and where they filed from ("木村惠 东京报道"), in characters. */
const FILED_LINE_MAX = 40;

/** What a report is before 报道, not where it was filed from: "专题报道", "现场报道", "新闻报道". */
const REPORT_KIND =
  /(?:专题|深度|现场|独家|特别|连续|新闻|综合|追踪|跟踪|系列|调查|图片|视频|直播|融媒|图文|相关|集中|重点|大型)$/;

/** Credits without a label that a line can still hold, the weakest first ruled out. */
function unlabelledCredit(text: string): string | null {
  // （某某 上海报道）
  const reported = new RegExp(`[（(]\\s*(${NAMES})\\s+(\\S{0,8}?)报道\\s*[）)]`).exec(text);
  if (reported && !NOT_NAME.test(reported[1]) && !REPORT_KIND.test(reported[2])) return reported[1];
  // "日本经济新闻（中文版：日经中文网）木村惠 东京报道": names, then where they filed from, ending a
  // short line (not a report's kind: "郑州 暴雨专题报道", "石家庄 现场报道").
  const filed = new RegExp(
    `(?:^|[\\s\\u3000）)】])(${NAMES})[\\s\\u3000]+([\\u4e00-\\u9fa5]{1,6}?)报道\\s*$`,
  ).exec(text);
  const filers = filed?.[1].split(NAME_SPLIT) ?? [];
  if (
    filed &&
    Array.from(text).length <= FILED_LINE_MAX &&
    !REPORT_KIND.test(filed[2]) &&
    !NOT_NAME.test(filed[1]) &&
    filers.every(looksLikePersonName)
  )
    return filers.join(' ');
  // "[ 黄宇 ]" as a CMS prints its byline; "[打印]", "[试听]张靓颖…" are buttons and tags.
  const bracketed = new RegExp(
    `(?:^|\\s)\\[(?:\\s+(${HAN_NAME})\\s*|\\s*(${HAN_NAME})\\s+)\\](?![\\u4e00-\\u9fa5A-Za-z0-9])`,
  ).exec(text);
  const inBrackets = bracketed?.[1] ?? bracketed?.[2];
  if (inBrackets && !NOT_NAME.test(inBrackets)) return inBrackets;
  return null;
}

/** A blog's posted-by line: "ggjjzhzz 发表于 2005-9-15", "由海姑娘张贴 @ 2005-06-14". */
function postedBy(line: string): string | null {
  const text = line.trim();
  const m =
    /^([^\s\u3000]{2,20}?)\s*发表于/.exec(text) ??
    /^由\s*([^\s\u3000@]{1,20}?)\s*(?:张贴|发表|发布|发帖|上传)/.exec(text);
  if (!m || /^[（(【[]|^(本文|本帖|此文|该文|文章)/.test(m[1]) || NOT_NAME.test(m[1])) return null;
  return m[1];
}

/** "胡平\n——当代中国的精神危机\n…": a block whose first line is only its author's name. */
function nameOpeningBlock(line: string): string | null {
  const lines = line.split('\n');
  if (lines.length < 2) return null;
  const first = lines[0].replace(/[\s\u3000]+/g, '');
  return looksLikePersonName(first) ? first : null;
}

/** "来源：张三" names a person when it is one short name, not a publication. */
function sourcePerson(text: string): string | null {
  const m = SOURCE_LABEL.exec(text);
  if (!m) return null;
  const person = namesAfter(text.slice(m.index + m[0].length));
  if (!person || person.includes(' ') || ORGANISATION.test(person) || person.length > 3) return null;
  return person;
}

/**
 * Of a line longer than a byline, only a credit in brackets closing it ("…。（记者 张三）") or
 * opening it as a dateline ("（中央社记者王小明台北4日电）行政院…") can be one.
 */
function bracketedGroups(text: string): string[] {
  const closing = /[（(][^（()）]{2,40}[）)]\s*$/.exec(text)?.[0];
  const opening = /^[（(][^（()）]{2,40}[）)]/.exec(text)?.[0];
  return [closing, opening].filter((group) => group !== undefined);
}

/** "当前位置：首页｜新华社记者看东北", "首页 > 新闻 > 正文": a breadcrumb names sections, never people. */
const NAVIGATION =
  /^(?:当前位置|您的位置|你的位置|您现在的位置|现在的位置|所在位置)\s*[:：]|^\S{1,6}\s*[>»›＞]\s*\S/;

function isNavigationLine(line: string): boolean {
  return NAVIGATION.test(line.replace(/\s+/g, ' ').trim());
}

/** A paragraph's opening up to its first colon, within a dateline's length and no sentence. */
const LEAD_TO_COLON = /^[^。！？!?：:]{2,40}[:：]/;

/** The people one line credits for the article, or null. */
export function creditOfLine(line: string): Credit | null {
  if (isNavigationLine(line)) return null;
  const latin = latinByline(line);
  if (latin) return { author: latin.join(', '), rank: WRITER };
  const opening = nameOpeningBlock(line);
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > 200) {
    for (const group of bracketedGroups(text)) {
      const inGroup = creditOfLine(group);
      if (inGroup) return inGroup;
    }
    // A paragraph that opens with its credit up to a colon ("【大公报讯】记者黄仕杰报道：…").
    const lead = LEAD_TO_COLON.exec(text)?.[0];
    const inLead = lead ? creditOfLine(lead) : null;
    if (inLead && inLead.rank <= CORRESPONDENT) return inLead;
    return opening ? { author: opening, rank: UNLABELLED } : null;
  }
  const makers = [
    ...labelledCredits(text),
    ...datelineReporters(text),
    ...bracketedReporters(text),
    ...writerCredits(text),
    ...roleAfterName(text),
    ...photoCredits(text),
  ].sort((a, b) => a.at - b.at);
  const together = makers.filter((c) => c.rank <= PHOTOGRAPHER);
  if (together.length > 0) {
    const names = [...new Set(together.flatMap((c) => c.author.split(' ')))];
    return { author: names.join(' '), rank: Math.min(...together.map((c) => c.rank)) };
  }
  const closing = closingNames(text);
  if (closing) return { author: closing, rank: CORRESPONDENT };
  // An editor, else the account that posted it: only when nobody is credited for the writing.
  const editor = makers.find((c) => c.rank === EDITOR) ?? makers.find((c) => c.rank === POSTER);
  if (editor) return { author: editor.author, rank: editor.rank };
  const unlabelled =
    unlabelledCredit(text) ??
    line
      .split('\n')
      .map(postedBy)
      .find((p) => p !== null) ??
    opening;
  if (unlabelled) return { author: unlabelled, rank: UNLABELLED };
  const person = sourcePerson(text);
  return person ? { author: person, rank: SOURCE } : null;
}

/**
 * Whether the page names `person` as an editor and never as a maker of the article: an author
 * meta that holds the 责任编辑 ("(责任编辑：孙宏阳、陈思远)") is no byline beside "作者：林晓薇".
 */
export function namedOnlyAsEditor(person: string, lines: readonly string[]): boolean {
  let editor = false;
  for (const line of lines) {
    if (!line.includes(person)) continue;
    for (const credit of labelledCredits(line.replace(/\s+/g, ' ').trim())) {
      if (!credit.author.split(' ').includes(person)) continue;
      if (credit.rank <= PHOTOGRAPHER) return false;
      if (credit.rank === EDITOR) editor = true;
    }
  }
  return editor;
}

/** The publication a 来源 label names ("来源：云南日报" → "云南日报"), or null. */
export function sourceOfLine(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  const m = SOURCE_LABEL.exec(text);
  if (!m) return null;
  const source = handleAfter(text.slice(m.index + m[0].length).replace(/^[\s\u3000[【]+/, ''));
  return source ? source.replace(/[\]】]$/, '') : null;
}

/**
 * The accounts a page names as where it was first posted ("本文来自微信公众号“镜面研究所”",
 * "来源：公众号「财经早餐」", "微信公众号零售观察局（ID：…）"): a publication, never a byline, though a repost's author markup
 * often holds it.
 */
export function accountNames(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    if (!line.includes('公众号')) continue;
    for (const m of line.matchAll(/公众号\s*[:：]?\s*[“"「『《]([^”"」』》\n]{2,24})[”"」』》]/g))
      names.push(m[1].trim());
    // Unquoted, before its id: "本文来源于微信公众号零售观察局（ID：lingshou_gcj）".
    for (const m of line.matchAll(
      /公众号\s*[:：]?\s*([^\s“"「『《（(，,。:：]{2,20})\s*[（(]\s*(?:ID|微信号)/gi,
    ))
      names.push(m[1].trim());
  }
  return names;
}
