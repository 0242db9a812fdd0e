/** SHA-256 of a file's bytes, the key that makes a re-imported file one article. */
import { createHash } from 'node:crypto';

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
