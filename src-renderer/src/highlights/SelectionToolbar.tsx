/**
 * The small toolbar at a text selection: five colors (keys 1–5), Note, Tag, Copy.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/models';
import { useI18n } from '../i18n';
import type { ColorLabels } from './color-labels';

export interface SelectionToolbarProps {
  rect: DOMRect;
  labels: ColorLabels;
  onColor(color: HighlightColor): void;
  onNote(): void;
  onTag(): void;
  onCopy(): void;
}

export function SelectionToolbar({ rect, labels, onColor, onNote, onTag, onCopy }: SelectionToolbarProps) {
  const { t } = useI18n();
  const top = Math.max(8, rect.top - 46);
  const left = Math.min(Math.max(8, rect.left + rect.width / 2 - 150), window.innerWidth - 308);
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('highlights.toolbar')}
      style={{ top, left }}
      data-not-text=""
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color, i) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          aria-label={t('highlights.colorButton', { label: labels[color], key: i + 1 })}
          title={`${labels[color]} (${i + 1})`}
          onClick={() => onColor(color)}
        />
      ))}
      <span className="toolbar-sep" />
      <button type="button" className="quiet small" aria-label={t('highlights.addNote')} onClick={onNote}>
        {t('highlights.note')}
      </button>
      <button type="button" className="quiet small" aria-label={t('highlights.addTag')} onClick={onTag}>
        {t('highlights.tag')}
      </button>
      <button type="button" className="quiet small" onClick={onCopy}>
        {t('highlights.copy')}
      </button>
    </div>
  );
}
