/**
 * Block signatures (block-filter.ts): reading only the blocks of a long text that may hold a
 * term finds exactly the matches a full read finds — across block edges, for long phrases, for
 * word prefixes — and a query of filters only counts and orders what a plain filter would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/search-corpus';
import { BLOCK, blockMayHold, blockSignatures, probeFor } from '../../src-shared/search/block-filter';
import type { ArticleDocument, PassageDocument } from '../../src-shared/search/documents';
import { SearchEngine } from '../../src-shared/search/engine';
import { fold } from '../../src-shared/search/fold';
import { GramIndex } from '../../src-shared/search/gram-index';
import { nextMatch } from '../../src-shared/search/match';
import type { QueryTerm } from '../../src-shared/search/query';

const seed = fold(readFileSync(join(__dirname, '../fixtures/seed-article.txt'), 'utf8'));

/** Blocks holding a match start whose signature says they cannot (must be none). */
function missedBlocks(text: string, term: QueryTerm, starts: number[]): number[] {
  const signatures = blockSignatures(text)!;
  const probe = probeFor(term.text, term.mode === 'prefix')!;
  return starts
    .map((at) => Math.floor(at / BLOCK))
    .filter((block) => !blockMayHold(signatures, block, probe));
}

/** Every match of the term, by a full read (no signatures) or through the signatures. */
function allMatches(text: string, term: QueryTerm, filtered: boolean): number[] {
  const signatures = filtered ? blockSignatures(text) : null;
  const probe = filtered ? probeFor(term.text, term.mode === 'prefix') : null;
  const found: number[] = [];
  let at = nextMatch(text, term, 0, text.length, signatures, probe);
  while (at >= 0) {
    found.push(at);
    at = nextMatch(text, term, at + 1, text.length, signatures, probe);
  }
  return found;
}

function term(text: string, mode: QueryTerm['mode'] = 'substring'): QueryTerm {
  return { text, mode, raw: text };
}

