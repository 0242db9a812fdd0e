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
  };
  const kind = (code && kinds[code]) || 'unreadable';
  const detail = kind === 'unreadable' ? (error instanceof Error ? error.message : String(error)) : undefined;
  return { reason: describeFsError(error), kind, detail };
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'The file is no longer there (moved or deleted before Gloss could read it).';
    case 'EACCES':
    case 'EPERM':
      return 'Gloss is not allowed to read this file (permission denied).';
    case 'EISDIR':
      return 'This is a folder, not a file; use Import Folder to import the files inside it.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open at once; try the import again.';
    case 'EIO':
      return 'The disk reported an error while reading this file.';
    default:
      return `Gloss could not read this file (${error instanceof Error ? error.message : String(error)}).`;
  }
}
