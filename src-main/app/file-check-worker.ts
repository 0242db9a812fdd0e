/**
 * Worker thread that states and hashes the files of an import batch with plain blocking calls,
 * a group of files per message, so the main process's event loop only passes messages. In:
 * `FileCheckRequest` (stat, hash, or stat and hash a list of paths); out: `FileCheckReply`, the
 * bytes of files read whole transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { checkGroup, transferablesOf, type FileCheckOp, type FileFacts } from './file-facts';

export type FileCheckRequest = { id: number; op: FileCheckOp; paths: string[] };
export type FileCheckReply = { id: number; facts: FileFacts[] };

parentPort?.on('message', ({ id, op, paths }: FileCheckRequest) => {
  const facts = checkGroup(op, paths);
  parentPort?.postMessage({ id, facts } satisfies FileCheckReply, transferablesOf(facts));
});
