/**
 * Re-anchors one highlight in an article's canonical text, from the simplest selector to the
 * most tolerant: the stored position, then an exact search for the quote, then an approximate
 * search. Each step must pass the acceptance rule in `scoring.ts`; otherwise the highlight is
 * an orphan (null) and is never painted in the wrong place.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model-types';
import approxSearch from 'approx-string-match';
import { candidateRegions } from './candidate-regions';
import { snapEnd, snapStart } from './code-points';
import { findByScanning, type OccurrenceFinder, type TextIndex } from './text-index';
import { exactContextRun } from './context-similarity';
import {
  bestAcceptable,
  type Candidate,
  hasIntactContext,
  MIN_QUOTE_SIMILARITY,
  MIN_REWORDED_SIMILARITY,
  type ScoredCandidate,
  scoreCandidate,
} from './scoring';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
  /** Confidence in [0, 1]: weighted quote, prefix, suffix and position similarity. */
  score: number;
}

export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export interface AnchorOptions {
  /**
   * Where the quote is now expected to start, when the caller knows better than the stored
   * position (e.g. neighbouring highlights moved by the same amount). Defaults to the stored
   * position's start.
   */
  hint?: number;
  /** An index of this same text, when many highlights are anchored in it (see `anchorAll`). */
  index?: TextIndex;
}

/** Repeats of an exact quote beyond this are shortlisted cheaply before full scoring. */
const FULL_SCORING_LIMIT = 64;
const SHORTLIST_BY_CONTEXT = 32;
const SHORTLIST_BY_DISTANCE = 16;
/** Quote similarity required beyond the windows around the expected place. */
const DISTANT_QUOTE_SIMILARITY = 0.9;
/** Cap on the errors the approximate search tolerates, whatever the quote's length. */
const MAX_ERRORS = 256;
/** Radii of the approximate-search windows tried around the expected place before the whole text. */
const NEAR_RADIUS = { min: 256, perQuoteChar: 2 };
const WIDE_RADIUS = { min: 8192, perQuoteChar: 16 };

export function anchor(
  text: string,
  selectors: AnchorSelectors,
  options: AnchorOptions = {},
): AnchorResult | null {
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (exact.length === 0 || exact.length > text.length) return null;
  const hint = options.hint ?? position?.start;

  if (position) {
    const atPosition = tryPosition(text, quote, position, hint);
    if (atPosition) return result(atPosition, position);
  }

  // Text shifted as a whole (a block restored above) leaves the quote intact where the
  // caller expects it: settle that without scanning the whole text.
  if (hint !== undefined && hint !== position?.start && text.startsWith(exact, hint)) {
    const atHint = scoreCandidate(text, quote, { start: hint, end: hint + exact.length, errors: 0 }, hint);
    if (atHint.prefixScore === 1 && atHint.suffixScore === 1) return result(atHint, position);
  }

  const find: OccurrenceFinder =
    options.index?.text === text
      ? options.index.find
      : (pattern, limit) => findByScanning(text, pattern, limit);
  const occurrences = find(exact) ?? [];
  const exactBest =
    occurrences.length > 0
      ? bestAcceptable(
          text,
          quote,
          shortlistRepeats(text, quote, occurrences, hint).map((start) => ({
            start,
            end: start + exact.length,
            errors: 0,
          })),
          hint,
          occurrences.length === 1,
        )
      : null;
  if (exactBest && (hint === undefined || isClearWinner(exactBest, hint, exact.length))) {
    return result(exactBest, position);
  }

  const best = fuzzySearch(text, quote, hint, exactBest, find);
  return best ? result(best, position) : null;
}

function result(candidate: ScoredCandidate, position: TextPositionSelector | undefined): AnchorResult {
  const atPosition = candidate.errors === 0 && candidate.start === position?.start;
  const method = atPosition ? 'position' : candidate.errors === 0 ? 'quote' : 'fuzzy';
  return { start: candidate.start, end: candidate.end, method, score: candidate.score };
}

/**
 * An exact repeat with its context intact, close to where the quote is expected, cannot be
 * beaten by an edited copy nearby: no need to look further.
 */
function isClearWinner(candidate: ScoredCandidate, hint: number, length: number): boolean {
  return (
    candidate.prefixScore === 1 &&
    candidate.suffixScore === 1 &&
    Math.abs(candidate.start - hint) <= nearRadius(length)
  );
}

function nearRadius(length: number): number {
  return Math.max(NEAR_RADIUS.min, NEAR_RADIUS.perQuoteChar * length);
}

/**
 * The stored position, taken at once when the quote is there and its context is intact.
 * Otherwise the same words at the same offset may be another passage that moved there (the
 * next statute's boilerplate header): the place then competes with the quote's other
 * occurrences in the exact search, where its distance of zero still counts and lookalikes
 * make it an orphan.
 */
function tryPosition(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  hint: number | undefined,
): ScoredCandidate | null {
  const { start, end } = position;
  if (!(start >= 0 && end <= text.length && end - start === quote.exact.length)) return null;
  if (!text.startsWith(quote.exact, start)) return null;
  const scored = scoreCandidate(text, quote, { start, end, errors: 0 }, hint);
  return hasIntactContext(scored) ? scored : null;
}

/**
 * Full scoring runs an edit distance per candidate; a very common quote (one Chinese
 * character, "the") can repeat thousands of times, so keep the repeats whose context matches
 * best character for character, and those nearest the expected place.
 */
