/**
 * Worker thread that states and hashes the files of an import batch with plain blocking calls,
 * a group of files per message, so the main process's event loop only passes messages. In:
 * `FileCheckRequest` (stat or hash a list of paths); out: `FileCheckReply`, the bytes of files
 * read whole transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { hashFacts, statFacts, type HashFacts, type StatFacts } from './file-facts';

export type FileCheckRequest = { id: number; op: 'stat' | 'hash'; paths: string[] };
export type FileCheckReply = { id: number; facts: StatFacts[] | HashFacts[] };

parentPort?.on('message', ({ id, op, paths }: FileCheckRequest) => {
  if (op === 'stat') {
    parentPort?.postMessage({ id, facts: paths.map(statFacts) } satisfies FileCheckReply);
    return;
  }
  const facts = paths.map(hashFacts);
  const transfer = facts.flatMap((f) => (f?.bytes ? [f.bytes.buffer as ArrayBuffer] : []));
  parentPort?.postMessage({ id, facts } satisfies FileCheckReply, transfer);
});
