/**
 * Lines a page shows near its headline that are never a headline, told by their shape alone (no
 * page, no markup): a menu bar written as one line, a column's tag in brackets, a reprint's
 * "original title" line, a forum's or blog's software credit. Pure text rules, shared by the
 * HTML title scoring and the tests. (A reporter's credit line is told by the press's byline
 * labels instead: isCreditLine in src-main/import/html/title-candidates.ts.)
 */
import { compact } from './compact';

/**
 * The separators a menu bar puts between its items ("首页 | 时事 | 生活", "Home · News · Sport"),
 * in text whose white space runs are one space each (so the pattern never backtracks far).
 */
const MENU_SEPARATOR = / [|｜·•/] | ?[|｜] ?/;
/** Longer than this, a line is no menu bar (and is not scanned). */
const MENU_LINE_MAX = 400;

/**
 * "首页 新闻", "网站首页 | 通知公告", "Home | News": a site's home link, then a section or two (in
 * Latin letters only with a separator: "Home Alone" is a title).
 */
const HOME_THEN_SECTIONS =
  /^(?:(?:网站首页|返回首页|首页|主页)(?:(?:\s*[|｜·•/>»]\s*|\s+)[^\s|｜·•/>»]{1,6}){1,3}|home(?:\s*[|｜·•/>»]\s*[^\s|｜·•/>»]{1,12}){1,3})$/iu;

/**
 * A menu bar written as one line: four items or more, each at most six characters once white
 * space is removed ("首页 | 时事 | 生活 | 财经"), or the home link with a section or two after it.
 */
export function isMenuLine(text: string): boolean {
  if (text.length > MENU_LINE_MAX) return false;
  if (HOME_THEN_SECTIONS.test(text.trim())) return true;
  const items = text
    .replace(/\s+/g, ' ')
    .split(MENU_SEPARATOR)
    .map((item) => item.replace(/\s+/g, ''))
    .filter((item) => item !== '');
  return items.length >= 4 && items.every((item) => Array.from(item).length <= 6);
}

/**
 * A phone's prompt beside a QR code, never article text: "扫一扫在手机打开当前页", "扫码关注公众号",
 * "微信扫一扫分享". Its own words only: "扫码点餐背后的隐私风险" is a headline.
 */
export function isScanPrompt(text: string): boolean {
  const line = text.trim();
  return (
    Array.from(line).length <= 20 &&
    !/[，。！？；,.!?;]/.test(line) &&
    /^(?:微信|手机)?扫(?:一扫|码|描二维码)(?:.{0,8}?)(?:打开|阅读|浏览|关注|分享|下载|访问|观看|收听|查看|获取|订阅)/.test(
      line,
    )
  );
}

const RELATED_LIST_HEADING =
  /^[【[]?\s*(相关(文章|阅读|新闻|报道|推荐|资讯|链接)|推荐(阅读|文章)|热门(文章|推荐|资讯|新闻)|猜你喜欢|延伸阅读|最新(文章|资讯|新闻)|related (posts|articles|stories|links|news)|read more|you may also like|more stories|top stories|most (popular|read)|latest (news|stories|posts|articles)|popular (posts|articles|stories))\s*[】\]]?\s*[:：]?$/i;

/**
 * The heading of a list of other pages' headlines ("相关新闻", "【延伸阅读】", "Related stories",
 * "Most read"): never the article's text, never its headline.
 */
export function isRelatedListHeading(text: string): boolean {
  return text.length <= 40 && RELATED_LIST_HEADING.test(text.trim());
}

/**
 * A column's tag a site sets before a headline inside its heading, without brackets ("头条",
 * "独家", "原创", "视频"): a word of the page's furniture, never a speaker or a subject.
 */
export function isHeadingTag(text: string): boolean {
  return /^(?:头条|独家|原创|置顶|热门?|推荐|快讯|首发|最新|重磅|视频|图文|组图|专题|要闻|突发|精选)$/.test(
    text,
  );
}

/** A column's or a label's tag standing alone in brackets ("【新春走基层】", "[独家]", "〔专题〕"). */
export function isBracketLabel(text: string): boolean {
  return /^\s*[[【〔［][^\]】〕］]{1,12}[\]】〕］]\s*$/.test(text);
}

