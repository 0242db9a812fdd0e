/**
 * The bar above the library list while several articles are selected: add a tag to all of them,
 * set their status, export their notes, delete them (undoable), or clear the selection.
 */
import { useState } from 'react';
import { READING_STATUSES, type ReadingStatus } from '../db/models';
import { useI18n } from '../i18n';

export interface BulkActionsProps {
  count: number;
  onTag(name: string): void;
  onStatus(status: ReadingStatus): void;
  onExport(): void;
  onDelete(): void;
  onClear(): void;
}

export function BulkActions({ count, onTag, onStatus, onExport, onDelete, onClear }: BulkActionsProps) {
  const { t } = useI18n();
  const [tag, setTag] = useState('');
  const addTag = () => {
    if (!tag.trim()) return;
    onTag(tag);
    setTag('');
  };
  return (
    <div className="bulk-actions" role="toolbar" aria-label={t('library.bulk', { count })}>
      <strong className="small">{t('library.selected', { count })}</strong>
      <input
        type="text"
        value={tag}
        placeholder={t('library.bulkTagPlaceholder')}
        aria-label={t('library.bulkTag', { count })}
        onChange={(event) => setTag(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            addTag();
          }
        }}
      />
      <button type="button" className="quiet small" onClick={addTag} disabled={!tag.trim()}>
        {t('library.bulkTagAdd')}
      </button>
      <select
        value=""
        aria-label={t('library.bulkStatus', { count })}
        onChange={(event) => event.target.value && onStatus(event.target.value as ReadingStatus)}
      >
        <option value="">{t('library.bulkStatusPick')}</option>
        {READING_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      <button type="button" className="quiet small" onClick={onExport}>
        {t('library.bulkExport', { count })}
      </button>
      <button type="button" className="quiet small danger" onClick={onDelete}>
        {t('library.bulkDelete', { count })}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('library.clearSelection')}
        onClick={onClear}
      >
        ×
      </button>
    </div>
  );
}
