/**
 * The passage around a date: the sentence that holds it, cut down to the clauses nearest the
 * date when the sentence is long. Sentences end at 。！？；(and their ASCII forms), at an
 * English full stop followed by a space, and at line breaks (so at every paragraph break of
 * the canonical text); closing quotes and brackets stay with the sentence they close.
 */
import { isInlineSpace } from './numerals';

/** Longest passage, in characters once runs of white space count as one. */
export const MAX_PASSAGE_LENGTH = 200;

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

function inside(spans: readonly Span[], i: number): boolean {
  return spans.some((s) => i >= s.start && i < s.end);
}

/** The trimmed part of [start, end) without white space at either end. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceOrBreak(text[start])) start++;
  while (end > start && isSpaceOrBreak(text[end - 1])) end--;
  return { start, end };
}

/**
 * Sentences of `text` as trimmed spans. Terminators inside a `protectedSpans` entry (the dot of
 * "Sept. 3") do not end a sentence.
 */
export function sentenceSpans(text: string, protectedSpans: readonly Span[] = []): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const close = (end: number, next: number) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) spans.push(span);
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') close(i, i + 1);
    else if (!inside(protectedSpans, i) && endsSentence(text, i)) {
      let end = i + 1;
      while (end < text.length && (endsSentence(text, end) || CLOSERS.includes(text[end]))) end++;
      close(end, end);
      i = end - 1;
    }
  }
  close(text.length, text.length);
  return spans;
}

/** Length as a reader sees it: a run of white space counts as one character. */
export function visibleLength(text: string, start: number, end: number): number {
  let length = 0;
  for (let i = start; i < end; i++) {
    if (isSpaceOrBreak(text[i]) && isSpaceOrBreak(text[i - 1]) && i > start) continue;
    length++;
  }
  return length;
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
 * where a sentence says what happened) while it fits.
 */
export function passageAround(
  text: string,
  sentence: Span,
  date: Span,
  protectedSpans: readonly Span[] = [],
  max = MAX_PASSAGE_LENGTH,
): Span {
  if (visibleLength(text, sentence.start, sentence.end) <= max) return sentence;
  const clauses = clauseSpans(text, sentence, protectedSpans);
  let first = clauses.findIndex((c) => date.start < c.end);
  let last = clauses.findIndex((c) => date.end <= c.end);
  if (first < 0 || last < 0) return hardCut(text, sentence, date, max);
  const fits = (a: number, b: number) => visibleLength(text, clauses[a].start, clauses[b].end) <= max;
  if (!fits(first, last))
    return dropTrailingSeparator(
      text,
      trimSpan(text, ...spanOf(hardCut(text, sentence, date, max))),
      sentence,
    );
  for (let grew = true; grew;) {
    grew = false;
    if (last + 1 < clauses.length && fits(first, last + 1)) [last, grew] = [last + 1, true];
    if (first > 0 && fits(first - 1, last)) [first, grew] = [first - 1, true];
  }
  return dropTrailingSeparator(text, trimSpan(text, clauses[first].start, clauses[last].end), sentence);
}

function spanOf(span: Span): [number, number] {
  return [span.start, span.end];
}
