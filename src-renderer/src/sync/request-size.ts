/**
 * Replication requests cut to a size. The replicator sends a batch of documents in one
 * `_bulk_docs` request, and a batch holding many originals can be larger than the main process
 * carries (sync:fetch refuses a body above 256 MB): the server's `_bulkDocs` is wrapped to send
 * such a batch in as many requests as keep each body under the limit, one after the other (the
 * replicator writes its checkpoint only once all of them are acknowledged). It reads a batch
 * from the server with one `_bulk_get`, whose answer holds every document of the batch: that
 * is asked in parts of at most MAX_DOCS_PER_GET documents, so a large batch (fewer requests and
 * checkpoints per document) never makes one answer of thousands of originals.
 */
import { splitBySize } from '../../../src-shared/sync/byte-batches';
import { isRecordDocId, type MirrorDb } from './mirror';

/** Well under the carrier's 256 MB, and quick to hand from the window to the main process. */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

/** Documents asked for in one `_bulk_get` request. */
export const MAX_DOCS_PER_GET = 500;

type Callback = (error: unknown, result?: unknown[]) => void;
interface BulkRequest {
  docs: object[];
  new_edits?: boolean;
}
type BulkDocs = (request: BulkRequest, options: object, callback: Callback) => void;
interface BulkGetAnswer {
  results: unknown[];
}
type BulkGet = (
  options: { docs: unknown[] } & Record<string, unknown>,
  callback?: (error: unknown, answer?: BulkGetAnswer) => void,
) => Promise<BulkGetAnswer>;

function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** A JSON string of this text takes its length plus the quotes (no character needs escaping). */
const PLAIN = /^[\w+/=.:-]*$/;

/**
 * The characters of a sealed record document (sync-doc.ts) in JSON, counted from its fields
 * without writing it out (an upper bound: every field at its longest spelling); null for any
 * other document.
 */
function sealedDocSize(doc: Record<string, unknown>): number | null {
  let size = 2;
  for (const [name, value] of Object.entries(doc)) {
    size += name.length + 4;
    if (typeof value === 'string') {
      if (!PLAIN.test(value) || (name === '_id' && !isRecordDocId(value))) return null;
      size += value.length + 2;
    } else if (typeof value === 'number' || typeof value === 'boolean') size += 24;
    else if (name === '_revisions') {
      const { start, ids } = value as { start: number; ids: string[] };
      if (typeof start !== 'number' || !Array.isArray(ids)) return null;
      size += 40;
      for (const id of ids) {
        if (typeof id !== 'string' || !PLAIN.test(id)) return null;
        size += id.length + 3;
      }
    } else return null;
  }
  return size;
}

/**
 * The characters a document takes in the JSON body the http adapter sends (attachments in
 * base64), at most: a sealed record is counted from its fields, anything else written out.
 */
export function requestSizeOf(doc: object): number {
  const { _attachments: attachments, ...rest } = doc as {
    _attachments?: Record<string, Record<string, unknown>>;
  };
  let data = 0;
  let described: Record<string, Record<string, unknown>> | undefined;
  if (attachments) {
    described = {};
    for (const [name, { data: value, ...meta }] of Object.entries(attachments)) {
      described[name] = meta;
      if (typeof value === 'string') data += value.length + 10;
      else if (value instanceof Blob) data += base64Length(value.size) + 10;
      else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
        data += base64Length(value.byteLength) + 10;
    }
  }
  const counted = sealedDocSize(rest);
  const body =
    counted === null
      ? JSON.stringify(described ? { ...rest, _attachments: described } : rest).length
      : counted + (described ? JSON.stringify(described).length + 16 : 0);
  return body + data + 1;
}

/** Makes `remote` send `_bulk_docs` in requests of at most `maxBytes` (each document whole). */
export function limitRequestSize(remote: MirrorDb, maxBytes: number): void {
  const target = remote as unknown as { _bulkDocs: BulkDocs; glossRequestLimit?: number };
  if (target.glossRequestLimit !== undefined) {
    target.glossRequestLimit = maxBytes;
    return;
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
  limitBulkGet(remote);
}

/** Makes `remote` ask for at most MAX_DOCS_PER_GET documents per `_bulk_get`, one part after the other. */
function limitBulkGet(remote: MirrorDb): void {
  const target = remote as unknown as { bulkGet: BulkGet };
  const get = target.bulkGet.bind(remote) as BulkGet;
  const inParts = async (options: Parameters<BulkGet>[0]): Promise<BulkGetAnswer> => {
    if (options.docs.length <= MAX_DOCS_PER_GET) return get(options);
    const results: unknown[] = [];
    for (let from = 0; from < options.docs.length; from += MAX_DOCS_PER_GET) {
      const part = await get({ ...options, docs: options.docs.slice(from, from + MAX_DOCS_PER_GET) });
      results.push(...part.results);
    }
    return { results };
  };
  target.bulkGet = (options, callback?: (error: unknown, answer?: BulkGetAnswer) => void) => {
    const answer = inParts(options);
    if (callback)
      answer.then(
        (value) => callback(null, value),
        (error) => callback(error),
      );
    return answer;
  };
}
