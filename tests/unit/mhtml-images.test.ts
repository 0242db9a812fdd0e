/**
 * MHTML images: image parts are matched to the page's <img src> by Content-Location (as
 * written, or resolved against the page's own location) or by cid: Content-ID, decoded and
 * embedded under the same raster-only and size rules as any image; no other source is used.
 */
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src-main/ipc/contract';
import { importBytes } from '../../src-main/import/import-file';
import { extractMhtml } from '../../src-main/import/mhtml';
import { MAX_IMAGE_BYTES } from '../../src-main/import/raster-image';
import { GIF, JPEG, PNG, SVG, dataUrl, pngOfSize } from './tiny-images';

const PARAGRAPHS = [
  '春节刚过，西吉县的种薯繁育中心里一片忙碌，技术人员正在无菌室里查看一排排脱毒苗的长势，温室里恒温恒湿，秧苗翠绿。',
  '在西海固，土豆一直扮演着救命蛋的角色，如今经过精深加工，变成了方便粉丝和薯片，成为当地群众增收致富的重要产业。',
  '县里的负责人介绍，全县土豆种植面积已达六十多万亩，种薯除满足当地需求外，还销往国内其他省区，带动了上万农户。',
];
const PAGE_LOCATION = 'https://news.example.cn/2024/05/story.html';

function pageWith(images: { src: string; alt: string }[]): string {
  const figures = images
    .map((i) => `<p><img src="${i.src}" alt="${i.alt}"></p>`)
    .join(`<p>${PARAGRAPHS[1]}</p>`);
  return `<html><head><title>土豆不土</title></head><body><article><h1>土豆不土</h1><p>${PARAGRAPHS[0]}</p>${figures}<p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[0]}</p></article></body></html>`;
}

function base64Lines(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('base64')
    .replace(/(.{76})/g, '$1\r\n');
}

function imagePart(type: string, bytes: Uint8Array, headers: string): string {
  return `Content-Type: ${type}\r\nContent-Transfer-Encoding: base64\r\n${headers}\r\n\r\n${base64Lines(bytes)}`;
}

function mhtml(html: string, imageParts: string[]): Uint8Array {
  const boundary = '----MultipartBoundary--gloss';
  const htmlPart = `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${PAGE_LOCATION}\r\n\r\n${base64Lines(new TextEncoder().encode(html))}`;
  const head = `From: <Saved by Blink>\r\nSnapshot-Content-Location: ${PAGE_LOCATION}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n`;
  const body =
    [htmlPart, ...imageParts].map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`;
  return new Uint8Array(Buffer.from(head + body, 'latin1'));
}

function imagesOf(result: ImportResult): Record<string, string | null> {
  if (!result.ok) throw new Error(result.error.reason);
  return Object.fromEntries((result.article.images ?? []).map((i) => [i.alt, i.src]));
}

const PARTS = [
  imagePart('image/jpeg', JPEG, 'Content-Location: https://img.example.cn/photos/a.jpg'),
  imagePart('image/png', PNG, 'Content-Location: https://news.example.cn/2024/05/img/b.png'),
  imagePart(
    'image/gif',
    GIF,
    'Content-ID: <frame-7F3A@mhtml.blink>\r\nContent-Location: cid:frame-7F3A@mhtml.blink',
  ),
  imagePart('image/svg+xml', SVG, 'Content-Location: https://img.example.cn/logo.svg'),
  imagePart('image/png', SVG, 'Content-Location: https://img.example.cn/disguised.png'),
  imagePart('image/png', pngOfSize(MAX_IMAGE_BYTES + 1), 'Content-Location: https://img.example.cn/huge.png'),
  imagePart('application/octet-stream', PNG, 'Content-Location: https://img.example.cn/style.png'),
];

describe('MHTML images', () => {
  const bytes = mhtml(
    pageWith([
      { src: 'https://img.example.cn/photos/a.jpg', alt: 'absolute' },
      { src: 'img/b.png', alt: 'relative' },
      { src: 'cid:frame-7F3A@mhtml.blink', alt: 'cid' },
      { src: 'https://img.example.cn/logo.svg', alt: 'svg' },
      { src: 'https://img.example.cn/disguised.png', alt: 'disguised' },
      { src: 'https://img.example.cn/huge.png', alt: 'huge' },
      { src: 'https://img.example.cn/style.png', alt: 'not an image part' },
      { src: 'https://elsewhere.example/not-in-file.png', alt: 'remote' },
    ]),
    PARTS,
  );

  it('embeds image parts matched by Content-Location, absolute or relative to the page', () => {
    const found = imagesOf(importBytes(bytes, 'story.mhtml'));
    expect(found.absolute).toBe(dataUrl('image/jpeg', JPEG));
    expect(found.relative).toBe(dataUrl('image/png', PNG));
  });

  it('embeds an image part matched by cid: Content-ID', () => {
    const html = pageWith([{ src: 'cid:frame-7F3A@mhtml.blink', alt: 'cid' }]);
    const onlyById = imagePart('image/gif', GIF, 'Content-ID: <frame-7F3A@mhtml.blink>');
    expect(imagesOf(importBytes(mhtml(html, [onlyById]), 'story.mhtml'))).toEqual({
      cid: dataUrl('image/gif', GIF),
    });
    expect(imagesOf(importBytes(bytes, 'story.mhtml')).cid).toBe(dataUrl('image/gif', GIF));
  });

  it('refuses SVG parts, parts that are not raster whatever their type, oversized and non-image parts', () => {
    const found = imagesOf(importBytes(bytes, 'story.mhtml'));
    expect(found.svg).toBeNull();
    expect(found.disguised).toBeNull();
    expect(found.huge).toBeNull();
    expect(found['not an image part']).toBeNull();
  });

  it('leaves images the file does not hold as placeholders', () => {
    expect(imagesOf(importBytes(bytes, 'story.mhtml')).remote).toBeNull();
  });

  it('keeps the images when the bytes are extracted again with another encoding', () => {
    const { article } = extractMhtml(bytes, { forcedEncoding: 'utf-8' });
    const found = Object.fromEntries((article.images ?? []).map((i) => [i.alt, i.src]));
    expect(found.absolute).toBe(dataUrl('image/jpeg', JPEG));
    expect(found.cid).toBe(dataUrl('image/gif', GIF));
  });
});
