/**
 * The bad-input corpus: classes of hostile files a person may hand Gloss, each with the files
 * that stand for it (made here, deterministic) and the outcome Gloss owes: an article whose
 * text is checked, or a refusal of an exact kind. Used by the bad-input suite
 * (tests/unit/bad-input-corpus.test.ts), the generator (generate.ts) and the benchmark.
 */
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';
import type { ImportedArticle } from '../../src-main/ipc/contract';

/** Refusal kinds: each matches the sentence Gloss gives for it. */
export const REFUSALS = {
  empty: /^The file is empty\.$/,
  'no-text': /^No readable text was found in the file\.$/,
  binary: /^Gloss cannot read this file: it (is a .+ file, not text|holds binary data, not text)/,
  'not-supported':
    /^Gloss cannot read this file: .+ (files are not supported yet|file, not text|not text and not a document Gloss can read)/,
  'zip-bomb': /^The archive inside this file would unpack to more than \d+ MB/,
  'too-large': /^The file is \d+ MB; Gloss imports articles up to 32 MB\.$/,
  'not-text':
    /^This file does not read as text: \d+% of its (characters are undecodable bytes|bytes read as no script)/,
  'invalid-name': /^The name of this file or folder is not valid text/,
  'link-loop': /^This is a link that leads back to itself/,
  'not-regular': /^This is not a regular file\.$/,
  missing: /^The file is no longer there/,
  'damaged-document': /^(The file is a damaged ZIP container|Gloss could not read this DOCX file \()/,
  'docx-entities': /^This Word file declares its own XML entities \(a DOCTYPE\)/,
  'docx-too-nested': /^This Word file nests its contents more than \d+ levels deep/,
  'epub-no-package': /^This EPUB has no package document/,
  'docx-damaged': /^This Word file is damaged: its XML breaks off/,
} as const;
export type RefusalKind = keyof typeof REFUSALS;

export type Outcome =
  { imported: true; check(article: ImportedArticle): void } | { imported: false; kind: RefusalKind };

export interface HostileClass {
  name: string;
  /** What the files are, for the README table. */
  description: string;
  /** Writes the class's files into `dir` and returns their paths. */
  write(dir: string): string[];
  outcome: Outcome;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const PARAGRAPH =
  'Gloss keeps every word of an article, and the reader can highlight any of them without losing its place.';
const ZH = '中华人民共和国是工人阶级领导的、以工农联盟为基础的人民民主专政的社会主义国家。';

/** A small deterministic generator (mulberry32), so fuzzed files are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fuzz(bytes: Buffer, seed: number, flips: number): Buffer {
  const out = Buffer.from(bytes);
  const next = random(seed);
  for (let i = 0; i < flips; i++) out[Math.floor(next() * out.length)] = Math.floor(next() * 256);
  return out;
}

const page = (body: string, head = '<title>A page</title>') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const articlePage = page(
  `<article><h1>The article</h1>${Array.from({ length: 12 }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join('')}</article>`,
);

function mhtml(htmlPart: string, extraParts: string[] = []): string {
  const boundary = '----=_NextPart_000_0000_01D8';
  const parts = [
    `Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://example.com/a.html\r\n\r\n${htmlPart}`,
    ...extraParts,
  ];
  return (
    `From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n` +
    parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') +
    `--${boundary}--\r\n`
  );
}

/**
 * A ZIP holding one entry of `size` zero bytes, deflated to almost nothing (a zip bomb), whose
 * headers declare `declared` bytes (a bomb may lie about its size).
 */
function zipBomb(entryName: string, size: number, declared = size): Buffer {
  const data = deflateRawSync(Buffer.alloc(size));
  const name = Buffer.from(entryName);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14); // CRC left 0: a bomb is not honest anyway
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/**
 * A Word file whose main part, at `partName`, is `documentXml` (the smallest package mammoth
 * reads), with `otherParts` beside it.
 */
function wordFile(
  documentXml: string,
  partName = 'word/document.xml',
  otherParts: Record<string, string> = {},
): Buffer {
  const contentTypes =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>';
  const rels =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
    `Target="${partName}"/></Relationships>`;
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(contentTypes),
      '_rels/.rels': strToU8(rels),
      ...Object.fromEntries(Object.entries(otherParts).map(([name, xml]) => [name, strToU8(xml)])),
      [partName]: strToU8(documentXml),
    }),
  );
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wordParagraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const wordBody = (body: string, prolog = '') =>
  `<?xml version="1.0"?>${prolog}<w:document ${W_NS}><w:body>${body}</w:body></w:document>`;

