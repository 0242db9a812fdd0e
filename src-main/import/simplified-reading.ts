/**
 * A page in Traditional Chinese read with the rules written in Simplified: the text is made
 * Simplified character by character (記者 → 记者, 發佈時間 → 发布时间, 聯合新聞網 → 联合新闻网;
 * same length, offset for offset), extracted, and everything the extraction returns is put back
 * in the page's own characters. A page in Simplified, or in Japanese, is read as it is.
 */
import { decodeHTML } from 'entities';
import { isTraditionalChinese, toSimplifiedHan } from '../../src-shared/extraction/simplified-han';
import type { ExtractedArticle } from './types';

/**
 * The text a page shows, the same steps taken on the original and on its Simplified copy so the
 * two stay aligned offset for offset (tags, entities and white space are ASCII, which the copy
 * never changes): scripts, styles and comments removed, an inline tag removed (a paragraph with
 * a link or bold words in it reads on), any other tag made a space (so text found never runs
 * across two elements), entities read as the HTML parser reads them (`entities`), white space
 * runs made one space.
 */
function shownText(source: string): string {
  return decodeHTML(
    source
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, ' ')
      .replace(INLINE_TAG, '')
      .replace(/<[^>]*>/g, ' '),
  ).replace(/\s+/g, ' ');
}

const INLINE_TAG =
  /<\/?(?:a|abbr|b|big|cite|code|del|em|font|i|ins|label|mark|q|s|small|span|strike|strong|sub|sup|time|u)\b[^>]*>/gi;

/** A string searched in a pair of aligned texts: the Simplified copy and the original. */
interface AlignedPair {
  simplified: string;
  original: string;
}

/** The original's characters for text cut from the Simplified copy, read in order from a cursor. */
export class OriginalCharacters {
  private readonly shown: AlignedPair;
  private readonly raw: AlignedPair;
  private charMap: Map<string, string> | null = null;

  constructor(original: string, simplified: string, options: { markup?: boolean } = {}) {
    // Attribute values as the parser reads them (an image's src with "&amp;" in it).
    this.raw = options.markup
      ? { original: decodeHTML(original), simplified: decodeHTML(simplified) }
      : { original, simplified };
    this.shown = options.markup
      ? { original: shownText(original), simplified: shownText(simplified) }
      : { original: original.replace(/\s+/g, ' '), simplified: simplified.replace(/\s+/g, ' ') };
  }

  /**
   * A reader of strings that stand in page order (the blocks, the removed passages): each is
   * looked for from where the one before it was found, so the text a related list or a script
   * repeats further down is not taken for it.
   */
  reader(): (text: string) => string {
    let cursor = 0;
    return (text) => {
      if (text === '') return text;
      const found = this.find(this.shown, text, cursor);
      if (found) {
        // Found again before the cursor (a heading the page repeats): the cursor stays.
        if (found.end - text.length >= cursor) cursor = found.end;
        return found.text;
      }
      // Put together by the extraction (lines joined, a title closed up, an entity the page
      // spells another way): run by run of letters and digits, each looked for from the cursor
      // on (which they do not move), else character by character.
      return text
        .split(/([^\p{L}\p{N}]+)/u)
        .map((piece) => {
          if (!/[\p{L}\p{N}]/u.test(piece)) return this.byCharacter(piece);
          return this.find(this.shown, piece, cursor, false)?.text ?? this.byCharacter(piece);
        })
        .join('');
    };
  }

  /** A string anywhere in the page's text (a title, a byline), or null when it is not there word for word. */
  exact(text: string): string | null {
    return text === '' ? text : (this.find(this.shown, text, 0)?.text ?? null);
  }

  /** An address as the page's markup writes it (an image's src), or the string as it is. */
  address(text: string): string {
    return this.find(this.raw, text, 0)?.text ?? text;
  }

  /** Text of the page's markup (an image's alt), else character by character. */
  inMarkup(text: string): string {
    return text === '' ? text : (this.find(this.raw, text, 0)?.text ?? this.byCharacter(text));
  }

  /** The original at the place the copy holds `text`, from `from` on (then from the start, if `wrap`). */
  private find(
    pair: AlignedPair,
    text: string,
    from: number,
    wrap = true,
  ): { text: string; end: number } | null {
    let at = pair.simplified.indexOf(text, from);
    if (at < 0 && wrap && from > 0) at = pair.simplified.indexOf(text);
    if (at < 0) return null;
    return { text: pair.original.slice(at, at + text.length), end: at + text.length };
  }

  /**
   * Each character as the page most often writes the Simplified one: positions the copy left
   * as they were count too, so 后 written as itself (皇后) is not turned into 後 by 以後 elsewhere.
   */
  private byCharacter(text: string): string {
    this.charMap ??= this.buildCharMap();
    let out = '';
    for (const c of text) out += this.charMap.get(c) ?? c;
    return out;
  }

  private buildCharMap(): Map<string, string> {
    const { original, simplified } = this.shown;
    const counts = new Map<string, Map<string, number>>();
    const changed = new Set<string>();
    for (let i = 0; i < original.length; i++) if (simplified[i] !== original[i]) changed.add(simplified[i]);
    for (let i = 0; i < original.length; i++) {
      const from = simplified[i];
      if (!changed.has(from)) continue;
      const seen = counts.get(from) ?? new Map<string, number>();
      seen.set(original[i], (seen.get(original[i]) ?? 0) + 1);
      counts.set(from, seen);
    }
    const map = new Map<string, string>();
    for (const [from, seen] of counts) {
      let best = from;
      let most = 0;
      for (const [to, n] of seen) if (n > most) [best, most] = [to, n];
      map.set(from, best);
    }
    return map;
  }
}

/**
 * Runs `extract` on the text, or on its Simplified copy when the text is Traditional Chinese;
 * then returns the article in the text's own characters. `extract` gets the copy, the file's
 * name made Simplified too, and `address` for what it hands outside (an image's src to load).
 * `markup`: the text is HTML (its tags are skipped when the article's text is looked for).
 */
export function readAsSimplified(
  text: string,
  fileName: string,
  options: { markup: boolean },
  extract: (text: string, fileName: string, address: (s: string) => string) => ExtractedArticle,
): ExtractedArticle {
  if (!isTraditionalChinese(text)) return extract(text, fileName, (s) => s);
  const simplified = toSimplifiedHan(text);
  const page = new OriginalCharacters(text, simplified, options);
  const name = new OriginalCharacters(fileName, toSimplifiedHan(fileName));
  const address = (s: string) => page.address(s);
  const article = extract(simplified, toSimplifiedHan(fileName), address);
  const inPage = (s: string) => page.exact(s) ?? page.reader()(s);
  const blocks = page.reader();
  const removed = page.reader();
  return {
    ...article,
    // A title the page does not hold word for word may be the file's name.
    title: page.exact(article.title) ?? name.exact(article.title) ?? page.reader()(article.title),
    byline: article.byline === null ? null : inPage(article.byline),
    siteName: article.siteName === null ? null : inPage(article.siteName),
    sourceUrl: article.sourceUrl ? address(article.sourceUrl) : article.sourceUrl,
    blocks: article.blocks.map((b) => ({ ...b, text: blocks(b.text) })),
    removed: article.removed.map((r) => ({ ...r, text: removed(r.text) })),
    images: article.images?.map((image) => ({ ...image, alt: page.inMarkup(image.alt) })),
  };
}
