/**
 * The images an MHTML file carries: its `image/*` parts, found by the address the page's
 * `<img src>` names. A source matches a part's Content-Location as written, as a normalised
 * URL, or once resolved against the page part's own Content-Location; a `cid:` source matches a
 * part's Content-ID. Parts are decoded only when an image asks for them. Nothing here fetches:
 * an address no part answers for stays a placeholder.
 */
import { MAX_IMAGE_BYTES, type ImageLoader } from './raster-image';

export interface MhtmlImagePart {
  /** Content-Type, e.g. "image/png". */
  type: string;
  location: string | null;
  /** Content-ID with or without its angle brackets. */
  contentId: string | null;
  /** Length of the part's body as stored (before base64 or quoted-printable decoding). */
  encodedLength: number;
  decode(): Uint8Array;
}

/** Quoted-printable can triple a body; a part longer than this cannot hold an image within the limit. */
const MAX_ENCODED_LENGTH = 3 * MAX_IMAGE_BYTES + 1024;

function normalisedUrl(address: string, base?: string): string | null {
  try {
    return new URL(address, base).href;
  } catch {
    return null;
  }
}

function contentIdKey(id: string): string {
  let key = id.trim().replace(/^<(.*)>$/s, '$1');
  try {
    key = decodeURIComponent(key);
  } catch {
    // Kept as written: a Content-ID need not be percent-encoded.
  }
  return key.toLowerCase();
}

export function mhtmlImageLoader(parts: readonly MhtmlImagePart[], pageLocation: string | null): ImageLoader {
  const byLocation = new Map<string, MhtmlImagePart>();
  const byContentId = new Map<string, MhtmlImagePart>();
  for (const part of parts) {
    if (!/^image\//i.test(part.type.trim())) continue;
    if (part.location) {
      for (const key of [part.location.trim(), normalisedUrl(part.location.trim())]) {
        if (key && !byLocation.has(key)) byLocation.set(key, part);
      }
    }
    if (part.contentId) {
      const key = contentIdKey(part.contentId);
      if (key !== '' && !byContentId.has(key)) byContentId.set(key, part);
    }
  }
  const decoded = new Map<MhtmlImagePart, Uint8Array>();
  const base = pageLocation ? (normalisedUrl(pageLocation) ?? undefined) : undefined;
  return (src) => {
    const address = src.trim();
    const part = /^cid:/i.test(address)
      ? byContentId.get(contentIdKey(address.slice(4)))
      : [address, normalisedUrl(address), base ? normalisedUrl(address, base) : null]
          .map((key) => (key ? byLocation.get(key) : undefined))
          .find((found) => found !== undefined);
    if (!part || part.encodedLength > MAX_ENCODED_LENGTH) return null;
    let bytes = decoded.get(part);
    if (!bytes) {
      bytes = part.decode();
      decoded.set(part, bytes);
    }
    return bytes;
  };
}
