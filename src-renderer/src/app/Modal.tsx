/** A modal dialog: backdrop click or the Close button dismisses it; focus starts on Close. */
import { type ReactNode } from 'react';
import { useI18n } from '../i18n';

export function Modal({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={title}
        className="modal"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2>{title}</h2>
        {children}
        <button type="button" autoFocus onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </div>
  );
}
