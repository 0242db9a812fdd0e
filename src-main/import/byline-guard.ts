/**
 * What can never be a byline, whoever proposes it: the words of a page's buttons and links
 * (print, back to contents, reply, share, close window… in Chinese and English), the words a
 * page prints when it has no author's name (佚名, 本站编辑), the site's own name or address,
 * and dates. Used by the HTML and plain-text extractors on every byline they
 * find, whatever rule found it.
 */
import { dateMentions } from './dates/date-mentions';

/** Buttons and links of a page's furniture, compared without spaces, brackets or case. */
export const UI_WORDS = [
  '打印',
  '打印本页',
  '打印此文',
  '返回',
  '返回目录',
  '返回顶部',
  '返回首页',
  '回复',
  '分享',
  '分享到',
  '关闭',
  '关闭窗口',
  '收藏',
  '收藏本文',
  '评论',
  '发表评论',
  '登录',
  '注册',
  '首页',
  '上一篇',
  '下一篇',
  '推荐',
  '纠错',
  '字号',
  '大中小',
  '关注',
  '点赞',
  '举报',
  '复制链接',
  '只看该作者',
  '只看楼主',
  '倒序浏览',
  '电梯直达',
  '使用道具',
  '发消息',
  '加关注',
  '更多',
  '编辑',
  '责任编辑',
  // A fact line's labels, where a rule reads a name before a day ("发表于 2011-06-20 09:12").
  '发表于',
  '发布于',
  '发表',
  '发布',
  '作者',
  '来源',
  '时间',
  '日期',
  'print',
  'printthispage',
  'backtocontents',
  'back',
  'backtotop',
  'reply',
  'share',
  'closewindow',
  'close',
  'comment',
  'comments',
  'login',
  'signin',
  'register',
  'home',
  'email',
  'tweet',
  'like',
  'follow',
  'subscribe',
  'more',
  'next',
  'previous',
  'top',
  'readmore',
  'menu',
  'search',
  'edit',
];

const UI = new Set(UI_WORDS);

/**
 * What a page prints where an author's name goes when it has none: anonymous, unknown, "this
 * site", "the editors", a visitor. (An account that posted the article, "admin" included, is
 * the byline the page gives: the seed article's is "Admin".)
 */
export const PLACEHOLDER_NAMES = [
  '佚名',
  '匿名',
  '未知',
  '不详',
  '无名氏',
  '本站',
  '本站编辑',
  '本站原创',
  '本网',
  '本网编辑',
  '小编',
  '编辑部',
  '网友',
  '游客',
  // A forum's floor or rank where the poster's name goes ("楼主 发表于 2014-05-18 21:36").
  '楼主',
  '层主',
  '版主',
  '沙发',
  '板凳',
  '地板',
  'guest',
  'anonymous',
  'unknown',
  // A desk's title where a name goes (The Hindu's "Special Correspondent").
  'specialcorrespondent',
  'ourcorrespondent',
  'staffreporter',
  'staffcorrespondent',
  'ourbureau',
];

const PLACEHOLDERS = new Set(PLACEHOLDER_NAMES);

function key(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
}

/** Whether `text` is the words of one of a page's buttons or links ("复制链接", "Print"). */
export function isUiWord(text: string): boolean {
  return UI.has(key(text));
}

/** Words of a publisher or a desk that stand beside a site's name in a byline. */
const DESK_WORDS = new Set(
  'ediciones editions edizioni edition staff team desk redaktion redacción redaccion rédaction redazione newsroom editors editorial reporters writers verlag group media the de la el le der die das of'.split(
    ' ',
  ),
);

/** "Ediciones El País" for the site "El País": its name as whole words, the rest desk words. */
function deskOfSite(byline: string, site: string): boolean {
  const words = byline
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const siteWords = site
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (siteWords.length === 0 || words.length <= siteWords.length || /\p{Script=Han}/u.test(site))
    return false;
  for (let i = 0; i + siteWords.length <= words.length; i++) {
    if (!siteWords.every((w, j) => words[i + j] === w)) continue;
    const rest = [...words.slice(0, i), ...words.slice(i + siteWords.length)];
    return rest.every((w) => DESK_WORDS.has(w));
  }
  return false;
}

/** What a site's name adds to its owner's: 网易 + 新闻, 凤凰 + 网, Example + News. */
const MEDIA_WORD =
  /^(?:新闻网?|新聞網?|网|網|频道|頻道|客户端|在线|官网|资讯|日报|日報|ニュース|news|online|com|cn)$/;

/**
 * Whether `byline` may stand as the article's authors: not a UI word (or a run of them), not
 * the site's name or host, not a date.
 */
export function acceptableByline(byline: string, siteNames: (string | null | undefined)[] = []): boolean {
  const k = key(byline);
  if (k === '' || UI.has(k) || PLACEHOLDERS.has(k)) return false;
  // "打印 | 关闭窗口", "Print · Share", "佚名 | 分享": nothing but buttons and placeholders.
  const words = byline.split(/[\s|｜·•/／,，、[\]【】()（）]+/).filter((w) => key(w) !== '');
  if (words.length > 0 && words.every((w) => UI.has(key(w)) || PLACEHOLDERS.has(key(w)))) return false;
  for (const site of siteNames) {
    const s = site ? key(site) : '';
    if (s.length >= 2 && (k === s || k === s.replace(/^www/, ''))) return false;
    // "Ediciones El País", "The Guardian staff": the site's name as whole words, and only words
    // of a publisher or a desk beside it ("Michelle Ruiz" is no desk of ELLE, "Steve Forbes" none of Forbes).
    if (site && deskOfSite(byline, site)) return false;
    // "网易" beside "网易新闻": the site's name without the word for what it is.
    if (k.length >= 2 && s.startsWith(k) && MEDIA_WORD.test(s.slice(k.length))) return false;
  }
  return dateMentions(byline).length === 0;
}

/**
 * Whether a name read from a line is only the first word of a button's words or a placeholder
 * there: "Sign" out of "作者：Sign in", "Read" out of "Read more", "Special" out of "Special
 * Correspondent".
 */
export function cutFromUiPhrase(name: string, line: string): boolean {
  const at = line.indexOf(name);
  if (at < 0) return false;
  const n = key(name);
  const rest = key(line.slice(at, at + name.length + 24));
  return [...UI_WORDS, ...PLACEHOLDER_NAMES].some(
    (w) => w.length > n.length && w.startsWith(n) && rest.startsWith(w),
  );
}
