/**
 * Deterministic inputs for measuring re-anchoring: an edited copy of an article's text and a
 * set of highlights on the original. Pure, so a benchmark in Node and a test can share it.
 */
import {
  anchorAll,
  type AnchorAllResult,
  type AnchorableHighlight,
} from '../src-shared/anchoring/anchor-all';
import { snapEnd, snapStart } from '../src-shared/anchoring/code-points';
import { describeRange, type RangeSelectors } from '../src-shared/anchoring/describe';

/** Small seeded PRNG (mulberry32): the same seed gives the same edits everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAX_EDIT_RUN = 8;

/** One edit in the original text's coordinates: [from, to) replaced by `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/**
 * Changes about `fraction` of the text's characters: edits of 1–8 characters at places spread
 * uniformly through the text, each an insertion, a deletion or a substitution in equal shares.
 * Inserted characters are copied from elsewhere in the same text so the alphabet stays the
 * same (Chinese stays Chinese). Edits never split a surrogate pair.
 */
export function makeEditedText(text: string, fraction: number, seed: number): string {
  return applyEdits(text, planEdits(text, fraction, seed));
}

/** The edits `makeEditedText` makes, in order and not overlapping. */
export function planEdits(text: string, fraction: number, seed: number): TextEdit[] {
  const random = seededRandom(seed);
  const meanRun = (MAX_EDIT_RUN + 1) / 2;
  const sites = Math.round((text.length * fraction) / meanRun);
  const places: number[] = [];
  for (let i = 0; i < sites; i++) places.push(snapStart(text, Math.floor(random() * text.length)));
  places.sort((a, b) => a - b);

  const borrowed = (length: number): string => {
    const from = snapStart(text, Math.floor(random() * Math.max(1, text.length - length)));
    return text.slice(from, snapEnd(text, from + length));
  };
  const edits: TextEdit[] = [];
  let free = 0;
  for (const place of places) {
    if (place < free) continue;
    const run = 1 + Math.floor(random() * MAX_EDIT_RUN);
    const kind = Math.floor(random() * 3);
    const cut = snapEnd(text, Math.min(text.length, place + run));
    if (kind === 0) edits.push({ from: place, to: place, insert: borrowed(run) });
    else if (kind === 1) edits.push({ from: place, to: cut, insert: '' });
    else edits.push({ from: place, to: cut, insert: borrowed(cut - place) });
    // An insertion at the same place as the next edit would make their order ambiguous.
    free = Math.max(cut, place + 1);
  }
  return edits;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const out: string[] = [];
  let copied = 0;
  for (const edit of edits) {
    out.push(text.slice(copied, edit.from), edit.insert);
    copied = edit.to;
  }
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * Where an offset of the original text lands after the edits; an offset inside a replaced
 * span lands at the replacement's start. Used to tell a correctly re-anchored highlight from
 * a misplaced one.
 */
export function mapOffset(edits: readonly TextEdit[], offset: number): number {
  let delta = 0;
  for (const edit of edits) {
    if (edit.from >= offset) break;
    if (edit.to > offset) return edit.from + delta;
    delta += edit.insert.length - (edit.to - edit.from);
  }
  return offset + delta;
}

/** `count` highlights of 10–200 characters at seeded places of `text`. */
export function makeHighlights(
  text: string,
  count: number,
  seed: number,
): (AnchorableHighlight & RangeSelectors)[] {
  const random = seededRandom(seed);
  const highlights: (AnchorableHighlight & RangeSelectors)[] = [];
  for (let i = 0; i < count; i++) {
    const length = 10 + Math.floor(random() * 191);
    const start = Math.floor(random() * Math.max(1, text.length - length));
    highlights.push({ id: `h${i}`, ...describeRange(text, start, start + length) });
  }
  return highlights;
}

export interface AnchoringMeasurement {
  /** Milliseconds of each run, in run order. */
  runsMs: number[];
  medianMs: number;
  /** Outcome of the last run. */
  result: AnchorAllResult;
}

/** Times `anchorAll` over several runs. */
export function measureAnchoring(
  text: string,
  highlights: readonly AnchorableHighlight[],
  runs: number,
): AnchoringMeasurement {
  const runsMs: number[] = [];
  let result: AnchorAllResult = { anchored: new Map(), orphans: [] };
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    result = anchorAll(text, highlights);
    runsMs.push(performance.now() - began);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor((sorted.length - 1) / 2)];
  return { runsMs, medianMs, result };
}
