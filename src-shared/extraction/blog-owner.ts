/**
 * A blog's owner as its pages name them: "江南布衣的日志" in a post's `<title>`, "江南布衣的博客"
 * over the page, "Jane Doe's Blog". Where nobody else is credited on a post, its blog's owner
 * wrote it. Read from the parts of the `<title>` and the short lines of the page's header, on
 * the HTML path and in text alike (no DOM here); never from the headline itself ("如何搭建自己的
 * 博客" is a post's title), and only a name the page also shows alone (its profile box, a
 * `<title>` part of its own) or whose own pages the page names ("返回陈思远的个人主页"): a
 * headline's words before 的 are no one's. A profile box's label among those lines names the
 * owner too ("博主：宋立言").
 */
import { lettersKey } from './compact';

/** "江南布衣的博客", "石巷听雨的新浪博客", "欢迎光临老树的个人空间", "阿措的日记". */
const HAN_OWNER =
  /^(?:欢迎(?:来到|光临|访问))?(.{2,16}?)\s*的(?:(?:新浪|网易|搜狐|和讯|天涯|凤凰|腾讯)?(?:博客|日志|日记|博文|专栏|个人空间|空间|文集|个人主页)|blog|BLOG)$/u;
/** "Jane Doe's Blog", "Jane Doe’s Weblog". */
const LATIN_OWNER = /^(\p{Lu}[\p{L}.\- ]{1,38}?)[’']s\s+(?:[Bb]log|[Ww]eblog)$/u;

/**
 * Whether the page names one of a user's own pages as the owner's ("返回陈思远的个人主页", "阿措的
 * 最新日记"): the name is a person's whose pages these are, not a headline's words ("外婆的日记" over
 * "我翻开外婆的日记本").
 */
function ownsOthers(name: string, piece: string, shown: readonly string[]): boolean {
  const pieceKey = lettersKey(piece);
  const owned = new RegExp(`${escaped(name)}的(?:${OWNED_PAGES})`, 'u');
  return shown.some((line) => owned.test(line) && lettersKey(line) !== pieceKey);
}

/** The pages a site keeps for a user, named as theirs: "陈思远的个人主页", "阿措的最新日记". */
const OWNED_PAGES =
  '个人主页|主页|个人资料|相册|好友|留言板|全部日志|全部日记|全部博文|日志分类|博文目录|最新日记|最新日志|最新博文';

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A line that is only the blog owner's label and name: "博主：宋立言", "博主: 石巷听雨". */
const OWNER_LABEL = /^博主\s*[:：]\s*([^\s\p{P}\p{S}]{2,16})$/u;

/** Words that stand where a name would but name nobody: "我的博客", "大家的博客", "最新的日志". */
const NOBODY = /^(?:我|我们|大家|他|她|他们|网友|最新|热门|推荐|精彩|全部|更多|本人|个人|博主|本站)$/u;

/** The separators between a `<title>`'s parts: the headline, the blog, the platform. */
const TITLE_PARTS = /\s+[-–—|｜]\s+|\s*[_|｜]\s*/u;

/** A `<title>`'s or a line's parts, between the separators sites set between them. */
export function titleParts(text: string): string[] {
  return text
    .split(TITLE_PARTS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The owner named by the first of `texts` (title parts or header lines, in page order) that
 * names a blog as someone's, or null. A part that is the `headline` names nobody, and the name
 * must stand alone among `shown` (the page's lines) or as a part of `texts` of its own.
 */
export function blogOwner(texts: string[], headline: string, shown: readonly string[]): string | null {
  // A profile box in the page's header that labels its owner: "博主：宋立言" (not a comment's
  // "博主：写得真好").
  for (const line of texts) {
    const name = OWNER_LABEL.exec(line.trim())?.[1];
    if (name && !NOBODY.test(name) && !/\d{4,}/u.test(name)) return name;
  }
  const headlineKey = lettersKey(headline);
  const alone = new Set([...shown, ...texts.flatMap(titleParts)].map(lettersKey));
  for (const text of texts) {
    for (const piece of titleParts(text)) {
      if (piece.length > 40 || lettersKey(piece) === headlineKey) continue;
      const name = (HAN_OWNER.exec(piece) ?? LATIN_OWNER.exec(piece))?.[1]?.trim();
      if (!name || NOBODY.test(name) || /\d{4,}|[:：。！？]/u.test(name)) continue;
      if (alone.has(lettersKey(name)) || ownsOthers(name, piece, shown)) return name;
    }
  }
  return null;
}
