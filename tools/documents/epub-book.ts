/**
 * EPUB producer: Gloss's own small EPUB 3 writer (fflate for the ZIP): the `mimetype` entry
 * stored first, container.xml, an OPF with metadata, manifest and spine, and one XHTML file per
 * chapter (the text cut into chapters of about 1,500 characters, each with a heading).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SourceParagraph, SourceText } from './source-texts';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The chapters, each starting with its heading (part of the reference text). */
export function chaptersOf(text: SourceText): SourceParagraph[][] {
  const chapters: SourceParagraph[][] = [];
  let current: SourceParagraph[] = [];
  let size = 0;
  for (const p of text.paragraphs) {
    if (current.length === 0) current.push({ kind: 'heading', text: `第${chapters.length + 1}章` });
    current.push(p);
    size += p.text.length;
    if (size > 1500) {
      chapters.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) chapters.push(current);
  return chapters;
}

export function epubBook(text: SourceText, chapters: SourceParagraph[][]): Uint8Array {
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(
      `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`,
    ),
  };
  const items: string[] = [];
  const refs: string[] = [];
  chapters.forEach((chapter, i) => {
    const body = chapter
      .map((p) => (p.kind === 'heading' ? `<h2>${escapeXml(p.text)}</h2>` : `<p>${escapeXml(p.text)}</p>`))
      .join('\n');
    files[`OEBPS/text/ch${i + 1}.xhtml`] = strToU8(
      `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN"><head><title>${i + 1}</title><script>document.title='x'</script></head><body>${i === 0 ? `<h1>${escapeXml(text.title)}</h1>` : ''}${body}</body></html>`,
    );
    items.push(`<item id="ch${i + 1}" href="text/ch${i + 1}.xhtml" media-type="application/xhtml+xml"/>`);
    refs.push(`<itemref idref="ch${i + 1}"/>`);
  });
  // The spine lists chapters in reading order; the manifest deliberately lists them backwards.
  files['OEBPS/content.opf'] = strToU8(
    `<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">${text.id}</dc:identifier><dc:title>${escapeXml(text.title)}</dc:title><dc:creator>${escapeXml(text.author)}</dc:creator><dc:date>${text.date}</dc:date><dc:language>zh-CN</dc:language></metadata><manifest>${items.reverse().join('')}</manifest><spine>${refs.join('')}</spine></package>`,
  );
  return zipSync(files);
}
