/**
 * A page in Traditional Chinese read with the rules written in Simplified: the text is made
 * Simplified character by character (記者 → 记者, 發佈時間 → 发布时间, 聯合新聞網 → 联合新闻网;
 * same length, offset for offset), extracted, and everything the extraction returns is put back
 * in the page's own characters. A page in Simplified, or in Japanese, is read as it is.
 */
import { isTraditionalChinese, toSimplifiedHan } from '../../src-shared/extraction/simplified-han';
import type { ExtractedArticle } from './types';

/** Puts text cut from the Simplified copy back in the original's characters. */
export class OriginalCharacters {
  private cursor = 0;
  private charMap: Map<string, string> | null = null;

  constructor(
    private readonly original: string,
    private readonly simplified: string,
  ) {}

  /**
   * `text` as the original writes it: found in the Simplified copy (from where the last text was
   * found, then from the start) and cut from the original at the same offsets; else piece by
   * piece between white space; else character by character, each as the original most often
   * writes it (text the extraction put together: a title closed up, lines joined).
   */
  restore(text: string): string {
    if (text === '') return text;
    const whole = this.exact(text);
    if (whole !== null) return whole;
    return text
      .split(/(\s+)/)
      .map((piece) => (piece.trim() === '' ? piece : (this.exact(piece) ?? this.byCharacter(piece))))
      .join('');
  }

  /** `text` cut from the original where the Simplified copy holds it word for word, or null. */
  exact(text: string): string | null {
    let at = this.simplified.indexOf(text, this.cursor);
    if (at < 0) at = this.simplified.indexOf(text);
    if (at < 0) return null;
    this.cursor = at + text.length;
    return this.original.slice(at, at + text.length);
  }

  private byCharacter(text: string): string {
    this.charMap ??= this.buildCharMap();
    let out = '';
    for (const c of text) out += this.charMap.get(c) ?? c;
    return out;
  }

  /** Each Simplified character the copy changed, to the original character it stood for most often. */
  private buildCharMap(): Map<string, string> {
    const counts = new Map<string, Map<string, number>>();
    for (let i = 0; i < this.original.length; i++) {
      const from = this.simplified[i];
      const to = this.original[i];
      if (from === to) continue;
      const seen = counts.get(from) ?? new Map<string, number>();
      seen.set(to, (seen.get(to) ?? 0) + 1);
      counts.set(from, seen);
    }
    const map = new Map<string, string>();
    for (const [from, seen] of counts) {
      let best = '';
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
 * name made Simplified too, and `restore` for what it hands outside (an image's address to load).
 */
export function readAsSimplified(
  text: string,
  fileName: string,
  extract: (text: string, fileName: string, restore: (s: string) => string) => ExtractedArticle,
): ExtractedArticle {
  if (!isTraditionalChinese(text)) return extract(text, fileName, (s) => s);
  const simplified = toSimplifiedHan(text);
  const characters = new OriginalCharacters(text, simplified);
  const names = new OriginalCharacters(fileName, toSimplifiedHan(fileName));
  const restore = (s: string) => characters.restore(s);
  const article = extract(simplified, toSimplifiedHan(fileName), restore);
  // Blocks and removed text in page order, so each is found from where the one before it was.
  const blocks = article.blocks.map((b) => ({ ...b, text: restore(b.text) }));
  const removed = article.removed.map((r) => ({ ...r, text: restore(r.text) }));
  // A title the page does not hold may be the file's name.
  const title = characters.exact(article.title) ?? names.exact(article.title) ?? restore(article.title);
  return {
    ...article,
    title,
    byline: article.byline === null ? null : restore(article.byline),
    siteName: article.siteName === null ? null : restore(article.siteName),
    sourceUrl: article.sourceUrl ? restore(article.sourceUrl) : article.sourceUrl,
    blocks,
    removed,
    images: article.images?.map((image) => ({ ...image, alt: restore(image.alt) })),
  };
}
