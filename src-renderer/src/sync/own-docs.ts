/**
 * The revisions the pusher just wrote into the mirror, kept for the replicator's sending half,
 * which reads each of them back to send it (PouchDB's IndexedDB adapter takes a few
 * transactions per document for that). A revision kept here is answered from memory when it is
 * still its document's current revision (one read of every asked document's current revision
 * tells); anything else, and revisions with an original attached, is read from the mirror.
 */
import type { PouchDatabase } from 'pouchdb-core';

/** Revisions kept at most (the replicator reads them within a batch or two of their writing). */
const MAX_KEPT = 8_000;

interface Asked {
  id: string;
  rev?: string;
}
interface BulkGetOptions {
  docs: Asked[];
  revs?: boolean;
  attachments?: boolean;
  [option: string]: unknown;
}
interface BulkGetAnswer {
  results: { id: string; docs: unknown[] }[];
}
type BulkGet = (options: BulkGetOptions, callback?: unknown) => Promise<BulkGetAnswer>;

const kept = new WeakMap<PouchDatabase, Map<string, object>>();

const keyOf = (id: string, rev: string) => `${id}\n${rev}`;

/** Keeps copies of revisions this computer writes into `mirror` (from now on) for the replicator. */
export function keepOwnDocs(mirror: PouchDatabase): void {
  if (kept.has(mirror)) return;
  const docs = new Map<string, object>();
  kept.set(mirror, docs);
  const target = mirror as unknown as { bulkGet: BulkGet };
  const read = target.bulkGet.bind(mirror) as BulkGet;
  const answer = async (options: BulkGetOptions): Promise<BulkGetAnswer> => {
    const asked = options.docs ?? [];
    const ids = new Set(asked.map((one) => one.id));
    if (options.attachments || !options.revs || ids.size !== asked.length) return read(options);
    const hits = asked.map((one) => (one.rev ? docs.get(keyOf(one.id, one.rev)) : undefined));
    if (!hits.some(Boolean)) return read(options);
    const { rows } = (await mirror.allDocs({ keys: asked.map((one) => one.id) })) as unknown as {
      rows: { value?: { rev: string } }[];
    };
    const usable = hits.map((hit, i) => (hit && rows[i]?.value?.rev === asked[i].rev ? hit : undefined));
    const rest = asked.filter((_, i) => !usable[i]);
    const fromMirror = rest.length > 0 ? (await read({ ...options, docs: rest })).results : [];
    const byId = new Map(fromMirror.map((result) => [result.id, result]));
    return {
      results: asked.map((one, i) => {
        const hit = usable[i];
        if (hit) {
          docs.delete(keyOf(one.id, one.rev!));
          return { id: one.id, docs: [{ ok: hit }] };
        }
        return byId.get(one.id) ?? { id: one.id, docs: [] };
      }),
    };
  };
  target.bulkGet = (options, callback) => {
    const result = answer(options);
    if (typeof callback === 'function')
      result.then(
        (value) => (callback as (e: unknown, r?: BulkGetAnswer) => void)(null, value),
        (error) => (callback as (e: unknown) => void)(error),
      );
    return result;
  };
}

/** Remembers revisions this computer wrote into `mirror` (copies: the caller keeps its own). */
export function rememberOwnDocs(mirror: PouchDatabase, written: object[]): void {
  const docs = kept.get(mirror);
  if (!docs) return;
  for (const doc of written as { _id?: string; _rev?: string; _attachments?: unknown }[]) {
    if (!doc._id || !doc._rev || doc._attachments) continue;
    docs.set(keyOf(doc._id, doc._rev), structuredClone(doc));
  }
  for (const key of docs.keys()) {
    if (docs.size <= MAX_KEPT) break;
    docs.delete(key);
  }
}
