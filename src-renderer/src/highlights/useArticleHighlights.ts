/**
 * An article's highlights placed in its current text: a live query of the highlights, anchored
 * (position → quote → fuzzy) against the canonical text; those that cannot be placed are orphans.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../db/db';
import type { Highlight } from '../db/models';
import { anchorAll } from './anchoring';

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

export function useArticleHighlights(articleId: string, text: string | null): ArticleHighlights {
  const highlights = useLiveQuery(() => db.highlights.where('articleId').equals(articleId).toArray(), [articleId]);
  return useMemo(() => {
    if (!highlights || text === null) return { loaded: false, anchored: [], orphans: [] };
    const { anchored, orphans } = anchorAll(text, highlights);
    const byId = new Map(highlights.map((h) => [h.id, h]));
    const placed: AnchoredHighlight[] = [];
    for (const [id, result] of anchored) placed.push({ highlight: byId.get(id)!, start: result.start, end: result.end });
    placed.sort((a, b) => a.start - b.start || b.end - a.end);
    return { loaded: true, anchored: placed, orphans: orphans.map((id) => byId.get(id)!) };
  }, [highlights, text]);
}
