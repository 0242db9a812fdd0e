/**
 * The key check on the server: one plain document (`gloss-key-check`) holding the PBKDF2 salt,
 * the round count and a value sealed with the key. The first computer writes it; every other
 * one derives its key from the passphrase and must open the check value before anything syncs,
 * so a wrong passphrase is a clear message and writes nothing.
 */
import {
  PBKDF2_ITERATIONS,
  deriveSecret,
  importKeys,
  makeKeyCheck,
  randomSalt,
  verifyKeyCheck,
  type KeyCheck,
  type SyncKeys,
} from './sync-crypto';
import type { MirrorDb } from './mirror';

export const KEY_CHECK_ID = 'gloss-key-check';

export async function readKeyCheck(remote: MirrorDb): Promise<KeyCheck | null> {
  try {
    const doc = (await remote.get(KEY_CHECK_ID)) as unknown as KeyCheck;
    return { salt: doc.salt, iterations: doc.iterations, check: doc.check };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

/**
 * The keys for this passphrase: checked against the server's key check, or (first computer)
 * a new salt and check written there. Throws WrongPassphrase without writing anything.
 */
export async function unlock(
  remote: MirrorDb,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ keys: SyncKeys; secret: Uint8Array; check: KeyCheck; created: boolean }> {
  const existing = await readKeyCheck(remote);
  if (existing) {
    const secret = await deriveSecret(passphrase, existing.salt, existing.iterations);
    const keys = await importKeys(secret);
    await verifyKeyCheck(keys, existing);
    return { keys, secret, check: existing, created: false };
  }
  const salt = randomSalt();
  const secret = await deriveSecret(passphrase, salt, iterations);
  const keys = await importKeys(secret);
  const check = await makeKeyCheck(keys, salt, iterations);
  await remote.put({ _id: KEY_CHECK_ID, ...check });
  return { keys, secret, check, created: true };
}
