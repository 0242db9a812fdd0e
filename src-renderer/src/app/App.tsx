/**
 * Gloss's window: the left rail (Library and the other views), the reader, the status line; menu
 * commands, drops and outside requests (files opened with Gloss) all land here.
 */
import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import type { MenuCommand, OpenRequest } from '../../../src-main/ipc/contract';
import { gloss, hasBridge } from '../bridge/gloss';
import { db } from '../db/db';
import { I18nProvider, languageForLocale, useI18n } from '../i18n';
import { RecoveryBanner } from './RecoveryBanner';
import { useIntegrityCheck } from '../db/useIntegrityCheck';
import { ImportStatus } from '../import/ImportStatus';
import { useImport } from '../import/useImport';
import { LibraryPane } from '../library/LibraryPane';
import { deleteArticles } from '../library/delete-articles';
import { useLayout } from '../layout/useLayout';
import { PaneResizer } from '../layout/PaneResizer';
import { useReadingCommands } from '../workflow/useReadingCommands';
import { addTagToArticles, setReadingStatus } from '../workflow/reading-workflow';
import { useReadingStyle } from '../reading-settings/useReadingStyle';
import '../layout/layout.css';
import { ReaderPane } from '../reader/ReaderPane';
import { useSettings, writeSetting, type Settings } from '../settings/settings-store';
import { undoStack } from '../undo/undo-stack';
import { DropOverlay, useFileDrop } from './DropOverlay';
import { StatusLine } from './StatusLine';
import { useApplyTheme } from './useTheme';
import { AboutDialog } from './AboutDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { NavRail } from './NavRail';
import { PassagesView } from '../passages/PassagesView';
import { TimelineView } from '../timeline/TimelineView';
import { TagManager } from '../tags/TagManager';
import { SyncArea } from '../sync/SyncArea';
import { SearchPalette, type OpenSearchResult } from '../search/SearchPalette';
import { searchClient } from '../search/search-client';
import { afterFirstScreen } from './startup-gate';
import { backupWhenIdle } from '../export/backup-when-idle';
import {
  exportArticleNotes,
  exportLibraryToFolder,
  exportPassages,
  restoreFromBackupFile,
  runDailyBackup,
  saveBackupFile,
  setExportLanguage,
} from '../export/export-actions';
import { undoLabel } from '../undo/undo-label';

export function App() {
  const settings = useSettings();
  if (!settings) return null;
  const language = settings.language === 'system' ? languageForLocale(navigator.language) : settings.language;
  return (
    <I18nProvider language={language}>
      <Workspace settings={settings} />
    </I18nProvider>
  );
}

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)));
}

