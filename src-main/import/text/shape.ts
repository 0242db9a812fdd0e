/**
 * The shape of a line of plain text, as the text extractor's rules need it: how long it reads
 * (Han characters and Latin words alike), whether it holds a sentence, whether it starts like
 * a list item. Script-neutral, so the same thresholds serve Chinese and English pages.
 */

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
/** Chinese and Japanese: scripts that write words without spaces between them (Korean does not). */
const UNSPACED_G = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g;

export function isCjkChar(ch: string): boolean {
  return CJK.test(ch);
}

/** Reading length: one per CJK character, one per Latin word or number. */
export function readingSize(text: string): number {
  if (text.length > 4000) return text.length; // long enough for every rule; no need to count
  let size = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjkCode(code)) {
      size++;
      inWord = false;
    } else if (isWordCode(code, text[i])) {
      if (!inWord) size++;
      inWord = true;
    } else inWord = false;
  }
  return size;
}

function isCjkCode(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xac00 && code <= 0xd7af)
  );
}

function isWordCode(code: number, ch: string): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHAR.test(ch) || (code >= 0xd800 && code <= 0xdbff);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Mostly Chinese or Japanese: words are not separated by spaces, so a space separates items. */
export function isMostlyCjk(text: string): boolean {
  const known = cjkVerdicts.get(text);
  if (known !== undefined) return known;
  // The first few thousand characters tell; a megabyte-long line need not be read through.
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const cjk = sample.match(UNSPACED_G)?.length ?? 0;
  const letters = sample.match(/[A-Za-z]/g)?.length ?? 0;
  const verdict = cjk > 0 && cjk >= letters / 4;
  // The classifiers ask about the same lines many times; remember the answers for a while.
  if (cjkVerdicts.size > 4096) cjkVerdicts.clear();
  cjkVerdicts.set(text, verdict);
  return verdict;
}

const cjkVerdicts = new Map<string, boolean>();

/**
 * Punctuation that only sentences carry: Chinese ，。！？；, or Latin ,.!?; followed by a
 * space, the end, or a CJK character (pages mix ASCII commas into Chinese). "5.44" is a number.
 */
export function hasSentencePunctuation(text: string): boolean {
  return /[，。！？；]/.test(text) || /[\p{L}\p{N})”"'’][,.!?;](?=\s|$|[\u3400-\u9fff“"])/u.test(text);
}

/** Ends like a finished sentence (or a quotation closing one). */
export function endsSentence(text: string): boolean {
  return /[。！？.!?…”」』"')）]$/.test(text);
}

/** "1. ", "2、", "(3)", "• ": the mark of a list item, or null. */
export function listMarker(text: string): { number: number | null } | null {
  const numbered =
    /^(\d{1,3})(?:[.．、)）](?!\d)|\s*[.．、)）]\s)/.exec(text) ?? /^[（(](\d{1,3})[)）]/.exec(text);
  if (numbered) return { number: Number(numbered[1]) };
  if (/^[•·●▪◦■□◆◇▶►\-*–]\s+\S/.test(text)) return { number: null };
  return null;
}

/** The items of a line that lists things: separated by runs of spaces, tabs, bars or bullets. */
export function lineItems(text: string): string[] {
  const separator = isMostlyCjk(text) ? /\s+|[|｜•·]/ : /\s{2,}|\t|\s*[|｜•·]\s*/;
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
