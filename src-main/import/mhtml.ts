/**
 * MHTML (a page a browser saved as one MIME file) → article. The multipart/related body is
 * split at its boundary, the text/html part decoded from quoted-printable or base64 and then
 * from its charset, and the page goes through the HTML extractor. Image parts supply the
 * page's images (mhtml-images.ts); other parts (CSS, frames) are not used.
 */
import { decodeBytes } from './decode';
import { extractHtml } from './extract-html';
import { type MhtmlImagePart, mhtmlImageLoader } from './mhtml-images';
import { type DecodedText, type ExtractedArticle, ImportRefusal } from './types';

interface MimePart {
  headers: Record<string, string>;
  body: string;
}

/** Bytes as a binary string: one character per byte, so offsets and bytes agree. */
function binaryString(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function bytesOf(binary: string): Uint8Array {
  return new Uint8Array(Buffer.from(binary, 'latin1'));
}

/** Header block → lower-case names to values, folded lines unfolded. */
function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (m) headers[m[1].toLowerCase()] = m[2].trim();
  }
  return headers;
}

function splitHeaders(text: string): MimePart {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { headers: parseHeaders(text), body: '' };
  return { headers: parseHeaders(text.slice(0, m.index)), body: text.slice(m.index + m[0].length) };
}

/** A parameter of a header value: boundary="----=_Part", charset=gbk. */
export function headerParam(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

export function decodeQuotedPrintable(binary: string): Uint8Array {
  const text = binary.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(out);
}

function decodeBody(part: MimePart): Uint8Array {
  const encoding = (part.headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'base64')
    return new Uint8Array(Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return bytesOf(part.body);
}

/** The parts of a MIME message (one part when it is not multipart). */
export function mimeParts(bytes: Uint8Array): MimePart[] {
  const top = splitHeaders(binaryString(bytes).replace(/^\uFEFF/, ''));
  const type = top.headers['content-type'] ?? '';
  const boundary = headerParam(type, 'boundary');
  if (!/^multipart\//i.test(type) || !boundary) return [top];
  const parts: MimePart[] = [];
  const delimiter = `--${boundary}`;
  const chunks = top.body.split(delimiter);
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    parts.push(splitHeaders(chunk.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, '')));
  }
  return parts;
}

export function extractMhtml(
  bytes: Uint8Array,
  options: { forcedEncoding?: string; savedAt?: string | null },
): { decoded: DecodedText; article: ExtractedArticle } {
  const parts = mimeParts(bytes);
  const html = parts.find((p) => /^text\/html/i.test(p.headers['content-type'] ?? '')) ?? null;
  if (!html) throw new ImportRefusal('This MHTML file holds no web page (no text/html part).', 'no-web-page');
  const body = decodeBody(html);
  const charset = headerParam(html.headers['content-type'] ?? '', 'charset');
  let decoded: DecodedText;
  if (options.forcedEncoding)
    decoded = decodeBytes(body, { forcedEncoding: options.forcedEncoding, html: true });
  else if (charset && isKnownEncoding(charset)) {
    const text = new TextDecoder(charset).decode(body);
    decoded = {
      text,
      encoding: new TextDecoder(charset).encoding,
      source: 'meta',
      replaced: (text.match(/\uFFFD/g) ?? []).length,
    };
  } else decoded = decodeBytes(body, { html: true });
  const location = html.headers['content-location'] ?? '';
  const loadImage = mhtmlImageLoader(parts.filter((p) => p !== html).map(imagePart), location || null);
  // The file's own header says when it was saved ("Date: …"): no later day is the page's date.
  const savedHeader = /^Date:\s*(.+)$/im.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))?.[1];
  const savedParsed = savedHeader ? Date.parse(savedHeader) : NaN;
  const savedAt = Number.isNaN(savedParsed) ? (options.savedAt ?? null) : new Date(savedParsed).toISOString();
  return {
    decoded,
    article: extractHtml(decoded.text, {
      fileName: location || 'page.mhtml',
      loadImage,
      savedAt,
      pageAddress: /^https?:/i.test(location) ? location : null,
    }),
  };
}

function imagePart(part: MimePart): MhtmlImagePart {
  return {
    type: part.headers['content-type'] ?? '',
    location: part.headers['content-location'] ?? null,
    contentId: part.headers['content-id'] ?? null,
    encodedLength: part.body.length,
    decode: () => decodeBody(part),
  };
}

function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
