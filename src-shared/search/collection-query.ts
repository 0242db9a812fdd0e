/**
 * One query over one collection (articles, or passages): its candidates from the gram and tag
 * indexes, each candidate verified and scored, and the best of them. The best can be found two
 * ways with the same answer: by scoring every candidate (which also counts them all), or, when
 * the candidates are many, by scoring them in the order of a cheap upper bound of their score
 * and stopping once no candidate left can enter the list; the count then follows apart
 * (`count`), so the first screen of results does not wait for it.
 */
import type { Collection } from './collection';
import { ARTICLE_FIELDS, PASSAGE_FIELDS } from './documents';
import { probeFor, type Probe } from './block-filter';
import { GramIndex, intersect } from './gram-index';
import { nextMatch } from './match';
import type { ParsedQuery, QueryTerm } from './query';

/** Hits counted per term and field for ranking: fewer when the candidates are many. */
const HIT_CAP = 10;
const HIT_CAP_MANY = 1;
const MANY = 500;
/** Hits counted for the results shown. */
const SHOWN_HIT_CAP = 1000;
const TITLE_WEIGHT = 20;
/** Fields not searched up to this length are read to skip verifying a one- or two-character term. */
const UNSEARCHED_READ = 1024;
/** Candidates counted between two looks at `goOn` while counting. */
const COUNT_STRIDE = 64;

export interface Scored {
  doc: number;
  score: number;
  hits: number;
}

export interface Best {
  /** Best first (higher score, then newer). */
  top: Scored[];
  /** Documents matching, all of them when `exact`, else at least this many. */
  total: number;
  exact: boolean;
}

type Meta = { tags: readonly string[] };

export class CollectionQuery<M extends Meta> {
  private readonly candidates: number[];
  private readonly many: boolean;
  private readonly cap: number;
  private readonly unsearched: number[] = [];
  private readonly probes: (Probe | null)[];
  private readonly excludedProbes: (Probe | null)[];

  constructor(
    private readonly collection: Collection<M>,
    private readonly query: ParsedQuery,
    private readonly fieldIndexes: number[],
    /** The title's field index (its hits weigh more), -1 when the collection has none. */
    private readonly titleField: number,
    /** The filters the index does not answer (colors, dates); null when there are none. */
    private readonly keep: ((meta: M) => boolean) | null,
  ) {
    this.candidates = candidatesOf(collection, query);
    this.many = this.candidates.length > MANY;
    this.cap = this.many ? HIT_CAP_MANY : HIT_CAP;
    const fieldCount = Math.max(ARTICLE_FIELDS.length, PASSAGE_FIELDS.length);
    for (let f = 0; f < fieldCount; f++) if (!fieldIndexes.includes(f)) this.unsearched.push(f);
    this.probes = query.terms.map((term) => probeFor(term.text, term.mode === 'prefix'));
    this.excludedProbes = query.excluded.map((term) => probeFor(term.text, term.mode === 'prefix'));
  }

  /**
   * The best `limit` matches. With `firstScreen`, many candidates (when a term's hits are capped
   * at one, so that a score is fixed by which terms are in the title) are scored in the order of
   * that bound and the walk stops once none left can enter: the same list, and `exact` false
   * when some candidates were never read (`count` has the total then).
   */
  best(limit: number, firstScreen = false): Best {
    const { query, candidates } = this;
    if (query.terms.length === 0 && query.excluded.length === 0) return this.newest(limit);
    let best: Best;
    if (firstScreen && this.many && limit <= 200) best = this.bestByBound(limit);
    else {
      // A long list (the command line asks for many) is sorted once at the end instead.
      const keepAll = limit > 200;
      const top: Scored[] = [];
      let total = 0;
      // Newest first: among equal scores the newer document ranks first, so a tie never moves the top list.
      for (let c = candidates.length - 1; c >= 0; c--) {
        const scored = this.evaluate(candidates[c]);
        if (!scored) continue;
        total++;
        if (keepAll) top.push(scored);
        else insertTop(top, scored, limit);
      }
      if (keepAll) {
        top.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
        top.length = Math.min(top.length, limit);
      }
      best = { top, total, exact: true };
    }
    // Ranking counted a few hits per document; the results shown get their full count.
    for (const s of best.top) s.hits = this.countAll(s.doc);
    return best;
  }

