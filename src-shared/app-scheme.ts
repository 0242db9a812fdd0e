/**
 * The rules of Gloss's own scheme, `app://gloss/…`, which serves the window's files from the
 * built renderer folder: which request paths name a file of that folder (nothing with `..`,
 * backslashes, encoded slashes or odd characters; no other host), and the MIME type each file is
 * sent with. Pure: the main process joins the answer to the folder and checks the real path.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'gloss';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  map: 'application/json',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
};

/** One segment of a served path: letters, digits and `_ - . @ ~ +`, never starting with a dot. */
const SEGMENT = /^[A-Za-z0-9_\-.@~+]+$/;
const MAX_PATH_LENGTH = 512;

export type AppPathAnswer =
  { ok: true; relativePath: string; mimeType: string } | { ok: false; status: 400 | 404; reason: string };

/** The MIME type a served file is sent with, from its extension; unknown types are refused. */
export function mimeTypeOf(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  return MIME_TYPES[fileName.slice(dot + 1).toLowerCase()] ?? null;
}

/**
 * Which file of the renderer folder a request for `app://<host><pathname>` names, as a relative
 * path with `/` separators, or why it names none. `pathname` is as the URL parser leaves it
 * (still percent-encoded); `/` is the index page.
 */
export function resolveAppPath(url: { protocol: string; host: string; pathname: string }): AppPathAnswer {
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST)
    return { ok: false, status: 404, reason: 'not the app’s own address' };
  if (url.pathname.length > MAX_PATH_LENGTH) return { ok: false, status: 400, reason: 'path too long' };
  const pathname = url.pathname === '/' || url.pathname === '' ? '/index.html' : url.pathname;
  if (!pathname.startsWith('/')) return { ok: false, status: 400, reason: 'relative path' };
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'malformed percent-encoding' };
    }
    if (segment === '' || segment.startsWith('.') || !SEGMENT.test(segment))
      return { ok: false, status: 404, reason: `path segment refused: ${JSON.stringify(segment)}` };
    segments.push(segment);
  }
  const fileName = segments[segments.length - 1];
  const mimeType = mimeTypeOf(fileName);
  if (!mimeType) return { ok: false, status: 404, reason: `no known type for ${fileName}` };
  return { ok: true, relativePath: segments.join('/'), mimeType };
}
