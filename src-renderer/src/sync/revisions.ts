/**
 * Revision ids Gloss writes into the mirror. A merged or resolving revision gets an id made from
 * its parent and its plain content, so two computers that resolve the same conflict the same way
 * write the same revision, and CouchDB sees one edit instead of a new conflict.
 */
import { stableJson, type SyncRecord } from '../../../src-shared/sync/merge-record';

const encoder = new TextEncoder();

export async function revisionHash(
  parentRev: string | null,
  content: SyncRecord | 'resolved',
): Promise<string> {
  const text = `${parentRev ?? ''}\u0000${content === 'resolved' ? content : stableJson(content)}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function randomRevisionHash(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

export interface RevisionHistory {
  start: number;
  ids: string[];
}

/** The `_rev` and `_revisions` of a child of a revision with this history (null: a new tree). */
export function childRevision(
  parent: RevisionHistory | null,
  hash: string,
): { _rev: string; _revisions: RevisionHistory } {
  const start = (parent?.start ?? 0) + 1;
  return { _rev: `${start}-${hash}`, _revisions: { start, ids: [hash, ...(parent?.ids ?? [])] } };
}

/** Every revision id in a history, `N-hash`, newest first. */
export function revsOf(history: RevisionHistory): string[] {
  return history.ids.map((hash, i) => `${history.start - i}-${hash}`);
}