  /** Every document matching; null when `goOn()` said stop first. */
  count(goOn: () => boolean = () => true): number | null {
    const { query, candidates } = this;
    if (query.terms.length === 0 && query.excluded.length === 0) return this.newest(0).total;
    let total = 0;
    for (let c = candidates.length - 1; c >= 0; c--) {
      if (c % COUNT_STRIDE === 0 && !goOn()) return null;
      if (this.evaluate(candidates[c])) total++;
    }
    return total;
  }

  /**
   * The walk by bound: a candidate's score is at most TITLE_WEIGHT for each term in its title
   * and 1 for each other term (hits are capped at one here), read from the title alone. Groups
   * of equal bound are scored from the highest, newest first within each; a candidate whose
   * bound cannot beat the last of a full list is passed over, and so is every one after it.
   */
  private bestByBound(limit: number): Best {
    const { candidates } = this;
    // Each candidate's bound (-1: left out by a filter), and the distinct bounds, highest first.
    const bounds = new Int32Array(candidates.length);
    const distinct: number[] = [];
    for (let c = 0; c < candidates.length; c++) {
      const bound = this.passesFilters(candidates[c]) ? this.bound(candidates[c]) : -1;
      bounds[c] = bound;
      if (bound >= 0 && !distinct.includes(bound)) distinct.push(bound);
    }
    distinct.sort((a, b) => b - a);
    const top: Scored[] = [];
    let found = 0;
    let passedOver = false;
    for (const bound of distinct) {
      for (let c = candidates.length - 1; c >= 0; c--) {
        if (bounds[c] !== bound) continue;
        const doc = candidates[c];
        const tail = top.length >= limit ? top[top.length - 1] : null;
        // Newest first within a bound: when this one cannot enter, no later one of it can.
        if (tail && !better({ doc, score: bound, hits: 0 }, tail)) {
          passedOver = true;
          break;
        }
        const scored = this.evaluate(doc);
        if (!scored) continue;
        found++;
        insertTop(top, scored, limit);
      }
    }
    return { top, total: found, exact: !passedOver };
  }

  /** The most a candidate can score (see bestByBound). */
  private bound(doc: number): number {
    const { titleField, query } = this;
    if (titleField < 0) return query.terms.length;
    const starts = this.collection.starts[doc]!;
    const titleEnd = starts[titleField + 1] - 1;
    const folded = this.collection.index.textStart(doc, titleEnd)!;
    let bound = 0;
    for (const term of query.terms)
      bound += nextMatch(folded, term, starts[titleField], titleEnd) >= 0 ? TITLE_WEIGHT : 1;
    return bound;
  }

  /** The candidate's score when it matches every term and filter and no excluded term, else null. */
  private evaluate(doc: number): Scored | null {
    if (!this.passesFilters(doc)) return null;
    const { collection, query, fieldIndexes, titleField, unsearched } = this;
    const index = collection.index;
    const folded = index.text(doc)!;
    const signatures = index.signature(doc);
    const starts = collection.starts[doc]!;
    // With many candidates, a one- or two-character term needs no verification when the
    // fields not searched are short (the removed text, usually empty) and do not hold it: its
    // posting list is exact, so it is in a searched field.
    const exact = this.many && unsearchedLength(starts, unsearched) <= UNSEARCHED_READ;
    let score = 0;
    let hits = 0;
    for (let t = 0; t < query.terms.length; t++) {
      const term = query.terms[t];
      if (
        exact &&
        term.mode === 'substring' &&
        GramIndex.isExact(term.text) &&
        !inAnyField(folded, term, starts, unsearched)
      ) {
        const inTitle =
          titleField >= 0 && nextMatch(folded, term, starts[titleField], starts[titleField + 1] - 1) >= 0;
        hits += 1;
        score += inTitle ? TITLE_WEIGHT : 1;
        continue;
      }
      const counted = countInFields(
        folded,
        term,
        starts,
        fieldIndexes,
        titleField,
        this.cap,
        signatures,
        this.probes[t],
      );
      if (counted.hits === 0) return null;
      hits += counted.hits;
      score += counted.score;
    }
    for (let t = 0; t < query.excluded.length; t++) {
      const term = query.excluded[t];
      const counted = countInFields(
        folded,
        term,
        starts,
        fieldIndexes,
        titleField,
        1,
        signatures,
        this.excludedProbes[t],
      );
      if (counted.hits > 0) return null;
    }
    return { doc, score, hits };
  }

