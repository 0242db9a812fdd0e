/**
 * The app menu as a template built from actions, in English or Simplified Chinese. Items call
 * the same functions the renderer reaches through IPC (imports and exports run in the renderer's
 * flow, so the menu forwards those as commands).
 */
import type { MenuCommand, UiLanguage } from '../ipc/contract';
import { articleMenu, readingExportItems, readingViewItems } from './reading-menu';

export interface MenuActions {
  command(command: MenuCommand): void;
  showDataFolder(): void;
  reportProblem(): void;
  quit(): void;
}

/** The subset of Electron's MenuItemConstructorOptions Gloss uses. */
export interface MenuItemTemplate {
  label?: string;
  role?: string;
  type?: 'separator' | 'submenu' | 'normal' | 'radio';
  accelerator?: string;
  /** False shows the accelerator without registering it (a key the window handles). */
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

const LABELS = {
  en: {
    file: 'File',
    importFiles: 'Import Files…',
    importFolder: 'Import Folder…',
    exportArticle: 'Export Notes as Markdown…',
    exportLibrary: 'Export Library to Folder…',
    backup: 'Back Up Library…',
    restore: 'Restore from Backup…',
    syncSettings: 'Sync Settings…',
    syncNow: 'Sync Now',
    syncLog: 'Show Sync Log',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    searchLibrary: 'Search Library…',
    findInArticle: 'Find in Article…',
    view: 'View',
    textLarger: 'Larger Text',
    textSmaller: 'Smaller Text',
    textReset: 'Actual Size',
    theme: 'Theme',
    light: 'Light',
    sepia: 'Sepia',
    dark: 'Dark',
    language: 'Language',
    shortcuts: 'Keyboard Shortcuts',
    help: 'Help',
    about: 'About Gloss',
    dataFolder: 'Show Data Folder',
    report: 'Report a Problem…',
  },
  'zh-CN': {
    file: '文件',
    importFiles: '导入文件…',
    importFolder: '导入文件夹…',
    exportArticle: '将笔记导出为 Markdown…',
    exportLibrary: '将文库导出到文件夹…',
    backup: '备份文库…',
    restore: '从备份恢复…',
    syncSettings: '同步设置…',
    syncNow: '立即同步',
    syncLog: '显示同步日志',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    searchLibrary: '搜索文库…',
    findInArticle: '在文章中查找…',
    view: '视图',
    textLarger: '放大文字',
    textSmaller: '缩小文字',
    textReset: '实际大小',
    theme: '主题',
    light: '浅色',
    sepia: '护眼',
    dark: '深色',
    language: '语言',
    shortcuts: '键盘快捷键',
    help: '帮助',
    about: '关于 Gloss',
    dataFolder: '显示数据文件夹',
    report: '报告问题…',
  },
} as const;

export function buildMenuTemplate(language: UiLanguage, actions: MenuActions): MenuItemTemplate[] {
  const l = LABELS[language];
  const run = (command: MenuCommand) => () => actions.command(command);
  return [
    {
      label: l.file,
      submenu: [
        { label: l.importFiles, accelerator: 'CmdOrCtrl+O', click: run('import-files') },
        { label: l.importFolder, accelerator: 'CmdOrCtrl+Shift+O', click: run('import-folder') },
        { type: 'separator' },
        { label: l.exportArticle, accelerator: 'CmdOrCtrl+E', click: run('export-article') },
        { label: l.exportLibrary, click: run('export-library') },
        ...readingExportItems(language, run),
        { type: 'separator' },
        { label: l.backup, click: run('backup') },
        { label: l.restore, click: run('restore') },
        { type: 'separator' },
        { label: l.syncSettings, click: run('sync-settings') },
        { label: l.syncNow, accelerator: 'CmdOrCtrl+Shift+S', click: run('sync-now') },
        { type: 'separator' },
        { label: l.quit, accelerator: 'CmdOrCtrl+Q', click: actions.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        // Undo/redo act on Gloss's own history (highlights, notes, tags) outside text fields.
        { label: l.undo, accelerator: 'CmdOrCtrl+Z', click: run('undo') },
        { label: l.redo, accelerator: 'CmdOrCtrl+Shift+Z', click: run('redo') },
        { type: 'separator' },
        { label: l.searchLibrary, accelerator: 'CmdOrCtrl+K', click: run('search-library') },
        { label: l.findInArticle, accelerator: 'CmdOrCtrl+F', click: run('find-in-article') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.textLarger, accelerator: 'CmdOrCtrl+=', click: run('zoom-in') },
        { label: l.textSmaller, accelerator: 'CmdOrCtrl+-', click: run('zoom-out') },
        { label: l.textReset, accelerator: 'CmdOrCtrl+0', click: run('zoom-reset') },
        { type: 'separator' },
        ...readingViewItems(language, run),
        { type: 'separator' },
        {
          label: l.theme,
          submenu: [
            { label: l.light, click: run('theme-light') },
            { label: l.sepia, click: run('theme-sepia') },
            { label: l.dark, click: run('theme-dark') },
          ],
        },
        {
          label: l.language,
          submenu: [
            { label: 'English', click: run('language-en') },
            { label: '简体中文', click: run('language-zh-CN') },
          ],
        },
        { type: 'separator' },
        { label: l.shortcuts, click: run('show-shortcuts') },
        { role: 'togglefullscreen' },
      ],
    },
    articleMenu(language, run),
    {
      label: l.help,
      submenu: [
        { label: l.about, click: run('about') },
        { label: l.dataFolder, click: actions.showDataFolder },
        { label: l.syncLog, click: run('sync-log') },
        { label: l.report, click: actions.reportProblem },
      ],
    },
  ];
}
