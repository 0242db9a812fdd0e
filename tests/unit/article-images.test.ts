/**
 * Images of imported HTML pages: raster images from the page's own folder are embedded as
 * data: URLs; paths leaving the folder (.., absolute, file:, symlinks), remote addresses, SVG,
 * missing and oversized files stay placeholders. Nothing is fetched.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../src-main/ipc/contract';
import { extractHtml } from '../../src-main/import/extract-html';
import { importBytes } from '../../src-main/import/import-file';
import { pageRelativePath } from '../../src-main/import/page-folder-images';
import {
  MAX_ARTICLE_IMAGE_BYTES,
  MAX_IMAGE_BYTES,
  createImageEmbedder,
  rasterMimeType,
} from '../../src-main/import/raster-image';
import { readAndImport } from '../../src-main/import/read-file';
import { pageFolderImageReader } from '../../src-main/import/read-page-folder-image';
import { AVIF_HEAD, BMP, GIF, JPEG, PNG, SVG, WEBP, dataUrl, pngOfSize } from './tiny-images';

const PARAGRAPHS = [
  '春节刚过，西吉县的种薯繁育中心里一片忙碌，技术人员正在无菌室里查看一排排脱毒苗的长势，温室里恒温恒湿，秧苗翠绿。',
  '在西海固，土豆一直扮演着救命蛋的角色，如今经过精深加工，变成了方便粉丝和薯片，成为当地群众增收致富的重要产业。',
  '县里的负责人介绍，全县土豆种植面积已达六十多万亩，种薯除满足当地需求外，还销往国内其他省区，带动了上万农户。',
  '专家认为，依靠科技提升种薯质量，是当地土豆产业持续发展的关键，下一步还将建设更多智能温室和储藏设施。',
];

/** A page whose article holds the given images, each in its own paragraph between text. */
function pageWith(images: { src: string; alt: string }[]): string {
  const figures = images
    .map((i) => `<p><img src="${i.src}" alt="${i.alt}"></p>`)
    .join(`<p>${PARAGRAPHS[1]}</p>`);
  const body = `<article><h1>土豆不土</h1><p>${PARAGRAPHS[0]}</p>${figures}${PARAGRAPHS.slice(2)
    .map((p) => `<p>${p}</p>`)
    .join('')}</article>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>土豆不土</title></head><body>${body}</body></html>`;
}

function imagesOf(result: ImportResult): Record<string, string | null> {
  if (!result.ok) throw new Error(result.error.reason);
  return Object.fromEntries((result.article.images ?? []).map((i) => [i.alt, i.src]));
}

let root: string;
let site: string;
let outside: string;

