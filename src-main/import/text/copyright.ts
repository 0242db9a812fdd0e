/**
 * A site's copyright line, one rule for every reader of it: the noise rules (a copyright line
 * above or below the article is the page's footer), the plain-text extractor (the site's
 * copyright line ends the article), the date rules (its years are no publication day, its
 * last year bounds a yearless date) and the title rules (the owner it names is the site's name).
 */

/** The words that mark a copyright: ©, (c), copyright, 版权/版權, all rights reserved. */
export const COPYRIGHT_MARK = /©|\(c\)|copyright|版[权權]|all rights reserved/i;

/** What else only a site's footer carries: its registration numbers (ICP备, 公网安备…). */
const REGISTRATION = /ICP[备證证]|公网安备|增值电信业务经营许可/i;

/** A line holding a copyright mark. */
export function isCopyrightLine(text: string): boolean {
  return COPYRIGHT_MARK.test(text);
}

/** A copyright or registration line: a site's footer wherever it stands outside the article. */
export function isFooterMark(text: string): boolean {
  return COPYRIGHT_MARK.test(text) || REGISTRATION.test(text);
}

/**
 * The site's own copyright notice, not a credit: "© 2019 Example Inc.", "Copyright 2020 …",
 * "All Rights Reserved.", "版权所有". A "© Reuters" under a photo names no year and reserves nothing.
 */
export function isCopyrightNotice(text: string): boolean {
  return /(?:©|\(c\)|copyright)\s*(?:19|20)\d{2}|all rights reserved|版[权權]所有/i.test(text);
}

/** The labels of a site's owner in its footer: 主办 (run by), 承办 (operated by). */
const OWNER_LABEL = /(?:主办|承办|主辦|承辦)(?:单位|單位)?\s*[:：]/;

/**
 * A footer line that names the site's owner: its copyright notice or a line labelled 主办/承办
 * ("版权所有：宜春市人民政府", "主办：宜春市人民政府办公室"); not a picture's "© Henri Frasque".
 */
export function isOwnerLine(text: string): boolean {
  return isCopyrightNotice(text) || OWNER_LABEL.test(text);
}
