/**
 * Recognises the binary document formats Gloss reads by their bytes, whatever the file is
 * called: PDF by its header, DOCX, EPUB and ODT by the manifest inside their ZIP container,
 * legacy Word by its OLE2 header. Returns null for everything else (text, or another binary).
 */
import type { DocumentFormat } from '../../ipc/contract';
import { isZip, zipEntries } from './zip';

export type DocumentVerdict =
  { format: DocumentFormat } | { unsupported: string; kind: 'not-a-document'; detail: string } | null;

/** "it is a PNG image file, not a document Gloss can read". */
export function notADocument(what: string) {
  return {
    unsupported: `it is a ${what}, not text and not a document Gloss can read`,
    kind: 'not-a-document',
    detail: what,
  } as const;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The `mimetype` entry EPUB and ODT store first and uncompressed. */
function storedMimetype(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 38));
  if (head !== 'mimetype') return null;
  const text = new TextDecoder('latin1').decode(bytes.subarray(38, 38 + 80));
  return /^[a-z0-9.+\-/]+/.exec(text)?.[0] ?? null;
}

export function sniffDocument(bytes: Uint8Array): DocumentVerdict {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (head.startsWith('%PDF-') || (head.includes('%PDF-') && tail.includes('%%EOF')))
    return { format: 'pdf' };
  if (OLE2.every((b, i) => bytes[i] === b)) return { format: 'doc' };
  if (!isZip(bytes)) return null;
  const mimetype = storedMimetype(bytes);
  if (mimetype === 'application/epub+zip') return { format: 'epub' };
  if (mimetype === 'application/vnd.oasis.opendocument.text') return { format: 'odt' };
  let names: string[];
  try {
    names = zipEntries(bytes).map((e) => e.name);
  } catch {
    return notADocument('damaged ZIP archive');
  }
  if (names.includes('word/document.xml')) return { format: 'docx' };
  // An EPUB whose package file is missing is still an EPUB: its reader says what is missing.
  if (names.includes('META-INF/container.xml')) return { format: 'epub' };
  if (names.includes('content.xml') && names.includes('META-INF/manifest.xml')) return { format: 'odt' };
  return notADocument('ZIP archive');
}
