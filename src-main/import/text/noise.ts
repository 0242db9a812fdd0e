/**
 * Lines of a saved web page that are not the article: hotlines, navigation, disclaimers, edit
 * stamps, SEO link farms, site footers, share buttons, comment headers, a medium's name alone
 * (a picture's credit), a QR code's prompt, and lines of punctuation alone. Each rule looks at one
 * line and is strict about length, so that a paragraph which merely mentions a phone number or
 * a copyright is never taken for noise.
 *
 * Two strengths: `strongNoise` is noise wherever it stands (a disclaimer in the middle of the
 * text is still a disclaimer); `zoneNoise` is noise only above the article or below it, where
 * a row of short words is a menu, not a poem.
 */
import type { RemovedReason } from '../../ipc/contract';
import { isEditStamp } from '../html/chinese-conventions';
import { isFooterMark } from './copyright';
import { hasSentencePunctuation, isMostlyCjk, lineItems, readingSize } from './shape';
import {
  isRelatedListHeading,
  isScanPrompt,
  isStrongMediaLabel,
} from '../../../src-shared/extraction/title-furniture';

const EDIT_STAMP =
  /(重新编辑|最后编辑|编辑于|修改于|最后更新|更新于|本帖最后由|last (edited|modified|updated)|edited (on|at|by))/i;
/** An edit stamp says when: a clock time, a full date, or a day of a named month. */
const STAMP_TIME =
  /\d{1,2}:\d{2}|\d{4}\s*[-/.年]\s*\d{1,2}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b/i;