function Workspace({ settings }: { settings: Settings }) {
  const { t, language } = useI18n();
  const importer = useImport();
  const [articleId, setArticleId] = useState<string | null>(settings.lastArticleId);
  const [message, setMessage] = useState<string | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ highlightId: string; nonce: number } | null>(null);
  const [searchOpen, setSearchOpen] = useState(false);
  const [findRequest, setFindRequest] = useState<{
    query: string;
    offset: number | null;
    nonce: number;
  } | null>(null);
  useApplyTheme(settings.theme, settings.fontSize);
  const readingStyle = useReadingStyle(settings.reading);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [importCount, setImportCount] = useState(0);
  const [preview, setPreview] = useState<{ library: number | null; sidebar: number | null }>({
    library: null,
    sidebar: null,
  });
  const layoutControls = useLayout(settings, settings.view === 'library' && articleId !== null);
  const { layout } = layoutControls;
  // The exporters add the person's own color names after the color's name.
  const labels = settings.colorLabels;
  const say = useCallback((text: string | null) => text && setMessage(text), []);
  useIntegrityCheck(say);

  useEffect(() => {
    document.documentElement.lang = language;
    setExportLanguage(language);
    if (hasBridge) void gloss.setLanguage(language);
  }, [language]);

  // Before the window closes, finish every database write, then say so.
  useEffect(() => {
    if (!hasBridge) return;
    return gloss.onBeforeClose(() => {
      void db
        .settle()
        .catch(() => undefined)
        .then(() => gloss.closeReady());
    });
  }, []);

  // The search index loads (or builds) in its worker once the library's first rows are painted
  // (a search asked for earlier starts it at once).
  useEffect(() => afterFirstScreen(() => searchClient.start()), []);

  // Undo and redo speak for themselves in the status line: an older message gives way.
  useEffect(() => undoStack.subscribe(() => setMessage(null)), []);

  // The daily backup waits for a quiet moment: a minute after start, never during an import.
  useEffect(() => (hasBridge ? backupWhenIdle(importer.state, runDailyBackup) : undefined), [importer.state]);

  const { closeOverlays } = layoutControls;
  const open = useCallback(
    (id: string) => {
      setFindRequest(null);
      setArticleId(id);
      closeOverlays();
      void writeSetting('lastArticleId', id);
      void writeSetting('view', 'library');
    },
    [closeOverlays],
  );
  const reading = useReadingCommands({
    articleId,
    layout: layoutControls,
    labels,
    open,
    say,
    toggleSettings: useCallback(() => setSettingsOpen((shown) => !shown), []),
  });

  const openPassage = useCallback(
    (id: string, highlightId: string | null) => {
      open(id);
      if (highlightId) setFocusRequest({ highlightId, nonce: Date.now() });
    },
    [open],
  );

  const openSearchResult = useCallback(
    (target: OpenSearchResult) => {
      setSearchOpen(false);
      openPassage(target.articleId, target.highlightId);
      setFindRequest({ query: target.query, offset: target.offset, nonce: Date.now() });
    },
    [openPassage],
  );

  const importPaths = useCallback(
    async (paths: string[]) => {
      const summary = await importer.importPaths(paths);
      if (summary?.added.length) setImportCount((n) => n + 1);
      const first = summary?.added[0] ?? summary?.duplicates[0];
      if (first) open(first.id);
    },
    [importer, open],
  );

  const importWithDialog = useCallback(
    async (folder: boolean) => {
      const summary = await importer.importWithDialog(folder);
      if (summary?.added.length) setImportCount((n) => n + 1);
      if (summary && summary.added.length === 1) open(summary.added[0].id);
    },
    [importer, open],
  );

  const dragging = useFileDrop(importPaths);

  const removeArticles = useCallback(
    async (ids: string[]) => {
      const count = await deleteArticles(ids);
      if (count > 0 && articleId && ids.includes(articleId)) setArticleId(null);
    },
    [articleId],
  );

  const handleOpenRequest = useCallback(
    (request: OpenRequest) => {
      if (request.kind === 'files') void importPaths(request.paths);
      else openPassage(request.articleId, request.highlightId);
    },
    [importPaths, openPassage],
  );

  const runCommand = useCallback(
    (command: MenuCommand) => {
      const size = settings.fontSize;
      switch (command) {
        case 'import-files':
          return void importWithDialog(false);
        case 'import-folder':
          return void importWithDialog(true);
        case 'zoom-in':
          return void writeSetting('fontSize', Math.min(size + 1, 32));
        case 'zoom-out':
          return void writeSetting('fontSize', Math.max(size - 1, 12));
        case 'zoom-reset':
          return void writeSetting('fontSize', 18);
        case 'theme-light':
        case 'theme-sepia':
        case 'theme-dark':
          return void writeSetting('theme', command.slice(6) as Settings['theme']);
        case 'language-en':
        case 'language-zh-CN':
          return void writeSetting('language', command.slice(9) as Settings['language']);
        case 'about':
          return setAboutOpen(true);
        case 'show-shortcuts':
          return setShortcutsOpen(true);
        case 'export-article':
          if (articleId) void exportArticleNotes(articleId, labels).then(say);
          return undefined;
        case 'export-library':
          return void exportLibraryToFolder(labels).then(say);
        case 'backup':
          return void saveBackupFile().then(say);
        case 'restore':
          return void restoreFromBackupFile().then(say);
        case 'undo':
          if (isEditable(document.activeElement)) return void document.execCommand('undo');
          return void undoStack.undo();
        case 'redo':
          if (isEditable(document.activeElement)) return void document.execCommand('redo');
          return void undoStack.redo();
        case 'search-library':
          return setSearchOpen(true);
        case 'find-in-article': {
          // The same as Ctrl/Cmd+F in the reader: the selection, if any, is the query.
          const selected = window.getSelection()?.toString().trim() ?? '';
          return setFindRequest({ query: selected, offset: null, nonce: Date.now() });
        }
        case 'sync-settings':
        case 'sync-now':
        case 'sync-log':
          return; // SyncArea listens for these itself.
        default:
          return void reading.run(command);
      }
    },
    [importWithDialog, settings.fontSize, articleId, labels, say, reading],
  );

  useEffect(() => {
    if (!hasBridge) return;
    const offMenu = gloss.onMenuCommand(runCommand);
    const offOpen = gloss.onOpenRequest(handleOpenRequest);
    return () => {
      offMenu();
      offOpen();
    };
  }, [runCommand, handleOpenRequest]);

  useEffect(() => {
    if (!hasBridge) return;
    void gloss.pendingOpenRequests().then((requests) => requests.forEach(handleOpenRequest));
    // Only once: later requests arrive as events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearchOpen(true);
        return;
      }
      if (isEditable(event.target)) return;
      if (!mod && event.key === '/' && settings.view === 'library') {
        event.preventDefault();
        setSearchOpen(true);
        return;
      }
      if (mod && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        void importWithDialog(event.shiftKey);
      } else if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void (event.shiftKey ? undoStack.redo() : undoStack.undo());
      } else if (mod && (event.key === '=' || event.key === '+')) {
        event.preventDefault();
        runCommand('zoom-in');
      } else if (mod && event.key === '-') {
        event.preventDefault();
        runCommand('zoom-out');
      } else if (mod && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        runCommand('export-article');
      } else if (!mod && event.key === '?') {
        setShortcutsOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [importWithDialog, runCommand, settings.view]);

  const view = settings.view;
  const libraryWidth = preview.library ?? layout.libraryWidth;
  const sidebarWidth = preview.sidebar ?? layout.sidebarWidth;
  const paneStyle = {
    '--library-width': `${libraryWidth}px`,
    '--sidebar-width': `${sidebarWidth}px`,
  } as CSSProperties;
  return (
    <div className="app-shell">
      <div
        className="panes"
        style={paneStyle}
        data-library={view === 'library' ? layout.library : 'hidden'}
        data-sidebar={layout.sidebar}
        data-focus={layout.rail ? undefined : ''}
      >
        {layout.rail ? (
          <NavRail view={view} onChange={(next) => void writeSetting('view', next)} />
        ) : (
          <button type="button" className="quiet small exit-focus" onClick={layoutControls.toggleFocus}>
            {t('layout.exitFocus')}
          </button>
        )}
        {view === 'library' && (
          <>
            <LibraryPane
              selectedId={articleId}
              sort={settings.librarySort}
              reversed={settings.libraryReverse}
              onSortChange={(sort, reversed) => {
                void writeSetting('librarySort', sort);
                void writeSetting('libraryReverse', reversed);
              }}
              onOpen={open}
              onImport={(folder) => void importWithDialog(folder)}
              onDelete={(ids) => void removeArticles(ids)}
              onSetStatus={(ids, status) =>
                void setReadingStatus(ids, status, undoLabel(`status.set.${status}`))
              }
              onTag={(ids, tag) => void addTagToArticles(ids, tag, undoLabel('library.bulkTagged', { tag }))}
              onExport={(ids) => void exportLibraryToFolder(labels, ids).then(say)}
              onOrderChange={reading.onOrderChange}
              importCount={importCount}
            />
            {layout.library === 'docked' && articleId && (
              <PaneResizer
                pane="library"
                width={libraryWidth}
                onResize={layoutControls.resizeLibrary}
                onPreview={(width) => setPreview((p) => ({ ...p, library: width }))}
              />
            )}
            {layout.library === 'overlay' && (
              <div className="overlay-scrim" aria-hidden="true" onClick={layoutControls.toggleLibrary} />
            )}
            {articleId ? (
              <ReaderPane
                key={articleId}
                articleId={articleId}
                showRemoved={settings.showRemoved}
                onToggleRemoved={() => void writeSetting('showRemoved', !settings.showRemoved)}
                onMessage={setMessage}
                focusRequest={focusRequest}
                colorLabels={settings.colorLabels}
                sidebarOpen={layout.sidebar !== 'hidden'}
                onToggleSidebar={layoutControls.toggleSidebar}
                libraryShown={layout.library !== 'hidden'}
                onToggleLibrary={layoutControls.toggleLibrary}
                focusMode={settings.focusMode}
                onToggleFocus={layoutControls.toggleFocus}
                readingStyle={readingStyle}
                fontSize={settings.fontSize}
                settingsOpen={settingsOpen}
                onToggleSettings={() => setSettingsOpen((shown) => !shown)}
                onCaretEntry={reading.onCaretEntry}
                sidebarResizer={
                  layout.sidebar === 'docked' ? (
                    <PaneResizer
                      pane="sidebar"
                      width={sidebarWidth}
                      onResize={layoutControls.resizeSidebar}
                      onPreview={(width) => setPreview((p) => ({ ...p, sidebar: width }))}
                    />
                  ) : null
                }
                findRequest={findRequest}
              />
            ) : (
              <main className="reader-pane reader-empty" aria-label={t('reader.article')}>
                <p className="muted">{t('reader.empty')}</p>
              </main>
            )}
          </>
        )}
        {view === 'passages' && (
          <div className="view-pane">
            <PassagesView
              onOpenPassage={(id, highlightId) => openPassage(id, highlightId)}
              onExport={(ids) => void exportPassages(t('nav.passages'), ids, labels).then(say)}
            />
          </div>
        )}
        {view === 'timeline' && (
          <div className="view-pane">
            <TimelineView onOpenPassage={(id, highlightId) => openPassage(id, highlightId)} />
          </div>
        )}
        {view === 'tags' && (
          <div className="view-pane">
            <TagManager onMessage={setMessage} />
          </div>
        )}
      </div>
      <StatusLine message={message}>
        <RecoveryBanner onResume={(paths) => void importer.resumeImport(paths)} />
        <SyncArea />
        <ImportStatus controller={importer} onOpen={open} />
      </StatusLine>
      {dragging && <DropOverlay />}
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      {searchOpen && <SearchPalette onOpen={openSearchResult} onClose={() => setSearchOpen(false)} />}
    </div>
  );
}
