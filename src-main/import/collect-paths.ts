/**
 * Turns what the person chose or dropped (files and folders) into the list of files to import:
 * folders are walked recursively for supported extensions; a folder with none says so. The
 * walk has caps (files per batch, folder depth); what a cap skipped is named in the failures,
 * as are names that are not valid text.
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportFailure } from '../ipc/contract';
import { extensionOf, SUPPORTED_EXTENSIONS } from './detect-format';
import { fsFailure, INVALID_NAME } from './fs-errors';
import { runAhead } from '../../src-shared/async/run-ahead';
import type { StatFacts } from '../app/file-facts';
import { statFactsAsync } from '../app/file-facts-async';

export interface CollectedPaths {
  files: string[];
  failures: ImportFailure[];
  /** The size of each file picked by itself (not found in a folder), as stat said. */
  sizes: Map<string, number>;
}

/** What the file system says of a path, asked without blocking (the import service asks its check thread). */
export type StatOf = (path: string) => Promise<StatFacts>;

export const MAX_FILES = 20_000;
export const MAX_DEPTH = 32;
/** Folders skipped for depth that are named one by one; the rest are counted. */
const NAMED_SKIPS = 20;

interface Walk {
  out: string[];
  failures: ImportFailure[];
  /** The first file left out by the file cap, and how many folders were not finished. */
  overflow: { first: string } | null;
  deepFolders: string[];
  isCancelled(): boolean;
}

/** Whether a name read as bytes is valid UTF-8 (else Node would hand out a mangled name). */
function isValidName(name: Buffer): boolean {
  return Buffer.from(name.toString('utf8'), 'utf8').equals(name);
}

async function walk(folder: string, state: Walk, depth: number): Promise<void> {
  if (state.isCancelled() || state.overflow) return;
  if (depth > MAX_DEPTH) {
    state.deepFolders.push(folder);
    return;
  }
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    state.failures.push({ fileName: basename(folder), path: folder, ...fsFailure(error) });
    return;
  }
  const named = entries.map((entry) => ({ entry, name: entry.name.toString('utf8') }));
  named.sort((a, b) => a.name.localeCompare(b.name));
  for (const { entry, name } of named) {
    if (name.startsWith('.')) continue;
    const full = join(folder, name);
    const wanted =
      entry.isDirectory() || (entry.isFile() && SUPPORTED_EXTENSIONS.includes(extensionOf(name)));
    if (!wanted) continue;
    if (!isValidName(entry.name)) {
      state.failures.push({
        fileName: name,
        path: full,
        reason: INVALID_NAME,
        kind: 'invalid-name',
      });
      continue;
    }
    if (entry.isDirectory()) await walk(full, state, depth + 1);
    else if (state.out.length >= MAX_FILES) state.overflow ??= { first: full };
    else state.out.push(full);
    if (state.overflow || state.isCancelled()) return;
  }
}

function capFailures(root: string, state: Walk): ImportFailure[] {
  const failures: ImportFailure[] = [];
  if (state.overflow) {
    failures.push({
      fileName: basename(root),
      path: state.overflow.first,
      reason:
        `Gloss imports at most ${MAX_FILES.toLocaleString('en-US')} files at a time: it stopped at ` +
        `“${state.overflow.first}”, and that file and the ones after it were not imported. ` +
        'Import the rest of the folder in a second batch.',
      kind: 'too-many-files',
      detail: state.overflow.first,
    });
  }
  for (const folder of state.deepFolders.slice(0, NAMED_SKIPS)) {
    failures.push({
      fileName: basename(folder),
      path: folder,
      reason: `Gloss did not look inside this folder: it is more than ${MAX_DEPTH} folders deep.`,
      kind: 'too-deep-folder',
    });
  }
  const more = state.deepFolders.length - NAMED_SKIPS;
  if (more > 0) {
    failures.push({
      fileName: basename(root),
      path: root,
      reason: `${more} more folders more than ${MAX_DEPTH} levels deep were not looked into.`,
      kind: 'too-deep-folders',
      detail: String(more),
    });
  }
  return failures;
}

/** Paths stated this many at a time ahead of the one being looked at: hundreds of picked files. */
const STATS_AHEAD = 512;

export async function collectImportPaths(
  paths: readonly string[],
  isCancelled: () => boolean = () => false,
  statOf: StatOf = statFactsAsync,
): Promise<CollectedPaths> {
  const files: string[] = [];
  const failures: ImportFailure[] = [];
  const sizes = new Map<string, number>();
  const seen = new Set<string>();
  const infos = runAhead(paths, STATS_AHEAD, statOf);
  for (const [index, path] of paths.entries()) {
    if (isCancelled()) break;
    try {
      const info = await infos(index);
      if (!info.ok) throw Object.assign(new Error(info.message), { code: info.code, path });
      if (info.kind === 'folder') {
        const state: Walk = { out: [], failures, overflow: null, deepFolders: [], isCancelled };
        await walk(path, state, 0);
        if (state.out.length === 0 && !state.overflow && state.deepFolders.length === 0) {
          failures.push({
            fileName: basename(path),
            path,
            reason: 'This folder has no .txt, .md, .html or .mhtml files.',
            kind: 'empty-folder',
          });
        }
        for (const file of state.out) {
          if (seen.has(file)) continue;
          seen.add(file);
          files.push(file);
        }
        failures.push(...capFailures(path, state));
      } else if (!seen.has(path)) {
        seen.add(path);
        files.push(path);
        sizes.set(path, info.size);
      }
    } catch (error) {
      failures.push({ fileName: basename(path), path, ...fsFailure(error) });
    }
  }
  return { files, failures, sizes };
}
