/** The status line: import progress or summary, the last message, and Undo for the last action. */
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { undoStack } from '../undo/undo-stack';

export function StatusLine({ message, children }: { message: string | null; children?: ReactNode }) {
  const { t } = useI18n();
  const [undo, setUndo] = useState<{ label: string | null; canUndo: boolean; kind: string | null }>({
    label: null,
    canUndo: false,
    kind: null,
  });
  useEffect(
    () =>
      undoStack.subscribe((state) => {
        const [kind, label] = state.message?.includes(':')
          ? state.message.split(/:(.*)/s)
          : [null, state.message];
        setUndo({ label, canUndo: state.canUndo, kind });
      }),
    [],
  );
  const undoText =
    undo.label && undo.kind === 'undo'
      ? t('status.undone', { label: undo.label })
      : undo.label && undo.kind === 'redo'
        ? t('status.redone', { label: undo.label })
        : undo.label;
  return (
    <footer className="status-line" aria-label="Status">
      {children}
      <span className="status-message" role="status" aria-live="polite">
        {message ?? undoText ?? ''}
      </span>
      {undo.canUndo && (
        <button type="button" className="quiet small" onClick={() => void undoStack.undo()}>
          {t('status.undo')}
        </button>
      )}
    </footer>
  );
}
