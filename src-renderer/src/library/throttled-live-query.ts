/**
 * useLiveQuery for lists that a burst of writes keeps changing (an import saves a chunk of
 * articles every few hundred milliseconds): the first result and a change after a quiet spell
 * show at once, while changes in a burst re-render at most once per interval, the last always.
 * A change the caller marks urgent (the list going from empty to not empty) never waits.
 */
import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';

interface Subscribable<T> {
  subscribe(next: (value: T) => void, error?: (error: unknown) => void): { unsubscribe(): void };
}

export interface ThrottleOptions<T> {
  /** True when `next` must show at once, whatever the pace: e.g. [] after non-empty, or back. */
  urgent?(shown: T, next: T): boolean;
}

/** Passes the source's values on, at most one per `ms`, keeping the latest; errors at once. */
export function throttled<T>(
  source: Subscribable<T>,
  ms: number,
  options: ThrottleOptions<T> = {},
): Subscribable<T> {
  return {
    subscribe(next, error) {
      let shownAt = -Infinity;
      let shown: { value: T } | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let latest: T;
      const show = () => {
        clearTimeout(timer);
        timer = undefined;
        shownAt = Date.now();
        shown = { value: latest };
        next(latest);
      };
      const subscription = source.subscribe(
        (value) => {
          latest = value;
          if (shown && options.urgent?.(shown.value, value)) return show();
          if (timer !== undefined) return;
          const wait = shownAt + ms - Date.now();
          if (wait <= 0) show();
          else timer = setTimeout(show, wait);
        },
        (reason) => error?.(reason),
      );
      return {
        unsubscribe() {
          clearTimeout(timer);
          subscription.unsubscribe();
        },
      };
    },
  };
}

/** A source that never emits: the query is not wanted yet. */
const NOTHING: Subscribable<never> = { subscribe: () => ({ unsubscribe: () => undefined }) };

export function useThrottledLiveQuery<T>(
  querier: () => Promise<T>,
  deps: unknown[],
  ms: number,
  options: ThrottleOptions<T> & { enabled?: boolean } = {},
): T | undefined {
  const enabled = options.enabled ?? true;
  return useObservable<T | undefined>(
    () => (enabled ? throttled(liveQuery(querier), ms, options) : NOTHING),
    [...deps, enabled],
  );
}
