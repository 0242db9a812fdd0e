/**
 * A highlight opened by a click or a key: its color, tags and note, and Delete. Changes are
 * written at once; each is undoable.
 */
import { useEffect, useRef } from 'react';
import { HIGHLIGHT_COLORS, type Highlight } from '../db/models';
import { useI18n } from '../i18n';
import { TagInput } from '../tags/TagInput';
import type { ColorLabels } from './color-labels';
import { deleteHighlight, updateHighlight } from './highlight-store';
import { NoteEditor } from './NoteEditor';
import { undoLabel } from '../undo/undo-label';

export interface HighlightPopoverProps {
  highlight: Highlight;
  anchorRect: DOMRect | null;
  labels: ColorLabels;
  focus: 'none' | 'note' | 'tag';
  onClose(): void;
}

export function HighlightPopover({ highlight, anchorRect, labels, focus, onClose }: HighlightPopoverProps) {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const top = anchorRect ? Math.min(anchorRect.bottom + 8, window.innerHeight - 320) : 120;
  const left = anchorRect ? Math.min(Math.max(8, anchorRect.left), window.innerWidth - 380) : 120;
  return (
    <div
      ref={root}
      className="highlight-popover"
      role="dialog"
      aria-label={t('highlights.popover')}
      style={{ top: Math.max(8, top), left }}
      data-not-text=""
    >
      <div className="popover-row" role="group" aria-label={t('highlights.filterColor')}>
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch swatch-${color}${color === highlight.color ? ' current' : ''}`}
            aria-label={labels[color]}
            aria-pressed={color === highlight.color}
            title={labels[color]}
            onClick={() =>
              void updateHighlight(highlight.id, { color }, undoLabel('highlights.colorChanged'))
            }
          />
        ))}
        <span className="spacer" />
        <button
          type="button"
          className="quiet small danger"
          onClick={() => {
            void deleteHighlight(highlight.id, undoLabel('highlights.deleted'));
            onClose();
          }}
        >
          {t('highlights.delete')}
        </button>
        <button type="button" className="icon-button" aria-label={t('highlights.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <blockquote className="popover-quote">
        {highlight.quote.exact.length > 220
          ? `${highlight.quote.exact.slice(0, 220)}…`
          : highlight.quote.exact}
      </blockquote>
      <TagInput
        value={highlight.tags}
        autoFocus={focus === 'tag'}
        onChange={(tags) => void updateHighlight(highlight.id, { tags }, undoLabel('highlights.tagsChanged'))}
      />
      <NoteEditor
        key={highlight.id}
        value={highlight.note}
        label={t('highlights.note')}
        placeholder={t('highlights.notePlaceholder')}
        startEditing={focus === 'note'}
        onChange={(note) =>
          void updateHighlight(highlight.id, { note }, undoLabel('highlights.noteEdited'), 'note')
        }
      />
    </div>
  );
}
