/**
 * Highlight anchoring: selectors made from a selection, and re-anchoring them in unchanged,
 * shifted, edited, re-decoded and unrelated text. The rule under test throughout: a highlight
 * lands on its own passage or nowhere (an orphan), never on other text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../src-shared/articles/canonical-text';
import { anchor, anchorAll, describeRange } from '../../src-shared/anchoring';
import {
  applyEdits,
  makeEditedText,
  makeHighlights,
  mapOffset,
  planEdits,
} from '../../bench/anchoring-support';
import { codePointLength } from '../../src-shared/anchoring/code-points';
import { findByScanning, TextIndex } from '../../src-shared/anchoring/text-index';

const ENGLISH_BLOCKS = [
  'The river that runs through the old town was, for most of the last century, a drain. Factories upstream poured dye into it, and the city answered by covering two kilometres of it with concrete.',
  'When the last mill closed in 1998, a group of residents began asking what lay under the car park on Bridge Street. The council said the river was too polluted to open. The residents kept asking.',
  'It took eleven years, three public inquiries and a change of mayor before the first slab was lifted. What they found surprised everyone: the water under the concrete was clearer than the water upstream.',
  'Engineers explained that the culvert had protected the river from the runoff of the streets above. In the city, they said, the surprise was not that the river had survived but that anyone had remembered it.',
  'The restoration cost less than the repairs the culvert would have needed. In the city, that argument won more votes than any photograph of kingfishers, though the photographs helped.',
  'Today the river is shallow, quick and full of small fish. Children paddle where delivery vans once parked, and the old mill is a school. The residents who kept asking still meet on the first Monday of each month.',
  'Not everyone is pleased. Shopkeepers on Bridge Street lost their parking and say that trade fell by a fifth. The council points to new cafés along the bank; the shopkeepers point to the cafés’ rents.',
  'Other towns have since sent delegations. Most leave with the same question: how do you keep asking for eleven years? The answer from the residents is always the same: you meet on the first Monday of each month.',
];
const ENGLISH = canonicalText(ENGLISH_BLOCKS.map((text) => ({ text })));

const CHINESE = readFileSync(resolve(__dirname, '../fixtures/seed-article.txt'), 'utf8');

/** Selectors for the first occurrence of `phrase` (or its `nth` occurrence). */
function highlightOf(text: string, phrase: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`phrase not in text: ${phrase}`);
  return describeRange(text, at, at + phrase.length);
}

function nthIndex(text: string, phrase: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  return at;
}

describe('describeRange', () => {
  it('keeps the quote and 32 characters of context on each side', () => {
    const { quote, position } = highlightOf(ENGLISH, 'the water under the concrete');
    expect(quote.exact).toBe('the water under the concrete');
    expect(quote.prefix).toBe('first slab was lifted. What they found surprised everyone: '.slice(-32));
    expect(quote.suffix).toBe(' was clearer than the water upstream.'.slice(0, 32));
    expect(ENGLISH.slice(position.start, position.end)).toBe(quote.exact);
  });

  it('counts Chinese context in characters, not words', () => {
    const { quote } = highlightOf(CHINESE, '形成了无法割舍的血肉亲情');
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
    expect(CHINESE).toContain(quote.prefix + quote.exact + quote.suffix);
  });

  it('counts a surrogate pair as one character of context and never cuts one', () => {
    const text =
      'Reactions: ' +
      '👍🏽🎉'.repeat(20) +
      ' and then the quote itself, followed by 😀😀😀 more 😀 text and a little more after it.';
    const at = text.indexOf('the quote');
    const { quote } = describeRange(text, at, at + 'the quote itself'.length);
    expect(codePointLength(quote.prefix)).toBe(32);
    expect(quote.prefix.length).toBeGreaterThan(32);
    const first = quote.prefix.charCodeAt(0);
    expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
    expect(codePointLength(quote.suffix)).toBe(32);
    expect(text).toContain(quote.prefix + quote.exact + quote.suffix);
  });

  it('widens a selection that starts or ends inside a surrogate pair', () => {
    const text = 'ab😀cd😀ef';
    const { quote, position } = describeRange(text, 3, 7);
    expect(position).toMatchObject({ start: 2, end: 8 });
    expect(quote.exact).toBe('😀cd😀');
  });

  it('clamps to the text and accepts a reversed selection', () => {
    const { position } = describeRange('short text', 8, -5);
    expect(position).toMatchObject({ start: 0, end: 8 });
    expect(describeRange('short text', 4, 99).position.end).toBe(10);
  });
});

