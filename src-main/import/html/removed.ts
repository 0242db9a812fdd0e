/**
 * The text of a page that did not make it into the article, kept in order with a reason:
 * the page's visible text is aligned with the article's blocks, and what falls outside (plus
 * the blocks the boilerplate rules dropped) becomes `removed`, runs of one reason merged.
 */
import type { ArticleBlock, RemovedBlock, RemovedReason } from '../../ipc/contract';
import { linkDensity } from './boilerplate';
import type { Region, TextSegment } from './to-blocks';
import { compact } from '../../../src-shared/extraction/compact';

/** How far the alignment may skip ahead in the article for a page segment to count as in it. */
const ALIGN_WINDOW = 400;
/** A merged removed block stops growing here, so a page's footer does not become one wall. */
const MAX_MERGED_CHARS = 4000;

const REASON_BY_REGION: Record<Region, RemovedReason | null> = {
  main: null,
  navigation: 'navigation',
  header: 'header',
  footer: 'footer',
  comment: 'comment',
  aside: 'link-list',
};

function reasonOf(segment: TextSegment, beforeArticle: boolean): RemovedReason {
  const byRegion = REASON_BY_REGION[segment.region];
  if (byRegion) return byRegion;
  if (/(版权|著作权|copyright|©|all rights reserved|ICP)/i.test(segment.text)) return 'footer';
  if (linkDensity(segment) >= 0.5) return beforeArticle ? 'navigation' : 'link-list';
  return beforeArticle ? 'header' : 'boilerplate';
}

interface Pending {
  text: string;
  reason: RemovedReason;
  beforeBlock: number;
}

/**
 * `page`: the page's visible text in order; `candidates`: the blocks Readability kept, with the
 * reason each was dropped (null: kept in the article). Returns the article's blocks and the
 * removed text placed between them.
 */
export function assembleArticle(
  page: TextSegment[],
  candidates: TextSegment[],
  reasons: (RemovedReason | null)[],
): { blocks: ArticleBlock[]; removed: RemovedBlock[]; keptIndex: number[] } {
  // Where each candidate block starts in the article's compact text.
  const starts: number[] = [];
  let articleText = '';
  for (const block of candidates) {
    starts.push(articleText.length);
    articleText += compact(block.text);
  }
  const blockAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Page segments outside the article, keyed by the candidate block they stand before.
  const outside = new Map<number, TextSegment[]>();
  let cursor = 0;
  let matchedAny = false;
  for (const segment of page) {
    const key = compact(segment.text);
    if (key === '') continue;
    const found = articleText.indexOf(key, cursor);
    if (
      found >= 0 &&
      (found - cursor <= ALIGN_WINDOW || !matchedAny) &&
      (matchedAny || key.length >= 4 || found === 0)
    ) {
      cursor = found + key.length;
      matchedAny = true;
      continue;
    }
    const anchor = !matchedAny
      ? 0
      : cursor >= articleText.length
        ? candidates.length
        : blockAt(cursor) + (starts[blockAt(cursor)] < cursor ? 1 : 0);
    const list = outside.get(anchor) ?? [];
    list.push(segment);
    outside.set(anchor, list);
  }

  const blocks: ArticleBlock[] = [];
  const keptIndex: number[] = [];
  const pending: Pending[] = [];
  const push = (text: string, reason: RemovedReason) => {
    const last = pending[pending.length - 1];
    if (
      last &&
      last.reason === reason &&
      last.beforeBlock === blocks.length &&
      last.text.length + text.length < MAX_MERGED_CHARS
    ) {
      last.text += `\n${text}`;
    } else {
      pending.push({ text, reason, beforeBlock: blocks.length });
    }
  };
  for (let i = 0; i <= candidates.length; i++) {
    for (const segment of outside.get(i) ?? [])
      push(segment.text.trim(), reasonOf(segment, blocks.length === 0));
    if (i === candidates.length) break;
    const block = candidates[i];
    const reason = reasons[i];
    if (reason) {
      push(block.text.trim(), reason);
    } else {
      const kept: ArticleBlock = { kind: block.kind, text: block.text };
      if (block.kind === 'heading') kept.level = block.level ?? 2;
      blocks.push(kept);
      keptIndex.push(i);
    }
  }
  const removed = pending.map((p, i) => ({
    id: `r${i}`,
    text: p.text,
    reason: p.reason,
    beforeBlock: p.beforeBlock,
  }));
  return { blocks, removed, keptIndex };
}
