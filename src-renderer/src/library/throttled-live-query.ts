/**
 * useLiveQuery for lists that a burst of writes keeps changing (an import saves a chunk of
 * articles every few hundred milliseconds): the first result and a change after a quiet spell
 * show at once, while changes in a burst re-render at most once per interval, the last always.
 */
import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';

interface Subscribable<T> {
  subscribe(next: (value: T) => void, error?: (error: unknown) => void): { unsubscribe(): void };
}

/** Passes the source's values on, at most one per `ms`, keeping the latest; errors at once. */
export function throttled<T>(source: Subscribable<T>, ms: number): Subscribable<T> {
  return {
    subscribe(next, error) {
      let shownAt = -Infinity;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let latest: T;
      const show = () => {
        timer = undefined;
        shownAt = Date.now();
        next(latest);
      };
      const subscription = source.subscribe(
        (value) => {
          latest = value;
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

export function useThrottledLiveQuery<T>(
  querier: () => Promise<T>,
  deps: unknown[],
  ms: number,
): T | undefined {
  return useObservable<T | undefined>(() => throttled(liveQuery(querier), ms), deps);
}
