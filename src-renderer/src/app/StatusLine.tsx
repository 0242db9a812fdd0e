/** The status line: import progress or summary, the last message, and Undo for the last action. */
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n, type Translate } from '../i18n';
import { undoStack, type UndoMessage } from '../undo/undo-stack';
import { sayUndoLabel } from '../undo/undo-label';

const UNDO_MESSAGE_KEYS = {
  undo: 'status.undone',
  redo: 'status.redone',
  'undo-failed': 'status.undoFailed',
  'redo-failed': 'status.redoFailed',
  'undo-dropped': 'status.undoDropped',
  'redo-dropped': 'status.redoDropped',
} as const;

/** "Undone: …", "Could not undo: …", or the action's own label when it was just done. */
function sayUndoMessage(kind: UndoMessage['kind'], said: string, t: Translate): string {
  return kind === 'done' ? said : t(UNDO_MESSAGE_KEYS[kind], { label: said });
}

export function StatusLine({ message, children }: { message: string | null; children?: ReactNode }) {
  const { t } = useI18n();
  const [undo, setUndo] = useState<{ message: UndoMessage | null; canUndo: boolean }>({
    message: null,
    canUndo: false,
  });
  useEffect(
    () => undoStack.subscribe((state) => setUndo({ message: state.message, canUndo: state.canUndo })),
    [],
  );
  // Said at each render, so a change of language applies to the message already shown.
  const said = undo.message && sayUndoLabel(undo.message.label, t);
  const undoText = said && sayUndoMessage(undo.message!.kind, said, t);
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
