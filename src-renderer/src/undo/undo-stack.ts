/**
 * Undo and redo for the person's actions (highlights, notes, tags, deletions). Each entry knows
 * how to undo and redo itself; both are async database writes.
 */
import type { UndoLabel } from './undo-label';

export type { UndoLabel };

/**
 * The last thing the stack did, for the status line: an action done, undone or redone, or an
 * undo or redo that failed. A first failure leaves the entry where it was, so it can be tried
 * again; a second one in a row takes it out ('…-dropped'), so it never blocks the older ones.
 */
export interface UndoMessage {
  kind: 'done' | 'undo' | 'redo' | 'undo-failed' | 'redo-failed' | 'undo-dropped' | 'redo-dropped';
  label: UndoLabel;
}

export interface UndoEntry {
  /** What the status line shows, e.g. "Deleted highlight", as a message key. */
  label: UndoLabel;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

type Listener = (state: {
  last: UndoEntry | null;
  canUndo: boolean;
  canRedo: boolean;
  message: UndoMessage | null;
}) => void;

export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  private listeners = new Set<Listener>();
  private message: UndoMessage | null = null;
  // Undo and redo run one at a time, in order, even when keys are pressed quickly.
  private queue: Promise<void> = Promise.resolve();
  // Actions still writing: their entry is pushed when their write has committed, but the screen
  // shows the change before that, so an undo asked for meanwhile must wait for them.
  private inFlight = new Set<Promise<unknown>>();
  /** Entries whose last undo or redo failed. */
  private failedOnce = new WeakSet<UndoEntry>();

  constructor(private readonly limit = 200) {}

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
    this.message = { kind: 'done', label: entry.label };
    this.emit();
  }

  undo(): Promise<boolean> {
    return this.run(this.done, this.undone, (entry) => entry.undo(), 'undo');
  }

  redo(): Promise<boolean> {
    return this.run(this.undone, this.done, (entry) => entry.redo(), 'redo');
  }

  /**
   * Runs alongside an action that pushes its entry when it ends (a delete, an edit). Undo and
   * redo asked for before it ends wait for it, so they undo that action, not the one before.
   */
  track<T>(action: Promise<T>): Promise<T> {
    this.inFlight.add(action);
    const forget = () => void this.inFlight.delete(action);
    action.then(forget, forget);
    return action;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private run(
    from: UndoEntry[],
    to: UndoEntry[],
    action: (entry: UndoEntry) => Promise<void>,
    kind: 'undo' | 'redo',
  ): Promise<boolean> {
    const started = [...this.inFlight];
    const result = this.queue.then(async () => {
      await Promise.allSettled(started);
      const place = from.length - 1;
      const entry = from.pop();
      if (!entry) return false;
      try {
        await action(entry);
      } catch (error) {
        console.error(`${kind} of "${entry.label.key}" failed`, error);
        const again = this.failedOnce.has(entry);
        // A first failure keeps the entry at its place (actions done meanwhile stay above it);
        // a second takes it out. A redo whose history a new action replaced is not put back.
        const history = kind === 'undo' ? this.done : this.undone;
        if (!again && from === history) {
          this.failedOnce.add(entry);
          from.splice(Math.min(place, from.length), 0, entry);
        }
        this.message = { kind: `${kind}-${again ? 'dropped' : 'failed'}`, label: entry.label };
        this.emit();
        return false;
      }
      this.failedOnce.delete(entry);
      to.push(entry);
      this.message = { kind, label: entry.label };
      this.emit();
      return true;
    });
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private emit(): void {
    const state = {
      last: this.done[this.done.length - 1] ?? null,
      canUndo: this.canUndo,
      canRedo: this.canRedo,
      message: this.message,
    };
    for (const listener of this.listeners) listener(state);
  }
}

/** The app's one undo history. */
export const undoStack = new UndoStack();

/** An undoable action of the app's history: an undo asked for while it runs waits for it. */
export function undoable<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return (...args) => undoStack.track(action(...args));
}
