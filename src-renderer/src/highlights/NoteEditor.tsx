/**
 * A Markdown note: rendered when not editing, a textarea when editing. Every keystroke is saved
 * at once (the caller's onChange writes to the database), so nothing typed is lost on quit.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { renderNoteMarkdown } from './markdown';
import { gloss, hasBridge } from '../bridge/gloss';

export interface NoteEditorProps {
  value: string;
  label: string;
  placeholder: string;
  startEditing?: boolean;
  onChange(value: string): void;
}

export function NoteEditor({ value, label, placeholder, startEditing = false, onChange }: NoteEditorProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(startEditing || value === '');
  const [draft, setDraft] = useState(value);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  useEffect(() => {
    if (startEditing) area.current?.focus();
  }, [startEditing]);

  if (!editing) {
    return (
      <div className="note-view">
        <div
          className="note-rendered"
          onClick={(event) => {
            const link = (event.target as HTMLElement).closest('a');
            if (link) {
              event.preventDefault();
              if (hasBridge) void gloss.openExternal(link.href).catch(() => undefined);
            }
          }}
          dangerouslySetInnerHTML={{ __html: renderNoteMarkdown(value) }}
        />
        <button
          type="button"
          className="quiet small"
          aria-label={`${t('highlights.editNote')}: ${label}`}
          onClick={() => setEditing(true)}
        >
          {t('highlights.editNote')}
        </button>
      </div>
    );
  }
  return (
    <div className="note-edit">
      <textarea
        ref={area}
        value={draft}
        aria-label={label}
        placeholder={placeholder}
        rows={Math.min(12, Math.max(3, draft.split('\n').length + 1))}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
            event.preventDefault();
            event.stopPropagation();
            if (draft.trim() !== '') setEditing(false);
            (event.target as HTMLTextAreaElement).blur();
          }
        }}
        onBlur={() => draft.trim() !== '' && setEditing(false)}
      />
    </div>
  );
}
