/**
 * The last gate before an article leaves the import pipeline: control characters (NUL above
 * all) are taken out of every text, and an article whose text is mostly undecodable bytes,
 * control codes or private-use symbols is refused with a sentence instead of being imported
 * as garbage.
 */
import type { ImportedArticle } from '../ipc/contract';
import { ImportRefusal } from './types';

/* eslint-disable no-control-regex -- finding control characters is the point */
/** C0 controls but tab, line feed and carriage return; DEL; C1 controls; lone surrogates. */
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** What counts as garbage in decoded text. */
const GARBAGE = /[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufff0-\ufffc]/g;

/* eslint-enable no-control-regex */

/** Above this share of garbage among the visible characters, the text is not text. */
export const MAX_GARBAGE_SHARE = 0.2;

/** Text without control characters; lone surrogates become U+FFFD, the rest go. */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, (c) => (c.length === 1 && c >= '\ud800' ? '\ufffd' : ''));
}

/** The share of garbage among the characters that are not white space. */
export function garbageShare(texts: readonly string[]): number {
  let visible = 0;
  let garbage = 0;
  for (const text of texts) {
    visible += text.length - (text.match(/\s/g)?.length ?? 0);
    garbage += text.match(GARBAGE)?.length ?? 0;
  }
  return visible === 0 ? 0 : garbage / visible;
}

type Cleanable = Pick<ImportedArticle, 'title' | 'byline' | 'siteName' | 'blocks' | 'removed' | 'images'>;

/**
 * Refuses garbage (throws ImportRefusal) and cleans control characters out of the article's
 * texts in place. Measured on the raw texts, before cleaning, so NUL-ridden text counts too.
 */
export function checkAndClean(article: Cleanable, encoding: string, forced: boolean): void {
  const share = garbageShare(article.blocks.map((b) => b.text));
  if (share > MAX_GARBAGE_SHARE) {
    const percent = Math.round(share * 100);
    throw new ImportRefusal(
      `This file does not read as text: ${percent}% of its characters are undecodable bytes, control codes ` +
        `or private symbols when read as ${encoding.toUpperCase()}. ` +
        (forced
          ? 'Try another encoding.'
          : 'If it is text in an encoding Gloss did not recognise, save it as UTF-8 and import it again.'),
      'not-text',
      String(percent),
    );
  }
  article.title = withoutControls(article.title);
  if (article.byline) article.byline = withoutControls(article.byline);
  if (article.siteName) article.siteName = withoutControls(article.siteName);
  for (const block of article.blocks) block.text = withoutControls(block.text);
  for (const block of article.removed) block.text = withoutControls(block.text);
  for (const image of article.images ?? []) image.alt = withoutControls(image.alt);
}
