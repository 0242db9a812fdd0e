/**
 * End-to-end encryption of what Gloss syncs, with WebCrypto only: a 512-bit secret derived from
 * the passphrase (PBKDF2-SHA-256, 600,000 rounds, a random salt kept on the server beside a
 * check value), split into an AES-GCM key for the data and an HMAC key for document ids. Each
 * value gets a fresh 96-bit IV and is bound to its document and field (additional data), so the
 * server can neither read a value nor move one to another place unnoticed.
 */

export const PBKDF2_ITERATIONS = 600_000;
const CHECK_TEXT = 'gloss-key-check-v1';

export interface SyncKeys {
  aes: CryptoKey;
  hmac: CryptoKey;
}

/** Stored with the sync settings of a library: how to derive the key, and a value to check it. */
export interface KeyCheck {
  salt: string;
  iterations: number;
  check: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class WrongPassphrase extends Error {
  override name = 'WrongPassphrase';
}

/** The native base64 of newer engines (Chromium 140+), when there. */
const native = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
const nativeTo = (Uint8Array.prototype as unknown as { toBase64?: () => string }).toBase64;

export function bytesToBase64(bytes: Uint8Array): string {
  if (nativeTo) return nativeTo.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  if (native.fromBase64) return native.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function randomSalt(): string {
  return bytesToBase64(crypto.getRandomValues(new Uint8Array(16)));
}

/** The 64 secret bytes for a passphrase and salt (slow on purpose). */
export async function deriveSecret(
  passphrase: string,
  salt: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: base64ToBytes(salt) as BufferSource, iterations },
    material,
    512,
  );
  return new Uint8Array(bits);
}

/** Non-extractable keys from the secret bytes. */
export async function importKeys(secret: Uint8Array): Promise<SyncKeys> {
  if (secret.length !== 64) throw new Error('The sync key must be 64 bytes.');
  const aes = await crypto.subtle.importKey('raw', secret.slice(0, 32) as BufferSource, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const hmac = await crypto.subtle.importKey(
    'raw',
    secret.slice(32) as BufferSource,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return { aes, hmac };
}

export async function encryptBytes(keys: SyncKeys, plain: Uint8Array, context: string): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    keys.aes,
    plain as BufferSource,
  );
  const out = new Uint8Array(12 + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), 12);
  return out;
}

export async function decryptBytes(keys: SyncKeys, sealed: Uint8Array, context: string): Promise<Uint8Array> {
  if (sealed.length < 28) throw new Error('The encrypted value is too short.');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.subarray(0, 12) as BufferSource, additionalData: encoder.encode(context) },
    keys.aes,
    sealed.subarray(12) as BufferSource,
  );
  return new Uint8Array(plain);
}

export async function encryptJson(keys: SyncKeys, value: unknown, context: string): Promise<string> {
  return bytesToBase64(await encryptBytes(keys, encoder.encode(JSON.stringify(value)), context));
}

export async function decryptJson<T>(keys: SyncKeys, sealed: string, context: string): Promise<T> {
  return JSON.parse(decoder.decode(await decryptBytes(keys, base64ToBytes(sealed), context))) as T;
}

/** An opaque, stable document id for a record: the server learns neither table nor key. */
export async function documentId(keys: SyncKeys, table: string, key: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.hmac, encoder.encode(`${table}\u0000${key}`));
  return `g${toHex(new Uint8Array(mac).subarray(0, 20))}`;
}

export async function makeKeyCheck(keys: SyncKeys, salt: string, iterations: number): Promise<KeyCheck> {
  return { salt, iterations, check: await encryptJson(keys, CHECK_TEXT, 'key-check') };
}

/** Throws WrongPassphrase unless the keys open the check value. */
export async function verifyKeyCheck(keys: SyncKeys, check: KeyCheck): Promise<void> {
  try {
    if ((await decryptJson<string>(keys, check.check, 'key-check')) === CHECK_TEXT) return;
  } catch {
    // AES-GCM refuses a wrong key: that is the answer.
  }
  throw new WrongPassphrase('This passphrase does not open the library on the server.');
}
