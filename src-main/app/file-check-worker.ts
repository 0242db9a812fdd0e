/**
 * Worker thread that states and hashes the files of an import batch with plain blocking calls,
 * a group of files per message, so the main process's event loop only passes messages. In:
 * `FileCheckRequest` (stat, hash, or stat and hash a list of paths); out: `FileCheckReply`, the
 * bytes of files read whole transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { checkGroup, transferablesOf, type FileCheckOp, type FileFacts } from './file-facts';

/** `budget`: bytes of files the group may keep (what is left of the thread's cap). */
export type FileCheckRequest = { id: number; op: FileCheckOp; paths: string[]; budget: number };
export type FileCheckReply = { id: number; facts: FileFacts[] };

parentPort?.on('message', ({ id, op, paths, budget }: FileCheckRequest) => {
  const facts = checkGroup(op, paths, budget);
  parentPort?.postMessage({ id, facts } satisfies FileCheckReply, transferablesOf(facts));
});
