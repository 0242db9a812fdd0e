/**
 * The renderer's one door to the main process: everything else imports `gloss` from here and
 * never touches `window.gloss` directly, so tests can put a fake in its place.
 */
import type { GlossApi } from '../../../src-main/ipc/contract';

declare global {
  interface Window {
    gloss?: GlossApi;
  }
}

function missing(): never {
  throw new Error('Gloss is running without its main process (window.gloss is missing).');
}

/** The bridge, or a stand-in that explains itself when Gloss runs in a bare browser tab. */
export const gloss: GlossApi =
  typeof window !== 'undefined' && window.gloss
    ? window.gloss
    : (new Proxy({}, { get: () => missing }) as GlossApi);

export const hasBridge = typeof window !== 'undefined' && Boolean(window.gloss);
