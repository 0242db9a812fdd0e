/**
 * The revisions the pusher just wrote into the mirror, kept for the replicator's sending half,
 * which reads each of them back to send it (PouchDB's IndexedDB adapter takes a few
 * transactions per document for that). A revision kept here is answered from memory when it is
 * still its document's current revision (one read of every asked document's current revision
 * tells); anything else, and revisions with an original attached, is read from the mirror.
 */
import type { PouchDatabase } from 'pouchdb-core';
import { alsoCallback } from './node-callback';

/**
 * Revisions kept at most (the replicator reads them within a batch or two of their writing), and
 * characters of their sealed fields (an article's text is one revision's fields).
 */
export interface OwnKeptLimits {
  docs: number;
  chars: number;
}
const OWN_KEPT_LIMITS: OwnKeptLimits = { docs: 8_000, chars: 32 * 1024 * 1024 };

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

interface Kept {
  docs: Map<string, { doc: object; chars: number }>;
  chars: number;
  limits: OwnKeptLimits;
}

const kept = new WeakMap<PouchDatabase, Kept>();

const keyOf = (id: string, rev: string) => `${id}\n${rev}`;

/** Keeps copies of revisions this computer writes into `mirror` (from now on) for the replicator. */
export function keepOwnDocs(mirror: PouchDatabase, limits: OwnKeptLimits = OWN_KEPT_LIMITS): void {
  if (kept.has(mirror)) return;
  const store: Kept = { docs: new Map(), chars: 0, limits };
  kept.set(mirror, store);
  const { docs } = store;
  const target = mirror as unknown as { bulkGet: BulkGet };
  const read = target.bulkGet.bind(mirror) as BulkGet;
  const answer = async (options: BulkGetOptions): Promise<BulkGetAnswer> => {
    const asked = options.docs ?? [];
    const ids = new Set(asked.map((one) => one.id));
    if (options.attachments || !options.revs || ids.size !== asked.length) return read(options);
    const hits = asked.map((one) => (one.rev ? docs.get(keyOf(one.id, one.rev))?.doc : undefined));
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
          forget(store, keyOf(one.id, one.rev!));
          return { id: one.id, docs: [{ ok: hit }] };
        }
        return byId.get(one.id) ?? { id: one.id, docs: [] };
      }),
    };
  };
  target.bulkGet = (options, callback) => alsoCallback(answer(options), callback);
}

function forget(store: Kept, key: string): void {
  const entry = store.docs.get(key);
  if (!entry) return;
  store.docs.delete(key);
  store.chars -= entry.chars;
}

/** Remembers revisions this computer wrote into `mirror` (copies: the caller keeps its own). */
export function rememberOwnDocs(mirror: PouchDatabase, written: object[]): void {
  const store = kept.get(mirror);
  if (!store) return;
  for (const doc of written as { _id?: string; _rev?: string; _attachments?: unknown; s?: unknown }[]) {
    if (!doc._id || !doc._rev || doc._attachments) continue;
    const key = keyOf(doc._id, doc._rev);
    forget(store, key);
    const chars = typeof doc.s === 'string' ? doc.s.length : 0;
    store.docs.set(key, { doc: structuredClone(doc), chars });
    store.chars += chars;
  }
  // Oldest first (a Map keeps the order of insertion).
  for (const key of store.docs.keys()) {
    if (store.docs.size <= store.limits.docs && store.chars <= store.limits.chars) break;
    forget(store, key);
  }
}
