/**
 * Start-up work that can wait — the integrity check, loading the search index — starts once the
 * library list has painted its first rows, so it does not compete with that first read of the
 * database; or after a fallback delay when no list paints (the window opened on another view).
 */

/** How long waiting work waits for the list at most. */
export const FIRST_SCREEN_FALLBACK_MS = 1500;

let release: () => void = () => undefined;
let painted = new Promise<void>((resolve) => (release = resolve));

const nextFrame = (callback: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(callback) : setTimeout(callback, 0);

/** The list's first rows (or its empty state) were rendered: waiting work may start after this frame. */
export function firstScreenShown(): void {
  nextFrame(() => setTimeout(release, 0));
}

/** Runs `task` once, after the first screen was shown or after `fallbackMs`; returns a cancel. */
export function afterFirstScreen(task: () => void, fallbackMs = FIRST_SCREEN_FALLBACK_MS): () => void {
  let settled = false;
  const run = () => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    task();
  };
  const timer = setTimeout(run, fallbackMs);
  void painted.then(run);
  return () => {
    settled = true;
    clearTimeout(timer);
  };
}

/** For tests: a new start. */
export function resetStartupGate(): void {
  painted = new Promise<void>((resolve) => (release = resolve));
}