const EDITOR_CREDIT =
  /^(?:【[^】]{1,6}】\s*)?[【（([]?\s*(责任编辑|责编|编辑|审核|校对|编审|监制|Editor|Edited by)\s*[:：]/i;
/** "本文来源：中国青年报 作者：孙嘉禾 责任编辑：王晓武_NE0001": a closing line of labels, an editor's among them. */
const CREDITS_WITH_EDITOR = /(?:来源|作者|记者)\s*[:：].{0,30}(?:责任编辑|责编)\s*[:：]/;

const DISCLAIMER =
  /免责声明|版权声明|来源于(网络|互联网)|转载自(网络|互联网)|不代表本(站|网|平台|号|刊)|如有侵权|侵权.{0,8}(联系|删除)|转载请注明|未经.{0,12}(许可|授权|同意).{0,12}(转载|复制|摘编|镜像)|版权归.{0,16}所有|仅供参考.{0,30}(负责|观点)|disclaimer|views expressed (here|in this)|for (informational|reference) purposes only|仅代表作者(?:本人|个人)?(?:观点)?|属作者个人观点|不构成(?:任何|个人)?投资建议|^(?:市场|投资)有风险，投资需谨慎|^风险提示(?:及免责(?:条款|声明))?$|仅提供信息存储空间服务/i;
/** What a site's notice is about: rights, reprints, opinions, advice ("本公司董事会保证…" is none). */
const SITE_NOTICE_WORDS = /版权|转载|观点|立场|投资建议|风险自担|信息存储空间|侵权|授权/;
/**
 * A site's notice that names itself ("免责声明：", "中国日报网版权说明：", "声明：") may run longer
 * than other disclaimers ("外交部发言人声明：…" reports one).
 */
const LABELLED_DISCLAIMER =
  /^(?:[^，。：:\s]{0,8}网|本站|本网|免责|版权|特别)?(?:声明|版权说明|免责条款)\s*[:：]/;

const FOOTER_WORDS =
  /关于我们|联系我们|加入我们|网站地图|友情链接|广告服务|广告合作|隐私政策|隐私条款|使用条款|服务条款|用户协议|意见反馈|帮助中心|法律声明|投诉建议|about us|contact us|privacy policy|terms of (use|service)|cookie policy|site ?map|careers|advertise with us/gi;

const PHONE =
  /(?:\+?\d{1,3}[-\s])?(?:\(?0?\d{2,4}\)?[-\s]?)?\d{3,4}[-\s]?\d{4}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)/;
const HOTLINE_WORDS =
  /热线|客服|服务电话|联系电话|咨询电话|订购电话|投诉电话|电话|手机|传真|hotline|phone|tel[.:]|call us|fax/i;

const BOILERPLATE =
  /^(分享到|分享至|一键分享|share (this|on)\s*[:：]?$|上一篇|下一篇|上一条|下一条|previous (post|article)|next (post|article))|返回顶部|回到顶部|back to top|打印本页|打印此文|关闭窗口|【?\s*字[体號号]\s*[:：]?\s*[大中小]|^(阅读|浏览|点击|阅读量|浏览量|点击量|浏览次数|点击次数)\s*[:：]?\s*\d+\s*次?$|^(收藏|点赞|打印|关闭)(\s+(收藏|点赞|打印|关闭|分享))+$/i;
/** A cookie banner's words: "This site uses cookies…", "Accept all cookies", "本网站使用Cookie". */
const COOKIE_NOTICE =
  /\b(?:we|this (?:site|website)|our (?:site|website))\s+uses?\s+cookies\b|\baccept (?:all |only essential )?cookies\b|\bcookie (?:settings|preferences|consent)\b|(?:本网站|本站|我们)使用\s*cookies?/i;

/**
 * A prompt to read on in the site's app, closing its line: "…，欢迎下载APP查看更多",
 * "打开新浪新闻客户端阅读全文" (not "市民可下载“i深圳”APP查看办事进度。").
 */
const APP_PROMPT =
  /(?:^|[，,])\s*(?:欢迎|歡迎|请|請)?(?:下载|下載|打开|打開)\s*[^，,。\s]{0,8}?(?:APP|App|客户端|客戶端)\s*(?:查看|阅读|閱讀)(?:更多|全文|原文)[！!]?$/;

/** Where a prompt to follow the site leads, closing its first clause: its account, app, e-paper, newsletter. */
const FOLLOW_TARGET_END =
  /(?:公众号|电子报|電子報|客户端|客戶端|APP|脸书专页|臉書專頁|脸书|臉書|粉丝团|粉絲團|专页|專頁|微博|微信|抖音|视频号|newsletter)(?:了?[吗嗎])?$/i;

/**
 * A prompt to follow, subscribe to or download the site ("欢迎关注东方日报脸书专页，第一时间掌握…",
 * "订阅联合早报电子报，每天获取…", "已經加入自由時報粉絲團了嗎？", "Sign up for our newsletter"): a
 * short line that opens with the call, its first clause ending with where it leads. ("关注该公众号的
 * 读者越来越多，…" and "下载客户端的用户达到三千万。" are sentences about them.)
 */
function isFollowPrompt(text: string): boolean {
  const line = text.trim();
  if (readingSize(line) > 40) return false;
  const clause = line.split(/[，,；;。！？!?]/)[0].trim();
  return (
    FOLLOW_TARGET_END.test(clause) &&
    /^(?:欢迎|歡迎)?(?:关注|關注|订阅|訂閱|下载|下載|点击下载|加入|已经加入|已經加入)|^(?:sign up|subscribe|get|join|receive)\b/i.test(
      clause,
    )
  );
}

/** An advertisement's label, the site's name before it or not ("广告：", "中新网广告："). */
const AD_LABEL = /^[^\s:：，,。]{0,6}(?:广告|廣告)\s*[:：]/;
const COMMENT_HEADER =
  /^(发表评论|网友评论|评论列表|我要评论|我来说两句|全部评论|最新评论|热门评论|\d+\s*条评论|comments?|leave a (reply|comment)|\d+ (comments?|replies))(?![a-z])\s*[:：(（]?/i;

/**
 * The words alone that head a comment thread's form: "[发评论]", "评论区". (Not "评论" alone: a
 * toolbar's button is that word too, and may stand between an article's paragraphs.)
 */
const BARE_COMMENT_HEADER = /^[[【]?(?:发评论|评论区|发表留言)[\]】]?$/;

/** A comment thread's heading with its count: "评论 (36)", "回应（12）", "全部评论(3)". */
const COMMENT_WITH_COUNT =
  /^(?:全部|最新|热门|网友)?(?:评论|评論|回应|回應|回复|留言|跟帖)\s*[(（]\s*\d+\s*[)）]$/;

/** A comment thread's heading that names the article: "34 responses to “…”", "6 thoughts on “…”". */
const COMMENT_COUNT_ON = /^\d+\s+(comments?|responses?|replies|thoughts|reactions)\s+(to|on)\s+["“'‘«]/i;

const BREADCRUMB = /^(您的位置|您现在的位置|当前位置|所在位置|位置|you are here)\s*[:：]/i;
const NAV_WORD =
  /^(首页|返回首页|网站首页|登录|注册|登录\s*[|｜/]?\s*注册|免费注册|搜索|菜单|导航|设为首页|加入收藏|menu|home|search|sign in|sign up|log in|subscribe|skip to (main )?content|返回|上一页|下一页|更多|more|查看更多|展开全文|阅读全文)$/i;

/**
 * "。。。", "……", "| | |": a line of punctuation alone, nothing to read.
 * Taken out of the article's text once its span is found (such a line may still separate parts
 * of the page while the span is sought).
 */
export function isPunctuationOnly(text: string): boolean {
  // Stops, commas, ellipses, quotes, brackets and bars only. A section break ("* * *", "◆◆◆",
  // "——") is left as it is; so are emoji, private-use glyphs and control codes (a file made of
  // those is refused as not text, which needs them counted).
  return text.trim() !== '' && PUNCTUATION_LINE.test(text);
}

const PUNCTUATION_LINE = /^[\s.。，,、…!！?？;；:：|｜'"“”‘’「」『』()（）[\]【】<>《》〈〉~～]+$/u;

/** Longer than this (UTF-16 units), a line is neither a medium's label nor a scan prompt. */
const SHORT_LABEL_MAX = 40;

/** Noise wherever it stands. */
export function strongNoise(text: string): RemovedReason | null {
  if (text.length > 600) return isLinkFarm(text) ? 'link-list' : null;
  const size = readingSize(text);
  // A medium's name alone, as a picture's credit prints it ("新华网", "人民日报"). (Both are short:
  // a name of six characters with its channel or site after it; a prompt of twenty at most.)
  if (text.length <= SHORT_LABEL_MAX && (isStrongMediaLabel(text) || isScanPrompt(text)))
    return 'boilerplate';
  if (size <= 40 && (EDITOR_CREDIT.test(text) || isEditStamp(text))) return 'edit-stamp';
  if (size <= 50 && CREDITS_WITH_EDITOR.test(text) && !/[。！？]/.test(text)) return 'edit-stamp';
  if (size <= 25 && EDIT_STAMP.test(text) && STAMP_TIME.test(text) && !/[。！？]/.test(text))
    return 'edit-stamp';
  if (size <= 150 && DISCLAIMER.test(text)) return 'disclaimer';
  if (size <= 400 && LABELLED_DISCLAIMER.test(text) && SITE_NOTICE_WORDS.test(text)) return 'disclaimer';
  if (size <= 60 && (text.match(FOOTER_WORDS)?.length ?? 0) >= 2) return 'footer';
  if (size <= 30 && BOILERPLATE.test(text)) return 'boilerplate';
  // "中新网广告：金秋留学展": an advertisement's label opening a short line.
  // (Not a sentence: "虚假广告：以虚假或者引人误解的内容欺骗消费者。" is an article's.)
  if (size <= 40 && AD_LABEL.test(text) && !/[。！？；]/.test(text)) return 'boilerplate';
  if (size <= 60 && (COOKIE_NOTICE.test(text) || isFollowPrompt(text))) return 'boilerplate';
  if (size <= 40 && APP_PROMPT.test(text)) return 'boilerplate';
  // "返回搜狐，查看更多": the link back to the portal under a reposted article.
  if (/^返回[^\s，,。！？]{1,8}[，,]\s*查看更多$/.test(text)) return 'navigation';
  if (size <= 20 && isRelatedListHeading(text)) return 'headline-list';
  if (
    size <= 12 &&
    (COMMENT_HEADER.test(text) || COMMENT_WITH_COUNT.test(text) || BARE_COMMENT_HEADER.test(text))
  )
    return 'comment';
  if (size <= 40 && COMMENT_COUNT_ON.test(text)) return 'comment';
  if (isLinkFarm(text)) return 'link-list';
  return null;
}

/** Noise above or below the article only. */
export function zoneNoise(text: string): RemovedReason | null {
  const strong = strongNoise(text);
  if (strong) return strong;
  if (text.length > 300) return null;
  const size = readingSize(text);
  // In the body "© Reuters" credits a photo; above or below it, a copyright line is the footer.
  if (size <= 60 && isFooterMark(text)) return 'footer';
  if (size <= 30 && PHONE.test(text) && (HOTLINE_WORDS.test(text) || size <= 6)) return 'hotline';
  if (BREADCRUMB.test(text) || NAV_WORD.test(text)) return 'navigation';
  if (isBreadcrumbTrail(text) || isMenuRow(text)) return 'navigation';
  if (AD_UI.test(text.trim())) return 'boilerplate';
  return null;
}

/** A video ad's controls or label: "Click to Skip Ad", "Advertisement", "Anzeige". */
const AD_UI =
  /^(?:(?:click to )?skip (?:this )?ad|advertisement|anzeige|werbung|publicité|publicidad|pubblicità|sponsored)$/i;

/** A trail's line, labelled ("当前位置：…") or not ("首页 >> 新闻 >> 正文"): never a headline. */
export function isTrailLine(text: string): boolean {
  return BREADCRUMB.test(text) || isBreadcrumbTrail(text);
}

/**
 * "首页 > 新闻 > 正文", "Home › World › Asia"; also a trail whose last step is the page's own
 * headline, cut short or whole ("19楼 > 家居 > 装修日记 > 60方老房改造终于完工，晒晒我家的小两居…").
 */
export function isBreadcrumbTrail(text: string): boolean {
  const parts = text.split(/\s*(?:>>|＞＞|[>›»→＞])\s*/);
  if (parts.length < 3 || parts.some((p) => p === '')) return false;
  if (parts.every((p) => readingSize(p) <= 8) && !hasSentencePunctuation(text)) return true;
  // (Not a route in a sentence, "北京→上海→广州，全程约需3小时": `→` leads to no page's headline.)
  const steps = parts.slice(0, -1);
  const last = parts[parts.length - 1];
  return (
    !text.includes('→') &&
    steps.every((p) => readingSize(p) <= 8 && !hasSentencePunctuation(p)) &&
    readingSize(last) <= 40 &&
    !/[。！？.!?]$/u.test(last)
  );
}

/** "新闻 体育 娱乐 财经 科技": several short items and no sentence. */
function isMenuRow(text: string): boolean {
  if (text.includes('\t')) return false; // cells of a table
  const items = lineItems(text).filter((i) => !/^[\d.,%:/-]+$/.test(i));
  return items.length >= 3 && items.every((i) => readingSize(i) <= 6) && !hasSentencePunctuation(text);
}

/**
 * An SEO link farm or tag cloud: many short items, no sentences, the same words again and
 * again ("坪山镇…工业区劳务派遣公司" sixty times), or simply very many items.
 */
export function isLinkFarm(text: string): boolean {
  // Tab-separated cells are a table, which is content.
  if (text.includes('\t')) return false;
  const items = lineItems(text);
  if (items.length < 5) return false;
  const sentences = items.filter((i) => hasSentencePunctuation(i) || readingSize(i) > 25).length;
  if (sentences > items.length / 10) return false;
  if (items.length >= 12) return true;
  return isMostlyCjk(text) ? sharedBigramShare(items) >= 0.6 : false;
}

/** The largest share of items that contain one same pair of characters. */
function sharedBigramShare(items: string[]): number {
  const counts = new Map<string, number>();
  for (const item of items) {
    const chars = Array.from(item);
    const seen = new Set<string>();
    for (let i = 0; i + 1 < chars.length; i++) seen.add(chars[i] + chars[i + 1]);
    for (const pair of seen) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  let most = 0;
  for (const n of counts.values()) most = Math.max(most, n);
  return most / items.length;
}
