/**
 * The text map between canonical-text offsets and the rendered article, on a linkedom DOM
 * shaped like the reader's: one element per block, highlight marks nested inside, removed
 * passages and chrome between blocks.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockOffsets, canonicalText } from '../../src-shared/articles/canonical-text';
import {
  offsetOfNode,
  offsetsFromRange,
  pointAtOffset,
  pointsFromOffsets,
  rangeFromOffsets,
  type DomPoint,
} from '../../src-renderer/src/reader/text-map';

const BLOCKS = ['First 😀 paragraph.', 'Second has a highlighted word.', '第三段：中文。', 'Last.'];
const TEXT = canonicalText(BLOCKS.map((text) => ({ text })));
const OFFSETS = blockOffsets(BLOCKS.map((text) => ({ text })));

function render() {
  const { document } = parseHTML(
    '<html><body><div id="article">' +
      '<p data-block-index="0">First 😀 paragraph.</p>' +
      '<aside data-removed="r0"><div class="removed-meta">Removed: navigation <button>Restore</button></div>' +
      '<div class="removed-text">Home | News | Contact</div></aside>' +
      '<p data-block-index="1">Second has a <mark>high<b>light</b>ed</mark> word.<span data-not-text="">✎</span></p>' +
      '<h2 data-block-index="2">第三段：<em>中文</em>。</h2>' +
      '<p data-block-index="3">Last.</p>' +
      '</div></body></html>',
  );
  const container = document.getElementById('article') as unknown as HTMLElement;
  return { document, container };
}

/** The text of the DOM between two points, read through the text map. */
function textBetween(start: DomPoint, end: DomPoint): string {
  const from = start.node.nodeType === 3 ? (start.node as Text).data.slice(start.offset) : '';
  const to = end.node.nodeType === 3 ? (end.node as Text).data.slice(0, end.offset) : '';
  return start.node === end.node
    ? (start.node as Text).data.slice(start.offset, end.offset)
    : from + '…' + to;
}

describe('pointAtOffset / pointsFromOffsets', () => {
  it('maps every offset of every block to the right character, through nested marks', () => {
    const { container } = render();
    for (let b = 0; b < BLOCKS.length; b++) {
      for (let i = 0; i < BLOCKS[b].length; i++) {
        const at = OFFSETS[b] + i;
        const point = pointAtOffset(container, OFFSETS, at, 'forward')!;
        expect(point.at).toBe(at);
        expect(point.node.nodeType).toBe(3);
        expect((point.node as Text).data.charAt(point.offset)).toBe(TEXT.charAt(at));
      }
    }
  });

  it('puts a start on the next text node and an end on the previous one at a node boundary', () => {
    const { container } = render();
    const boundary = OFFSETS[1] + 'Second has a high'.length;
    const start = pointAtOffset(container, OFFSETS, boundary, 'forward')!;
    const end = pointAtOffset(container, OFFSETS, boundary, 'backward')!;
    expect((start.node as Text).data).toBe('light');
    expect(start.offset).toBe(0);
    expect((end.node as Text).data).toBe('high');
    expect(end.offset).toBe(4);
  });

  it('maps a highlight across blocks, the separator landing on block boundaries', () => {
    const { container } = render();
    const start = TEXT.indexOf('paragraph');
    const end = TEXT.indexOf(' has a');
    const points = pointsFromOffsets(container, OFFSETS, start, end)!;
    expect(textBetween(points.start, points.end)).toBe('paragraph.…Second');
    // A start in the separator moves forward to the next block, an end back to the previous.
    const sep = OFFSETS[1] - 1;
    expect(pointAtOffset(container, OFFSETS, sep, 'forward')).toMatchObject({ at: OFFSETS[1], offset: 0 });
    expect(pointAtOffset(container, OFFSETS, sep, 'backward')).toMatchObject({ at: OFFSETS[1] - 2 });
    expect(pointsFromOffsets(container, OFFSETS, OFFSETS[1] - 2, OFFSETS[1])).toBeNull();
  });

  it('is null for a block that is not rendered', () => {
    const { container } = render();
    container.querySelector('[data-block-index="3"]')!.remove();
    expect(pointAtOffset(container, OFFSETS, OFFSETS[3] + 1, 'forward')).toBeNull();
  });

  it('builds a DOM Range through the document', () => {
    const { container, document } = render();
    const calls: unknown[][] = [];
    // linkedom's Range has no setStart/setEnd: record what the wrapper asks of a real one.
    (document as unknown as { createRange(): unknown }).createRange = () => ({
      setStart: (...args: unknown[]) => calls.push(['start', ...args]),
      setEnd: (...args: unknown[]) => calls.push(['end', ...args]),
    });
    const start = TEXT.indexOf('word');
    expect(rangeFromOffsets(container, OFFSETS, start, start + 4)).not.toBeNull();
    expect(calls.map((c) => [c[0], (c[1] as Text).data, c[2]])).toEqual([
      ['start', ' word.', 1],
      ['end', ' word.', 5],
    ]);
  });
});

