/**
 * End and Ctrl/Cmd+A pressed while the library list holds only its first page act on the whole
 * list: the key becomes the list's one pending action, done once the whole table is in (select
 * all may be done sooner, from the listed ids read alone when the database can list them). Any
 * other key, or a change of the filter or the sort, drops it, so it never acts on a list the
 * person no longer sees.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type WholeListAction = 'end' | 'select-all';

interface Pending {
  action: WholeListAction;
  /** The list's filter and sort when the key was pressed. */
  query: string;
}

export interface WholeListOptions {
  /** True while the list holds only the first page of a longer list. */
  partial: boolean;
  /** The filter and sort shown, as one string: when it changes, the pending action is dropped. */
  query: string;
  /** Reads the ids of every listed article at once, when the database can say (else null). */
  readListedIds: (() => Promise<string[]>) | null;
  /** Goes to the last row of the whole list. */
  goToEnd(): void;
  /** Selects every listed article: `ids` when read alone, else the whole list now in. */
  selectAll(ids?: readonly string[]): void;
}

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta']);

export function useWholeListAction(options: WholeListOptions) {
  const { partial, query, readListedIds, goToEnd, selectAll } = options;
  const [pending, setPendingState] = useState<Pending | null>(null);
  // For answers that come back later: what is pending and shown at that moment, not at the key.
  const pendingNow = useRef<Pending | null>(null);
  const queryNow = useRef(query);
  const setPending = useCallback((next: Pending | null) => {
    pendingNow.current = next;
    setPendingState(next);
  }, []);

  // Updated in the same commit as the filter, before any database answer can arrive.
  useLayoutEffect(() => {
    queryNow.current = query;
    if (pendingNow.current && pendingNow.current.query !== query) setPending(null);
  }, [query, setPending]);

  useEffect(() => {
    if (!pending || partial || pending.query !== query) return;
    setPending(null);
    if (pending.action === 'end') goToEnd();
    else selectAll();
  }, [pending, partial, query, goToEnd, selectAll, setPending]);

  /** Every key that reaches the list: one other than a modifier drops the pending action. */
  const keyDown = useCallback(
    (key: string) => {
      if (pendingNow.current && !MODIFIER_KEYS.has(key)) setPending(null);
    },
    [setPending],
  );

  /** The key of `action` was pressed while only the first page is in: it waits for the whole list. */
  const want = useCallback(
    (action: WholeListAction) => {
      const wanted: Pending = { action, query };
      setPending(wanted);
      if (action !== 'select-all' || !readListedIds) return;
      // Unread, the action waits for the whole list.
      void readListedIds().then(
        (ids) => {
          if (pendingNow.current !== wanted || queryNow.current !== wanted.query) return;
          setPending(null);
          selectAll(ids);
        },
        () => undefined,
      );
    },
    [query, readListedIds, selectAll, setPending],
  );

  return { keyDown, want };
}
