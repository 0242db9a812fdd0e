/**
 * The reader's images: embedded data: images are shown between blocks, lazily decoded, with
 * their alt text as title; images that were not kept are a box holding the alt text. Neither
 * counts as article text, and nothing but a data: URL ever becomes an <img>.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '../../src-renderer/src/reader/ArticleBody';
import { PNG, dataUrl } from './tiny-images';

const blocks = [
  { kind: 'paragraph' as const, text: '第一段。' },
  { kind: 'paragraph' as const, text: '第二段。' },
];

function render(images: { beforeBlock: number; src: string | null; alt: string }[]): string {
  return renderToStaticMarkup(
    createElement(ArticleBody, {
      blocks,
      removed: [],
      showRemoved: false,
      lang: 'zh-CN',
      images,
      onRestore: () => {},
    }),
  );
}

describe('images in the reader', () => {
  it('shows a data: image before its block, lazily decoded, alt as title, outside the text', () => {
    const html = render([{ beforeBlock: 1, src: dataUrl('image/png', PNG), alt: '西吉县的温室' }]);
    expect(html).toMatch(
      /第一段。<\/p><figure[^>]*data-not-text[^>]*><img src="data:image\/png;base64,[^"]+" alt="西吉县的温室" title="西吉县的温室" decoding="async" loading="lazy"\/><\/figure><p[^>]*>第二段。/,
    );
  });

  it('shows an image that was not kept as a box with its alt text, and never loads another source', () => {
    const html = render([
      { beforeBlock: 0, src: null, alt: '远程图片' },
      { beforeBlock: 2, src: 'https://cdn.example/a.png', alt: 'remote' },
    ]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('cdn.example');
    expect(html).toMatch(/<figure[^>]*article-image-placeholder[^>]*data-not-text[^>]*>远程图片<\/figure><p/);
    expect(html).toMatch(/第二段。<\/p><figure[^>]*title="remote"[^>]*>remote<\/figure>/);
  });
});