async function importPage(images: { src: string; alt: string }[]): Promise<Record<string, string | null>> {
  const path = join(site, 'Page.html');
  writeFileSync(path, pageWith(images));
  const found = imagesOf(await readAndImport(path));
  // Every image of the page is reported, embedded or not: none may vanish silently.
  expect(Object.keys(found).sort()).toEqual(images.map((i) => i.alt).sort());
  return found;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gloss-images-'));
  site = join(root, 'site');
  outside = join(root, 'outside');
  mkdirSync(join(site, 'Page_files'), { recursive: true });
  mkdirSync(join(site, 'img'));
  mkdirSync(join(outside, 'dir'), { recursive: true });
  writeFileSync(join(outside, 'secret.png'), PNG);
  writeFileSync(join(outside, 'dir', 'x.png'), PNG);
  writeFileSync(join(site, 'Page_files', 'a.jpg'), JPEG);
  writeFileSync(join(site, 'Page_files', 'icon 1.gif'), GIF);
  writeFileSync(join(site, 'img', 'b.png'), PNG);
  writeFileSync(join(site, 'Page_files', 'fake.png'), SVG);
  writeFileSync(join(site, 'Page_files', 'real.svg'), SVG);
  writeFileSync(join(site, 'Page_files', 'huge.png'), pngOfSize(MAX_IMAGE_BYTES + 1));
  writeFileSync(join(site, 'Page_files', 'limit.png'), pngOfSize(MAX_IMAGE_BYTES));
  mkdirSync(join(site, 'Page_files', 'folder.png'));
  symlinkSync(join(outside, 'secret.png'), join(site, 'Page_files', 'evil.png'));
  symlinkSync(join(outside, 'dir'), join(site, 'linked'));
  symlinkSync(join(site, 'Page_files', 'a.jpg'), join(site, 'Page_files', 'inner.jpg'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('raster types by their first bytes', () => {
  it('knows PNG, JPEG, GIF, WebP, BMP and AVIF whatever they are called', () => {
    expect(rasterMimeType(PNG)).toBe('image/png');
    expect(rasterMimeType(JPEG)).toBe('image/jpeg');
    expect(rasterMimeType(GIF)).toBe('image/gif');
    expect(rasterMimeType(WEBP)).toBe('image/webp');
    expect(rasterMimeType(BMP)).toBe('image/bmp');
    expect(rasterMimeType(AVIF_HEAD)).toBe('image/avif');
  });

  it('refuses SVG, text, truncated signatures and a bare "BM"', () => {
    expect(rasterMimeType(SVG)).toBeNull();
    expect(rasterMimeType(new TextEncoder().encode('GIF8 is not a gif'))).toBeNull();
    expect(rasterMimeType(PNG.subarray(0, 7))).toBeNull();
    expect(rasterMimeType(new TextEncoder().encode('BM'.padEnd(40, 'x')))).toBeNull();
    expect(rasterMimeType(new Uint8Array(0))).toBeNull();
  });
});

describe('images from the page folder', () => {
  it('embeds raster images the page names by relative paths inside its folder', async () => {
    const found = await importPage([
      { src: 'Page_files/a.jpg', alt: 'chrome' },
      { src: './img/b.png', alt: 'dot' },
      { src: 'Page_files/icon%201.gif?v=3#top', alt: 'escaped' },
      { src: 'img/../Page_files/inner.jpg', alt: 'symlink inside' },
    ]);
    expect(found.chrome).toBe(dataUrl('image/jpeg', JPEG));
    expect(found.dot).toBe(dataUrl('image/png', PNG));
    expect(found.escaped).toBe(dataUrl('image/gif', GIF));
    expect(found['symlink inside']).toBe(dataUrl('image/jpeg', JPEG));
  });

  it('refuses paths that climb out of the folder with ..', async () => {
    const found = await importPage([
      { src: '../outside/secret.png', alt: 'up' },
      { src: 'img/../../outside/secret.png', alt: 'up later' },
      { src: '..%2Foutside%2Fsecret.png', alt: 'escaped up' },
      { src: 'img/b.png', alt: 'control' },
    ]);
    expect(found).toEqual({
      up: null,
      'up later': null,
      'escaped up': null,
      control: dataUrl('image/png', PNG),
    });
    expect(pageRelativePath('../outside/secret.png')).toBeNull();
    expect(pageRelativePath('img/../../secret.png')).toBeNull();
    expect(pageRelativePath('..%2Fsecret.png')).toBeNull();
    expect(pageRelativePath('img\\..\\..\\secret.png')).toBeNull();
    expect(pageRelativePath('img/../b.png')).toBe('b.png');
    // The reader for files on disk checks again, whatever path it is handed.
    expect(pageFolderImageReader(join(site, 'Page.html'))('../outside/secret.png')).toBeNull();
  });

  it('refuses absolute paths and file: URLs', async () => {
    const secret = join(outside, 'secret.png');
    const found = await importPage([
      { src: secret, alt: 'absolute' },
      { src: pathToFileURL(secret).href, alt: 'file url' },
      { src: pathToFileURL(join(site, 'img', 'b.png')).href, alt: 'file url inside' },
      { src: 'C:/Windows/x.png', alt: 'drive' },
    ]);
    expect(Object.values(found)).toEqual([null, null, null, null]);
    expect(pageRelativePath(secret)).toBeNull();
    expect(pageRelativePath('C:\\x.png')).toBeNull();
    expect(pageRelativePath('img/a.png:stream')).toBeNull();
  });

  it('refuses symlinks that point out of the folder', async () => {
    const found = await importPage([
      { src: 'Page_files/evil.png', alt: 'file link' },
      { src: 'linked/x.png', alt: 'folder link' },
      { src: 'img/b.png', alt: 'control' },
    ]);
    expect(found).toEqual({ 'file link': null, 'folder link': null, control: dataUrl('image/png', PNG) });
    expect(pageFolderImageReader(join(site, 'Page.html'))('Page_files/evil.png')).toBeNull();
  });

  it('refuses SVG, whatever its name, and files that are missing or not files', async () => {
    const found = await importPage([
      { src: 'Page_files/fake.png', alt: 'svg named png' },
      { src: 'Page_files/real.svg', alt: 'svg' },
      { src: dataUrl('image/svg+xml', SVG), alt: 'svg data' },
      { src: 'Page_files/missing.png', alt: 'missing' },
      { src: 'Page_files/folder.png', alt: 'folder' },
    ]);
    expect(Object.values(found)).toEqual([null, null, null, null, null]);
  });

  it('refuses an image over the size limit and keeps one at it', async () => {
    const found = await importPage([
      { src: 'Page_files/huge.png', alt: 'huge' },
      { src: 'Page_files/limit.png', alt: 'limit' },
    ]);
    expect(found.huge).toBeNull();
    expect(found.limit).toBe(dataUrl('image/png', pngOfSize(MAX_IMAGE_BYTES)));
    expect(pageFolderImageReader(join(site, 'Page.html'))('Page_files/huge.png')).toBeNull();
  });

  it('keeps placeholders when the bytes come without a folder (importBytes alone, reopened bytes)', () => {
    const html = new TextEncoder().encode(pageWith([{ src: 'img/b.png', alt: 'local' }]));
    const result = importBytes(html, 'Page.html');
    expect(imagesOf(result)).toEqual({ local: null });
    const read = vi.fn(() => PNG);
    expect(imagesOf(importBytes(html, 'Page.html', { readLocalImage: read }))).toEqual({
      local: dataUrl('image/png', PNG),
    });
    expect(read).toHaveBeenCalledWith('img/b.png');
  });
});

describe('remote images', () => {
  it('stay placeholders and are never asked for, from the folder or the network', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in tests'));
    const read = vi.fn(() => PNG);
    const html = new TextEncoder().encode(
      pageWith([
        { src: 'https://cdn.example/a.png', alt: 'https' },
        { src: 'http://cdn.example/b.png', alt: 'http' },
        { src: '//cdn.example/c.png', alt: 'scheme-relative' },
        { src: 'cid:part@example', alt: 'cid' },
      ]),
    );
    try {
      expect(Object.values(imagesOf(importBytes(html, 'Page.html', { readLocalImage: read })))).toEqual([
        null,
        null,
        null,
        null,
      ]);
      expect(read).not.toHaveBeenCalled();
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

describe('the embedder', () => {
  it('keeps data: rasters, labelled by their bytes, and refuses other data: URLs', () => {
    const embed = createImageEmbedder();
    expect(embed(dataUrl('image/png', PNG))).toBe(dataUrl('image/png', PNG));
    expect(embed(dataUrl('image/jpeg', GIF))).toBe(dataUrl('image/gif', GIF));
    expect(embed(dataUrl('image/svg+xml', SVG))).toBeNull();
    expect(embed('data:image/png,%89PNG')).toBeNull();
    expect(embed('Page_files/a.jpg')).toBeNull();
  });

  it('refuses one image over the limit and images past the article budget', () => {
    const big = pngOfSize(4.5 * 1024 * 1024);
    const embed = createImageEmbedder((src) => (src === 'too-big' ? pngOfSize(MAX_IMAGE_BYTES + 1) : big));
    expect(embed('too-big')).toBeNull();
    const count = Math.floor(MAX_ARTICLE_IMAGE_BYTES / big.length);
    for (let i = 0; i < count; i++) expect(embed(`img${i}`), `image ${i}`).not.toBeNull();
    expect(embed('one-more')).toBeNull();
  });

  it('turns a loader that throws into a placeholder', () => {
    const html = pageWith([{ src: 'a.png', alt: 'broken' }]);
    const result = extractHtml(html, {
      fileName: 'a.html',
      loadImage: () => {
        throw new Error('EACCES');
      },
    });
    expect(result.images).toEqual([expect.objectContaining({ src: null, alt: 'broken' })]);
  });
});
