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
 * so that a query arriving meanwhile waits for at most one slice; where memory is shared with
 * the window, a slice ends as soon as a query is sent, so slices can be longer.
 */
const PREPARE_SLICE_MS = 3;
const PREPARE_SLICE_SHARED_MS = 8;
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
 * signatures yet). Asked for after every piece of index work that may have replaced the index;
 * nothing is scheduled when nothing is left to prepare. A slice also ends as soon as the window
 * has sent a query the worker has not answered yet.
 */
let preparing = false;
function prepareInBackground(): void {
  if (preparing || !keeper.engine.hasPendingPreparation()) return;
  preparing = true;
  setTimeout(() => {
    void serial(async () => {
      const end = performance.now() + (answerSlot ? PREPARE_SLICE_SHARED_MS : PREPARE_SLICE_MS);
      let more = false;
      try {
        more = keeper.engine.preparePending(() => performance.now() < end && !queryWaiting());
      } finally {
        preparing = false;
      }
      if (more) prepareInBackground();
    });
  }, 0);
}
void ready.then(prepareInBackground);

/** The newest query answered (ids only grow). */
let lastAnswered = 0;

/** True when the window has sent a query not answered yet (known where memory is shared). */
function queryWaiting(): boolean {
  return answerSlot !== null && answerSlot.lastAsked() > lastAnswered;
}

/** The last query answered with lower bounds for its totals, until the window asks for them. */
let toCount: Extract<ToWorker, { type: 'search' }> | null = null;

/**
 * Counts the exact totals of an answer sent with lower bounds (the matches were many) and sends
 * them; given up when a newer query is waiting (its answer replaces this one).
 */
function countTotals(message: Extract<ToWorker, { type: 'search' }>): void {
  const began = performance.now();
  const totals = keeper.engine.countTotals(
    message.query,
    { includeRemoved: message.includeRemoved },
    () => !queryWaiting(),
  );
  if (totals) post({ type: 'totals', id: message.id, ...totals, ms: performance.now() - began });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'changed') {
    dirty = true;
    storeTimer.changed();
    background.changed();
  } else if (message.type === 'importing') {
    storeTimer.changed();
    background.setImporting(message.running);
  } else if (message.type === 'count') {
    void serial(async () => {
      const asked = toCount;
      if (asked?.id !== message.id) return;
      toCount = null;
      countTotals(asked);
    });
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
        countLater: true,
      });
      const answer: ResultsMessage = {
        type: 'results',
        id: message.id,
        results,
        ms: performance.now() - began,
        waitMs: began - arrived,
      };
      lastAnswered = Math.max(lastAnswered, message.id);
      answerSlot?.write(message.id, answer);
      post(answer);
      toCount = results.counting ? message : null;
      if (storeTimer.pending) scheduleStore();
      prepareInBackground();
    });
  }
};
