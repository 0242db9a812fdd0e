/**
 * Reads images from the folder of an HTML file on disk, for the import pipeline's image
 * loader. Only regular files whose real path (symlinks resolved) lies inside the page's real
 * folder are read, and only up to the image size limit; anything else, and any error, is null,
 * so the image stays a placeholder. Synchronous because extraction is: it runs in the import
 * worker, off the main thread.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { LocalImageReader } from './page-folder-images';
import { MAX_IMAGE_BYTES } from './raster-image';

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

/** A reader for the images beside the page at `pagePath`. */
export function pageFolderImageReader(pagePath: string): LocalImageReader {
  let folder: string | undefined;
  return (relativePath) => {
    try {
      folder ??= realpathSync(dirname(resolve(pagePath)));
      const real = realpathSync(resolve(folder, ...relativePath.split('/')));
      if (!isInside(folder, real)) return null;
      const info = statSync(real);
      if (!info.isFile() || info.size > MAX_IMAGE_BYTES) return null;
      return new Uint8Array(readFileSync(real));
    } catch {
      return null;
    }
  };
}
