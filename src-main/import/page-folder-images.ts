/**
 * Images a saved HTML page keeps in its own folder ("Save page, complete" writes
 * `Page_files/a.jpg` beside `Page.html`). An `<img src>` is accepted only as a relative path
 * that stays inside the page's folder; remote addresses, absolute paths, other schemes (file:,
 * cid:, drive letters) and `..` that climbs out are refused before anything is read. The
 * reading itself is injected, so this module works without a file system; the reader for files
 * on disk (read-page-folder-image.ts) checks the real path again, symlinks resolved.
 */
import type { ImageLoader } from './raster-image';

/** Reads a file of the page's folder by a checked relative path ('/'-separated, no '..'). */
export type LocalImageReader = (relativePath: string) => Uint8Array | null;

function percentDecoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The folder-relative path an `<img src>` names ('Page_files/a.jpg'), or null when it names
 * anything that is not a file inside the page's folder.
 */
export function pageRelativePath(src: string): string | null {
  const path = percentDecoded(src.trim().replace(/[?#].*$/s, '')).replace(/\\/g, '/');
  // A root ('/x', '//host', '\\server') or a colon (http:, file:, cid:, data:, C:, a.png:stream)
  // never names a file of the folder; checked after decoding, so %2F and %3A cannot hide them.
  if (path.startsWith('/') || /[\0:]/.test(path)) return null;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length > 0 ? segments.join('/') : null;
}

/** An image loader over a page's folder: relative sources inside it are read, all others refused. */
export function pageFolderImageLoader(read: LocalImageReader): ImageLoader {
  return (src) => {
    const relative = pageRelativePath(src);
    return relative === null ? null : read(relative);
  };
}
