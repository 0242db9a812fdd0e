/**
 * Images an article may carry: raster pictures only (PNG, JPEG, GIF, WebP, AVIF, BMP), known by
 * their first bytes rather than by a name or a declared type, within a size limit, embedded as
 * `data:` URLs. SVG is never embedded: it is a document that can carry script. Where the bytes
 * come from (a `data:` URL, the saved page's folder, an MHTML part) is the caller's business:
 * the embedder only asks an injected loader and never reaches the network or the disk itself.
 */

/** One image larger than this stays a placeholder. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Images of one article together; those past it stay placeholders. */
export const MAX_ARTICLE_IMAGE_BYTES = 20 * 1024 * 1024;

/** The bytes an `<img src>` stands for, or null when they are not at hand. Never fetches. */
export type ImageLoader = (src: string) => Uint8Array | null;

function startsWith(bytes: Uint8Array, at: number, ascii: string): boolean {
  if (bytes.length < at + ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

/** AVIF is an ISO-BMFF file whose `ftyp` box names avif/avis as its brand or a compatible one. */
function isAvif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, 4, 'ftyp')) return false;
  const boxEnd = Math.min(bytes.length, uint32(bytes, 0));
  for (let at = 8; at + 4 <= boxEnd; at += at === 8 ? 8 : 4) {
    if (startsWith(bytes, at, 'avif') || startsWith(bytes, at, 'avis')) return true;
  }
  return false;
}

/** BMP's two-byte signature is weak; the DIB header size that follows must be a real one too. */
function isBmp(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, 0, 'BM') || bytes.length < 26) return false;
  const dibSize = bytes[14] | (bytes[15] << 8) | (bytes[16] << 16) | (bytes[17] << 24);
  return [12, 40, 52, 56, 64, 108, 124].includes(dibSize);
}

/** The MIME type of a raster image from its first bytes, or null for anything else (SVG included). */
export function rasterMimeType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (startsWith(bytes, 0, 'GIF87a') || startsWith(bytes, 0, 'GIF89a')) return 'image/gif';
  if (startsWith(bytes, 0, 'RIFF') && startsWith(bytes, 8, 'WEBP')) return 'image/webp';
  if (isAvif(bytes)) return 'image/avif';
  if (isBmp(bytes)) return 'image/bmp';
  return null;
}

const DATA_URL = /^data:[^,;]*(?:;[^,;]*)*;base64,([a-z0-9+/=\s]*)$/i;

/** The bytes of a base64 `data:` URL, or null (not base64, or too large to be worth decoding). */
function dataUrlBytes(src: string): Uint8Array | null {
  const m = DATA_URL.exec(src);
  if (!m) return null;
  const payload = m[1].replace(/\s+/g, '');
  if ((payload.length * 3) / 4 > MAX_IMAGE_BYTES + 3) return null;
  return new Uint8Array(Buffer.from(payload, 'base64'));
}

function toDataUrl(type: string, bytes: Uint8Array): string {
  return `data:${type};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}

/**
 * An embedder for one article: turns each `<img src>` into a raster `data:` URL or null (a
 * placeholder). `data:` URLs are decoded and checked like any other bytes; other sources go to
 * `load`, and without a loader they stay placeholders. The article's budget is spent in order.
 */
export function createImageEmbedder(load?: ImageLoader): (src: string | null) => string | null {
  let spent = 0;
  return (src) => {
    const trimmed = src?.trim() ?? '';
    if (trimmed === '' || spent >= MAX_ARTICLE_IMAGE_BYTES) return null;
    let bytes: Uint8Array | null = null;
    if (/^data:/i.test(trimmed)) bytes = dataUrlBytes(trimmed);
    else if (load) {
      try {
        bytes = load(trimmed);
      } catch {
        bytes = null;
      }
    }
    if (!bytes || bytes.length === 0 || bytes.length > MAX_IMAGE_BYTES) return null;
    if (spent + bytes.length > MAX_ARTICLE_IMAGE_BYTES) return null;
    const type = rasterMimeType(bytes);
    if (!type) return null;
    spent += bytes.length;
    return toDataUrl(type, bytes);
  };
}
