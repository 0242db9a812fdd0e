/**
 * What the status line says of an undoable action: a message key and its values, not a sentence,
 * so "Undone: …" is said in the language the window shows now, not the one it showed when the
 * action was done.
 */
import type { MessageKey, Translate } from '../i18n';

export interface UndoLabel {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export function undoLabel(key: MessageKey, params?: Record<string, string | number>): UndoLabel {
  return params ? { key, params } : { key };
}

export function sayUndoLabel(label: UndoLabel, t: Translate): string {
  return t(label.key, label.params);
}
