/**
 * The mirror's answer to "which of these revisions are missing?" (the replicator asks it for
 * every batch it receives) in one read: PouchDB's IndexedDB adapter opens a transaction per
 * document for it, thousands per batch. One `allDocs` by key reads every document's current
 * revision at once: a document the mirror lacks misses every revision asked, one whose current
 * revision is the only one asked misses none, and only the others (older revisions, conflicts)
 * are asked the adapter's way.
 */
import type { PouchDatabase } from 'pouchdb-core';

type Missing = Record<string, { missing: string[] }>;
type RevsDiff = (
  request: Record<string, string[]>,
  options?: unknown,
  callback?: unknown,
) => Promise<Missing>;

const batched = new WeakSet<PouchDatabase>();

export function batchRevsDiff(mirror: PouchDatabase): void {
  if (batched.has(mirror)) return;
  batched.add(mirror);
  const target = mirror as unknown as { revsDiff: RevsDiff };
  const ask = target.revsDiff.bind(mirror);
  const answer = async (request: Record<string, string[]>): Promise<Missing> => {
    const ids = Object.keys(request);
    if (ids.length === 0) return {};
    const { rows } = (await mirror.allDocs({ keys: ids })) as unknown as {
      rows: { error?: string; value?: { rev: string } }[];
    };
    const missing: Missing = {};
    const unsure: Record<string, string[]> = {};
    ids.forEach((id, i) => {
      const row = rows[i];
      const revs = request[id];
      if (row?.error === 'not_found') missing[id] = { missing: [...revs] };
      else if (!row?.value || !revs.every((rev) => rev === row.value!.rev)) unsure[id] = revs;
    });
    if (Object.keys(unsure).length > 0) Object.assign(missing, await ask(unsure, {}));
    return missing;
  };
  target.revsDiff = (request, options, callback) => {
    const done = typeof options === 'function' ? options : callback;
    const result = answer(request);
    if (typeof done === 'function')
      result.then(
        (value) => (done as (e: unknown, r?: Missing) => void)(null, value),
        (error) => (done as (e: unknown) => void)(error),
      );
    return result;
  };
}
