/**
 * PDF import on small PDFs the test lays out line by line: paragraphs rejoined across lines and
 * pages, headings, page furniture set aside with its reason, 文号 and 成文日期, two columns,
 * Latin de-hyphenation, and each bad input refused with its own sentence.
 */
import { describe, expect, it } from 'vitest';
import { importFileBytes } from '../../src-main/import/import-document';
import { PDF_MESSAGES } from '../../src-main/import/pdf/load-pdf';
import { PDF_TEXT_MESSAGES, articleFromPdf } from '../../src-main/import/pdf/extract-pdf';
import { isPageNumber } from '../../src-main/import/pdf/page-furniture';
import { cMapFilesRead } from '../../src-main/import/pdf/pdfjs-resources';
import {
  A,
  B,
  C,
  buildPdf,
  footer,
  governmentNotice,
  paragraphLines,
  predefinedCMapPdf,
} from './document-builders';
import { PNG } from './tiny-images';

describe('PDF import', () => {
  it('rejoins lines into paragraphs, across the page break, and sets page furniture aside', async () => {
    const result = await importFileBytes(await governmentNotice(), 'notice.pdf');
    if (!result.ok) throw new Error(result.error.reason);
    const a = result.article;
    expect(a.format).toBe('pdf');
    expect(a.title).toBe('关于加强文档管理工作的通知');
    expect(a.publishedAt).toBe('2024-03-01');
    expect(a.byline).toBe('某市人民政府办公厅');
    expect(a.blocks.map((b) => [b.text, b.page])).toEqual([
      [A, 1],
      [B, 1],
      [C, 2],
    ]);
    const removed = a.removed.map((r) => [r.reason, r.text]);
    expect(removed).toContainEqual(['page-number', '— 1 —']);
    expect(removed).toContainEqual(['page-number', '— 2 —']);
    expect(removed.filter(([reason]) => reason === 'running-header')).toHaveLength(2);
    expect(removed).toContainEqual(['reference', '国办发〔2024〕12号']);
    expect(removed).toContainEqual(['signature', '2024年3月1日']);
    // Page 2's furniture stands before the first block that starts on page 2.
    expect(a.removed.find((r) => r.text === '— 1 —')?.beforeBlock).toBe(2);
  });

  it('reads two columns column by column and takes headings from type size', async () => {
    const left = paragraphLines('甲'.repeat(16 * 5 + 3), { y: 160, perLine: 16 });
    const right = paragraphLines('乙'.repeat(16 * 5 + 3), { y: 160, perLine: 16, x: 320 });
    const bytes = await buildPdf([
      [{ text: '双栏排版的标题', x: 72, y: 100, size: 18, bold: true }, ...right, ...left],
    ]);
    const result = await importFileBytes(bytes, 'columns.pdf', {});
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.article.title).toBe('双栏排版的标题');
    expect(result.article.blocks.map((b) => b.text[0] + b.text.length)).toEqual(['甲83', '乙83']);
  });

  it('joins Latin lines with spaces and rejoins a hyphenated word', async () => {
    const lines = [
      'The committee reviewed the measures taken during the extra-',
      'ordinary session and approved them after a long debate about',
      'the budget.',
      'A second paragraph follows here.',
    ].map((text, i) => ({ text, y: 100 + 20 * i }));
    const result = await importFileBytes(await buildPdf([lines], { title: 'Minutes' }), 'minutes.pdf');
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.article.title).toBe('Minutes');
    expect(result.article.blocks.map((b) => b.text)).toEqual([
      'The committee reviewed the measures taken during the extraordinary session and approved them after a long debate about the budget.',
      'A second paragraph follows here.',
    ]);
  });

  it('reads Chinese in a font that is not embedded (a predefined cMap), reading the cMaps once', async () => {
    const before = cMapFilesRead();
    const first = await importFileBytes(predefinedCMapPdf(['关于加强文档管理工作的通知', C]), 'a.pdf');
    if (!first.ok) throw new Error(first.error.reason);
    expect(first.article.title).toBe('关于加强文档管理工作的通知');
    expect(first.article.blocks.map((b) => b.text)).toEqual([C]);
    const read = cMapFilesRead();
    // UniGB-UCS2-H for the codes, Adobe-GB1-UCS2 for their Unicode.
    expect(read - before).toBeGreaterThanOrEqual(2);
    const body = '各单位要明确专人负责文档的收发、登记和归档。';
    const second = await importFileBytes(predefinedCMapPdf(['关于档案保管的补充通知', body]), 'b.pdf');
    if (!second.ok) throw new Error(second.error.reason);
    expect(second.article.blocks.map((b) => b.text)).toEqual([body]);
    expect(cMapFilesRead()).toBe(read);
  });

  it('keeps the rows of a table as rows, its cells apart, and sets the table after the body', async () => {
    const rows = [
      ['指标', '2023年', '2024年'],
      ['地区生产总值', '1200亿元', '1350亿元'],
      ['一般公共预算收入', '85亿元', '92亿元'],
      // The label ends 28 pt before the next column: closer than a gutter, still a cell.
      ['城镇居民人均可支配收入', '4.2万元', '4.5万元'],
    ];
    const table = rows.flatMap((cells, i) =>
      cells.map((text, j) => ({ text, x: 72 + j * 160, y: 300 + i * 22 })),
    );
    const bytes = await buildPdf([
      [
        { text: '统计公报', x: 72, y: 100, size: 20, bold: true },
        ...paragraphLines(A, { y: 160, perLine: 36, indent: true }),
        { text: '表1 主要经济指标', x: 72, y: 270 },
        ...table,
        // A lone line with a wide gap (a reference and its signer) is no table.
        { text: '国办发〔2024〕12号', x: 72, y: 420 },
        { text: '签发人：张三', x: 400, y: 420 },
        ...paragraphLines(C, { y: 460, perLine: 36, indent: true }),
      ],
      [...paragraphLines(B, { y: 100, perLine: 36, indent: true })],
    ]);
    const result = await importFileBytes(bytes, 'table.pdf');
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.article.blocks.map((b) => [b.kind, b.text, b.page])).toEqual([
      ['paragraph', A, 1],
      ['heading', '国办发〔2024〕12号 签发人：张三', 1],
      ['paragraph', C, 1],
      ['paragraph', B, 2],
      ['heading', '表格', 1],
      ['paragraph', '表1 主要经济指标', 1],
      ...rows.map((cells) => ['table-row', cells.join('\t'), 1]),
    ]);
  });

  it('sets footnotes after the body, one block per note, each with its page', async () => {
    const b = paragraphLines(B, { y: 640, perLine: 36, indent: true });
    const bytes = await buildPdf([
      [
        { text: '关于加强文档管理工作的通知', x: 160, y: 100, size: 20, bold: true },
        ...paragraphLines(A, { y: 160, perLine: 36, indent: true }),
        ...b.slice(0, 2),
        // Notes in 9 pt under the page's last body line; the first runs over two lines.
        {
          text: '① 数据来源：国家统计局2024年发布的统计公报，经本办整理汇总后形成本表所列',
          x: 72,
          y: 730,
          size: 9,
        },
        { text: '各项指标。', x: 72, y: 743, size: 9 },
        { text: '② 参见国办发〔2023〕5号文件。', x: 72, y: 758, size: 9 },
        footer(1),
      ],
      [
        ...b.slice(2).map((l, i) => ({ ...l, y: 80 + 20 * i })),
        ...paragraphLines(C, { y: 200, perLine: 36, indent: true }),
        // Only a little smaller than the body, but it starts with 注: a note too.
        { text: '注：本通知由市政府办公厅负责解释。', x: 72, y: 740, size: 11 },
        footer(2),
      ],
    ]);
    const result = await importFileBytes(bytes, 'notes.pdf');
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.article.blocks.map((x) => [x.kind, x.text, x.page])).toEqual([
      ['paragraph', A, 1],
      // The paragraph runs over the page break past the notes: still one block.
      ['paragraph', B, 1],
      ['paragraph', C, 2],
      ['heading', '注释', 1],
      ['paragraph', '① 数据来源：国家统计局2024年发布的统计公报，经本办整理汇总后形成本表所列各项指标。', 1],
      ['paragraph', '② 参见国办发〔2023〕5号文件。', 1],
      ['paragraph', '注：本通知由市政府办公厅负责解释。', 2],
    ]);
  });

  it('keeps body-size text and slightly smaller text without a note marker in the body', async () => {
    const bytes = await buildPdf([
      [
        ...paragraphLines(A, { y: 160, perLine: 36, indent: true }),
        // A numbered point at the foot of the page in body type is body, not a note.
        { text: '1. 各单位应于每月底前报送文档登记台账。', x: 72, y: 700 },
        // A slightly smaller closing line without a marker is body too.
        { text: '此页无正文。', x: 72, y: 740, size: 11 },
      ],
    ]);
    const result = await importFileBytes(bytes, 'plain.pdf');
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.article.blocks.map((x) => x.text)).toEqual([
      A,
      '1. 各单位应于每月底前报送文档登记台账。',
      '此页无正文。',
    ]);
  });

  it('knows the page numbers printed on real documents', () => {
    for (const text of ['— 3 —', '- 3 -', '第3页 共10页', '第 3 页', '3/10', 'Page 3 of 10', '12', 'iv']) {
      expect(isPageNumber(text), text).toBe(true);
    }
    for (const text of ['2024年3月1日', '第三章 总则', '3.5 million', 'Page three']) {
      expect(isPageNumber(text), text).toBe(false);
    }
  });
});

