/**
 * Replication requests cut to a size: the replicator sends up to a batch of documents in one
 * `_bulk_docs` request, and a batch holding many originals can be larger than the main process
 * carries (sync:fetch refuses a body above 256 MB). The server's `_bulkDocs` is wrapped to send
 * such a batch in as many requests as keep each body under the limit, one after the other (the
 * replicator writes its checkpoint only once all of them are acknowledged).
 */
import { splitBySize } from '../../../src-shared/sync/byte-batches';
import type { MirrorDb } from './mirror';

/** Well under the carrier's 256 MB, and quick to hand from the window to the main process. */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

type Callback = (error: unknown, result?: unknown[]) => void;
interface BulkRequest {
  docs: object[];
  new_edits?: boolean;
}
type BulkDocs = (request: BulkRequest, options: object, callback: Callback) => void;

function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** The characters a document takes in the JSON body the http adapter sends (attachments in base64). */
export function requestSizeOf(doc: object): number {
  const attachments = (doc as { _attachments?: Record<string, Record<string, unknown>> })._attachments;
  if (!attachments) return JSON.stringify(doc).length + 1;
  let data = 0;
  const described: Record<string, Record<string, unknown>> = {};
  for (const [name, { data: value, ...rest }] of Object.entries(attachments)) {
    described[name] = rest;
    if (typeof value === 'string') data += value.length + 10;
    else if (value instanceof Blob) data += base64Length(value.size) + 10;
    else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
      data += base64Length(value.byteLength) + 10;
  }
  return JSON.stringify({ ...doc, _attachments: described }).length + data + 1;
}

/** Makes `remote` send `_bulk_docs` in requests of at most `maxBytes` (each document whole). */
export function limitRequestSize(remote: MirrorDb, maxBytes: number): MirrorDb {
  const target = remote as unknown as { _bulkDocs: BulkDocs; glossRequestLimit?: number };
  if (target.glossRequestLimit !== undefined) {
    target.glossRequestLimit = maxBytes;
    return remote;
  }
  target.glossRequestLimit = maxBytes;
  const send = target._bulkDocs.bind(remote);
  const sendOne = (request: BulkRequest, options: object) =>
    new Promise<unknown[]>((resolve, reject) =>
      send(request, options, (error, result) => (error ? reject(error) : resolve(result ?? []))),
    );
  target._bulkDocs = (request, options, callback) => {
    // The envelope ({"docs":[…],"new_edits":false}) takes a few characters of its own.
    const groups = splitBySize(request.docs, requestSizeOf, (target.glossRequestLimit ?? maxBytes) - 64);
    if (groups.length <= 1) return send(request, options, callback);
    void (async () => {
      const results: unknown[] = [];
      for (const docs of groups) results.push(...(await sendOne({ ...request, docs }, options)));
      return results;
    })().then(
      (results) => callback(null, results),
      (error) => callback(error),
    );
  };
  return remote;
}
