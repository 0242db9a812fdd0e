/** File-system errors as sentences a person understands, with no import machinery attached. */

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
