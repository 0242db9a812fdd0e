/**
 * The app menu's items for reading: File → Export's extra items, View's layout items (library,
 * notes, focus mode, reading settings) and the Article menu (status, next and previous
 * article). Single-key shortcuts are shown but not registered, so typing in a field is never
 * taken by the menu; the window answers those keys itself.
 */
import type { ReadingMenuCommand, UiLanguage } from '../ipc/contract';
import type { MenuItemTemplate } from './menu';

const LABELS = {
  en: {
    exportPassages: 'Export All Passages…',
    exportTimeline: 'Export Timeline…',
    exportWebAnnotations: 'Export Highlights as W3C Web Annotations…',
    library: 'Show or Hide Library',
    sidebar: 'Show or Hide Notes',
    focus: 'Focus Mode',
    readingSettings: 'Reading Settings…',
    article: 'Article',
    next: 'Next Article',
    previous: 'Previous Article',
    inbox: 'Move to Inbox',
    reading: 'Mark as Reading',
    finished: 'Mark as Finished',
    archived: 'Archive',
  },
  'zh-CN': {
    exportPassages: '导出全部摘录…',
    exportTimeline: '导出时间线…',
    exportWebAnnotations: '将标注导出为 W3C Web Annotation…',
    library: '显示或隐藏文库',
    sidebar: '显示或隐藏笔记',
    focus: '专注模式',
    readingSettings: '阅读设置…',
    article: '文章',
    next: '下一篇文章',
    previous: '上一篇文章',
    inbox: '移到收件箱',
    reading: '标记为在读',
    finished: '标记为已读完',
    archived: '归档',
  },
} as const;

/** The keys the window answers to for these commands (shown in the menu and the ? dialog). */
export const READING_KEYS: Partial<Record<ReadingMenuCommand, string>> = {
  'toggle-library': '[',
  'toggle-sidebar': ']',
  'focus-mode': 'F',
  'next-article': 'Shift+J',
  'previous-article': 'Shift+K',
  'status-inbox': 'Shift+I',
  'status-reading': 'Shift+R',
  'status-finished': 'Shift+F',
  'status-archived': 'Shift+E',
};

type Run = (command: ReadingMenuCommand) => () => void;

function item(label: string, command: ReadingMenuCommand, run: Run): MenuItemTemplate {
  const key = READING_KEYS[command];
  return {
    label,
    click: run(command),
    ...(key ? { accelerator: key, registerAccelerator: false } : {}),
  };
}

export function readingExportItems(language: UiLanguage, run: Run): MenuItemTemplate[] {
  const l = LABELS[language];
  return [
    item(l.exportPassages, 'export-passages', run),
    item(l.exportTimeline, 'export-timeline', run),
    item(l.exportWebAnnotations, 'export-web-annotations', run),
  ];
}

export function readingViewItems(language: UiLanguage, run: Run): MenuItemTemplate[] {
  const l = LABELS[language];
  return [
    item(l.library, 'toggle-library', run),
    item(l.sidebar, 'toggle-sidebar', run),
    item(l.focus, 'focus-mode', run),
    item(l.readingSettings, 'reading-settings', run),
  ];
}

export function articleMenu(language: UiLanguage, run: Run): MenuItemTemplate {
  const l = LABELS[language];
  return {
    label: l.article,
    submenu: [
      item(l.next, 'next-article', run),
      item(l.previous, 'previous-article', run),
      { type: 'separator' },
      item(l.inbox, 'status-inbox', run),
      item(l.reading, 'status-reading', run),
      item(l.finished, 'status-finished', run),
      item(l.archived, 'status-archived', run),
    ],
  };
}
