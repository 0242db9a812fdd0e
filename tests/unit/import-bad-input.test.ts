/**
 * Files people really drop on Gloss that are not clean articles: empty, binary under a .txt
 * name, damaged bytes, far too large, UTF-16 with no byte order mark, HTML nested absurdly
 * deep. Each comes back as an article or as a failure with a sentence, never as a crash.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src-main/ipc/contract';
import { importBytes, MAX_IMPORT_BYTES } from '../../src-main/import/import-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const ARTICLE =
  '春天来了\n\n公园里的桃花开了，很多市民趁着周末带着孩子来赏花，湖边的柳树也抽出了新芽。\n\n管理处提醒游客文明赏花，不要攀折花枝。\n';

function failure(result: ImportResult): string {
  if (result.ok) throw new Error('expected the import to fail');
  return result.error.reason;
}

function article(result: ImportResult) {
  if (!result.ok) throw new Error(`expected an article, got: ${result.error.reason}`);
  return result.article;
}

/** A failure reason is a sentence: a capital letter, words, a full stop. */
const SENTENCE = /^[A-Z][^\n]{10,}\.$/;

describe('bad input through importBytes', () => {
  it('refuses an empty file, and one with only white space', () => {
    expect(failure(importBytes(new Uint8Array(0), 'empty.txt'))).toMatch(/empty/i);
    expect(failure(importBytes(utf8(' \n\n\t \u3000\n'), 'blank.txt'))).toMatch(/no readable text/i);
  });

  it('refuses binary files named .txt with a sentence', () => {
    const noise = new Uint8Array(8192);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 256;
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Uint8Array(200)]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(200)]);
    for (const bytes of [noise, elf, png]) {
      const reason = failure(importBytes(bytes, 'notes.txt'));
      expect(reason).toMatch(SENTENCE);
      expect(reason).toMatch(/binary|PNG|program/);
    }
  });

  it('replaces invalid byte sequences and counts them', () => {
    const damaged = new Uint8Array([
      ...utf8(ARTICLE.slice(0, 10)),
      0xff,
      ...utf8(ARTICLE.slice(10, 30)),
      0xc3, // a lead byte followed by ASCII
      0x28,
      ...utf8(ARTICLE.slice(30)),
    ]);
    const a = article(importBytes(damaged, 'damaged.txt'));
    expect(a.encoding).toBe('utf-8');
    expect(a.replacedSequences).toBe(2);
    expect(a.blocks.map((b) => b.text).join('')).toContain('\uFFFD');

    const gbk = new Uint8Array([...iconv.encode(ARTICLE, 'gbk'), 0x81, 0x0a]);
    const b = article(importBytes(gbk, 'gbk.txt'));
    expect(b.encoding).toBe('gb18030');
    expect(b.replacedSequences).toBe(1);
    expect(b.title).toBe('春天来了');
  });

  it('refuses a 60 MB file with a sentence that gives the size', () => {
    const huge = new Uint8Array(60 * 1024 * 1024).fill(0x61);
    expect(huge.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    const reason = failure(importBytes(huge, 'huge.txt'));
    expect(reason).toMatch(/60 MB/);
    expect(reason).toMatch(SENTENCE);
  });

  it('reads Chinese UTF-16 without a byte order mark rather than call it binary', () => {
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const a = article(importBytes(new Uint8Array(iconv.encode(ARTICLE, encoding)), 'utf16.txt'));
      expect(a.encoding).toBe(encoding);
      expect(a.title).toBe('春天来了');
    }
  });

  it('survives HTML nested 10,000 elements deep', () => {
    const closed = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(10_000)}<p>The text at the bottom of the page, one sentence long.</p>${'</div>'.repeat(10_000)}</body></html>`;
    const unclosed = `<!doctype html><html><body>${'<span><b>'.repeat(5_000)}Words at the very bottom, written by someone.</body></html>`;
    for (const html of [closed, unclosed]) {
      const result = importBytes(utf8(html), 'deep.html');
      if (result.ok) expect(result.article.blocks.map((b) => b.text).join(' ')).toMatch(/bottom/);
      else expect(result.error.reason).toMatch(SENTENCE);
    }
  });

  it('reads a long single-line file and one of many short lines', () => {
    const line = '这是一个很长的句子，'.repeat(100_000);
    expect(article(importBytes(utf8(line), 'line.txt')).blocks).toHaveLength(1);
    const many = Array.from({ length: 20_000 }, (_, i) => `第${i + 1}行，内容很短。`).join('\n');
    expect(article(importBytes(utf8(many), 'many.txt')).blocks.length).toBeGreaterThan(19_000);
  });
});
