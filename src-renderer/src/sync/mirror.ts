/**
 * The local mirror: a PouchDB database of the encrypted documents, which PouchDB's replicator
 * keeps in step with the server (live, with retries, back-off and checkpoints). Gloss's Dexie
 * database stays what the app reads; push.ts and apply.ts move records between the two.
 */
import type { PouchDatabase } from 'pouchdb-core';
import type { EncryptedDoc } from './sync-doc';
import type { RevisionHistory } from './revisions';
import { writeOwn } from './arrivals';
import { rememberOwnDocs } from './own-docs';

/** A mirror document as read with `revs: true`. */
export type MirrorDoc = EncryptedDoc & { _rev: string; _revisions?: RevisionHistory; r?: number };

/** The part of a PouchDB database the sync engine uses (the app's mirror, or a test's). */
export type MirrorDb = PouchDatabase;

/** Only Gloss's record documents (not the key check, not design documents). */
export function isRecordDocId(id: string): boolean {
  return /^g[0-9a-f]{40}$/.test(id);
}

/** The sequence number of a database's info (a number for the local mirror; 0 when unknown). */
export function seqOf(info: { update_seq: number | string }): number {
  return Number(info.update_seq) || 0;
}

/** The mirror's latest sequence number: one per revision written into it. */
export async function mirrorSeq(mirror: MirrorDb): Promise<number> {
  return seqOf(await mirror.info());
}

export async function getRevision(mirror: MirrorDb, id: string, rev: string): Promise<MirrorDoc | null> {
  try {
    return (await mirror.get(id, { rev, revs: true, attachments: true })) as unknown as MirrorDoc;
  } catch {
    return null;
  }
}

/** Every leaf revision of a document (live and deleted), with its history. */
export async function getLeaves(mirror: MirrorDb, id: string): Promise<MirrorDoc[]> {
  const results = (await mirror.get(id, {
    open_revs: 'all',
    revs: true,
    attachments: true,
  } as never)) as unknown as {
    ok?: MirrorDoc;
  }[];
  return results.flatMap((result) => (result.ok ? [result.ok] : []));
}

const beforeOwnWrites = new WeakMap<MirrorDb, () => Promise<void>>();

/**
 * Runs `before` ahead of every write of this computer's own revisions into the mirror (not the
 * replicator's), until the returned function is called.
 */
export function watchOwnWrites(mirror: MirrorDb, before: () => Promise<void>): () => void {
  beforeOwnWrites.set(mirror, before);
  return () => {
    if (beforeOwnWrites.get(mirror) === before) beforeOwnWrites.delete(mirror);
  };
}

/** Writes revisions with the ids Gloss chose (CouchDB's new_edits: false). */
export async function writeRevisions(mirror: MirrorDb, docs: object[]): Promise<void> {
  if (docs.length === 0) return;
  await beforeOwnWrites.get(mirror)?.();
  const results = (await writeOwn(mirror, docs, { new_edits: false })) as {
    error?: string;
    reason?: string;
  }[];
  const failed = results.find((result) => result && 'error' in result && result.error);
  if (failed) throw new Error(`The local sync copy refused a document: ${failed.reason ?? failed.error}`);
  rememberOwnDocs(mirror, docs);
}
