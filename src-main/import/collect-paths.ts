/**
 * Turns what the person chose or dropped (files and folders) into the list of files to import:
 * folders are walked recursively for supported extensions; a folder with none says so.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportFailure } from '../ipc/contract';
import { extensionOf, SUPPORTED_EXTENSIONS } from './detect-format';
import { fsFailure } from './fs-errors';

export interface CollectedPaths {
  files: string[];
  failures: ImportFailure[];
}

const MAX_FILES = 20_000;

async function walk(folder: string, out: string[], depth: number): Promise<void> {
  if (depth > 32 || out.length >= MAX_FILES) return;
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, out, depth + 1);
    else if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(extensionOf(entry.name))) out.push(full);
    if (out.length >= MAX_FILES) return;
  }
}

export async function collectImportPaths(paths: readonly string[]): Promise<CollectedPaths> {
  const files: string[] = [];
  const failures: ImportFailure[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const found: string[] = [];
        await walk(path, found, 0);
        if (found.length === 0) {
          failures.push({
            fileName: basename(path),
            path,
            reason: 'This folder has no .txt, .md, .html or .mhtml files.',
            kind: 'empty-folder',
          });
        }
        for (const file of found) {
          if (seen.has(file)) continue;
          seen.add(file);
          files.push(file);
        }
      } else if (!seen.has(path)) {
        seen.add(path);
        files.push(path);
      }
    } catch (error) {
      failures.push({ fileName: basename(path), path, ...fsFailure(error) });
    }
  }
  return { files, failures };
}