/** A reprint's note of the headline it first ran under ("原标题：…", "原题：…"). */
export function isOriginalTitleLine(text: string): boolean {
  return /^\s*(?:原标题|原题)\s*[:：]/.test(text);
}

/** A forum's or blog's software credit ("Powered by Discuz! X3.4", "Proudly powered by WordPress"). */
export function isSoftwareCredit(text: string): boolean {
  return /^\s*(?:proudly\s+)?powered\s+by\b|^\s*(?:theme|designed|built|hosted)\s+by\b|技术支持\s*[:：]|^\s*由\s*\S+\s*(?:驱动|强力驱动|提供技术支持)/i.test(
    text,
  );
}

/**
 * A line saying who runs the site, never a headline: "主办：人民日报社", "主管单位：…",
 * "中共中央宣传部委托新华通讯社主办", "人民网版权所有". At the end, the word follows an
 * organisation's name (…社, …部, …网, …中心): a headline that ends the same way names no
 * organisation there ("腾讯任命新的游戏业务主管", "2030年亚运会多哈主办", "中国第三次主办"), and
 * one that says by whom ("由多哈主办") is not taken either.
 */
export function isSiteCredit(text: string): boolean {
  const line = text.trim();
  if (/^(?:主[办辦]|承[办辦]|[协協][办辦]|主管)(?:[单單]位)?\s*[:：]/.test(line)) return true;
  if (Array.from(line).length > 40 || line.includes('由')) return false;
  return (
    /版[权權]所有$/.test(line) ||
    /(?:社|部|局|委|会|會|院|厅|廳|办|辦|中心|集团|集團|公司|网|網|报|報|台|站|所|馆|館|政府)(?:联合|聯合)?(?:主[办辦]|承[办辦]|[协協][办辦]|主管)(?:[单單]位)?$/.test(
      line,
    )
  );
}

/**
 * The endings of Chinese media names: 新华网, 东方日报, 新民晚报, 南方在线, 财经频道, 澎湃新闻,
 * 三联生活周刊, 天涯社区, an encyclopedia's or a document library's 百度百科, 豆丁文库. A morpheme
 * of the language, not a list of sites. A verb before 网 or 假 before 新闻 makes a headline's
 * ending instead ("嫌犯落网", "揭秘假新闻"), and so do the tennis slams and the power grid (澳网,
 * 法网, 美网, 温网; 电网).
 */
const MEDIA_NAME_END =
  /(?:(?<![落上联漏触结织撒澳法美温电])网|[日晚早时商周导]报|都市报|青年报|在线|频道|(?<!假)新闻|周刊|杂志|论坛|社区|电视台|电台|之声|客户端|资讯|门户|博客|百科|文库)$/u;

/**
 * Words a clause holds and a name does not ("这不是新闻", "郑钦文谈澳网", "谁在制造新闻",
 * "封控多个社区", "我们的社区", "我与新闻"): a copula, negation, aspect and disposal particles, a
 * verb of speech, question words, measure words, demonstratives, the particle 的 and 与.
 */
const FUNCTION_WORDS = /[是不没了着过把被让谈谁个些这那吗呢吧的与]/u;

/**
 * A number opening a site's name before its Han characters: "360百科", "39健康网" (not a year, a
 * day or a span of time: "2024两会新闻", "12日报", "24小时新闻").
 */
const LEADING_NUMBER = /^\d{2,3}(?=\p{Script=Han}{2})(?!小时|分钟|[年月日号时天周])/u;

/** Longest name counted as a medium's, in characters: "三联生活周刊". */
const MEDIA_NAME_MAX = 6;

/**
 * A name shaped like a Chinese medium's ("松花江网", "东方日报", "南方在线"): 2 to 6 characters,
 * no space, separator or digit, ending as media names end. (A headline may end so too: callers
 * use it only where a site's name is expected, beside a separator or as a page's whole `<title>`.)
 */
export function isMediaName(text: string): boolean {
  // A number the name opens with stays with it ("360百科", "39健康网"), not a day's ("12日报").
  const name = text.trim().replace(LEADING_NUMBER, '');
  const size = Array.from(name).length;
  // No space, separator or digit: "财经频道_北方网" is two names; "30CCTV5频道" a clock's end.
  return (
    size >= 2 &&
    size <= MEDIA_NAME_MAX &&
    !/[\s\d_|｜·•:：/\\-]/.test(name) &&
    !FUNCTION_WORDS.test(name) &&
    MEDIA_NAME_END.test(name)
  );
}

