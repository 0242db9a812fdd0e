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

/** Records a step; a label that takes building is passed as a function, called only when tracing. */
export function traceSync(label: string | (() => string)): void {
  const trace = sinks.__glossSyncTrace;
  if (!trace) return;
  trace.push([performance.timeOrigin + performance.now(), typeof label === 'string' ? label : label()]);
}

/** Runs `work`, adding its time to `stage` (stages running at once each count their own time). */
export async function timeSync<T>(stage: string | (() => string), work: () => Promise<T>): Promise<T> {
  const stages = sinks.__glossSyncStages;
  if (!stages) return work();
  const began = performance.now();
  try {
    return await work();
  } finally {
    const entry = (stages[typeof stage === 'string' ? stage : stage()] ??= { ms: 0, count: 0 });
    entry.ms += performance.now() - began;
    entry.count++;
  }
}