describe('PDF files Gloss cannot read', () => {
  const reasonOf = async (bytes: Uint8Array) => {
    const result = await importFileBytes(bytes, 'bad.pdf');
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.error.reason;
  };

  it('says a scan has no text layer', async () => {
    expect(await reasonOf(await buildPdf([[]], { image: PNG }))).toBe(PDF_TEXT_MESSAGES.scanned);
  });

  it('says a password-protected PDF cannot be read', async () => {
    const bytes = await buildPdf([[{ text: '机密内容', y: 100 }]], { userPassword: 'secret' });
    expect(await reasonOf(bytes)).toBe(PDF_MESSAGES.encrypted);
  });

  it('says a damaged PDF is damaged', async () => {
    const good = await governmentNotice();
    const damaged = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...good.slice(400, 900)]);
    expect(await reasonOf(damaged)).toBe(PDF_MESSAGES.damaged);
  });

  it('says text in fonts without a Unicode mapping cannot be read', () => {
    const runs = [...'\uE001\uE002\uE003\uE004\uE005\uE006'].map((text, i) => ({
      text,
      x: 72 + 12 * i,
      y: 700,
      width: 12,
      size: 12,
      font: 'f1',
    }));
    const content = {
      pages: [{ number: 1, width: 595, height: 842, runs }],
      pagesWithImages: 0,
      info: { title: null, author: null, created: null },
    };
    expect(() => articleFromPdf(content)).toThrow(PDF_TEXT_MESSAGES.unmapped);
  });
});
