/**
 * Surrogate-pair-safe offset arithmetic on UTF-16 strings. Offsets everywhere are code units,
 * but a highlight boundary must never fall between the two halves of one character.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` lies between a high and a low surrogate of the same character. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Moves a start offset back so a character cut in half is included whole. */
export function snapStart(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset - 1 : offset;
}

/** Moves an end offset forward so a character cut in half is included whole. */
export function snapEnd(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset + 1 : offset;
}

/** The offset `count` code points before `offset` (or 0). */
export function codePointsBefore(text: string, offset: number, count: number): number {
  let at = offset;
  for (let n = 0; n < count && at > 0; n++) {
    at -= at >= 2 && splitsSurrogatePair(text, at - 1) ? 2 : 1;
  }
  return at;
}

/** The offset `count` code points after `offset` (or the text's length). */
export function codePointsAfter(text: string, offset: number, count: number): number {
  let at = offset;
  for (let n = 0; n < count && at < text.length; n++) {
    at += splitsSurrogatePair(text, at + 1) ? 2 : 1;
  }
  return at;
}

/** Number of code points in a string (a surrogate pair counts once). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!splitsSurrogatePair(text, i + 1)) count++;
  }
  return count;
}
