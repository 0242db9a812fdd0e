/**
 * An article's highlights placed in its current text: a live query of the highlights, anchored
 * (position → quote → fuzzy) against the canonical text; those that cannot be placed are orphans.
 * Placements are remembered per highlight version while the text stays the same, so a new or
 * edited highlight costs one anchoring, not one per highlight in the article.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { db } from '../db/db';
import type { Highlight } from '../db/models';
import { anchor, anchorAll, type AnchorResult } from '../../../src-shared/anchoring';

export interface AnchoredHighlight {
  highlight: Highlight;
  start: number;
  end: number;
}

export interface ArticleHighlights {
  loaded: boolean;
  /** Placed highlights in document order. */
  anchored: AnchoredHighlight[];
  orphans: Highlight[];
}

const versionOf = (h: Highlight) => `${h.id}\u0000${h.updatedAt}`;

export function useArticleHighlights(articleId: string, text: string | null): ArticleHighlights {
  const highlights = useLiveQuery(
    () => db.highlights.where('articleId').equals(articleId).toArray(),
    [articleId],
  );
  const cache = useRef<{ text: string | null; placed: Map<string, AnchorResult | null> }>({
    text: null,
    placed: new Map(),
  });
  return useMemo(() => {
    if (!highlights || text === null) return { loaded: false, anchored: [], orphans: [] };
    if (cache.current.text !== text) {
      // New text (a restored passage, another encoding): place everything again, together.
      const { anchored } = anchorAll(text, highlights);
      cache.current = {
        text,
        placed: new Map(highlights.map((h) => [versionOf(h), anchored.get(h.id) ?? null])),
      };
    }
    const placed = cache.current.placed;
    const next = new Map<string, AnchorResult | null>();
    const result: AnchoredHighlight[] = [];
    const orphans: Highlight[] = [];
    for (const highlight of highlights) {
      const key = versionOf(highlight);
      const at = placed.has(key) ? placed.get(key)! : anchor(text, highlight);
      next.set(key, at);
      if (at) result.push({ highlight, start: at.start, end: at.end });
      else orphans.push(highlight);
    }
    cache.current = { text, placed: next };
    result.sort((a, b) => a.start - b.start || b.end - a.end);
    return { loaded: true, anchored: result, orphans };
  }, [highlights, text]);
}
