/**
 * The one copyright rule the noise, plain-text and date rules share: a mark makes a copyright
 * line, a year or a reservation makes the site's notice, registration numbers make a footer.
 */
import { describe, expect, it } from 'vitest';
import { isCopyrightLine, isCopyrightNotice, isFooterMark } from '../../src-main/import/text/copyright';

describe('copyright lines', () => {
  it('knows a copyright mark in English and Chinese', () => {
    for (const line of [
      '© Reuters',
      '(c) 2019 Example',
      'Copyright Example Inc.',
      '版权所有 某某网',
      '版權所有',
    ])
      expect(isCopyrightLine(line)).toBe(true);
    expect(isCopyrightLine('The copy editor read it twice.')).toBe(false);
  });

  it('takes a site’s notice, not a photo credit, for the line that ends an article', () => {
    expect(isCopyrightNotice('© 2019 Example News Inc.')).toBe(true);
    expect(isCopyrightNotice('Example Inc. All Rights Reserved.')).toBe(true);
    expect(isCopyrightNotice('版权所有 ©2005 某某网')).toBe(true);
    expect(isCopyrightNotice('© Reuters')).toBe(false);
  });

  it('counts a registration number as the footer’s, as a copyright is', () => {
    expect(isFooterMark('京ICP备12345678号')).toBe(true);
    expect(isFooterMark('© Reuters')).toBe(true);
    expect(isFooterMark('京剧团今晚演出')).toBe(false);
  });
});