/** A channel's name in brackets after a medium's ("新民晚报（国际）", "华夏新闻网(财经频道)"). */
const CHANNEL_NOTE = /\s*[（(][^（）()]{1,8}[）)]$/;

/**
 * What follows a medium's name to name one of its sites: its forum, community or blog, its
 * official or mobile site ("华夏新闻网论坛", "新民晚报社区", "东方日报官方网站", "北方网手机版").
 */
const SITE_OF = /(?:论坛|社区|博客|官方网站|官网|手机版|移动版|网页版|电子版)$/;

/**
 * A medium's name (isMediaName), alone, with its channel in brackets after it ("新民晚报（国际）")
 * or naming one of its sites ("华夏新闻网论坛", "东方日报官方网站").
 * ("犬儒病(上)" is no medium's name with a note: "犬儒病" is no medium's name.)
 */
export function isMediaLabel(text: string): boolean {
  return mediaNameOf(text) !== null;
}

/** The medium's name a label holds ("新民晚报" of "新民晚报（国际）"), or null. */
function mediaNameOf(text: string): string | null {
  // The base first: "华夏新闻网论坛" is 华夏新闻网's forum, though it ends as a name may too.
  const name = text.trim();
  for (const note of [CHANNEL_NOTE, SITE_OF]) {
    const base = name.replace(note, '');
    if (base !== name && isMediaName(base)) return base;
  }
  return isMediaName(name) ? name : null;
}

/**
 * The endings only a medium's name has, never a headline's phrase ("走进社区", "两会新闻" and
 * "我与新闻" end as media names may): 网 (as isMediaName allows it), a paper's 报, 在线, a station.
 */
const STRONG_MEDIA_END = /(?:网|报|在线|电视台|电台)$/u;

/**
 * A medium's label that no headline's main title is shaped like, for the separators that also
 * join a main title to its subtitle (a dash run): a name with a strong ending, alone, with its
 * channel in brackets or naming one of its sites ("新民晚报", "新民晚报（国际）", "华夏新闻网论坛";
 * not "重返社区(上)").
 */
export function isStrongMediaLabel(text: string): boolean {
  const name = mediaNameOf(text);
  return name !== null && STRONG_MEDIA_END.test(name);
}

/** Longer than this, a string is no `<title>` whose end is worth reading (and is not scanned). */
const TITLE_MAX = 300;
/**
 * The separators that may stand beside a site's name but also join a headline's own parts (a
 * speaker to a quote, a headline to its subtitle): only a name shaped like a medium's is cut there.
 */
const TAIL_SEPARATORS = ['：', ':', '·', '•', '丨', '——', '--', '－－', '—'];
/** A name in brackets at a title's end, two to twelve characters ("(华夏新闻网)", "[新民晚报]"). */
const BRACKETED_TAIL = /^(.*?)\s*[（([【［]([^（）()[\]【】［］]{2,12})[)）\]】］]\s*$/;

/** The separators before a site's name that join no subtitle or quote: any medium's name is cut after them. */
const WEAK_SEPARATORS = ['·', '•', '丨', '-'];

/** A hyphen between a Han headline and a last part that opens with a Latin letter ("-TOM新闻"). */
const HAN_THEN_LATIN_NAME = /(?<=[\u4e00-\u9fa5）)])-(?=[A-Za-z][^-]*$)/u;

/** Before the headline, a site's name stands before a dash run only ("新民晚报（国际）——…"). */
const HEAD_SEPARATORS = ['——', '--', '－－'];

/** The headline keeps at least this many characters once a site's name is cut from it. */
const HEADLINE_MIN = 4;

function headlineLongEnough(headline: string): boolean {
  return Array.from(compact(headline)).length >= HEADLINE_MIN;
}

/**
 * A `<title>` whose last part, after "：", "·", "丨", a dash or a dash run, or in brackets, is a site's
 * name ("播客热潮迅速蔓延：江南都市网", "标题·新民晚报", "标题丨澎湃新闻", "投身外交(3)——华夏新闻网",
 * "投身外交(3)(华夏新闻网)"), or after a hyphen that ends a Han headline, a name in Latin letters ("…还失主-TOM新闻"):
 * the headline and the name, or null. The name is shaped like a medium's, with or without its
 * channel in brackets (isMediaLabel); the headline keeps at least four characters. Those
 * separators also join a speaker to a quote ("茉莉：我是怎样卷入…") and a headline to its
 * subtitle, so only a tail shaped like a name is cut.
 */
