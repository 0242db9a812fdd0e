/**
 * Bytes → text. First cut: BOM, strict UTF-8, else GB18030.
 */
import type { DecodedText } from './types';

export interface DecodeOptions {
  /** Decode with this WHATWG label and nothing else ("Reopen with encoding…"). */
  forcedEncoding?: string;
  /** The bytes are HTML: a <meta charset> may name the encoding. */
  html?: boolean;
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (options.forcedEncoding) return decodeWith(bytes, options.forcedEncoding, 'user');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes.subarray(3), 'utf-8', 'bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le', 'bom');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be', 'bom');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'utf-8', replaced: 0 };
  } catch {
    return decodeWith(bytes, 'gb18030', 'detected');
  }
}

function decodeWith(bytes: Uint8Array, encoding: string, source: DecodedText['source']): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  let replaced = 0;
  for (const ch of text) if (ch === '\uFFFD') replaced++;
  return { text, encoding, source, replaced };
}
