/**
 * What went wrong with sync, in words a person can act on: the server cannot be reached (Gloss
 * retries), the name or password is wrong, the database is missing, or the server does not
 * speak CouchDB's protocol.
 */

export type SyncProblemKind =
  'offline' | 'unauthorized' | 'missing-database' | 'forbidden' | 'too-large' | 'other';

export interface SyncProblem {
  kind: SyncProblemKind;
  /** English sentence for the log. */
  message: string;
}

export function describeSyncError(error: unknown): SyncProblem {
  const record = (error ?? {}) as { status?: number; name?: string; message?: string; reason?: string };
  const detail = record.reason ?? record.message ?? String(error);
  switch (record.status) {
    case 401:
      return { kind: 'unauthorized', message: `The server refused the user name or password (${detail}).` };
    case 403:
      return {
        kind: 'forbidden',
        message: `The server does not let this user write to the database (${detail}).`,
      };
    case 404:
      return { kind: 'missing-database', message: `The database is missing on the server (${detail}).` };
    case 413:
      return {
        kind: 'too-large',
        message: `A document is larger than the server accepts: raise max_document_size (${detail}).`,
      };
  }
  if (
    !record.status ||
    record.status === 0 ||
    record.status >= 500 ||
    /fetch|network|reach|ECONN/i.test(detail)
  )
    return { kind: 'offline', message: `The server could not be reached; Gloss will retry (${detail}).` };
  return { kind: 'other', message: `Sync failed: ${detail}` };
}
