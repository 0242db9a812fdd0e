/** File-system errors as sentences a person understands, with no import machinery attached. */
import type { ImportFailure } from '../ipc/contract';

/** A file-system error as a failure's sentence, kind and detail. */
export function fsFailure(error: unknown): Pick<ImportFailure, 'reason' | 'kind' | 'detail'> {
  const code = (error as { code?: string } | null)?.code;
  const kinds: Record<string, ImportFailure['kind']> = {
    ENOENT: 'missing',
    EACCES: 'permission',
    EPERM: 'permission',
    EISDIR: 'is-folder',
    EMFILE: 'too-many-open',
    ENFILE: 'too-many-open',
    EIO: 'disk-error',
    ELOOP: 'link-loop',
    ENAMETOOLONG: 'path-too-long',
    ENOTDIR: 'missing',
  };
  const reason = describeFsError(error);
  if (reason === INVALID_NAME) return { reason, kind: 'invalid-name' };
  const kind = (code && kinds[code]) || 'unreadable';
  const detail = kind === 'unreadable' ? (error instanceof Error ? error.message : String(error)) : undefined;
  return { reason, kind, detail };
}

export const INVALID_NAME =
  'The name of this file or folder is not valid text (it was written in another encoding), ' +
  'so Gloss cannot open it; rename it and import again.';

export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const path = (error as { path?: unknown } | null)?.path;
  switch (code) {
    case 'ENOENT':
      // A name that is not valid UTF-8 reaches Gloss with U+FFFD in it and names no file.
      if (typeof path === 'string' && path.includes('\uFFFD')) return INVALID_NAME;
      return 'The file is no longer there (moved or deleted before Gloss could read it).';
    case 'EACCES':
    case 'EPERM':
      return 'Gloss is not allowed to read this file (permission denied).';
    case 'EISDIR':
      return 'This is a folder, not a file; use Import Folder to import the files inside it.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open at once; try the import again.';
    case 'ELOOP':
      return 'This is a link that leads back to itself (a loop of symbolic links), so there is no file to read.';
    case 'ENAMETOOLONG':
      return 'The path of this file is too long for this system to open.';
    case 'ENOTDIR':
      return 'A folder on the way to this file is not a folder any more (moved or replaced).';
    case 'EIO':
      return 'The disk reported an error while reading this file.';
    default:
      return `Gloss could not read this file (${error instanceof Error ? error.message : String(error)}).`;
  }
}
