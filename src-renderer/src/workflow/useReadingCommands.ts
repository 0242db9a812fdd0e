/**
 * The reading workflow's commands, from the menu and from single keys in the window: show or
 * hide the library and the notes, focus mode, reading settings, next and previous article, the
 * open article's status, the caret into the text (C), and the extra exports. Keys are ignored
 * while typing in a field or with Ctrl/Cmd/Alt held.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { ReadingMenuCommand } from '../../../src-main/ipc/contract';
import type { ReadingStatus } from '../db/models';
import { useI18n } from '../i18n';
import type { ColorLabels } from '../export/highlight-markdown';
import { exportAllPassages, exportTimeline, exportWebAnnotations } from '../export/menu-exports';
import type { LayoutControls } from '../layout/useLayout';
import { neighbour } from '../library/list-selection';
import { setReadingStatus } from './reading-workflow';
import { undoLabel } from '../undo/undo-label';

export interface ReadingCommandContext {
  articleId: string | null;
  layout: LayoutControls;
  labels: ColorLabels;
  open(id: string): void;
  say(message: string | null): void;
  toggleSettings(): void;
}

const STATUS_COMMANDS: Partial<Record<ReadingMenuCommand, ReadingStatus>> = {
  'status-inbox': 'inbox',
  'status-reading': 'reading',
  'status-finished': 'finished',
  'status-archived': 'archived',
};

/** Single keys (no Ctrl/Cmd/Alt) and what they do; `Shift+` where Shift is part of the key. */
const KEYS: Record<string, ReadingMenuCommand | 'caret'> = {
  '[': 'toggle-library',
  ']': 'toggle-sidebar',
  f: 'focus-mode',
  'Shift+J': 'next-article',
  'Shift+K': 'previous-article',
  'Shift+I': 'status-inbox',
  'Shift+R': 'status-reading',
  'Shift+F': 'status-finished',
  'Shift+E': 'status-archived',
  c: 'caret',
};

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)));
}

function focusLibraryRow(): void {
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLElement>('.article-row.open .article-open, .article-list .article-open')
      ?.focus(),
  );
}

export function keyName(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): string {
  if (event.key.length === 1 && /[a-z]/i.test(event.key))
    return event.shiftKey ? `Shift+${event.key.toUpperCase()}` : event.key.toLowerCase();
  return event.key;
}

export function useReadingCommands(context: ReadingCommandContext) {
  const { t } = useI18n();
  /** The library's listed order (next/previous article follow it). */
  const order = useRef<string[]>([]);
  const caret = useRef<(() => void) | null>(null);
  const { articleId, layout, labels, open, say, toggleSettings } = context;

  const run = useCallback(
    (command: ReadingMenuCommand | 'caret'): boolean => {
      const status = command === 'caret' ? undefined : STATUS_COMMANDS[command];
      if (status) {
        if (articleId) void setReadingStatus([articleId], status, undoLabel(`status.set.${status}`));
        return true;
      }
      switch (command) {
        case 'toggle-library':
          layout.toggleLibrary();
          // A library shown from the keyboard takes the focus, on the open article's row.
          if (layout.layout.library === 'hidden') focusLibraryRow();
          return true;
        case 'toggle-sidebar':
          layout.toggleSidebar();
          return true;
        case 'focus-mode':
          layout.toggleFocus();
          return true;
        case 'reading-settings':
          toggleSettings();
          return true;
        case 'next-article':
        case 'previous-article': {
          const next = neighbour(order.current, articleId, command === 'next-article' ? 1 : -1);
          if (next) open(next);
          return true;
        }
        case 'caret':
          caret.current?.();
          return true;
        case 'export-passages':
          void exportAllPassages(t('nav.passages'), labels).then(say);
          return true;
        case 'export-timeline':
          void exportTimeline(t('nav.timeline'), labels).then(say);
          return true;
        case 'export-web-annotations':
          if (articleId) void exportWebAnnotations(articleId).then(say);
          else say(t('export.openArticleFirst'));
          return true;
        default:
          return false;
      }
    },
    [articleId, layout, labels, open, say, toggleSettings, t],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        isEditable(event.target) ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey
      )
        return;
      if (document.querySelector('.modal-backdrop')) return;
      if (event.key === 'Escape' && layout.layout.library === 'overlay') {
        layout.toggleLibrary();
        return;
      }
      const command = KEYS[keyName(event)];
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, layout]);

  return {
    run,
    onOrderChange: useCallback((ids: string[]) => void (order.current = ids), []),
    onCaretEntry: useCallback((enter: (() => void) | null) => void (caret.current = enter), []),
  };
}
