/**
 * The article's lines → blocks: hard-wrapped lines joined into their paragraph, list items
 * marked, and the short lines that head a section ("回望过去:", a subtitle under it, "Background"
 * between two paragraphs) made headings. Ordinary short paragraphs stay paragraphs: a heading
 * holds no sentence and stands before the text it heads.
 */
import type { ArticleBlock } from '../../ipc/contract';
import { findPublishedDate } from '../published-date';
import {
  endsSentence,
  hasSentencePunctuation,
  isCjkChar,
  isMostlyCjk,
  listMarker,
  readingSize,
} from './shape';

/**
 * Whether consecutive lines (no blank line between) are one paragraph wrapped at a fixed width
 * rather than one paragraph per line: long lines of about the same length that mostly stop
 * mid-sentence.
 */
export function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 2 || lines.some((l) => listMarker(l)) || looksTabular(lines)) return false;
  const widest = lines.reduce((most, l) => Math.max(most, l.length), 0);
  if (widest < 30) return false;
  const body = lines.slice(0, -1);
  if (body.some((l) => l.length < widest * 0.6)) return false;
  return body.filter((l) => !endsSentence(l)).length >= body.length / 2;
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Rows of a table saved as text (CSV, TSV): most lines hold the same number (two or more) of
 * one delimiter. Each row stays a line of its own.
 */
export function looksTabular(lines: string[]): boolean {
  if (lines.length < 3) return false;
  return DELIMITERS.some((delimiter) => {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = line.split(delimiter).length - 1;
      if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    return Math.max(0, ...counts.values()) >= lines.length * 0.8;
  });
}

/** Wrapped lines back into one: no space between two CJK characters, one elsewhere. */
export function joinWrapped(lines: string[]): string {
  // Pieces joined once at the end: reading the last character of a growing string would
  // flatten it on every line, quadratic in the paragraph's length.
  const pieces = [lines[0]];
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1];
    const glue = isCjkChar(previous.slice(-1)) && isCjkChar(lines[i][0]) ? '' : ' ';
    pieces.push(glue, lines[i]);
  }
  return pieces.join('');
}

const SPEECH_COLON =
  /(说|表示|指出|认为|强调|称|问|答|道|写道|介绍|坦言|says?|said|asked|replied|wrote)\s*[:：]$/i;

/**
 * "回望过去:", "Background:": a short line that ends with a colon and introduces a section, not
 * a sentence that introduces a list ("The newly selected five are:").
 */
function isColonHeading(text: string): boolean {
  if (!/[:：]$/.test(text) || SPEECH_COLON.test(text) || hasSentencePunctuation(text.slice(0, -1)))
    return false;
  return readingSize(text) <= (isMostlyCjk(text) ? 15 : 4);
}

/** A picture's caption, which stands between paragraphs like a heading but is none. */
const CAPTION =
  /^[（(【[]?\s*(图|图为|图片|照片|视频|photo|image|picture|video)\b|^[（(【[]?\s*(图|图为|图片|照片)|(摄|摄影|供图|图片来源\S*)\s*[)）】\]]?$/i;

/** A short line with no sentence in it that could head what follows. */
function isPlainHeadingCandidate(text: string): boolean {
  const size = readingSize(text);
  if (size === 0 || size > (isMostlyCjk(text) ? 20 : 12)) return false;
  if (hasSentencePunctuation(text) || endsSentence(text) || /[:：]$/.test(text)) return false;
  if (listMarker(text) || findPublishedDate(text) !== null || CAPTION.test(text)) return false;
  return /\p{L}/u.test(text);
}

/** A paragraph long enough that a short line before it may be its heading. */
function isProse(text: string, than: string): boolean {
  const size = readingSize(text);
  return size >= 20 && size >= 2 * readingSize(than) && hasSentencePunctuation(text);
}

/** Marks headings and list items among paragraph blocks, in place. */
export function markStructure(blocks: ArticleBlock[]): void {
  for (const block of blocks)
    if (block.kind === 'paragraph' && listMarker(block.text)) block.kind = 'list-item';
  const colonLevel = 2;
  const anyColonHeading = blocks.some(
    (b, i) => b.kind === 'paragraph' && isColonHeading(b.text) && blocks[i + 1],
  );
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (block.kind !== 'paragraph' || !next || next.kind === 'list-item') continue;
    if (isColonHeading(block.text) && !isColonHeading(next.text)) {
      block.kind = 'heading';
      block.level = colonLevel;
      continue;
    }
    if (!isPlainHeadingCandidate(block.text)) continue;
    const prev = blocks[i - 1];
    const leadsToProse =
      isProse(next.text, block.text) ||
      (isPlainHeadingCandidate(next.text) && !!blocks[i + 2] && isProse(blocks[i + 2].text, next.text));
    if (!leadsToProse) continue;
    // A lone short line between two short lines is a verse or a list, not a heading.
    if (prev && prev.kind !== 'heading' && !isProse(prev.text, block.text) && readingSize(prev.text) < 30)
      continue;
    block.kind = 'heading';
    block.level =
      prev?.kind === 'heading'
        ? Math.min((prev.level ?? colonLevel) + 1, 3)
        : anyColonHeading
          ? colonLevel + 1
          : colonLevel;
  }
}
