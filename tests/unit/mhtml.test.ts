/** MHTML: multipart boundary, quoted-printable GBK html part, base64 part, charset of the part. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { extractMhtml, decodeQuotedPrintable, headerParam } from '../../src-main/import/mhtml';
import { importBytes } from '../../src-main/import/import-file';

const BODY =
  '春节刚过，西吉县的种薯繁育中心里一片忙碌，技术人员正在无菌室里查看一排排脱毒苗的长势，温室里恒温恒湿，秧苗翠绿。';
const HTML = `<html><head><title>土豆不土</title></head><body><article><h1>土豆不土</h1>${`<p>${BODY}</p>`.repeat(4)}</article></body></html>`;

function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = 0;
  for (const b of bytes) {
    const piece =
      b >= 33 && b <= 126 && b !== 61
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line + piece.length > 75) {
      out += '=\r\n';
      line = 0;
    }
    out += piece;
    line += piece.length;
  }
  return out;
}

function mhtml(parts: string[], boundary = '----=_NextPart_000_0000_01D8'): Uint8Array {
  const head = `From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n`;
  const body = parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`;
  return new Uint8Array(Buffer.from(head + body, 'latin1'));
}

describe('extractMhtml', () => {
  it('reads a quoted-printable GBK html part behind a quoted boundary', () => {
    const gbk = new Uint8Array(iconv.encode(HTML, 'gbk'));
    const bytes = mhtml([
      'Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=',
      `Content-Type: text/html; charset="gbk"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://example.cn/a.html\r\n\r\n${quotedPrintable(gbk)}`,
    ]);
    const { decoded, article } = extractMhtml(bytes, {});
    expect(decoded.encoding).toBe('gbk');
    expect(article.title).toBe('土豆不土');
    expect(article.blocks.map((b) => b.text)).toContain(BODY);
  });

  it('reads a base64 utf-8 html part', () => {
    const b64 = Buffer.from(HTML, 'utf8')
      .toString('base64')
      .replace(/(.{76})/g, '$1\r\n');
    const bytes = mhtml(
      [`Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}`],
      'simple-boundary',
    );
    const { article } = extractMhtml(bytes, {});
    expect(article.blocks.map((b) => b.text)).toContain(BODY);
  });

  it('goes through importBytes as format mhtml', () => {
    const b64 = Buffer.from(HTML, 'utf8').toString('base64');
    const result = importBytes(
      mhtml([`Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}`]),
      'page.mhtml',
    );
    expect(result.ok && result.article.format).toBe('mhtml');
  });

  it('refuses a file without an html part', () => {
    const result = importBytes(
      mhtml(['Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=']),
      'x.mhtml',
    );
    expect(result.ok).toBe(false);
  });

  it('decodes quoted-printable soft breaks and header parameters', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('a=3D=\r\nb'))).toBe('a=b');
    expect(headerParam('multipart/related; type="text/html"; boundary="--=_a;b"', 'boundary')).toBe(
      '--=_a;b',
    );
    expect(headerParam('text/html; charset=gb2312', 'charset')).toBe('gb2312');
  });
});
