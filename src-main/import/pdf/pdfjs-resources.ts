/**
 * The files pdf.js reads besides the PDF itself: the character maps (cMaps) of the predefined
 * CJK encodings (`UniGB-UCS2-H`, `GBK-EUC-H`, `Adobe-GB1-UCS2`…), which a PDF whose Chinese font
 * is not embedded names instead of carrying its own. They ship with pdfjs-dist; each is read
 * from disk once per thread and kept for every later document (pdf.js itself keeps them for one
 * document only). Nothing else is loaded: no standard fonts, no WebAssembly, nothing remote.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** pdfjs-dist's cMap folder, with the trailing slash pdf.js requires. */
function cMapFolder(): string {
  const packageJson = createRequire(__filename).resolve('pdfjs-dist/package.json');
  return `${join(dirname(packageJson), 'cmaps')}/`;
}

/** The getDocument options that point pdf.js at the packed cMaps (what a bare pdf.js user passes). */
export const PDFJS_RESOURCES = { cMapUrl: cMapFolder(), cMapPacked: true } as const;

const cMaps = new Map<string, Promise<Uint8Array>>();
let filesRead = 0;

/** How many times this thread has read a cMap file from disk (tests check the cache with it). */
export function cMapFilesRead(): number {
  return filesRead;
}

/**
 * pdf.js's BinaryDataFactory, with the files kept: pdf.js constructs one per document with
 * { cMapUrl, standardFontDataUrl, wasmUrl } and asks it for `{ kind, filename }`.
 */
export class CachedBinaryDataFactory {
  private readonly cMapUrl: string | null;

  constructor({ cMapUrl }: { cMapUrl?: string | null }) {
    this.cMapUrl = cMapUrl ?? null;
  }

  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    // pdf.js only asks for the cMaps on its own list; the name still never leaves the folder.
    if (kind !== 'cMapUrl' || !this.cMapUrl || !/^[\w.-]+\.bcmap$/.test(filename))
      throw new Error(`Gloss does not give pdf.js ${kind} data (${filename}).`);
    const path = `${this.cMapUrl}${filename}`;
    let data = cMaps.get(path);
    if (!data) {
      filesRead++;
      data = readFile(path).then((buffer) => new Uint8Array(buffer));
      cMaps.set(path, data);
      data.catch(() => cMaps.delete(path));
    }
    // A copy: pdf.js may hand the bytes on to its worker side, which owns them from then on.
    return (await data).slice();
  }
}
