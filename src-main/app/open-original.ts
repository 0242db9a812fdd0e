/**
 * "Open original": hands an article's kept bytes to the system's default app. The file the
 * article came from is opened when it is still there with the same bytes; otherwise a copy is
 * written to a temporary folder under a name whose extension follows what the bytes are (a PDF
 * is always `.pdf`), so a renamed program can never be launched this way.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { detectFormat } from '../import/detect-format';
import type { ArticleFormat } from '../ipc/contract';

const EXTENSION: Record<ArticleFormat, string> = {
  pdf: 'pdf',
  docx: 'docx',
  doc: 'doc',
  epub: 'epub',
  odt: 'odt',
  html: 'html',
  mhtml: 'mhtml',
  markdown: 'md',
  txt: 'txt',
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return (
    a.length === b.length &&
    Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length))
  );
}

/** The path to open: the original file if unchanged, else a fresh copy; null when unreadable. */
export async function originalToOpen(
  bytes: Uint8Array,
  fileName: string,
  originalPath: string | null,
  tempRoot: string,
): Promise<string | null> {
  const verdict = detectFormat(fileName, bytes);
  if (!('format' in verdict)) return null;
  if (originalPath && isAbsolute(originalPath)) {
    const current = await readFile(originalPath).catch(() => null);
    if (current && sameBytes(new Uint8Array(current), bytes)) return originalPath;
  }
  const stem =
    fileName
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
      .slice(0, 80) || 'original';
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const folder = join(tempRoot, 'gloss-originals', digest);
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${stem}.${EXTENSION[verdict.format]}`);
  await writeFile(path, bytes);
  return path;
}
