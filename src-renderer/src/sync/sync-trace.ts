/**
 * Where sync's time goes, for the sync benchmark: timestamps along the path (outbox, mirror,
 * requests, applier) in `__glossSyncTrace`, and the time spent in each stage in
 * `__glossSyncStages`. Nothing is recorded unless the page set them.
 */
interface TraceSinks {
  __glossSyncTrace?: [number, string][];
  __glossSyncStages?: Record<string, { ms: number; count: number }>;
}

const sinks = globalThis as TraceSinks;

export function traceSync(label: string): void {
  sinks.__glossSyncTrace?.push([performance.timeOrigin + performance.now(), label]);
}

/** Runs `work`, adding its time to `stage` (stages running at once each count their own time). */
export async function timeSync<T>(stage: string, work: () => Promise<T>): Promise<T> {
  const stages = sinks.__glossSyncStages;
  if (!stages) return work();
  const began = performance.now();
  try {
    return await work();
  } finally {
    const entry = (stages[stage] ??= { ms: 0, count: 0 });
    entry.ms += performance.now() - began;
    entry.count++;
  }
}
