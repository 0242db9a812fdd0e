/**
 * The passage around a date: the sentence that holds it, cut down to the clauses nearest the
 * date when the sentence is long. Sentences end at 。！？；(and their ASCII forms), at an
 * English full stop followed by a space, and at line breaks (so at every paragraph break of
 * the canonical text); closing quotes and brackets stay with the sentence they close.
 */
import { isInlineSpace } from './numerals';

/** Longest passage, in characters once runs of white space count as one. */
export const MAX_PASSAGE_LENGTH = 200;
/**
 * How far from the date a long sentence is looked at, in code units: keeps the work per date
 * bounded on a text with no sentence breaks at all, yet is far more than a passage can span.
 */
const WINDOW = 20 * MAX_PASSAGE_LENGTH;

export interface Span {
  start: number;
  end: number;
}

const CLOSERS = '”’"\')]）」』】〕》';
const CLAUSE_ENDS = ',、:';
const ABBREVIATIONS =
  /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|vs|etc|e\.g|i\.e|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])$/;

function isSpaceOrBreak(ch: string | undefined): boolean {
  return ch !== undefined && (isInlineSpace(ch) || ch === '\n' || ch === '\r');
}

function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if ('。！？；;'.includes(ch)) return true;
  const next = text[i + 1];
  if (ch === '!' || ch === '?')
    return next === undefined || isSpaceOrBreak(next) || /[\p{Script=Han}"”’]/u.test(next);
  if (ch === '.')
    return (
      (next === undefined || isSpaceOrBreak(next)) && !ABBREVIATIONS.test(text.slice(Math.max(0, i - 5), i))
    );
  return false;
}

/** Whether `i` lies in one of `spans` (sorted by start, not overlapping). */
function inside(spans: readonly Span[], i: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (i < spans[mid].start) hi = mid - 1;
    else if (i >= spans[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The trimmed part of [start, end) without white space at either end. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceOrBreak(text[start])) start++;
  while (end > start && isSpaceOrBreak(text[end - 1])) end--;
  return { start, end };
}

/**
 * Sentences of `text` as trimmed spans. Terminators inside a `protectedSpans` entry (sorted, not
 * overlapping: the dot of "Sept. 3") do not end a sentence.
 */
export function sentenceSpans(text: string, protectedSpans: readonly Span[] = []): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const close = (end: number, next: number) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) spans.push(span);
    start = next;
  };
  const candidates = /[\n\r。！？；;!?.]/g;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const i = m.index;
    if (m[0] === '\n' || m[0] === '\r') close(i, i + 1);
    else if (!inside(protectedSpans, i) && endsSentence(text, i)) {
      let end = i + 1;
      while (end < text.length && (endsSentence(text, end) || CLOSERS.includes(text[end]))) end++;
      close(end, end);
      candidates.lastIndex = end;
    }
  }
  close(text.length, text.length);
  return spans;
}

/**
 * Whether [start, end) is at most `max` characters long as a reader sees it (a run of white
 * space counts as one). Stops counting as soon as it is longer.
 */
export function fitsIn(text: string, start: number, end: number, max: number): boolean {
  if (end - start <= max) return true;
  let length = 0;
  for (let i = start; i < end; i++) {
    if (i > start && isSpaceOrBreak(text[i]) && isSpaceOrBreak(text[i - 1])) continue;
    if (++length > max) return false;
  }
  return true;
}

function clauseSpans(text: string, sentence: Span, protectedSpans: readonly Span[]): Span[] {
  const clauses: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (CLAUSE_ENDS.includes(text[i]) && !inside(protectedSpans, i)) {
      clauses.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < sentence.end) clauses.push({ start, end: sentence.end });
  return clauses;
}

function isLowSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A window of about `max` characters around the date, never splitting a surrogate pair. */
function hardCut(text: string, within: Span, date: Span, max: number): Span {
  const room = Math.max(0, max - (date.end - date.start));
  let start = Math.max(within.start, date.start - Math.floor(room / 4));
  let end = Math.min(within.end, date.end + room - (date.start - start));
  if (isLowSurrogate(text, start)) start--;
  if (end < text.length && isLowSurrogate(text, end)) end++;
  return { start, end };
}

/** Drops a clause separator left dangling at the end of a cut passage. */
function dropTrailingSeparator(text: string, span: Span, sentence: Span): Span {
  if (span.end === sentence.end || span.end <= span.start + 1) return span;
  return CLAUSE_ENDS.includes(text[span.end - 1]) ? trimSpan(text, span.start, span.end - 1) : span;
}

/**
 * The passage for the date expression `date` inside `sentence`: the whole sentence when short
 * enough, else the date's clause widened clause by clause (after the date first, since that is
 * where a sentence says what happened) while it fits, else a plain cut around the date.
 */
export function passageAround(
  text: string,
  sentence: Span,
  date: Span,
  protectedSpans: readonly Span[] = [],
  max = MAX_PASSAGE_LENGTH,
): Span {
  if (fitsIn(text, sentence.start, sentence.end, max)) return sentence;
  const near = {
    start: Math.max(sentence.start, date.start - WINDOW),
    end: Math.min(sentence.end, date.end + WINDOW),
  };
  const clauses = clauseSpans(text, near, protectedSpans);
  let first = clauses.findIndex((c) => date.start < c.end);
  let last = clauses.findIndex((c) => date.end <= c.end);
  const fits = (a: number, b: number) => fitsIn(text, clauses[a].start, clauses[b].end, max);
  if (!fits(first, last)) {
    const cut = hardCut(text, sentence, date, max);
    return dropTrailingSeparator(text, trimSpan(text, cut.start, cut.end), sentence);
  }
  // A side that no longer fits never will: the other side only makes the passage longer.
  let [rightOpen, leftOpen] = [true, true];
  while (rightOpen || leftOpen) {
    rightOpen &&= last + 1 < clauses.length && fits(first, last + 1);
    if (rightOpen) last++;
    leftOpen &&= first > 0 && fits(first - 1, last);
    if (leftOpen) first--;
  }
  return dropTrailingSeparator(text, trimSpan(text, clauses[first].start, clauses[last].end), sentence);
}
