/**
 * A page saved as text whose fact lines do not stand right under its title: the byline and
 * date read from the lines around the title and at the article's end, as the HTML path reads
 * a page's visible text; never a UI word or the site's name.
 */
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src-main/import/extract-text';

const prose = '今年以来，本市各项工作稳步推进，群众满意度不断提高，相关部门表示将继续努力。'.repeat(4);
const english = 'The council met on Tuesday evening and spoke for a long time about the new bridge. '.repeat(4);

const page = (...lines: string[]) => lines.join('\n\n');

describe('byline and date of a page saved as text, away from the title', () => {
  it('a closing credit in brackets names the reporter', () => {
    const text = page('首页', '新闻中心', '市里召开会议', prose, prose, '（记者 王建宏）', '版权所有 © 2022 某某网');
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
      'Council approves bridge',
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

  it('no UI word or site name becomes the byline', () => {
    const text = page('市里召开会议', prose, prose, '（记者 打印）', '来源：新华网');
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBeNull();
  });
});