/** A sentence inside `levels` tables, each in the one cell of the one before. */
function nestedWordTables(levels: number): string {
  let body = wordParagraph(PARAGRAPH);
  for (let i = 0; i < levels; i++) body = `<w:tbl><w:tr><w:tc>${body}</w:tc></w:tr></w:tbl>`;
  return wordBody(body);
}

const one =
  (name: string, bytes: () => Buffer | string) =>
  (dir: string): string[] => {
    const path = join(dir, name);
    writeFileSync(path, bytes());
    return [path];
  };

const text = (article: ImportedArticle) => article.blocks.map((b) => b.text).join('\n');
const removedText = (article: ImportedArticle) => article.removed.map((b) => b.text).join('\n');

function expectThat(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected ${what}`);
}

const imported = (check: (article: ImportedArticle) => void): Outcome => ({ imported: true, check });
const refused = (kind: RefusalKind): Outcome => ({ imported: false, kind });

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** Text that must be in the article, and no control character (nor U+FFFD when `clean`). */
function textCheck(needles: string[], clean: boolean) {
  return (article: ImportedArticle) => {
    const all = text(article);
    for (const needle of needles) expectThat(all.includes(needle), `the text to include “${needle}”`);
    expectThat(!CONTROL.test(all + article.title), 'no control characters');
    if (clean) expectThat(!all.includes('\uFFFD'), 'no U+FFFD in the text');
  };
}
const hasText = (...needles: string[]) => imported(textCheck(needles, false));
const cleanText = (...needles: string[]) => imported(textCheck(needles, true));

export const CLASSES: HostileClass[] = [
  // Empty and near-empty.
  {
    name: 'empty',
    description: 'a 0-byte .txt',
    write: one('empty.txt', () => ''),
    outcome: refused('empty'),
  },
  {
    name: 'whitespace-only',
    description: 'spaces, tabs, ideographic spaces and line breaks',
    write: one('blank.txt', () => ' \n\t\u3000\r\n  \n'),
    outcome: refused('no-text'),
  },
  {
    name: 'bom-only',
    description: 'a UTF-8 byte order mark and nothing else',
    write: one('bom.md', () => Buffer.from([0xef, 0xbb, 0xbf])),
    outcome: refused('no-text'),
  },
  {
    name: 'markup-only-html',
    description: 'HTML with scripts, styles and an image but no text',
    write: one('scripts.html', () => page('<script>alert(1)</script><style>p{}</style><img src="a.png">')),
    outcome: refused('no-text'),
  },
  // Renamed binaries.
  {
    name: 'renamed-png',
    description: 'a PNG named .html',
    write: one('photo.html', () =>
      Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(300, 7)]),
    ),
    outcome: refused('binary'),
  },
  {
    name: 'renamed-elf',
    description: 'a Linux executable named .txt',
    write: one('program.txt', () =>
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(500, 1)]),
    ),
    outcome: refused('binary'),
  },
  {
    name: 'random-bytes',
    description: '64 KB of random bytes named .txt',
    write: one('noise.txt', () => {
      const next = random(7);
      return Buffer.from(Array.from({ length: 65536 }, () => Math.floor(next() * 256)));
    }),
    outcome: refused('binary'),
  },
  {
    name: 'zip-bomb',
    description: 'a DOCX whose one entry declares 4 GB (50 MB of zeros deflated to 50 KB)',
    write: one('bomb.docx', () => zipBomb('word/document.xml', 50 * 1024 * 1024, 0xffffffff)),
    outcome: refused('zip-bomb'),
  },
  {
    name: 'zip-bomb-lying',
    description: 'a DOCX whose entry declares 1 KB and inflates to 50 MB',
    write: one('liar.docx', () => zipBomb('word/document.xml', 50 * 1024 * 1024, 1024)),
    outcome: refused('damaged-document'),
  },
  {
    name: 'docx-billion-laughs',
    description: 'a DOCX whose document declares nine levels of entities, each ten of the one below',
    write: one('laughs.docx', () => {
      const entities = ['<!ENTITY lol0 "lol">'];
      for (let i = 1; i < 10; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
      return wordFile(
        wordBody(wordParagraph('&lol9;') + wordParagraph(PARAGRAPH), `<!DOCTYPE d [${entities.join('')}]>`),
      );
    }),
    outcome: refused('docx-entities'),
  },
  {
    name: 'docx-external-entity',
    description: 'a DOCX whose document names /etc/passwd as an external entity',
    write: one('xxe.docx', () =>
      wordFile(
        wordBody(
          wordParagraph('&x;') + wordParagraph(PARAGRAPH),
          '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        ),
      ),
    ),
    outcome: refused('docx-entities'),
  },
  {
    name: 'docx-nested-tables',
    description: 'a DOCX with a sentence inside 3,000 nested tables',
    write: one('nested.docx', () => wordFile(nestedWordTables(3000))),
    outcome: refused('docx-too-nested'),
  },
  {
    name: 'docx-nesting-in-renamed-part',
    description:
      'a DOCX whose package points at a part named .dat holding 3,000 nested tables, beside a plain document.xml',
    write: one('renamed-part.docx', () =>
      wordFile(nestedWordTables(3000), 'word/document.dat', {
        'word/document.xml': wordBody(wordParagraph(PARAGRAPH)),
      }),
    ),
    outcome: refused('docx-too-nested'),
  },
  {
    name: 'docx-nesting-behind-comments',
    description: 'a DOCX nesting 3,000 tables whose end tags are hidden in XML comments',
    write: one('comments.docx', () => {
      const open = '<w:tbl><w:tr><w:tc><!--</w:tc></w:tr></w:tbl>-->';
      return wordFile(wordBody(open.repeat(3000) + wordParagraph(PARAGRAPH)));
    }),
    outcome: refused('docx-too-nested'),
  },
  {
    name: 'docx-unclosed-tags',
    description: 'a DOCX whose document is 600,000 unclosed tags (3 MB)',
    write: one('unclosed.docx', () => wordFile(wordBody('<w:t '.repeat(600_000)))),
    outcome: refused('docx-damaged'),
  },
  {
    name: 'docx-tables-40-deep',
    description: 'a DOCX with a sentence inside 40 nested tables (deep, but within what Word makes)',
    write: one('forty.docx', () => wordFile(nestedWordTables(40))),
    outcome: hasText(PARAGRAPH),
  },
  {
    name: 'epub-missing-package',
    description: 'an EPUB whose container names a package file that is not in it',
    write: one('hollow.epub', () =>
      Buffer.from(
        zipSync({
          mimetype: [strToU8('application/epub+zip'), { level: 0 }],
          'META-INF/container.xml': strToU8(
            '<?xml version="1.0"?><container><rootfiles><rootfile full-path="OEBPS/missing.opf"/></rootfiles></container>',
          ),
        }),
      ),
    ),
    outcome: refused('epub-no-package'),
  },
  {
    name: 'renamed-zip',
    description: 'a ZIP of one small text file, named .zip',
    write: one('archive.zip', () => zipBomb('notes.txt', 1000)),
    outcome: refused('not-supported'),
  },
  // Size.
  {
    name: 'over-size-limit',
    description: 'a 40 MB text file',
    write: one('huge.txt', () => Buffer.alloc(40 * 1024 * 1024, 'a ')),
    outcome: refused('too-large'),
  },
  {
    name: 'sparse-8gb',
    description: 'a sparse 8 GB file (no disk used)',
    write: (dir) => {
      const path = join(dir, 'sparse.txt');
      const fd = openSync(path, 'w');
      ftruncateSync(fd, 8 * 1024 ** 3);
      closeSync(fd);
      return [path];
    },
    outcome: refused('too-large'),
  },
  // Pathological HTML.
  {
    name: 'million-attributes',
    description: 'one element with 1,000,000 attributes',
    write: one('attributes.html', () =>
      page(
        `<div ${Array.from({ length: 1_000_000 }, (_, i) => `a${i}="x"`).join(' ')}><p>${PARAGRAPH}</p></div>`,
      ),
    ),
    outcome: hasText(PARAGRAPH),
  },
  {
    name: 'ten-megabyte-attribute',
    description: 'one attribute value of 10 MB',
    write: one('long-attribute.html', () => page(`<p title="${'x'.repeat(10_000_000)}">${PARAGRAPH}</p>`)),
    outcome: hasText(PARAGRAPH),
  },
  {
    name: 'million-images',
    description: '1,000,000 <img> tags after a paragraph',
    write: one('images.html', () => page(`<p>${PARAGRAPH}</p>${'<img src="x.png">'.repeat(1_000_000)}`)),
    outcome: imported((article) => {
      expectThat(text(article).includes(PARAGRAPH), 'the paragraph');
      expectThat(
        /999,000 pictures beyond the first 1,000/.test(removedText(article)),
        'a note on the pictures left out',
      );
    }),
  },
  {
    name: 'paragraph-flood',
    description: '200,000 paragraphs',
    write: one('paragraphs.html', () =>
      page(Array.from({ length: 200_000 }, (_, i) => `<p>Line ${i}</p>`).join('')),
    ),
    outcome: imported((article) => {
      expectThat(text(article).includes('Line 0'), 'the first paragraph');
      expectThat(removedText(article).includes('Line 199999'), 'the last paragraph kept as removed text');
    }),
  },
  {
    name: 'deep-nesting-200k',
    description: '200,000 nested <div>s around a sentence',
    write: one('deep.html', () => page(`${'<div>'.repeat(200_000)}${PARAGRAPH}${'</div>'.repeat(200_000)}`)),
    outcome: hasText(PARAGRAPH),
  },
  {
    name: 'deep-nesting-50k',
    description: '50,000 nested <div>s around a sentence',
    write: one('deep50k.html', () => page(`${'<div>'.repeat(50_000)}${PARAGRAPH}${'</div>'.repeat(50_000)}`)),
    outcome: hasText(PARAGRAPH),
  },
  {
    name: 'inline-nesting',
    description: '100,000 nested <b> and <span> around a sentence',
    write: one('inline.html', () => page(`<p>${'<b><span>'.repeat(50_000)}${PARAGRAPH}</p>`)),
    outcome: hasText(PARAGRAPH),
  },
  {
    name: 'table-flood',
    description: 'a table of 100,000 cells',
    write: one('table.html', () =>
      page(
        `<p>${PARAGRAPH}</p><table>${Array.from({ length: 20_000 }, (_, i) => `<tr><td>${i}<td>a<td>b<td>c<td>d`).join('')}</table>`,
      ),
    ),
    outcome: hasText(PARAGRAPH),
  },
  {
    name: 'entity-expansion',
    description: 'a billion-laughs DOCTYPE in XHTML',
    write: one(
      'laughs.xhtml',
      () =>
        `<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><html xmlns="http://www.w3.org/1999/xhtml"><body><p>${PARAGRAPH}</p><p>&d;</p></body></html>`,
    ),
    outcome: imported((article) => {
      expectThat(text(article).includes(PARAGRAPH), 'the paragraph');
      expectThat(!text(article).includes('hahaha'), 'no expanded entities');
    }),
  },
  {
    name: 'xxe',
    description: 'an external entity naming /etc/passwd',
    write: one(
      'xxe.xhtml',
      () =>
        `<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html xmlns="http://www.w3.org/1999/xhtml"><body><p>${PARAGRAPH}</p><p>&x;</p></body></html>`,
    ),
    outcome: imported((article) =>
      expectThat(!/root:/.test(text(article) + removedText(article)), 'no file content'),
    ),
  },
  {
    name: 'truncated-html',
    description: 'an article page cut in the middle of a tag',
    write: one('cut.html', () => articlePage.slice(0, articlePage.indexOf('<p>7.') + 2)),
    outcome: hasText('6. Gloss keeps every word'),
  },
  {
    name: 'fuzzed-html',
    description: 'an article page with 40 random bytes overwritten',
    write: one('fuzzed.html', () => fuzz(utf8(articlePage), 11, 40)),
    outcome: hasText('The article'),
  },
  {
    name: 'lying-meta-charset',
    description: 'UTF-8 bytes under <meta charset="gbk">',
    write: one(
      'lying.html',
      () =>
        `<html><head><meta charset="gbk"><title>t</title></head><body><p>${ZH}${PARAGRAPH}</p></body></html>`,
    ),
    outcome: cleanText(ZH),
  },
  // Plain text and Markdown shapes.
  {
    name: 'csv-30k-lines',
    description: '30,000 rows of CSV (0.9 MB) as .txt',
    write: one(
      'table.txt',
      () =>
        'id,name,value,comment\n' +
        Array.from({ length: 30_000 }, (_, i) => `${i},"Person ${i}",${i * 3},ok`).join('\n'),
    ),
    outcome: imported((article) => {
      expectThat(article.blocks.length > 30_000 - 5, 'one block per row');
      expectThat(
        article.blocks.some((b) => b.text === '29999,"Person 29999",89997,ok'),
        'the last row as a block',
      );
    }),
  },
  {
    name: 'short-lines-100k',
    description: '100,000 short lines',
    write: one('lines.txt', () => Array.from({ length: 100_000 }, (_, i) => `line ${i}`).join('\n')),
    outcome: hasText('line 99999'),
  },
  {
    name: 'one-long-line',
    description: 'a 5 MB paragraph without a line break',
    write: one('long-line.txt', () => `${PARAGRAPH} `.repeat(48_000)),
    outcome: hasText(PARAGRAPH),
  },
  {
    name: 'markdown-deep-list',
    description: 'Markdown list nested 50 levels',
    write: one(
      'deep-list.md',
      () =>
        `# Heading\n\n${Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n\nAfter the list.\n`,
    ),
    outcome: hasText('item 49', 'After the list.'),
  },
  {
    name: 'markdown-deep-quote',
    description: 'a line quoted 100 levels deep (100 ">")',
    write: one('deep-quote.md', () => `# Heading\n\n${'>'.repeat(100)} quoted line\n\nAfter.\n`),
    outcome: hasText('quoted line', 'After.'),
  },
  {
    name: 'markdown-emphasis-storm',
    description: '100,000 unmatched emphasis markers and brackets',
    write: one('storm.md', () => `# Storm\n\n${PARAGRAPH}\n\n${'*_[`'.repeat(25_000)}\n`),
    outcome: hasText(PARAGRAPH),
  },
  {
    name: 'fuzzed-markdown',
    description: 'a Markdown article with 60 random bytes overwritten',
    write: one('fuzzed.md', () =>
      fuzz(
        utf8(`# Title\n\n${Array.from({ length: 20 }, (_, i) => `- ${i} ${PARAGRAPH}`).join('\n')}\n`),
        5,
        60,
      ),
    ),
    outcome: hasText('Title'),
  },
  // Encodings.
  {
    name: 'utf16le-bom',
    description: 'UTF-16LE with a byte order mark',
    write: one('utf16le.txt', () =>
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${ZH}\n\n${PARAGRAPH}`, 'utf16le')]),
    ),
    outcome: cleanText(ZH, PARAGRAPH),
  },
  {
    name: 'utf16be-no-bom',
    description: 'UTF-16BE without a byte order mark',
    write: one('utf16be.txt', () => Buffer.from(`${ZH}\n\n${PARAGRAPH}`, 'utf16le').swap16()),
    outcome: cleanText(ZH, PARAGRAPH),
  },
  {
    name: 'utf32le-bom',
    description: 'UTF-32LE with a byte order mark',
    write: one('utf32le.txt', () => iconv.encode(`\uFEFF${ZH}\n\n${PARAGRAPH}`, 'utf32le')),
    outcome: cleanText(ZH, PARAGRAPH),
  },
  {
    name: 'utf32be-no-bom',
    description: 'UTF-32BE without a byte order mark',
    write: one('utf32be.txt', () => iconv.encode(`${ZH}\n\n${PARAGRAPH}`, 'utf32be')),
    outcome: cleanText(ZH, PARAGRAPH),
  },
  {
    name: 'gbk',
    description: 'GBK without a declaration',
    write: one('gbk.txt', () => iconv.encode(`标题\n\n${ZH}`, 'gbk')),
    outcome: cleanText(ZH),
  },
  {
    name: 'big5',
    description: 'Big5 without a declaration',
    write: one('big5.txt', () =>
      iconv.encode('中華人民共和國是工人階級領導的、以工農聯盟為基礎的人民民主專政的社會主義國家。', 'big5'),
    ),
    outcome: cleanText('工人階級領導'),
  },
  {
    name: 'shift-jis',
    description: 'Shift_JIS without a declaration',
    write: one('sjis.txt', () =>
      iconv.encode(
        '日本国民は、正当に選挙された国会における代表者を通じて行動し、われらとわれらの子孫のために。',
        'shift_jis',
      ),
    ),
    outcome: cleanText('正当に選挙された'),
  },
  {
    name: 'euc-kr',
    description: 'EUC-KR without a declaration',
    write: one('euckr.txt', () =>
      iconv.encode(
        '대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.',
        'euc-kr',
      ),
    ),
    outcome: cleanText('대한민국의 주권은'),
  },
  {
    name: 'windows-1252',
    description: 'windows-1252 French with curly quotes',
    write: one('latin.txt', () =>
      iconv.encode('Le café « naïve » coûte 3 € — c’est très cher.\n\nÀ bientôt.', 'windows-1252'),
    ),
    outcome: cleanText('café « naïve » coûte 3 €'),
  },
  {
    name: 'mostly-utf8-some-gbk',
    description: 'UTF-8 Chinese with a GBK phrase in the middle',
    write: one('mixed.txt', () =>
      Buffer.concat([utf8(ZH.repeat(20)), iconv.encode('国标码写的话', 'gbk'), utf8(ZH.repeat(20))]),
    ),
    outcome: imported((article) => {
      expectThat(text(article).includes(ZH), 'the UTF-8 text read as UTF-8');
      expectThat(article.encoding === 'utf-8', 'UTF-8 chosen');
    }),
  },
  {
    name: 'mostly-ascii-utf8-some-latin1',
    description: 'English UTF-8 with “café” and two stray Latin-1 bytes',
    write: one('stray.txt', () =>
      Buffer.concat([
        utf8(`${PARAGRAPH} café naïve `),
        Buffer.from([0xe9, 0x20, 0xe8]),
        utf8(` ${PARAGRAPH}`),
      ]),
    ),
    outcome: imported((article) => {
      expectThat(text(article).includes('café naïve'), 'the UTF-8 accents right');
      expectThat(article.replacedSequences === 2, 'two replaced bytes');
    }),
  },
  {
    name: 'nul-sprinkled',
    description: 'UTF-8 text with a NUL byte every 100 bytes',
    write: one('nul.txt', () => {
      const bytes = utf8(`${PARAGRAPH}\n\n`.repeat(20));
      return Buffer.concat(
        Array.from({ length: Math.ceil(bytes.length / 100) }, (_, i) =>
          Buffer.concat([bytes.subarray(i * 100, i * 100 + 100), Buffer.from([0])]),
        ),
      );
    }),
    outcome: imported((article) => {
      expectThat(
        !JSON.stringify(article.blocks).includes('\\u0000') && !text(article).includes('\0'),
        'no NUL',
      );
    }),
  },
  {
    name: 'control-characters',
    description: 'text that is half C0 control codes',
    write: one('controls.txt', () => {
      const next = random(3);
      return Buffer.from(
        Array.from({ length: 4000 }, (_, i) => (i % 2 ? 0x61 + (i % 26) : 1 + Math.floor(next() * 8))),
      );
    }),
    outcome: refused('binary'),
  },
  {
    name: 'private-use',
    description: 'UTF-8 text of private-use characters',
    write: one('private.txt', () =>
      utf8(
        `Title\n\n${Array.from({ length: 2000 }, (_, i) => String.fromCharCode(0xe000 + (i % 3000))).join('')}`,
      ),
    ),
    outcome: refused('not-text'),
  },
  {
    name: 'invalid-utf8-garbage',
    description: 'bytes that are neither UTF-8 nor any legacy text',
    write: one('garbage.md', () => {
      const next = random(9);
      return Buffer.from(
        Array.from({ length: 8000 }, (_, i) => (i % 3 === 0 ? 0x20 : 0x80 + Math.floor(next() * 0x40))),
      );
    }),
    outcome: refused('not-text'),
  },
  // MHTML.
  {
    name: 'mhtml-base64-garbage',
    description: 'MHTML whose page part is base64 of random bytes',
    write: one('garbage.mhtml', () => {
      const next = random(21);
      const junk = Buffer.from(Array.from({ length: 6000 }, () => Math.floor(next() * 256))).toString(
        'base64',
      );
      return mhtml('')
        .replace(/Content-Transfer-Encoding: quoted-printable/, 'Content-Transfer-Encoding: base64')
        .replace(/\r\n\r\n\r\n--/, `\r\n\r\n${junk}\r\n--`);
    }),
    outcome: refused('not-text'),
  },
  {
    name: 'mhtml-qp-garbage',
    description: 'MHTML whose page part is quoted-printable of random high bytes',
    write: one('qp.mhtml', () => {
      const next = random(22);
      return mhtml(
        Array.from(
          { length: 6000 },
          () => `=${(0x80 + Math.floor(next() * 0x7f)).toString(16).toUpperCase()}`,
        ).join(''),
      );
    }),
    outcome: refused('not-text'),
  },
  {
    name: 'truncated-mhtml',
    description: 'an MHTML file cut in its page part',
    write: one('cut.mhtml', () => mhtml(articlePage).slice(0, 900)),
    outcome: hasText('The article'),
  },
  // File system oddities.
  {
    name: 'odd-names',
    description: 'names with spaces, emoji, a newline, a right-to-left mark, shell characters',
    write: (dir) =>
      ['a b.txt', '📚 notes.txt', 'line\nbreak.txt', '\u202Eevil.txt', '$(rm -rf ~);`x`.txt'].map((name) => {
        const path = join(dir, name);
        writeFileSync(path, `Heading\n\n${PARAGRAPH}`);
        return path;
      }),
    outcome: hasText(PARAGRAPH),
  },
  {
    name: 'invalid-utf8-name',
    description: 'a file name that is not valid UTF-8, as a dialog hands it over',
    write: (dir) => {
      writeFileSync(
        Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]),
        PARAGRAPH,
      );
      return [join(dir, 'caf\uFFFD.txt')];
    },
    outcome: refused('invalid-name'),
  },
  {
    name: 'symlink-loop',
    description: 'two symbolic links pointing at each other',
    write: (dir) => {
      symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
      symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
      return [join(dir, 'loop-a.txt')];
    },
    outcome: refused('link-loop'),
  },
  {
    name: 'fifo',
    description: 'a named pipe called .txt',
    write: (dir) => {
      const path = join(dir, 'pipe.txt');
      execFileSync('mkfifo', [path]);
      return [path];
    },
    outcome: refused('not-regular'),
  },
  {
    name: 'gone-before-reading',
    description: 'a path whose file was deleted before the import',
    write: (dir) => [join(dir, 'deleted.txt')],
    outcome: refused('missing'),
  },
];

/** Writes every class into its own folder under `root`; returns the paths by class name. */
export function writeCorpus(root: string): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  for (const hostile of CLASSES) {
    const dir = join(root, hostile.name);
    mkdirSync(dir, { recursive: true });
    paths.set(hostile.name, hostile.write(dir));
  }
  return paths;
}
