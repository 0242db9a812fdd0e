/**
 * DOCX, EPUB, ODT and legacy Word import on small files the test builds, zip-bomb refusal, and
 * format detection by content: a PDF or DOCX under any name, saved pages named index.php,
 * page.aspx, 1234 or show.aspx?id=88, and binaries that are no document.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { epubFile, wordFile } from './document-builders';
import { importFileBytes } from '../../src-main/import/import-document';
import { detectFormat } from '../../src-main/import/detect-format';
import { ZIP_MESSAGES } from '../../src-main/import/documents/zip';
import { DOC_MESSAGES } from '../../src-main/import/documents/legacy-doc';
import { blocksFromDocText } from '../../src-main/import/documents/doc-text-blocks';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from './tiny-images';

async function imported(bytes: Uint8Array, name: string) {
  const result = await importFileBytes(bytes, name);
  if (!result.ok) throw new Error(result.error.reason);
  return result.article;
}

describe('DOCX', () => {
  it('keeps headings, lists, table rows as rows, footnotes at the end, and the core properties', async () => {
    const a = await imported(await wordFile(), 'report.docx');
    expect(a.format).toBe('docx');
    expect(a.title).toBe('年度工作报告');
    expect(a.byline).toBe('王小明');
    expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const texts = a.blocks.map((b) => `${b.kind}:${b.text}`);
    expect(texts[0]).toBe('heading:一、总体情况');
    expect(texts.some((t) => t.startsWith('paragraph:全年完成各项任务。'))).toBe(true);
    expect(texts).toContain('list-item:第一项措施');
    // Each row one block, its cells apart, between the list and the closing paragraph.
    const rows = texts.filter((t) => t.startsWith('table-row:'));
    expect(rows).toEqual([
      'table-row:指标\t2023年\t2024年',
      'table-row:地区生产总值\t1200亿元\t1350亿元',
      'table-row:一般公共预算收入\t85亿元\t92亿元',
    ]);
    expect(texts.indexOf(rows[0])).toBe(texts.indexOf('list-item:第一项措施') + 1);
    expect(texts[texts.indexOf(rows[2]) + 1]).toBe('paragraph:以上报告，请审议。');
    expect(texts.at(-1)).toContain('数据来源：统计局。');
  });
});

describe('EPUB', () => {
  it('reads the chapters in spine order with their headings, keeps inner pictures, runs and fetches nothing', async () => {
    const bytes = epubFile({
      chapters: [
        [
          'one.xhtml',
          '<h1>第一章</h1><p>春天来了。</p><script>document.body.textContent="hacked"</script><img src="../images/p.png" alt="图"/>',
        ],
        [
          'two.xhtml',
          '<h1>第二章</h1><p>夏天到了。</p><img src="https://example.com/remote.png" alt="远程"/>' +
            '<table><caption>气温</caption><tr><th>月份</th><th>平均</th></tr><tr><td>六月</td><td><p>25</p><p>度</p></td></tr></table>',
        ],
      ],
      extra: { 'images/p.png': PNG },
    });
    const a = await imported(bytes, 'book.epub');
    expect(a.format).toBe('epub');
    expect(a.title).toBe('政策读本');
    expect(a.byline).toBe('李华');
    expect(a.publishedAt).toBe('2023-05-04');
    expect(a.blocks.map((b) => b.text)).toEqual([
      '第一章',
      '春天来了。',
      '第二章',
      '夏天到了。',
      '气温',
      '月份\t平均',
      '六月\t25 度',
    ]);
    expect(a.blocks[0].kind).toBe('heading');
    expect(a.blocks.slice(-3).map((b) => b.kind)).toEqual(['table-row', 'table-row', 'table-row']);
    expect(a.images?.map((i) => i.src?.slice(0, 22) ?? null)).toEqual(['data:image/png;base64,', null]);
  });

  it('refuses a zip bomb by the total size its entries would unpack to', async () => {
    const bytes = epubFile({ chapters: [['one.xhtml', '<p>正文。</p>']] });
    // Claim 4 GB for the first entry in the central directory.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 0xfffffff0, true);
        break;
      }
    }
    const result = await importFileBytes(bytes, 'bomb.epub');
    expect(result.ok ? '' : result.error.reason).toBe(ZIP_MESSAGES.bomb);
  });
});

describe('ODT and legacy Word', () => {
  it('reads an OpenDocument text with its headings, table rows and metadata', async () => {
    const bytes = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'META-INF/manifest.xml': strToU8('<manifest/>'),
      'meta.xml': strToU8(
        '<office:document-meta><office:meta><dc:title>会议纪要</dc:title><meta:initial-creator>张三</meta:initial-creator><meta:creation-date>2022-02-03T10:00:00</meta:creation-date></office:meta></office:document-meta>',
      ),
      'content.xml': strToU8(
        '<office:document-content><office:body><office:text><text:h text:outline-level="1">议题</text:h><text:p>讨论了<text:span>预算</text:span>问题。</text:p><table:table><table:table-row><table:table-cell><text:p>项目</text:p></table:table-cell><table:table-cell/><table:table-cell><text:p>金额</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>培训</text:p><text:p>费用</text:p></table:table-cell><table:table-cell/><table:table-cell><text:p>3万元</text:p></table:table-cell></table:table-row></table:table><text:p>散会。</text:p></office:text></office:body></office:document-content>',
      ),
    });
    const a = await imported(bytes, 'minutes.odt');
    expect([a.format, a.title, a.byline, a.publishedAt]).toEqual(['odt', '会议纪要', '张三', '2022-02-03']);
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', '议题'],
      ['paragraph', '讨论了预算问题。'],
      ['table-row', '项目\t\t金额'],
      ['table-row', '培训 费用\t\t3万元'],
      ['paragraph', '散会。'],
    ]);
  });

  it('reads a legacy Word file with its table rows, footnote and curly quotes', async () => {
    // Written by LibreOffice from table-doc.fodt beside it.
    const bytes = readFileSync(path.join(__dirname, '../fixtures/documents/table.doc'));
    const a = await imported(new Uint8Array(bytes), 'report.doc');
    expect([a.format, a.title]).toEqual(['doc', '年度工作报告']);
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '全年完成各项任务，群众评价“很好”。'],
      ['table-row', '指标\t\t2024年'],
      ['table-row', '培训 费用\t第一季度\t3万元'],
      ['paragraph', '以上报告，请审议。'],
      ['paragraph', '数据来源：统计局。'],
    ]);
  });

  it("cuts Word's rows at their row marks, and keeps a line with tab stops a paragraph", () => {
    // Word's own files: a cell mark and a row mark both read as tabs, the next paragraph on the same line.
    const text = '前言\n项目\t金额\t备注\t\t培训\t3万元\t\t\t会议\t1\n万元\t无\t\t结束。\n姓名\t张三\n完';
    expect(blocksFromDocText(text).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '前言'],
      ['table-row', '项目\t金额\t备注'],
      ['table-row', '培训\t3万元\t'],
      ['table-row', '会议\t1 万元\t无'],
      ['paragraph', '结束。'],
      ['paragraph', '姓名 张三'],
      ['paragraph', '完'],
    ]);
  });

  it('refuses an old binary Office file that is not a Word document', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = await importFileBytes(ole, 'sheet.doc');
    expect(result.ok ? '' : result.error.reason).toBe(DOC_MESSAGES.notWord);
  });
});

describe('format by content', () => {
  const page = new TextEncoder().encode(
    '<meta charset="utf-8"><title>通知</title>\n<div class="content"><p>正文内容。</p></div>',
  );

  it('reads saved pages under server names as HTML', () => {
    for (const name of ['index.php', 'article.shtml', 'page.aspx', '1234', 'show.aspx?id=88']) {
      expect(detectFormat(name, page), name).toEqual({ format: 'html' });
    }
    expect(detectFormat('notes.txt', page)).toEqual({ format: 'txt' });
    expect(detectFormat('readme', new TextEncoder().encode('Just a line of text.'))).toEqual({
      format: 'txt',
    });
  });

  it('recognises documents whatever they are called', async () => {
    expect(detectFormat('scan.txt', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'))).toEqual({
      format: 'pdf',
    });
    expect(detectFormat('report.zip', await wordFile())).toEqual({ format: 'docx' });
    expect(detectFormat('book', epubFile({ chapters: [['a.xhtml', '<p>x</p>']] }))).toEqual({
      format: 'epub',
    });
  });

  it('names binaries that are no document', () => {
    const zip = zipSync({ 'a.bin': new Uint8Array([1, 2, 3]) });
    expect(detectFormat('archive.docx', zip)).toEqual({
      unsupported: 'it is a ZIP archive, not text and not a document Gloss can read',
      kind: 'not-a-document',
      detail: 'ZIP archive',
    });
    expect(detectFormat('photo.pdf', PNG)).toEqual({
      unsupported: 'it is a PNG image file, not text and not a document Gloss can read',
      kind: 'not-a-document',
      detail: 'PNG image file',
    });
  });
});
