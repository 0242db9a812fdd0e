/**
 * Reading ZIP containers (DOCX, EPUB, ODT) with fflate, within limits: the entries' total
 * uncompressed size and their count are capped before anything is inflated, so a zip bomb is
 * refused instead of filling memory.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ImportRefusal } from '../types';

/** Total uncompressed size of the entries Gloss inflates from one file. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

export const ZIP_MESSAGES = {
  bomb: `The archive inside this file would unpack to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB; Gloss does not unpack it (it may be a zip bomb).`,
  damaged: 'The file is a damaged ZIP container: Gloss could not read its contents.',
} as const;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Names and uncompressed sizes of the entries, read from the archive's directory. */
export function zipEntries(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file);
        return false;
      },
    });
  } catch {
    throw new ImportRefusal(ZIP_MESSAGES.damaged, 'zip-damaged');
  }
  return entries;
}

/** Inflates the entries `wanted` picks, refusing archives over the limits. */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): Record<string, Uint8Array> {
  const entries = zipEntries(bytes);
  if (entries.length > MAX_ENTRIES) throw new ImportRefusal(ZIP_MESSAGES.bomb, 'zip-bomb');
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > MAX_UNZIPPED_BYTES) throw new ImportRefusal(ZIP_MESSAGES.bomb, 'zip-bomb');
  try {
    return unzipSync(bytes, { filter: (file) => wanted(file.name) });
  } catch {
    throw new ImportRefusal(ZIP_MESSAGES.damaged, 'zip-damaged');
  }
}

export function entryText(files: Record<string, Uint8Array>, name: string): string | null {
  const bytes = files[name];
  return bytes ? new TextDecoder('utf-8').decode(bytes) : null;
}
