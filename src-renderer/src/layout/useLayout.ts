/**
 * The window's layout as a hook: the window width, the person's remembered choices (panes open,
 * their widths, focus mode) and this session's overlays, turned into where each pane goes
 * (src-shared/layout/pane-layout.ts), with the actions the keys, buttons and menu call.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { clampWidth, paneLayout, type PaneLayout } from '../../../src-shared/layout/pane-layout';
import { writeSetting, type Settings } from '../settings/settings-store';

export interface LayoutControls {
  layout: PaneLayout;
  toggleLibrary(): void;
  toggleSidebar(): void;
  toggleFocus(): void;
  /** Closes the library overlay (after an article was picked from it). */
  closeOverlays(): void;
  resizeLibrary(width: number): void;
  resizeSidebar(width: number): void;
}

function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

export function useLayout(settings: Settings, articleOpen: boolean): LayoutControls {
  const windowWidth = useWindowWidth();
  const [libraryOverlay, setLibraryOverlay] = useState(false);
  const [sidebarOverlay, setSidebarOverlay] = useState(false);
  const layout = useMemo(
    () =>
      paneLayout({
        windowWidth,
        libraryOpen: settings.libraryOpen,
        sidebarOpen: settings.sidebarOpen,
        libraryWidth: settings.libraryWidth,
        sidebarWidth: settings.sidebarWidth,
        focusMode: settings.focusMode,
        libraryOverlay,
        sidebarOverlay,
        articleOpen,
      }),
    [windowWidth, settings, libraryOverlay, sidebarOverlay, articleOpen],
  );

  const toggleLibrary = useCallback(() => {
    if (layout.library === 'docked') return void writeSetting('libraryOpen', false);
    if (layout.library === 'overlay') return setLibraryOverlay(false);
    if (settings.focusMode) void writeSetting('focusMode', false);
    if (!settings.libraryOpen) void writeSetting('libraryOpen', true);
    setLibraryOverlay(true);
  }, [layout.library, settings.focusMode, settings.libraryOpen]);

  const toggleSidebar = useCallback(() => {
    if (layout.sidebar === 'docked') return void writeSetting('sidebarOpen', false);
    if (layout.sidebar === 'overlay') return setSidebarOverlay(false);
    if (settings.focusMode) void writeSetting('focusMode', false);
    if (!settings.sidebarOpen) void writeSetting('sidebarOpen', true);
    setSidebarOverlay(true);
  }, [layout.sidebar, settings.focusMode, settings.sidebarOpen]);

  const toggleFocus = useCallback(() => {
    setLibraryOverlay(false);
    setSidebarOverlay(false);
    void writeSetting('focusMode', !settings.focusMode);
  }, [settings.focusMode]);

  return {
    layout,
    toggleLibrary,
    toggleSidebar,
    toggleFocus,
    closeOverlays: useCallback(() => setLibraryOverlay(false), []),
    resizeLibrary: useCallback(
      (width: number) => void writeSetting('libraryWidth', clampWidth('library', width)),
      [],
    ),
    resizeSidebar: useCallback(
      (width: number) => void writeSetting('sidebarWidth', clampWidth('sidebar', width)),
      [],
    ),
  };
}
