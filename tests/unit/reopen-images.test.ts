/** Reopening with another encoding keeps the pictures embedded at import when the page's images are the same. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { keepEmbeddedImages } from '../../src-renderer/src/reader/article-content-store';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('keepEmbeddedImages', () => {
  it('gives each placeholder the picture its image had before', () => {
    const before = [
      { beforeBlock: 0, src: PNG, alt: '图一' },
      { beforeBlock: 3, src: null, alt: 'remote' },
    ];
    const after = [
      { beforeBlock: 0, src: null, alt: '鍥句竴' },
      { beforeBlock: 3, src: null, alt: 'remote' },
    ];
    expect(keepEmbeddedImages(before, after)).toEqual([
      { beforeBlock: 0, src: PNG, alt: '鍥句竴' },
      { beforeBlock: 3, src: null, alt: 'remote' },
    ]);
  });

  it('keeps the new extraction as it is when the images differ in number or were absent', () => {
    const after = [{ beforeBlock: 0, src: null, alt: 'a' }];
    expect(keepEmbeddedImages([], after)).toBe(after);
    expect(keepEmbeddedImages(undefined, after)).toBe(after);
    expect(
      keepEmbeddedImages(
        [
          { beforeBlock: 0, src: PNG, alt: 'a' },
          { beforeBlock: 1, src: PNG, alt: 'b' },
        ],
        after,
      ),
    ).toBe(after);
    expect(keepEmbeddedImages([{ beforeBlock: 0, src: PNG, alt: 'a' }], undefined)).toBeUndefined();
  });
});
