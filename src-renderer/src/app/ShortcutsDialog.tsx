/** The `?` overlay: every key Gloss answers to. */
import { useI18n, type MessageKey } from '../i18n';
import { Modal } from './Modal';

export const SHORTCUTS: [string, MessageKey][] = [
  ['1–5', 'shortcuts.1'],
  ['Shift+1–9', 'shortcuts.2'],
  ['N', 'shortcuts.3'],
  ['T', 'shortcuts.4'],
  ['Delete', 'shortcuts.5'],
  ['J / K', 'shortcuts.6'],
  ['Ctrl/⌘+Z, Shift+Z', 'shortcuts.7'],
  ['Ctrl/⌘+O', 'shortcuts.8'],
  ['Ctrl/⌘+Shift+O', 'shortcuts.importFolder'],
  ['Ctrl/⌘+E', 'shortcuts.9'],
  ['Ctrl/⌘+K, /', 'shortcuts.search'],
  ['Ctrl/⌘+F', 'shortcuts.find'],
  ['Ctrl/⌘ + / −', 'shortcuts.10'],
  ['Ctrl/⌘+0', 'shortcuts.actualSize'],
  ['Ctrl/⌘+Shift+S', 'shortcuts.syncNow'],
  ['Ctrl/⌘+Q', 'shortcuts.quit'],
  ['Esc', 'shortcuts.11'],
  ['[', 'shortcuts.library'],
  [']', 'shortcuts.sidebar'],
  ['F', 'shortcuts.focus'],
  ['Shift+J / Shift+K', 'shortcuts.nextArticle'],
  ['Shift+I / R / F / E', 'shortcuts.status'],
  ['C', 'shortcuts.caret'],
  ['↑ ↓ Enter, Shift/Ctrl+click, Ctrl/⌘+A, Delete', 'shortcuts.listKeys'],
  ['?', 'shortcuts.12'],
];

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal title={t('shortcuts.title')} onClose={onClose}>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map(([keys, key]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
