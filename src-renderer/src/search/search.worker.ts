/**
 * The search worker: owns the search index off the UI thread (an IndexKeeper over the same
 * database), follows changes as the window reports them and answers queries, applying pending
 * changes first so that what the database has committed is what is searched. While an import
 * runs, changes wait in the journal until it ends (background-indexing.ts).
 */
import { GlossDB } from '../db/db';
import { databaseOfSearchWorker } from '../db/database-name';
import { BackgroundIndexing } from './background-indexing';
import { IndexKeeper } from './index-keeper';
import { QuietTimer } from './quiet-timer';
import { AnswerSlot } from './answer-slot';
import type { FromWorker, ResultsMessage, ToWorker } from './protocol';

/** Quiet time (no query, no change) before the index is considered for storing. */
const STORE_WHEN_QUIET_MS = 5000;

function post(message: FromWorker): void {
  (self as unknown as Worker).postMessage(message);
}

const keeper = new IndexKeeper(new GlossDB(databaseOfSearchWorker(self.name)), (status) =>
  post({ type: 'status', status }),
);
const ready = keeper.start();
/**
 * Background preparation (folding restored texts, block signatures) runs in slices this long,
 * so that a query arriving meanwhile waits for at most one slice.
 */
const PREPARE_SLICE_MS = 3;
/** Set when the window reports a committed change, cleared once the journal is applied. */
let dirty = true;
/** Where answers are also left for the window to take inside a frame (answer-slot.ts). */
let answerSlot: AnswerSlot | null = null;
let work: Promise<unknown> = Promise.resolve();

/** Runs index work one piece at a time, in order. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = work.then(task, task);
  work = next.catch(() => undefined);
  return next;
}

/**
 * The index is stored after a quiet spell without queries or changes, never during an import.
 * The store waits its turn behind index work, and changes reported meanwhile are only read once
 * the event loop turns: so it looks again when its turn comes.
 */
const storeTimer = new QuietTimer(
  STORE_WHEN_QUIET_MS,
  () =>
    void serial(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (dirty || background.paused || !storeTimer.isQuiet()) storeTimer.schedule();
      else await keeper.store();
      prepareInBackground();
    }),
);
const scheduleStore = () => storeTimer.schedule();

/** Applies the journal; `shouldPause` may stop it between slices (a query applies it all). */
async function applyPending(shouldPause: () => boolean = () => false): Promise<void> {
  if (!dirty) return;
  dirty = false;
  const applied = await keeper.applyJournal(shouldPause);
  // Stopped early for an import: the rest is still to apply.
  if (shouldPause()) dirty = true;
  if (applied > 0) {
    keeper.publish({ revision: keeper.status.revision + 1 });
    scheduleStore();
  }
}

/** Changes applied on the worker's own: after a burst, never while an import runs. */
const background = new BackgroundIndexing(
  () =>
    void serial(async () => {
      await ready;
      await applyPending(() => background.paused);
      background.settled(!background.paused);
      prepareInBackground();
    }),
);

/**
 * Folds the restored index's texts and makes the block signatures of a built or restored one,
 * a slice at a time (a query folds what it needs itself, and reads whole the texts without
 * signatures yet). Started after every piece of index work that may have replaced the index.
 */
let preparing = false;
function prepareInBackground(): void {
  if (preparing) return;
  preparing = true;
  setTimeout(() => {
    void serial(async () => {
      const end = performance.now() + PREPARE_SLICE_MS;
      let more = false;
      try {
        more = keeper.engine.preparePending(() => performance.now() < end);
      } finally {
        preparing = false;
      }
      if (more) prepareInBackground();
    });
  }, 0);
}
void ready.then(prepareInBackground);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'changed') {
    dirty = true;
    storeTimer.changed();
    background.changed();
  } else if (message.type === 'importing') {
    storeTimer.changed();
    background.setImporting(message.running);
  } else if (message.type === 'answer-slot') {
    answerSlot = new AnswerSlot(message.buffer);
  } else if (message.type === 'rebuild') {
    void serial(async () => {
      await ready;
      await keeper.buildAll();
      keeper.publish({ state: 'ready', revision: keeper.status.revision + 1 });
      await keeper.store(true);
      prepareInBackground();
    });
  } else if (message.type === 'search') {
    const arrived = performance.now();
    void serial(async () => {
      await ready;
      await applyPending();
      const began = performance.now();
      const results = keeper.engine.search(message.query, {
        includeRemoved: message.includeRemoved,
        limit: message.limit,
      });
      const answer: ResultsMessage = {
        type: 'results',
        id: message.id,
        results,
        ms: performance.now() - began,
        waitMs: began - arrived,
      };
      answerSlot?.write(message.id, answer);
      post(answer);
      if (storeTimer.pending) scheduleStore();
      prepareInBackground();
    });
  }
};