describe('offsetOfNode / offsetsFromRange', () => {
  it('inverts pointAtOffset for every offset', () => {
    const { container } = render();
    for (let at = 0; at <= TEXT.length; at++) {
      const point = pointAtOffset(container, OFFSETS, at, 'forward')!;
      expect(offsetOfNode(container, OFFSETS, point.node, point.offset)).toBe(point.at);
    }
  });

  it('reads element boundary points as child indexes', () => {
    const { container } = render();
    const block1 = container.querySelector('[data-block-index="1"]')!;
    const mark = block1.querySelector('mark')!;
    expect(offsetOfNode(container, OFFSETS, block1, 0)).toBe(OFFSETS[1]);
    expect(offsetOfNode(container, OFFSETS, block1, 2)).toBe(OFFSETS[1] + 'Second has a highlighted'.length);
    expect(offsetOfNode(container, OFFSETS, mark, 1)).toBe(OFFSETS[1] + 'Second has a high'.length);
    expect(offsetOfNode(container, OFFSETS, block1, block1.childNodes.length)).toBe(
      OFFSETS[1] + BLOCKS[1].length,
    );
  });

  it('maps a user selection inside one block, through nested marks', () => {
    const { container } = render();
    const b = container.querySelector('[data-block-index="1"] b')!;
    const after = container.querySelector('[data-block-index="1"]')!.childNodes[2];
    const range = { startContainer: b.firstChild!, startOffset: 2, endContainer: after, endOffset: 5 };
    const offsets = offsetsFromRange(container, OFFSETS, range)!;
    expect(TEXT.slice(offsets.start, offsets.end)).toBe('ghted word');
  });

  it('clamps a selection reaching into a removed passage to the article text', () => {
    const { container } = render();
    const removedText = container.querySelector('.removed-text')!.firstChild!;
    const block0 = container.querySelector('[data-block-index="0"]')!.firstChild!;
    const block1 = container.querySelector('[data-block-index="1"]')!.firstChild!;
    // From inside block 0 into the removed passage: ends at the end of block 0.
    let offsets = offsetsFromRange(container, OFFSETS, {
      startContainer: block0,
      startOffset: 6,
      endContainer: removedText,
      endOffset: 4,
    })!;
    expect(TEXT.slice(offsets.start, offsets.end)).toBe('😀 paragraph.');
    // From the removed passage into block 1: starts at the start of block 1.
    offsets = offsetsFromRange(container, OFFSETS, {
      startContainer: removedText,
      startOffset: 3,
      endContainer: block1,
      endOffset: 6,
    })!;
    expect(TEXT.slice(offsets.start, offsets.end)).toBe('Second');
    // Only inside the removed passage: nothing of the article is selected.
    expect(
      offsetsFromRange(container, OFFSETS, {
        startContainer: removedText,
        startOffset: 0,
        endContainer: removedText,
        endOffset: 8,
      }),
    ).toBeNull();
  });

  it('ignores chrome inside a block and treats the container itself as between blocks', () => {
    const { container } = render();
    const pencil = container.querySelector('[data-not-text]')!.firstChild!;
    expect(offsetOfNode(container, OFFSETS, pencil, 1)).toBe(OFFSETS[1] + BLOCKS[1].length);
    // The whole article selected by container child indexes.
    const all = offsetsFromRange(container, OFFSETS, {
      startContainer: container,
      startOffset: 0,
      endContainer: container,
      endOffset: container.childNodes.length,
    })!;
    expect(all).toEqual({ start: 0, end: TEXT.length });
    // Between the removed passage and block 1, by index: a start goes forward, an end back.
    expect(offsetOfNode(container, OFFSETS, container, 2, 'forward')).toBe(OFFSETS[1]);
    expect(offsetOfNode(container, OFFSETS, container, 2, 'backward')).toBe(OFFSETS[0] + BLOCKS[0].length);
  });

  it('is null for a node outside the container', () => {
    const { container, document } = render();
    expect(offsetOfNode(container, OFFSETS, document.body, 0)).toBeNull();
  });
});
