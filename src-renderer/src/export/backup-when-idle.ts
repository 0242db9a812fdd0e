/**
 * When the daily backup runs: a minute after start, or a minute after an import ends, never
 * during one. It follows the import's state store without being a React state, so the window
 * does not re-render as an import starts and ends.
 */
import type { ValueStore } from '../import/useImport';

const QUIET_MS = 60_000;

/** Arms the backup whenever no import runs; returns the way to stop following. */
export function backupWhenIdle(
  importState: ValueStore<{ running: boolean }>,
  backup: () => Promise<void>,
  quietMs = QUIET_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: boolean | null = null;
  const follow = () => {
    const now = importState.current().running;
    if (now === running) return;
    running = now;
    clearTimeout(timer);
    timer = now ? undefined : setTimeout(() => void backup().catch(() => undefined), quietMs);
  };
  follow();
  const stop = importState.subscribe(follow);
  return () => {
    stop();
    clearTimeout(timer);
  };
}