export function splitSiteTail(title: string): { headline: string; site: string } | null {
  if (title.length > TITLE_MAX) return null;
  // "投身外交(3)(华夏新闻网)", "标题 [新民晚报]": the name in brackets at the end.
  const bracketed = BRACKETED_TAIL.exec(title);
  if (bracketed && isMediaLabel(bracketed[2]) && headlineLongEnough(bracketed[1]))
    return { headline: bracketed[1].trim(), site: bracketed[2].trim() };
  let at = -1;
  let separator = '';
  for (const candidate of TAIL_SEPARATORS) {
    const index = title.lastIndexOf(candidate);
    if (index > at) [at, separator] = [index, candidate];
  }
  // A hyphen set right after a Han headline, before a name in Latin letters ("…还失主-TOM新闻"):
  // a dash between Han characters is a separator the callers split at already.
  const hyphen = HAN_THEN_LATIN_NAME.exec(title);
  if (hyphen && hyphen.index > at) [at, separator] = [hyphen.index, '-'];
  if (at < 0) return null;
  // One dash found at the end of a run of two is the run.
  if (separator === '—' && title[at - 1] === '—') [at, separator] = [at - 1, '——'];
  const headline = title.slice(0, at).trim();
  const site = title.slice(at + separator.length).trim();
  // After a dash run or a colon, a subtitle or a quote ("幸福家园——走进社区", "记者走访：幸福社区")
  // is told from a site by a strong ending; "丨" and "·" join no quote ("标题丨澎湃新闻").
  const named = WEAK_SEPARATORS.includes(separator) ? isMediaLabel(site) : isStrongMediaLabel(site);
  if (!named || !headlineLongEnough(headline)) return null;
  return { headline, site };
}

/**
 * A `<title>` that opens with a site's name before a dash run ("新民晚报（国际）——陈天华《警世钟》"):
 * the name and the headline, or null. As splitSiteTail, at the first dash run, and only for a
 * name no main title is shaped like (a strong ending, a channel in brackets, one of its sites).
 */
export function splitSiteHead(title: string): { site: string; headline: string } | null {
  if (title.length > TITLE_MAX) return null;
  let at = -1;
  let width = 0;
  for (const separator of HEAD_SEPARATORS) {
    const index = title.indexOf(separator);
    if (index >= 0 && (at < 0 || index < at)) [at, width] = [index, separator.length];
  }
  if (at < 0) return null;
  const site = title.slice(0, at).trim();
  const headline = title.slice(at + width).trim();
  // A main title before its subtitle ("扎根社区——记优秀共产党员张三") is no site's name.
  if (!isStrongMediaLabel(site) || !headlineLongEnough(headline)) return null;
  return { site, headline };
}

/**
 * An official document's number ("吉政明电〔2022〕1号", "国发〔2023〕5号"): it heads a notice
 * beside its title but is not the title.
 */
export function isDocumentNumber(text: string): boolean {
  return DOCUMENT_NUMBER.test(compact(text));
}

/** An issuer's short name, the year in brackets, the number and 号, white space removed. */
const DOCUMENT_NUMBER = /^[\p{Script=Han}A-Za-z]{1,16}[〔［[【(（]\d{4}[〕］\]】)）]\d{1,5}号$/u;

/** A form's or a notice table's label alone on its line ("发文机关：", "索  引 号：", "Title:"). */
export function isFieldLabel(text: string): boolean {
  const compacted = compact(text);
  return (
    /[:：]$/.test(compacted) &&
    Array.from(compacted).length <= 9 &&
    !/[。！？.!?]/.test(compacted.slice(0, -1))
  );
}

/** The label of a notice's title field ("标  题：", "题目：", "文件名称", "Title:"). */
export function isTitleFieldLabel(text: string): boolean {
  return /^(?:标\s*题|题\s*目|文件名称|title)\s*[:：]?$/i.test(text.replace(/\s+/g, ' ').trim());
}
