/**
 * Documents recognised by their bytes: an EPUB whose package file is missing is still read as an
 * EPUB (so its reader can say what is missing), with or without the stored `mimetype` entry.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { sniffDocument } from '../../src-main/import/documents/sniff-document';

const CONTAINER =
  '<?xml version="1.0"?><container><rootfiles><rootfile full-path="OEBPS/missing.opf"/></rootfiles></container>';

describe('sniffing a document', () => {
  it('reads a container without its package as an EPUB, with or without the mimetype entry', () => {
    const stored = zipSync({
      mimetype: [strToU8('application/epub+zip'), { level: 0 }],
      'META-INF/container.xml': strToU8(CONTAINER),
    });
    const bare = zipSync({ 'META-INF/container.xml': strToU8(CONTAINER) });
    expect(sniffDocument(stored)).toEqual({ format: 'epub' });
    expect(sniffDocument(bare)).toEqual({ format: 'epub' });
  });

  it('still calls a ZIP of other files a ZIP archive', () => {
    const zip = zipSync({
      'notes.txt': strToU8('hello'),
      'META-INF/MANIFEST.MF': strToU8('Manifest-Version: 1.0'),
    });
    expect(sniffDocument(zip)).toMatchObject({ kind: 'not-a-document', detail: 'ZIP archive' });
  });
});
