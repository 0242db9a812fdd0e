/**
 * What the replicator just wrote into the mirror, handed to the applier as it was written: a
 * batch fetched from the server is kept (its documents, and the mirror's sequence numbers before
 * and after the write) so the applier can lay it into the library without reading it back from
 * the mirror. Every write into the mirror goes through one queue here (the replicator's and
 * this computer's own), so a batch whose write moved the mirror's sequence by exactly its number
 * of documents holds every revision between those two numbers and nothing else. The applier
 * takes a batch only when its place in the mirror is the batch's start; otherwise it reads the
 * mirror as before, so a batch it cannot use costs nothing but memory.
 */
import type { PouchDatabase } from 'pouchdb-core';
import type { RevisionHistory } from './revisions';
import { alsoCallback } from './node-callback';

/** A document as the replicator wrote it: what the applier needs (attachments stay in the mirror). */
export interface ArrivedDoc {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  v: number;
  s?: string;
  _revisions?: RevisionHistory;
  r?: number;
  /** It carries an attachment (an original): the applier reads it from the mirror instead. */
  attached: boolean;
}

export interface Arrival {
  /** The mirror's sequence before the write, and after it (one number per revision written). */
  before: number;
  after: number;
  docs: ArrivedDoc[];
}

/**
 * Kept at most while the applier is behind, older batches going first: documents, and characters
 * of sealed fields (an article's text is one document's fields, so a count alone bounds nothing).
 */
export interface KeptLimits {
  docs: number;
  chars: number;
}
const KEPT_LIMITS: KeptLimits = { docs: 32_000, chars: 32 * 1024 * 1024 };

type BulkResult = { error?: string }[];
type BulkDocs = (request: unknown, options?: unknown, callback?: unknown) => Promise<BulkResult>;

interface Gate {
  write: BulkDocs;
  tail: Promise<unknown>;
  arrivals: Arrival[];
}

const charsOf = (arrival: Arrival) => arrival.docs.reduce((sum, doc) => sum + (doc.s?.length ?? 0), 0);

const gates = new WeakMap<PouchDatabase, Gate>();

async function seqNow(mirror: PouchDatabase): Promise<number> {
  return Number((await mirror.info()).update_seq) || 0;
}

/** Runs writes into the mirror one after the other. */
function serially<T>(gate: Gate, work: () => Promise<T>): Promise<T> {
  const run = gate.tail.then(work, work);
  gate.tail = run.catch(() => undefined);
  return run;
}

function keptDoc(doc: Record<string, unknown>): ArrivedDoc {
  const { _id, _rev, _deleted, v, s, _revisions, r, _attachments } = doc as unknown as ArrivedDoc & {
    _attachments?: unknown;
  };
  return { _id, _rev, _deleted, v, s, _revisions, r, attached: _attachments !== undefined };
}

/**
 * From now on, keeps each batch the replicator writes into `mirror` for the applier
 * (`takeArrival`). Idempotent.
 */
export function keepArrivals(mirror: PouchDatabase, limits: KeptLimits = KEPT_LIMITS): void {
  if (gates.has(mirror)) return;
  const target = mirror as unknown as { bulkDocs: BulkDocs };
  const gate: Gate = { write: target.bulkDocs.bind(mirror), tail: Promise.resolve(), arrivals: [] };
  gates.set(mirror, gate);
  target.bulkDocs = (request, options, callback) => {
    if (typeof options === 'function') [callback, options] = [options, {}];
    const written = serially(gate, async () => {
      const asList = Array.isArray(request);
      const docs = (asList ? request : (request as { docs: Record<string, unknown>[] }).docs) ?? [];
      const newEdits =
        (options as { new_edits?: boolean } | undefined)?.new_edits ??
        (asList ? undefined : (request as { new_edits?: boolean }).new_edits);
      if (newEdits !== false || docs.length === 0) return gate.write(request, options ?? {});
      // Taken before the write: the adapter may rework the documents it stores.
      const kept = docs.map((doc) => keptDoc(doc as Record<string, unknown>));
      const before = await seqNow(mirror);
      const results = await gate.write(request, options ?? {});
      const after = await seqNow(mirror);
      if (after - before === kept.length && !results.some((result) => result?.error)) {
        gate.arrivals.push({ before, after, docs: kept });
        let docs = gate.arrivals.reduce((sum, arrival) => sum + arrival.docs.length, 0);
        let chars = gate.arrivals.reduce((sum, arrival) => sum + charsOf(arrival), 0);
        while ((docs > limits.docs || chars > limits.chars) && gate.arrivals.length > 1) {
          const dropped = gate.arrivals.shift()!;
          docs -= dropped.docs.length;
          chars -= charsOf(dropped);
        }
      }
      return results;
    });
    return alsoCallback(written, callback);
  };
}

/**
 * Writes this computer's own revisions into the mirror: in turn with the replicator's writes
 * when arrivals are kept (and never kept as one).
 */
export function writeOwn(mirror: PouchDatabase, docs: object[], options: object): Promise<BulkResult> {
  const gate = gates.get(mirror);
  if (!gate) return (mirror as unknown as { bulkDocs: BulkDocs }).bulkDocs(docs, options);
  return serially(gate, () => gate.write(docs, options));
}

/**
 * Forgets every kept batch: reading the mirror skipped a change (its document changed again
 * later), so a kept batch may hold a version whose sibling the applier has not seen, and only
 * reading the mirror finds both.
 */
export function dropArrivals(mirror: PouchDatabase): void {
  const gate = gates.get(mirror);
  if (gate) gate.arrivals.length = 0;
}

/**
 * The batch that starts at the applier's place `since`, if one was kept; drops batches the
 * applier has passed. `until`: where the next kept batch starts (the applier reading the mirror
 * stops there, so it can take that batch next).
 */
export function takeArrival(
  mirror: PouchDatabase,
  since: number | string,
): { arrival: Arrival | null; until: number | null } {
  const gate = gates.get(mirror);
  const at = Number(since);
  if (!gate || !Number.isFinite(at)) return { arrival: null, until: null };
  while (gate.arrivals.length > 0 && gate.arrivals[0].before < at) gate.arrivals.shift();
  const next = gate.arrivals[0];
  if (next?.before === at) {
    gate.arrivals.shift();
    return { arrival: next, until: null };
  }
  return { arrival: null, until: next ? next.before : null };
}
