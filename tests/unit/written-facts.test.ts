/**
 * A page saved as text whose fact lines do not stand right under its title: the byline and
 * date read from the lines around the title and at the article's end, as the HTML path reads
 * a page's visible text; never a UI word or the site's name.
 */
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src-main/import/extract-text';

const prose = '今年以来，本市各项工作稳步推进，群众满意度不断提高，相关部门表示将继续努力。'.repeat(4);
const english = 'The council met on Tuesday evening and spoke for a long time about the new bridge. '.repeat(
  4,
);

const page = (...lines: string[]) => lines.join('\n\n');

describe('byline and date of a page saved as text, away from the title', () => {
  it('a closing credit in brackets names the reporter', () => {
    const text = page(
      '首页',
      '新闻中心',
      '市里召开会议',
      prose,
      prose,
      '（记者 王建宏）',
      '版权所有 © 2022 某某网',
    );
    const article = extractPlainText(text, { fileName: 'a.txt' });
    expect(article.title).toBe('市里召开会议');
    expect(article.byline).toBe('王建宏');
  });

  it('a dateline below a caption under the title is the date', () => {
    const text = page('市里召开会议', '图为会场', '2022-01-17 10:00 来源：新华网', prose, prose);
    const article = extractPlainText(text, { fileName: 'a.txt' });
    expect(article.publishedAt).toBe('2022-01-17');
    expect(article.byline).toBeNull();
  });

  it('an English posted line under a kicker, but not the copyright year or a comment’s date', () => {
    const text = page(
      'Council approves the new bridge over the river after a long debate',
      'LOCAL NEWS',
      'Posted on January 17, 2022',
      english,
      english,
      '12 Comments',
      'Jane says: March 3, 2022',
      '© 2023 Example News',
    );
    expect(extractPlainText(text, { fileName: 'a.txt' }).publishedAt).toBe('2022-01-17');
  });

  it('a short dateline between the title and the text is no menu: it beats an embedded post’s date', () => {
    const buttons = ['Teilen', 'Merken', 'Drucken', 'Facebook', 'Twitter', 'WhatsApp', 'E-Mail'];
    const text = page(
      'Hochzeit in Bayern',
      '20.06.2019',
      ...buttons,
      english,
      english,
      english,
      english,
      'Ein Beitrag geteilt von Manuela Reimann (@manuelareimann) am Jun 17, 2019 um 10:00 PDT auf Instagram',
      english,
    );
    const article = extractPlainText(text, { fileName: 'a.txt' });
    expect(article.removed.some((r) => r.reason === 'navigation' && r.text.includes('20.06.2019'))).toBe(
      true,
    );
    expect(article.publishedAt).toBe('2019-06-20');
  });

  it('the headline shown again above the article, after the page’s menus, anchors its date', () => {
    const menu = Array.from({ length: 30 }, (_, i) => `Rubrik ${i + 1}`);
    const photos = Array.from({ length: 45 }, (_, i) => `Foto ${i + 1}`);
    const text = page(
      'Council approves the new bridge over the river after a long debate | Example News',
      ...menu,
      'Council approves the new bridge over the river after a long debate',
      '2023/11/02 22:27',
      ...photos,
      english,
      english,
    );
    const article = extractPlainText(text, { fileName: 'a.txt' });
    expect(article.publishedAt).toBe('2023-11-02');
  });

  it('no UI word or site name becomes the byline', () => {
    const text = page('市里召开会议', prose, prose, '（记者 打印）', '来源：新华网');
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBeNull();
  });
});
