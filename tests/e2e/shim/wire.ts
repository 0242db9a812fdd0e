/**
 * How the shim moves values into the page, standing in for Electron's structured clone.
 * Playwright's protocol serializes and validates a value node by node (and turns a Uint8Array
 * into base64 one character at a time on Node 20), so an article's thousands of blocks cost
 * seconds; the shim sends one JSON string instead, with Uint8Arrays as tagged base64, and
 * `PAGE_DECODER` parses it back in the page.
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
  const __glossDecode = (text) => JSON.parse(text, (key, value) => {
    if (value && typeof value === 'object' && typeof value.${TAG} === 'string') {
      const binary = atob(value.${TAG});
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes;
    }
    return value;
  });
`;