function shortlistRepeats(
  text: string,
  quote: TextQuoteSelector,
  occurrences: number[],
  hint: number | undefined,
): number[] {
  if (occurrences.length <= FULL_SCORING_LIMIT) return occurrences;
  const length = quote.exact.length;
  const byContext = occurrences
    .map((start) => ({
      start,
      run:
        exactContextRun(quote.prefix, text, start, -1) +
        exactContextRun(quote.suffix, text, start + length, 1),
    }))
    .sort((a, b) => b.run - a.run)
    .slice(0, SHORTLIST_BY_CONTEXT)
    .map((c) => c.start);
  const picked = new Set(byContext);
  if (hint !== undefined) {
    for (const start of nearest(occurrences, hint, SHORTLIST_BY_DISTANCE)) picked.add(start);
  }
  return [...picked];
}

/** The `count` values of a sorted array nearest to `target`. */
function nearest(sorted: number[], target: number, count: number): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  let left = lo - 1;
  let right = lo;
  const out: number[] = [];
  while (out.length < count && (left >= 0 || right < sorted.length)) {
    if (right >= sorted.length || (left >= 0 && target - sorted[left] <= sorted[right] - target)) {
      out.push(sorted[left--]);
    } else {
      out.push(sorted[right++]);
    }
  }
  return out;
}

/**
 * Approximate search in growing windows around the expected place, then the whole text. The
 * search reports only the lowest-error matches of what it scans, so a small window first keeps
 * a slightly edited quote near its old place from losing to a closer lookalike far away; it is
 * also what keeps re-anchoring a long article fast. An exact repeat found elsewhere competes
 * with what the windows find: an edited passage where the quote was expected beats a verbatim
 * copy of boilerplate far away, by the position term of the score.
 */
function fuzzySearch(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  exactBest: ScoredCandidate | null,
  find: OccurrenceFinder,
): ScoredCandidate | null {
  const length = quote.exact.length;
  // Only the small window looks for reworded quotes (pinned by their context); farther out,
  // a quote must be similar enough to stand on its own, which also keeps the search cheap.
  const nearErrors = errorsAllowed(length, MIN_REWORDED_SIMILARITY);
  const farErrors = errorsAllowed(length, MIN_QUOTE_SIMILARITY);
  const windows: SearchWindow[] = [];
  if (hint !== undefined) {
    // The same window twice: fewer errors allowed make the search cheaper, and usually suffice.
    windows.push(around(text, hint, length, nearRadius(length), farErrors));
    windows.push(around(text, hint, length, nearRadius(length), nearErrors));
    windows.push(
      around(text, hint, length, Math.max(WIDE_RADIUS.min, WIDE_RADIUS.perQuoteChar * length), farErrors),
    );
  }
  // Across the whole text the lowest-error matches would be the exact repeats already scored.
  if (!exactBest) {
    // Far from where it was expected, a quote must be nearly verbatim: an edited passage that
    // also moved far is rare, while a deleted one is common and should cost little to orphan.
    const maxErrors = hint === undefined ? farErrors : errorsAllowed(length, DISTANT_QUOTE_SIMILARITY);
    windows.push({ from: 0, to: text.length, maxErrors, filtered: true });
  }

  let best = exactBest;
  let searched: SearchWindow | null = null;
  for (const window of windows) {
    if (
      searched &&
      searched.from <= window.from &&
      window.to <= searched.to &&
      window.maxErrors <= searched.maxErrors
    ) {
      continue;
    }
    searched = window;
    const matches = window.filtered
      ? matchesAnywhere(text, quote.exact, window.maxErrors, find)
      : matchesIn(text, quote.exact, window);
    const candidates = closestFirst(matches, hint);
    const found = bestAcceptable(text, quote, candidates.slice(0, FULL_SCORING_LIMIT), hint);
    if (found && (!best || found.score > best.score)) best = found;
    // A wider window only adds places farther from the expected one.
    if (best && window.from <= best.start && best.end <= window.to) return best;
  }
  return best;
}

interface SearchWindow {
  from: number;
  to: number;
  maxErrors: number;
  /** Search only where a pigeonhole filter says a match can be (for the whole text). */
  filtered?: boolean;
}

function around(text: string, hint: number, length: number, radius: number, maxErrors: number): SearchWindow {
  return { from: Math.max(0, hint - radius), to: Math.min(text.length, hint + length + radius), maxErrors };
}

function errorsAllowed(length: number, minSimilarity: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length * (1 - minSimilarity)));
}

function closestFirst(candidates: Candidate[], hint: number | undefined): Candidate[] {
  if (hint === undefined || candidates.length <= FULL_SCORING_LIMIT) return candidates;
  return candidates.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
}

function matchesAnywhere(
  text: string,
  exact: string,
  maxErrors: number,
  find: OccurrenceFinder,
): Candidate[] {
  const regions = candidateRegions(text, exact, maxErrors, find) ?? [{ from: 0, to: text.length }];
  return regions.flatMap((region) => matchesIn(text, exact, { ...region, maxErrors }));
}

function matchesIn(text: string, exact: string, { from, to, maxErrors }: SearchWindow): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const match of approxSearch(text.slice(from, to), exact, maxErrors)) {
    const start = snapStart(text, from + match.start);
    const end = snapEnd(text, from + match.end);
    const key = `${start}:${end}`;
    if (start >= end || seen.has(key)) continue;
    seen.add(key);
    candidates.push({ start, end, errors: match.errors });
  }
  return candidates;
}
