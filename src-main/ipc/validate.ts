/**
 * Checks on what the renderer sends: every IPC argument is validated here before a handler
 * sees it, because the renderer shows imported pages and must be treated as untrusted.
 */

export class InvalidArgument extends Error {
  override name = 'InvalidArgument';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectRecord(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new InvalidArgument(`${what} must be an object`);
  return value;
}

export function expectString(value: unknown, what: string, maxLength = 4096): string {
  if (typeof value !== 'string') throw new InvalidArgument(`${what} must be a string`);
  if (value.length > maxLength) throw new InvalidArgument(`${what} is too long`);
  return value;
}

export function expectBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidArgument(`${what} must be true or false`);
  return value;
}

export function expectCount(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new InvalidArgument(`${what} must be a whole number, 0 or more`);
  return value;
}

export function expectBytes(value: unknown, what: string, maxBytes: number): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new InvalidArgument(`${what} must be bytes`);
  if (value.byteLength > maxBytes) throw new InvalidArgument(`${what} is too large`);
  return value;
}

export function expectStringArray(
  value: unknown,
  what: string,
  maxItems: number,
  maxLength = 4096,
): string[] {
  if (!Array.isArray(value)) throw new InvalidArgument(`${what} must be a list`);
  if (value.length > maxItems) throw new InvalidArgument(`${what} has too many items`);
  return value.map((item, i) => expectString(item, `${what}[${i}]`, maxLength));
}

export function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidArgument(`${what} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A file name the renderer proposes: no folders, no control characters. */
export function expectFileName(value: unknown, what: string): string {
  const name = expectString(value, what, 255);
  if (name === '' || /[\\/\0]/.test(name) || name === '.' || name === '..') {
    throw new InvalidArgument(`${what} must be a plain file name`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) throw new InvalidArgument(`${what} must not contain control characters`);
  return name;
}

/** WHATWG encoding labels Gloss offers in "Reopen with encoding…". */
export const REOPEN_ENCODINGS = [
  'utf-8',
  'gb18030',
  'big5',
  'shift_jis',
  'euc-kr',
  'euc-jp',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'iso-8859-1',
  'koi8-r',
  'windows-1251',
] as const;