  /** Every hit of the terms in the document's searched fields (for the results shown). */
  private countAll(doc: number): number {
    const { collection, query } = this;
    const folded = collection.index.text(doc)!;
    const signatures = collection.index.signature(doc);
    const starts = collection.starts[doc]!;
    let hits = 0;
    for (let t = 0; t < query.terms.length; t++)
      hits += countInFields(
        folded,
        query.terms[t],
        starts,
        this.fieldIndexes,
        -1,
        SHOWN_HIT_CAP,
        signatures,
        this.probes[t],
      ).hits;
    return hits;
  }

  /**
   * A query of filters only (tags, colors, dates): nothing to verify and every score equal, so the
   * candidates that pass the filters all count, the newest first.
   */
  private newest(limit: number): Best {
    const top: Scored[] = [];
    let total = 0;
    for (let c = this.candidates.length - 1; c >= 0; c--) {
      const doc = this.candidates[c];
      if (!this.passesFilters(doc)) continue;
      total++;
      if (top.length < limit) top.push({ doc, score: 0, hits: 0 });
    }
    return { top, total, exact: true };
  }

  /** Whether a document passes the filters the index does not answer (colors, dates). */
  private passesFilters(doc: number): boolean {
    if (!this.keep) return true;
    const meta = this.collection.metas[doc];
    return meta !== undefined && meta !== null && this.keep(meta);
  }
}

/** The documents that may match: the terms' candidates and the tagged documents, intersected. */
function candidatesOf<M extends Meta>(collection: Collection<M>, query: ParsedQuery): number[] {
  const index = collection.index;
  const lists = query.terms.map((t) => index.candidates(t.text));
  // A tag filter is answered by the tag index: the tagged documents (it may list removed ones:
  // check liveness). A document's tags never change under its number (a change re-adds it).
  if (query.tags.length > 0) lists.push(collection.tags.docs(query.tags).filter((doc) => index.isAlive(doc)));
  if (lists.length === 0) return index.liveDocs();
  lists.sort((a, b) => a.length - b.length);
  let candidates = lists[0];
  for (let i = 1; i < lists.length; i++) candidates = intersect(candidates, lists[i]);
  return candidates;
}

/**
 * Hits of a term in the searched fields of one document, in one pass over the span those
 * fields cover (a match never crosses a field: the separator is in no query). Title hits weigh more.
 */
function countInFields(
  folded: string,
  term: QueryTerm,
  starts: readonly number[],
  fieldIndexes: readonly number[],
  titleField: number,
  cap: number,
  signatures: Uint32Array | null = null,
  probe: Probe | null = null,
): { hits: number; score: number } {
  const from = starts[fieldIndexes[0]];
  const to = starts[fieldIndexes[fieldIndexes.length - 1] + 1] - 1;
  let hits = 0;
  let score = 0;
  let at = nextMatch(folded, term, from, to, signatures, probe);
  while (at >= 0) {
    let field = fieldIndexes[0];
    while (starts[field + 1] <= at) field++;
    if (fieldIndexes.includes(field)) {
      hits++;
      score += field === titleField ? TITLE_WEIGHT : 1;
      // At the cap: stop, rather than read on for a match that would not be counted.
      if (hits >= cap) break;
    }
    at = nextMatch(folded, term, at + term.text.length, to, signatures, probe);
  }
  return { hits, score };
}

/** Total length of the fields not searched (those this document's kind has). */
function unsearchedLength(starts: readonly number[], unsearched: readonly number[]): number {
  let length = 0;
  for (const f of unsearched) if (f + 1 < starts.length) length += starts[f + 1] - 1 - starts[f];
  return length;
}

/** True when the term is in one of the fields (those this document's kind has). */
function inAnyField(
  folded: string,
  term: QueryTerm,
  starts: readonly number[],
  fields: readonly number[],
): boolean {
  for (const f of fields)
    if (f + 1 < starts.length && nextMatch(folded, term, starts[f], starts[f + 1] - 1) >= 0) return true;
  return false;
}

function better(a: Scored, b: Scored): boolean {
  return a.score > b.score || (a.score === b.score && a.doc > b.doc);
}

/** Keeps `top` the best `limit` entries, best first (higher score, then the later document). */
function insertTop(top: Scored[], entry: Scored, limit: number): void {
  if (top.length >= limit && !better(entry, top[top.length - 1])) return;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (better(entry, top[mid])) hi = mid;
    else lo = mid + 1;
  }
  top.splice(lo, 0, entry);
  if (top.length > limit) top.pop();
}
