/**
 * How the shim moves values into the page, standing in for Electron's structured clone.
 * Playwright's protocol serializes and validates a value node by node (and turns a Uint8Array
 * into base64 one character at a time on Node 20), so an article's thousands of blocks cost
 * seconds; the shim sends one JSON string instead, with Uint8Arrays as tagged base64, and
 * `PAGE_DECODER` parses it back in the page.
 *
 * The decoder parses without a reviver and then puts the bytes back in one walk: a reviver makes
 * JSON.parse define every property a second time and keep the source text of every value, a
 * copy of the whole message that structured clone never makes (for an import chunk of thousands
 * of blocks, several times the parse itself).
 */

const TAG = '__glossBytes';

export function encodeForPage(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value, (_key, item: unknown) =>
    item instanceof Uint8Array
      ? { [TAG]: Buffer.from(item.buffer, item.byteOffset, item.byteLength).toString('base64') }
      : item,
  );
}

/** Page-side inverse of encodeForPage, as source text for the preload wrapper. */
export const PAGE_DECODER = `
  const __glossRestoreBytes = (value) => {
    if (value === null || typeof value !== 'object') return value;
    if (typeof value.${TAG} === 'string') {
      const binary = atob(value.${TAG});
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes;
    }
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item !== null && typeof item === 'object') value[key] = __glossRestoreBytes(item);
    }
    return value;
  };
  const __glossDecode = (text) => {
    const value = JSON.parse(text);
    return text.includes('"${TAG}"') ? __glossRestoreBytes(value) : value;
  };
`;
