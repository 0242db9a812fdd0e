/**
 * Scores a candidate place for a highlight and decides whether it is trustworthy enough to
 * paint. The score follows the Hypothesis client's weighting (quote, prefix, suffix, position);
 * the acceptance rule is stricter than a best-match search on purpose: a highlight that cannot
 * be placed confidently is reported as orphaned rather than painted on unrelated text.
 */
import type { TextQuoteSelector } from '../model-types';
import { contextSimilarity } from './context-similarity';

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
/**
 * Heavier than the Hypothesis client's 2: articles repeat boilerplate (statutes, bylines), and
 * an edited passage where the quote was expected should beat a verbatim copy far away.
 */
const POSITION_WEIGHT = 10;
/** Distance (code units) at which the position term has fallen to half. */
const POSITION_HALF_DISTANCE = 2048;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Mean context similarity that counts as agreement. Measured on unrelated places of real
 * articles, one side of context reaches a median of 0.22 and a 99.9th percentile of 0.44 in
 * English (small alphabet, common letters and spaces), less in Chinese: agreement must clearly
 * exceed chance.
 */
const CONTEXT_AGREES = 0.6;
/**
 * One side this similar is enough for an exact quote: a block restored or removed right next
 * to a highlight replaces the context on that side only.
 */
const ONE_SIDE_AGREES = 0.8;
/** Quote similarity below which a fuzzy match is never taken on the quote's own strength. */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** Below this, even a quote pinned between intact context is treated as gone. */
export const MIN_REWORDED_SIMILARITY = 0.5;
/** Context similarity on both sides that pins a reworded quote to its old place. */
const CONTEXT_PINS = 0.85;
/**
 * A quote this long (code units), found once, stands without its context: a whole paragraph
 * highlighted, with removed blocks restored on both sides of it. A shorter phrase is too often
 * repeated in another sentence (a refrain, a statute's boilerplate) to be trusted alone.
 */
const SELF_EVIDENT_LENGTH = 64;
/** A fuzzy quote this long and this similar may stand without its context. */
const SELF_EVIDENT_FUZZY_LENGTH = 64;
const SELF_EVIDENT_FUZZY_SIMILARITY = 0.9;
/** Mean context similarity above which the best candidate is taken even among lookalikes. */
const CONTEXT_INTACT = 0.9;
/** How close a rival must come, on each term, for the choice to count as a guess. */
const AMBIGUITY_MARGIN = { quote: 0.1, context: 0.1, position: 0.2 };
/** Context stored empty (quote at the edge of the text) says little once the text grows. */
const UNKNOWN_CONTEXT = 0.5;

export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the text at [start, end) and the quote. */
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
  positionScore: number;
  /** Normalized weighted score in [0, 1]. */
  score: number;
}

export function scoreCandidate(
  text: string,
  quote: TextQuoteSelector,
  candidate: Candidate,
  hint: number | undefined,
): ScoredCandidate {
  const quoteScore = Math.max(0, 1 - candidate.errors / quote.exact.length);
  const prefixScore =
    contextSimilarity(quote.prefix, text, candidate.start, -1) ??
    (candidate.start === 0 ? 1 : UNKNOWN_CONTEXT);
  const suffixScore =
    contextSimilarity(quote.suffix, text, candidate.end, 1) ??
    (candidate.end === text.length ? 1 : UNKNOWN_CONTEXT);
  const positionScore =
    hint === undefined ? 1 : 1 / (1 + Math.abs(candidate.start - hint) / POSITION_HALF_DISTANCE);
  const score =
    (QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore) /
    MAX_SCORE;
  return { ...candidate, quoteScore, prefixScore, suffixScore, positionScore, score };
}

/**
 * Whether a scored candidate may be painted. `quoteIsUnique`: the quote occurs exactly once in
 * the text, so a long one identifies its place even where the context around it changed.
 */
export function isAcceptable(
  candidate: ScoredCandidate,
  quoteLength: number,
  quoteIsUnique = false,
): boolean {
  const { quoteScore: q, prefixScore: p, suffixScore: s } = candidate;
  const context = (p + s) / 2;
  if (q === 1) {
    return (
      context >= CONTEXT_AGREES ||
      Math.max(p, s) >= ONE_SIDE_AGREES ||
      (quoteIsUnique && quoteLength >= SELF_EVIDENT_LENGTH)
    );
  }
  if (q >= MIN_QUOTE_SIMILARITY) {
    return (
      context >= CONTEXT_AGREES ||
      (q >= SELF_EVIDENT_FUZZY_SIMILARITY && quoteLength >= SELF_EVIDENT_FUZZY_LENGTH)
    );
  }
  if (q >= MIN_REWORDED_SIMILARITY) return p >= CONTEXT_PINS && s >= CONTEXT_PINS;
  return false;
}

/**
 * The best acceptable candidate, or null, also when the choice is a guess: when the context
 * around the best candidate is not clearly intact and another place matches about as well on
 * quote, context and distance (rows of a link farm, items of a list), no place is safe to paint.
 */
export function bestAcceptable(
  text: string,
  quote: TextQuoteSelector,
  candidates: Iterable<Candidate>,
  hint: number | undefined,
  quoteIsUnique = false,
): ScoredCandidate | null {
  const scored = [...candidates].map((c) => scoreCandidate(text, quote, c, hint));
  let best: ScoredCandidate | null = null;
  for (const candidate of scored) {
    if (!isAcceptable(candidate, quote.exact.length, quoteIsUnique)) continue;
    if (!best || candidate.score > best.score) best = candidate;
  }
  if (!best || contextOf(best) >= CONTEXT_INTACT) return best;
  const rival = scored.find(
    (c) =>
      (c.end <= best.start || c.start >= best.end) &&
      c.quoteScore >= best.quoteScore - AMBIGUITY_MARGIN.quote &&
      contextOf(c) >= contextOf(best) - AMBIGUITY_MARGIN.context &&
      c.positionScore >= best.positionScore - AMBIGUITY_MARGIN.position,
  );
  return rival ? null : best;
}

/** The context on both sides is (nearly) as stored: the place is the quote's own. */
export function hasIntactContext(candidate: ScoredCandidate): boolean {
  return contextOf(candidate) >= CONTEXT_INTACT;
}

function contextOf(candidate: ScoredCandidate): number {
  return (candidate.prefixScore + candidate.suffixScore) / 2;
}