describe('block signatures', () => {
  it('are made for long texts only', () => {
    expect(blockSignatures(seed)).not.toBeNull();
    expect(blockSignatures(seed.slice(0, 100))).toBeNull();
    expect(probeFor('ab', false)).toBeNull();
    expect(probeFor('abc', false)).not.toBeNull();
  });

  it('find every match a full read finds: random substrings, block edges, long phrases', () => {
    const random = seededRandom(21);
    const text = seed + seed.slice(7) + seed.slice(13);
    expect(blockSignatures(text)).not.toBeNull();
    let checked = 0;
    for (let i = 0; i < 600; i++) {
      // Half of the draws straddle a block edge; some are longer than the signature's overlap.
      const length = 3 + Math.floor(random() * (i % 7 === 0 ? 60 : 8));
      const edge = BLOCK * (1 + Math.floor(random() * (text.length / BLOCK - 2)));
      const start =
        i % 2 === 0 ? edge - Math.floor(random() * length) : Math.floor(random() * (text.length - length));
      const needle = text.slice(start, start + length);
      if (needle.includes('\u0000')) continue;
      const want = allMatches(text, term(needle), false);
      expect(want).toContain(start);
      expect(missedBlocks(text, term(needle), want)).toEqual([]);
      expect(allMatches(text, term(needle), true), JSON.stringify(needle)).toEqual(want);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('find word prefixes only at a word start, as a full read does', () => {
    const filler = '政策文本'.repeat(BLOCK);
    const text = `${filler} already unreal ${filler} realm ${filler} surreal real ${filler}`;
    const real = term('real', 'prefix');
    expect(allMatches(text, real, false)).toEqual([text.indexOf('realm'), text.indexOf(' real ') + 1]);
    expect(allMatches(text, real, true)).toEqual(allMatches(text, real, false));
    const random = seededRandom(5);
    const words = [...new Set(seed.match(/[a-z]{4,}/g) ?? [])];
    for (let i = 0; i < 200; i++) {
      const word = words[Math.floor(random() * words.length)];
      const prefix = term(word.slice(0, 3 + Math.floor(random() * (word.length - 2))), 'prefix');
      const want = allMatches(seed, prefix, false);
      expect(missedBlocks(seed, prefix, want)).toEqual([]);
      expect(allMatches(seed, prefix, true), prefix.text).toEqual(want);
    }
  });

  it('find nothing where the bigrams are all present but never adjacent', () => {
    const text = `${'十三'.repeat(200)}${'三条'.repeat(200)}${'条规'.repeat(200)}`;
    expect(allMatches(text, term('十三条规'), true)).toEqual([]);
    expect(allMatches(`${text}十三条规`, term('十三条规'), true)).toEqual([text.length]);
  });
});

describe('a query of filters only', () => {
  function article(i: number, tags: string[]): ArticleDocument {
    return {
      id: `a${i}`,
      title: `Title ${i}`,
      byline: null,
      siteName: null,
      text: `text ${i}`,
      note: '',
      tags,
      removed: '',
      publishedAt: `20${10 + (i % 10)}-01-01`,
      importedAt: '2026-01-01T00:00:00Z',
    };
  }
  function passage(i: number, tags: string[], color: string): PassageDocument {
    return {
      id: `h${i}`,
      articleId: `a${i % 50}`,
      quote: `quote ${i}`,
      note: '',
      tags,
      color,
      createdAt: '',
    };
  }

  it('counts every live document that passes and lists the newest first', () => {
    const articles = Array.from({ length: 50 }, (_, i) => article(i, i % 3 === 0 ? ['Policy/x'] : ['law']));
    const colors = ['yellow', 'green', 'blue'];
    const passages = Array.from({ length: 300 }, (_, i) =>
      passage(i, i % 2 === 0 ? ['policy'] : [], colors[i % 3]),
    );
    const engine = SearchEngine.build(articles, passages);
    engine.removeArticle('a48');
    engine.removePassage('h298');

    const tagged = engine.search('tag:policy', { limit: 5 });
    const wantArticles = articles.filter((a, i) => i % 3 === 0 && a.id !== 'a48').map((a) => a.id);
    expect(tagged.totalArticles).toBe(wantArticles.length);
    expect(tagged.articles.map((a) => a.id)).toEqual(wantArticles.reverse().slice(0, 5));
    const wantPassages = passages.filter((p, i) => i % 2 === 0 && p.id !== 'h298').map((p) => p.id);
    expect(tagged.totalPassages).toBe(wantPassages.length);
    expect(tagged.passages.map((p) => p.id)).toEqual(wantPassages.reverse().slice(0, 5));

    const green = engine.search('tag:policy color:green', { limit: 1000 });
    expect(green.totalArticles).toBe(0);
    expect(green.passages.map((p) => p.id)).toEqual(
      passages
        .filter((p, i) => i % 2 === 0 && p.color === 'green' && p.id !== 'h298')
        .map((p) => p.id)
        .reverse(),
    );
    const dated = engine.search('tag:law after:2015', { limit: 1000 });
    expect(dated.articles.map((a) => a.id)).toEqual(
      articles
        .filter((a, i) => i % 3 !== 0 && a.publishedAt! >= '2015')
        .map((a) => a.id)
        .reverse(),
    );
  });
});

describe('signatures made in the background', () => {
  it('a build leaves them to prepare, which stops when told and goes on where it stopped', () => {
    const texts = [seed, seed.slice(0, 100), seed.slice(500), seed.slice(1000)];
    const index = GramIndex.build(texts);
    expect(texts.map((_, doc) => index.signature(doc))).toEqual([null, null, null, null]);
    // One document per call when told to stop at once: three calls leave some, the fourth none.
    let calls = 0;
    while (index.prepare(() => false)) calls++;
    expect(calls).toBe(3);
    expect(index.signature(0)).toEqual(blockSignatures(seed));
    expect(index.signature(1)).toBeNull();
    expect(index.signature(3)).toEqual(blockSignatures(seed.slice(1000)));
    // A single addition has them at once.
    const added = index.add(seed.slice(200));
    expect(index.signature(added)).toEqual(blockSignatures(seed.slice(200)));
    expect(index.prepare(() => true)).toBe(false);
  });
});
