/**
 * "Suggested milestones": passages of the article that carry a date. Accepting one makes a
 * highlight tagged `milestone` with the normalized date; dismissing hides it for good.
 */
import { useMemo } from 'react';
import { db } from '../db/db';
import { useI18n } from '../i18n';
import { findDatedPassages, type DatedPassage } from '../../../src-shared/milestones';
import { createHighlight } from './highlight-store';
import type { AnchoredHighlight } from './useArticleHighlights';
import { milestoneTag } from '../timeline/milestone-tag';
import { undoLabel } from '../undo/undo-label';

export function suggestionKey(passage: Pick<DatedPassage, 'start' | 'end' | 'date'>): string {
  return `${passage.start}:${passage.end}:${passage.date}`;
}

export interface MilestoneSuggestionsProps {
  articleId: string;
  text: string;
  anchored: AnchoredHighlight[];
  dismissed: string[];
}

export function MilestoneSuggestions({ articleId, text, anchored, dismissed }: MilestoneSuggestionsProps) {
  const { t, language } = useI18n();
  const passages = useMemo(() => findDatedPassages(text), [text]);
  const open = useMemo(() => {
    const hidden = new Set(dismissed);
    const dated = anchored.filter((a) => a.highlight.date);
    return passages.filter((p) => {
      if (hidden.has(suggestionKey(p))) return false;
      // Already accepted: a dated highlight covers this date expression.
      return !dated.some(
        (a) => a.highlight.date?.value === p.date && a.start <= p.dateStart && a.end >= p.dateEnd,
      );
    });
  }, [passages, anchored, dismissed]);
  if (passages.length === 0) return null;
  return (
    <details className="notes-section" aria-label={t('highlights.milestones')}>
      <summary>
        <h3>
          {t('highlights.milestones')} <span className="muted small">{open.length}</span>
        </h3>
      </summary>
      {open.length === 0 ? (
        <p className="muted small">—</p>
      ) : (
        <ul className="suggestion-list">
          {open.map((p) => (
            <li key={suggestionKey(p)}>
              <span className="suggestion-date">{p.date}</span>
              <span className="suggestion-text">{p.text.replace(/\s+/g, ' ').slice(0, 90)}</span>
              <span className="button-row">
                <button
                  type="button"
                  className="quiet small"
                  aria-label={t('highlights.acceptLabel', { date: p.date })}
                  onClick={() =>
                    void createHighlight(
                      {
                        articleId,
                        text,
                        start: p.start,
                        end: p.end,
                        color: 'blue',
                        tags: [milestoneTag(language)],
                        date: { value: p.date, precision: p.precision },
                      },
                      { undoLabel: undoLabel('highlights.milestoneAccepted', { date: p.date }) },
                    )
                  }
                >
                  {t('highlights.accept')}
                </button>
                <button
                  type="button"
                  className="quiet small"
                  aria-label={t('highlights.dismissLabel', { date: p.date })}
                  onClick={() =>
                    void db.articles.update(articleId, {
                      dismissedSuggestions: [...dismissed, suggestionKey(p)],
                    })
                  }
                >
                  {t('highlights.dismiss')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
