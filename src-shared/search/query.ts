/**
 * The search query language: words, "exact phrases", -exclusions and filters.
 *
 *   记者 climate "carbon tax" -draft tag:policy color:green in:notes after:2020 before:2021-06
 *
 * A term containing CJK characters (or any character that is not a letter or digit) matches as
 * a plain substring, one character included; a Latin/digit word matches at the start of a word
 * (prefix), after a simple English stemming (searching → search). Every term is folded the same
 * way as the indexed text.
 */
import { fold } from './fold';

export type SearchField = 'title' | 'text' | 'highlights' | 'notes';
export const SEARCH_FIELDS: readonly SearchField[] = ['title', 'text', 'highlights', 'notes'];

export interface QueryTerm {
  /** Folded text to look for. */
  text: string;
  /** `prefix`: at the start of a word (Latin letters and digits); `substring`: anywhere. */
  mode: 'prefix' | 'substring';
  /** What the person typed, for messages and the find bar. */
  raw: string;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  excluded: QueryTerm[];
  tags: string[];
  colors: string[];
  fields: SearchField[];
  /** Published strictly before / on or after these ISO date prefixes. */
  before: string | null;
  after: string | null;
  /** Filters that were not understood (shown to the person). */
  unknown: string[];
}

const WORD = /^[\p{L}\p{N}]+$/u;
const LATIN_WORD = /^[a-z0-9]+$/;
const DATE = /^\d{4}(-\d{1,2}(-\d{1,2})?)?$/;

/** Removes common English endings: a light stemmer so that "searches" finds "search". */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const rules: [RegExp, string][] = [
    [/ies$/, ''],
    [/(ss|sh|ch|x|z)es$/, '$1'],
    [/([^s])s$/, '$1'],
    [/([a-z]{3,})ing$/, '$1'],
    [/([a-z]{3,})ed$/, '$1'],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(word)) {
      const stemmed = word.replace(pattern, replacement);
      return stemmed.length >= 3 ? stemmed : word;
    }
  }
  return word;
}

/** Builds the term for one typed word or phrase. */
export function makeTerm(raw: string, phrase = false): QueryTerm | null {
  const text = fold(raw);
  if (text.trim() === '') return null;
  if (!phrase && LATIN_WORD.test(text)) return { text: stem(text), mode: 'prefix', raw };
  return { text, mode: 'substring', raw };
}

function normalizeDate(value: string): string | null {
  if (!DATE.test(value)) return null;
  const [y, m, d] = value.split('-');
  return [y, m?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
}

/** Splits a query into tokens, keeping "quoted phrases" (straight or curly quotes) together. */
function tokenize(query: string): { token: string; phrase: boolean; negated: boolean }[] {
  const tokens: { token: string; phrase: boolean; negated: boolean }[] = [];
  const pattern = /(-?)(?:["“”「」『』]([^"“”「」『』]*)["“”「」『』]?|(\S+))/gu;
  for (const match of query.normalize('NFKC').matchAll(pattern)) {
    const negated = match[1] === '-';
    if (match[2] !== undefined) tokens.push({ token: match[2], phrase: true, negated });
    else if (match[3] !== undefined) tokens.push({ token: match[3], phrase: false, negated });
  }
  return tokens;
}

export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = {
    terms: [],
    excluded: [],
    tags: [],
    colors: [],
    fields: [],
    before: null,
    after: null,
    unknown: [],
  };
  for (const { token, phrase, negated } of tokenize(query)) {
    const filter = phrase ? null : /^(tag|color|colour|in|before|after):(.+)$/i.exec(token);
    if (filter && !negated) {
      const [, key, rawValue] = filter;
      const value = rawValue.toLowerCase();
      switch (key.toLowerCase()) {
        case 'tag':
          parsed.tags.push(value.replace(/^#/, ''));
          break;
        case 'color':
        case 'colour':
          parsed.colors.push(value);
          break;
        case 'in':
          for (const part of value.split(',')) {
            if ((SEARCH_FIELDS as readonly string[]).includes(part)) parsed.fields.push(part as SearchField);
            else parsed.unknown.push(token);
          }
          break;
        default: {
          const date = normalizeDate(value);
          if (!date) parsed.unknown.push(token);
          else if (key.toLowerCase() === 'before') parsed.before = date;
          else parsed.after = date;
        }
      }
      continue;
    }
    const term = makeTerm(token, phrase || !WORD.test(token));
    if (!term) continue;
    (negated ? parsed.excluded : parsed.terms).push(term);
  }
  return parsed;
}

/** True when the query asks for nothing at all (no words and no filters). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return (
    query.terms.length === 0 &&
    query.tags.length === 0 &&
    query.colors.length === 0 &&
    query.before === null &&
    query.after === null
  );
}
