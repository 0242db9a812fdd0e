/**
 * Which kind of file this is, by content as well as by extension.
 * Returns a format Gloss can read, or a sentence saying why not.
 */
import type { ArticleFormat } from '../ipc/contract';
import { utf16WithoutBom, utf32WithoutBom } from './decode';
import { notADocument, sniffDocument } from './documents/sniff-document';

export type FormatVerdict =
  | { format: ArticleFormat }
  | { unsupported: string; kind: 'not-a-document' | 'binary-data'; detail?: string };

const TEXT_EXTENSIONS: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mhtml: 'mhtml',
  mht: 'mhtml',
};

const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'doc', 'epub', 'odt'];

/** Extensions the folder import picks up. */
export const SUPPORTED_EXTENSIONS = [...Object.keys(TEXT_EXTENSIONS), ...DOCUMENT_EXTENSIONS];

const KNOWN_UNSUPPORTED: Record<string, string> = {
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  zip: 'ZIP archive',
};

export function extensionOf(fileName: string): string {
  // A saved page's name may keep its URL's query: show.aspx?id=88.
  const name = fileName.replace(/[?#].*$/s, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Magic numbers of binary formats people rename by mistake. */
function sniffBinary(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'JPEG image';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'GIF image';
  if (starts(0x7f, 0x45, 0x4c, 0x46)) return 'program (ELF)';
  return null;
}

/** Share of bytes that are control characters no text file has (NUL and friends). */
export function binaryByteShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return 0;
  // UTF-16 text is full of NUL bytes; it is recognised by its BOM or its NUL pattern elsewhere.
  let control = 0;
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  return control / sample.length;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0 && i % 2 === 0) evenNul++;
    else if (sample[i] === 0) oddNul++;
  }
  const half = sample.length / 2;
  return half > 8 && (evenNul / half > 0.3 || oddNul / half > 0.3) && Math.min(evenNul, oddNul) / half < 0.05;
}

export function detectFormat(fileName: string, bytes: Uint8Array): FormatVerdict {
  const ext = extensionOf(fileName);
  const document = sniffDocument(bytes);
  if (document) return document;
  const binary = sniffBinary(bytes);
  if (binary) return notADocument(`${binary} file`);
  // Chinese UTF-16 without a BOM has too few NULs for looksLikeUtf16: the decoder's reading decides.
  if (
    !looksLikeUtf16(bytes) &&
    binaryByteShare(bytes) > 0.02 &&
    utf16WithoutBom(bytes) === null &&
    !utf32WithoutBom(bytes)
  ) {
    const known = KNOWN_UNSUPPORTED[ext] ?? (DOCUMENT_EXTENSIONS.includes(ext) ? ext.toUpperCase() : null);
    return {
      unsupported: `it holds binary data, not text${known ? ` (and is not a readable ${known} file)` : ''}: not a document Gloss can read`,
      kind: 'binary-data',
      detail: known ?? undefined,
    };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).toLowerCase();
  if (/^mime-version:|content-type:\s*multipart\/related/m.test(head)) return { format: 'mhtml' };
  const byExt = TEXT_EXTENSIONS[ext];
  if (byExt === 'mhtml') return { format: 'mhtml' };
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<html)/.test(head.replace(/^\ufeff/, '')))
    return { format: 'html' };
  if (byExt) return { format: byExt };
  // A page saved under a server's name (index.php, page.aspx, 1234) is HTML by its tags.
  return { format: looksLikeHtml(head) ? 'html' : 'txt' };
}

/** Markup a saved page starts with, even without a doctype: <meta>, <title>, <body>, <div>… */
function looksLikeHtml(head: string): boolean {
  const tags = head.match(/<(meta|title|body|div|p|script|link|style|table|span|a)[\s>/]/g)?.length ?? 0;
  const closing = head.match(/<\/(title|body|div|p|head|span|a|table)>/g)?.length ?? 0;
  return tags >= 2 && closing >= 1;
}