describe('anchor', () => {
  it('places an unchanged highlight by its position', () => {
    const selectors = highlightOf(ENGLISH, 'a group of residents');
    expect(anchor(ENGLISH, selectors)).toMatchObject({
      start: selectors.position.start,
      end: selectors.position.end,
      method: 'position',
    });
  });

  it('tells a repeated phrase apart by its prefix and suffix', () => {
    const phrase = 'In the city';
    expect(nthIndex(ENGLISH, phrase, 1)).toBeGreaterThan(0);
    const second = highlightOf(ENGLISH, phrase, 1);
    // Shift everything so the stored position is useless, and move the hint to the first copy.
    const shifted = 'Editor’s note: updated with the council’s figures.\n\n' + ENGLISH;
    const result = anchor(shifted, second, { hint: nthIndex(shifted, phrase, 0) });
    expect(result).toMatchObject({ start: nthIndex(shifted, phrase, 1), method: 'quote' });
  });

  it('chooses the nearest repeat when the context is the same', () => {
    const paragraph =
      'Minutes of the meeting were approved without changes. The chair thanked the volunteers.';
    const text = [paragraph, paragraph, paragraph, paragraph].join('\n\n');
    const third = nthIndex(text, 'approved without changes', 2);
    const selectors = describeRange(text, third, third + 'approved without changes'.length);
    const edited = 'Draft. ' + text;
    expect(anchor(edited, selectors)).toMatchObject({ start: third + 'Draft. '.length, method: 'quote' });
  });

  describe('follows a quote through edits around and inside it', () => {
    const quotes = [
      [ENGLISH, 'the culvert had protected the river from the runoff of the streets above'],
      [ENGLISH, 'Shopkeepers on Bridge Street lost their parking and say that trade fell by a fifth'],
      [ENGLISH, 'how do you keep asking for eleven years?'],
      [CHINESE, '深圳和毕节的距离不断缩短、联系日益密切,形成了无法割舍的血肉亲情'],
      [CHINESE, '正在资源与资本、技术与市场、开放与开发的全新高度和平台上'],
      [CHINESE, '交谈中,厉有为向习仲勋汇报了中央决定让深圳对口帮扶贵州的毕节和黔南两个地州的情况'],
    ] as const;

    for (const [text, phrase] of quotes) {
      for (const share of [0.01, 0.05, 0.1, 0.15, 0.2]) {
        for (const kind of ['insert', 'delete'] as const) {
          it(`${kind} ${share * 100}% in "${phrase.slice(0, 24)}…"`, () => {
            const at = text.indexOf(phrase);
            expect(at).toBeGreaterThanOrEqual(0);
            const selectors = describeRange(text, at, at + phrase.length);
            const count = Math.max(1, Math.round(phrase.length * share));
            const editedQuote = editInside(phrase, count, kind);
            // The context changes too: a word inserted before, a character dropped after.
            const before = text.slice(0, at - 12) + 'indeed ' + text.slice(at - 12, at);
            const after =
              text.slice(at + phrase.length, at + phrase.length + 5) + text.slice(at + phrase.length + 6);
            const edited = before + editedQuote + after;
            const result = anchor(edited, selectors);
            expect(result).not.toBeNull();
            expect(result!.method).toBe('fuzzy');
            expect(Math.abs(result!.start - before.length)).toBeLessThanOrEqual(1);
            expect(Math.abs(result!.end - (before.length + editedQuote.length))).toBeLessThanOrEqual(1);
          });
        }
      }
    }
  });

  it('orphans a highlight whose passage was deleted, even when its words occur elsewhere', () => {
    // "In the city" occurs twice; delete the sentence holding the second one.
    const selectors = highlightOf(ENGLISH, 'In the city', 1);
    const sentence =
      'In the city, that argument won more votes than any photograph of kingfishers, though the photographs helped.';
    const edited = ENGLISH.replace(sentence, '');
    expect(edited).toContain('In the city');
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('orphans every highlight of a deleted paragraph instead of painting other text', () => {
    const removed = 5;
    const blocks = ENGLISH_BLOCKS.filter((_, i) => i !== removed);
    const edited = canonicalText(blocks.map((text) => ({ text })));
    const start = ENGLISH.indexOf(ENGLISH_BLOCKS[removed]);
    // The paragraph shares these words with the last one: finding that copy is finding the same
    // words in the same sentence; anything else would be a misplaced highlight.
    const SHARED = ' meet on the first Monday of each month.';
    const shared = edited.lastIndexOf(SHARED);
    for (let from = start; from < start + ENGLISH_BLOCKS[removed].length - 20; from += 7) {
      for (const length of [8, 15, 30]) {
        const selectors = describeRange(ENGLISH, from, from + length);
        const result = anchor(edited, selectors);
        if (!result) continue;
        expect(edited.slice(result.start, result.end)).toBe(selectors.quote.exact);
        expect(result.start).toBeGreaterThanOrEqual(shared);
        expect(result.end).toBeLessThanOrEqual(shared + SHARED.length);
      }
    }
  });

  it('orphans a long boilerplate quote whose own section was deleted', () => {
    const header = '<!-- INFO END -->\n\n## Chapter One  General Provisions';
    const sections = [
      'Regulations on city parks, adopted 12 March 2004.',
      'Regulations on street lighting, adopted 2 June 2011.',
      'Regulations on river banks, adopted 30 October 2019.',
    ].map((title, i) => `${title}\n\n${header}\n\nArticle 1. These rules apply to item ${i + 1}.`);
    const text = sections.join('\n\n');
    const at = nthIndex(text, header, 1);
    const selectors = describeRange(text, at, at + header.length);
    const edited = [sections[0], sections[2]].join('\n\n');
    expect(edited).toContain(header);
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('orphans a long quote that also occurs in another sentence once its own is gone', () => {
    const phrase = 'meet on the first Monday of each month.';
    expect(nthIndex(ENGLISH, phrase, 1)).toBeGreaterThan(0);
    const selectors = highlightOf(ENGLISH, phrase, 0);
    const edited = canonicalText(ENGLISH_BLOCKS.filter((_, i) => i !== 5).map((text) => ({ text })));
    expect(edited).toContain(phrase);
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('does not trust a long quote alone when it is repeated elsewhere', () => {
    const refrain = 'And still the river ran, under the concrete, clear and cold, waiting for someone.';
    const blocks = [
      `In 1950 the culvert was built. ${refrain} Nobody came.`,
      `In 1998 the mills closed. ${refrain} The residents came.`,
      `In 2009 the slabs were lifted. ${refrain} Everyone came.`,
    ];
    // Far apart, so the copies are not lookalikes at about the same place (that is ambiguous anyway).
    const far = [ENGLISH, ENGLISH].join('\n\n');
    const text = canonicalText([blocks[0], far, blocks[1], blocks[2]].map((b) => ({ text: b })));
    const selectors = highlightOf(text, refrain, 1);
    const edited = canonicalText([blocks[0], far, blocks[2]].map((b) => ({ text: b })));
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('places a whole paragraph found once when blocks are restored on both sides of it', () => {
    const selectors = highlightOf(ENGLISH, ENGLISH_BLOCKS[4]);
    const blocks = [...ENGLISH_BLOCKS];
    blocks.splice(5, 0, 'Share this story: Facebook | Twitter | Email');
    blocks.splice(4, 0, 'Advertisement');
    const edited = canonicalText(blocks.map((text) => ({ text })));
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ method: 'quote', start: edited.indexOf(ENGLISH_BLOCKS[4]) });
  });

  it('anchors in Chinese text after edits, with context counted in characters', () => {
    const phrase = '比鸡蛋“飞”得更快的,是毕节的电';
    const selectors = highlightOf(CHINESE, phrase);
    const edited = CHINESE.replace('比鸡蛋“飞”得更快的', '比鸡蛋“飞”得还要更快的').replace(
      '织金电厂',
      '织金县电厂',
    );
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ method: 'fuzzy', start: edited.indexOf('比鸡蛋') });
    expect(edited.slice(result!.start, result!.end)).toBe('比鸡蛋“飞”得还要更快的,是毕节的电');
  });

  it('handles emoji before and inside the quote without cutting a character', () => {
    const text =
      '🎉🎉 Launch day 🚀! '.repeat(10) + 'The team 👩🏽‍💻 shipped the 📦 release at noon, then went home.';
    const phrase = 'The team 👩🏽‍💻 shipped the 📦 release';
    const selectors = highlightOf(text, phrase);
    const edited = '🙂' + text.replace('shipped the 📦 release', 'shipped the 📦📦 release');
    const result = anchor(edited, selectors);
    expect(result).not.toBeNull();
    expect(edited.slice(result!.start, result!.end)).toBe('The team 👩🏽‍💻 shipped the 📦📦 release');
    expect(anchor('🙂' + text, selectors)).toMatchObject({
      method: 'quote',
      start: selectors.position.start + 2,
    });
  });

  it('anchors a quote that spans paragraphs', () => {
    const start = ENGLISH.indexOf('anyone had remembered it.');
    const end = ENGLISH.indexOf('The restoration cost less') + 'The restoration cost less'.length;
    const selectors = describeRange(ENGLISH, start, end);
    expect(selectors.quote.exact).toContain('\n\n');
    const blocks = [...ENGLISH_BLOCKS];
    blocks[3] = blocks[3].replace('In the city, they said', 'In the city, engineers said');
    const edited = canonicalText(blocks.map((text) => ({ text })));
    const result = anchor(edited, selectors);
    expect(result).not.toBeNull();
    expect(edited.slice(result!.start, result!.end)).toBe(
      'anyone had remembered it.\n\nThe restoration cost less',
    );
  });

  it('re-anchors by quote after a removed block is restored above it', () => {
    const highlights = [
      { id: 'a', ...highlightOf(ENGLISH, 'It took eleven years') },
      { id: 'b', ...highlightOf(ENGLISH, 'clearer than the water upstream') },
      { id: 'c', ...highlightOf(ENGLISH, 'Not everyone is pleased.') },
    ];
    const restored = 'Advertisement: subscribe to our newsletter for weekly stories about the city.';
    const blocks = [...ENGLISH_BLOCKS];
    blocks.splice(2, 0, restored);
    const edited = canonicalText(blocks.map((text) => ({ text })));
    const { anchored, orphans } = anchorAll(edited, highlights);
    expect(orphans).toEqual([]);
    for (const h of highlights) {
      const result = anchored.get(h.id)!;
      expect(result.method).toBe('quote');
      expect(result.start).toBe(h.position.start + restored.length + 2);
      expect(edited.slice(result.start, result.end)).toBe(h.quote.exact);
    }
  });

  it('anchors on the right decoding of GBK bytes and orphans on mojibake', () => {
    const bytes = iconv.encode(CHINESE, 'gbk');
    const right = iconv.decode(bytes, 'gbk');
    const wrong = iconv.decode(bytes, 'big5');
    const wrongWestern = iconv.decode(bytes, 'windows-1252');
    const phrases = ['形成了无法割舍的血肉亲情', '互利共赢的全方位合作新模式', '点亮深圳的万家灯火'];
    for (const phrase of phrases) {
      const selectors = highlightOf(CHINESE, phrase);
      expect(anchor(right, selectors)).toMatchObject({ start: selectors.position.start, method: 'position' });
      expect(anchor(wrong, selectors)).toBeNull();
      expect(anchor(wrongWestern, selectors)).toBeNull();
    }
    // A highlight made while the text was garbled does not survive decoding it right.
    const garbled = describeRange(wrong, 400, 420);
    expect(anchor(right, garbled)).toBeNull();
  });

  it('returns null for an empty quote', () => {
    expect(
      anchor(ENGLISH, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } }),
    ).toBeNull();
  });
});

describe('far moves and the text index', () => {
  it('finds a slightly edited quote moved far away, with or without the index', () => {
    const sentence =
      'A delegation from the harbour town asked for the plans and left with a box of photographs.';
    const text = [sentence, ENGLISH, CHINESE, CHINESE].join('\n\n');
    const selectors = describeRange(text, 0, sentence.length);
    const moved = sentence.replace('box of', 'box full of');
    const edited = [ENGLISH, CHINESE, CHINESE, moved].join('\n\n');
    expect(edited.length).toBeGreaterThan(10_000);
    const expected = { start: edited.indexOf(moved), end: edited.length, method: 'fuzzy' };
    expect(anchor(edited, selectors)).toMatchObject(expected);
    expect(anchor(edited, selectors, { index: new TextIndex(edited) })).toMatchObject(expected);
  });

  it('finds the same occurrences as a scan of the text', () => {
    const text = CHINESE + 'aaaaaaa abab abababa' + ENGLISH;
    const index = new TextIndex(text);
    const patterns = [
      'aaaa',
      'abab',
      'aaa',
      '深圳',
      '深圳市对口帮扶',
      'the river',
      'In the city',
      'not in it',
      '',
    ];
    for (let at = 0; at < text.length - 40; at += 997)
      patterns.push(text.slice(at, at + 5), text.slice(at, at + 30));
    for (const pattern of patterns.filter(Boolean)) {
      expect(index.find(pattern), pattern).toEqual(findByScanning(text, pattern));
    }
    expect(index.find('the', 2)).toBeNull();
    expect(index.find('the river', 100)).toEqual(findByScanning(text, 'the river'));
  });
});

describe('anchorAll', () => {
  it('places what it can and lists the rest as orphans, after random edits', () => {
    // 300 highlights: enough for anchorAll to search through its text index.
    for (const [text, seed, count] of [
      [ENGLISH, 1, 80],
      [CHINESE, 2, 80],
      [CHINESE + '\n\n' + ENGLISH, 3, 300],
    ] as const) {
      const highlights = makeHighlights(text, count, seed);
      const edits = planEdits(text, 0.05, seed);
      const edited = applyEdits(text, edits);
      const { anchored, orphans } = anchorAll(edited, highlights);
      expect(anchored.size + orphans.length).toBe(highlights.length);
      expect(anchored.size).toBeGreaterThanOrEqual(highlights.length * 0.9);
      for (const h of highlights) {
        const result = anchored.get(h.id);
        if (!result) continue;
        // Each placed highlight overlaps where its passage went.
        const from = mapOffset(edits, h.position.start);
        const to = mapOffset(edits, h.position.end);
        expect(Math.min(to, result.end) - Math.max(from, result.start), h.quote.exact).toBeGreaterThan(0);
      }
    }
  });
});

describe('makeEditedText', () => {
  it('is deterministic and changes about the requested share of the text', () => {
    const text = (CHINESE + ENGLISH).repeat(4);
    const edited = makeEditedText(text, 0.05, 9);
    expect(makeEditedText(text, 0.05, 9)).toBe(edited);
    expect(makeEditedText(text, 0.05, 10)).not.toBe(edited);
    const changed = planEdits(text, 0.05, 9).reduce(
      (n, e) => n + Math.max(e.to - e.from, e.insert.length),
      0,
    );
    expect(changed / text.length).toBeGreaterThan(0.035);
    expect(changed / text.length).toBeLessThan(0.065);
  });
});

/** Inserts or deletes `count` characters spread through the middle of a phrase. */
function editInside(phrase: string, count: number, kind: 'insert' | 'delete'): string {
  const chars = [...phrase];
  const step = Math.max(1, Math.floor((chars.length - 4) / (count + 1)));
  for (let i = count; i >= 1; i--) {
    const at = Math.min(chars.length - 3, 2 + i * step);
    if (kind === 'insert') chars.splice(at, 0, 'x');
    else chars.splice(at, 1);
  }
  return chars.join('');
}
