/**
 * How well a stored prefix or suffix agrees with the text that actually touches a candidate
 * match. The comparison is anchored at the match boundary: a prefix that occurs somewhere
 * nearby but not right before the quote is weak evidence, so it is not searched for loosely.
 */

/** Extra characters of text considered beyond the context's own length, for insertions. */
const SLACK_RATIO = 0.5;

let scratchA = new Int32Array(128);
let scratchB = new Int32Array(128);

/**
 * Edit distance between `context` and the best run of `text` that starts at `boundary` and
 * reads away from it (`direction` -1 reads backwards, for a prefix; +1 forwards, for a suffix).
 * The context is compared from its end nearest the quote outward.
 */
export function anchoredDistance(context: string, text: string, boundary: number, direction: 1 | -1): number {
  const m = context.length;
  if (m === 0) return 0;
  const room = direction < 0 ? boundary : text.length - boundary;
  const n = Math.min(room, m + Math.ceil(m * SLACK_RATIO));
  if (scratchA.length <= n) {
    scratchA = new Int32Array(n * 2 + 1);
    scratchB = new Int32Array(n * 2 + 1);
  }
  let prev = scratchA;
  let curr = scratchB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const c = direction < 0 ? context.charCodeAt(m - i) : context.charCodeAt(i - 1);
    curr[0] = i;
    for (let j = 1; j <= n; j++) {
      const t = direction < 0 ? text.charCodeAt(boundary - j) : text.charCodeAt(boundary + j - 1);
      const substitute = prev[j - 1] + (c === t ? 0 : 1);
      const insert = curr[j - 1] + 1;
      const remove = prev[j] + 1;
      curr[j] =
        substitute < insert ? (substitute < remove ? substitute : remove) : insert < remove ? insert : remove;
    }
    const swap = prev;
    prev = curr;
    curr = swap;
  }
  let best = prev[0];
  for (let j = 1; j <= n; j++) if (prev[j] < best) best = prev[j];
  return best;
}

/**
 * Similarity in [0, 1] of a stored context to the text at a boundary, or null when nothing
 * was stored (the quote was at the very start or end of the text).
 */
export function contextSimilarity(
  context: string,
  text: string,
  boundary: number,
  direction: 1 | -1,
): number | null {
  if (context.length === 0) return null;
  // The common case (text unchanged around the quote) needs no edit distance.
  if (exactContextRun(context, text, boundary, direction) === 1) return 1;
  return 1 - anchoredDistance(context, text, boundary, direction) / context.length;
}

/**
 * Cheap stand-in for `contextSimilarity` used to shortlist among many exact repeats: the
 * share of the context that matches character for character outward from the boundary.
 */
export function exactContextRun(context: string, text: string, boundary: number, direction: 1 | -1): number {
  const m = context.length;
  if (m === 0) return 0;
  let k = 0;
  if (direction < 0) {
    while (k < m && k < boundary && context.charCodeAt(m - 1 - k) === text.charCodeAt(boundary - 1 - k)) k++;
  } else {
    while (k < m && boundary + k < text.length && context.charCodeAt(k) === text.charCodeAt(boundary + k))
      k++;
  }
  return k / m;
}
