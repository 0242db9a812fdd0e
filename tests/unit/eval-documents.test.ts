/**
 * The document evaluation's own parts: laws read into paragraphs for the unseen check, and the
 * summary that reports the unseen documents apart from the halves.
 */
import { describe, expect, it } from 'vitest';
import { lawParagraphs } from '../../tools/documents/law-texts';
import { flatOdt } from '../../tools/documents/libreoffice';
import { formatDocumentReport, summarizeDocuments, type DocumentScore } from '../../tools/eval-documents';

describe('texts for the unseen check', () => {
  it('reads a law: its title, then chapter headings and articles after the adoption notes', () => {
    const markdown = [
      '# 上海市公园管理条例',
      '',
      '1994年7月22日 上海市第十届人民代表大会常务委员会第十一次会议通过',
      '',
      '<!-- INFO END -->',
      '',
      '## 第一章  总则',
      '',
      '第一条 为了加强本市公园建设和管理，制定本条例。',
      '',
      '第二条 本条例所称的公园是公益性的城市基础设施。',
    ].join('\n');
    expect(lawParagraphs(markdown, 2)).toEqual({
      title: '上海市公园管理条例',
      paragraphs: [
        { kind: 'heading', text: '第一章 总则' },
        { kind: 'paragraph', text: '第一条 为了加强本市公园建设和管理，制定本条例。' },
      ],
    });
  });

  it('prints the reference and the closing date in the notice form only, escaping the text', () => {
    const text = {
      name: 'a',
      title: '关于<测试>的通知',
      author: '某市人民政府办公厅',
      header: '某市人民政府办公厅',
      reference: '某办发〔2024〕3号',
      datePrinted: '2024年1月1日',
      paragraphs: [{ kind: 'paragraph' as const, text: 'A & B' }],
    };
    expect(flatOdt(text, true)).toContain('某办发〔2024〕3号');
    expect(flatOdt(text, true)).toContain('2024年1月1日');
    expect(flatOdt(text, false)).not.toContain('2024年1月1日');
    expect(flatOdt(text, false)).toContain('关于&lt;测试&gt;的通知');
    expect(flatOdt(text, false)).toContain('A &amp; B');
  });
});

describe('document summary', () => {
  const score = (
    producer: DocumentScore['producer'],
    split: DocumentScore['split'],
    f1: number,
  ): DocumentScore => ({
    file: `${producer}-${split}`,
    producer,
    split,
    f1,
    reflow: 1,
    title: true,
    date: undefined,
  });

  it('reports the unseen documents as their own row, judged against the target', () => {
    const scores = [
      score('libreoffice-pdf', 'tune', 1),
      score('libreoffice-pdf', 'unseen', 0.98),
      score('libreoffice-docx', 'unseen', 1),
    ];
    const groups = summarizeDocuments(scores);
    expect(groups.map((g) => [g.producer, g.split, g.f1])).toEqual([
      ['libreoffice-pdf', 'tune', 1],
      ['libreoffice-pdf', 'unseen', 0.98],
      ['libreoffice-docx', 'unseen', 1],
    ]);
    const report = formatDocumentReport(groups, scores).split('\n');
    expect(report.find((l) => l.startsWith('| libreoffice-pdf | unseen'))).toMatch(/\| no \|$/);
    expect(report.find((l) => l.startsWith('| libreoffice-docx | unseen'))).toMatch(/\| yes \|$/);
    expect(report.find((l) => l.startsWith('| libreoffice-pdf | tune'))).toMatch(/\(tuning\) \|$/);
  });

  it('says so when a folder holds no LibreOffice documents', () => {
    const scores = [score('docx', 'held-out', 1)];
    expect(formatDocumentReport(summarizeDocuments(scores), scores)).toContain('No LibreOffice documents');
  });
});
