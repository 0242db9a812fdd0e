/**
 * Where the library and the notes sidebar go for a window width: docked beside the reader, an
 * overlay over it, or hidden. The reading column never drops below a readable measure: below
 * NARROW_WIDTH the library becomes an overlay opened on demand, and a docked pane that would
 * squeeze the text first shrinks to its minimum and then leaves the row (the sidebar then opens
 * as an overlay). Focus mode hides both.
 */

/** Below this window width the library is an overlay (opened with a key or a button). */
export const NARROW_WIDTH = 1100;
/** The narrowest reading column Gloss accepts beside docked panes, in CSS pixels. */
export const MIN_READING_WIDTH = 520;
export const RAIL_WIDTH = 64;
export const PANE_LIMITS = {
  library: { min: 220, max: 520, initial: 300 },
  sidebar: { min: 240, max: 520, initial: 320 },
} as const;

export type PanePlacement = 'docked' | 'overlay' | 'hidden';

export interface LayoutInput {
  windowWidth: number;
  /** The person's choices (remembered). */
  libraryOpen: boolean;
  sidebarOpen: boolean;
  libraryWidth: number;
  sidebarWidth: number;
  focusMode: boolean;
  /** An overlay asked for in this session (a key or a button), where docking does not fit. */
  libraryOverlay: boolean;
  sidebarOverlay: boolean;
  /** With no article open the library is all there is to see: it stays docked. */
  articleOpen: boolean;
}

export interface PaneLayout {
  library: PanePlacement;
  sidebar: PanePlacement;
  libraryWidth: number;
  sidebarWidth: number;
  rail: boolean;
}

export function clampWidth(pane: keyof typeof PANE_LIMITS, width: number): number {
  const { min, max, initial } = PANE_LIMITS[pane];
  if (!Number.isFinite(width)) return initial;
  return Math.round(Math.min(max, Math.max(min, width)));
}

export function paneLayout(input: LayoutInput): PaneLayout {
  let libraryWidth = clampWidth('library', input.libraryWidth);
  let sidebarWidth = clampWidth('sidebar', input.sidebarWidth);
  if (input.focusMode && input.articleOpen)
    return { library: 'hidden', sidebar: 'hidden', libraryWidth, sidebarWidth, rail: false };
  const room = input.windowWidth - RAIL_WIDTH;
  if (!input.articleOpen) {
    return {
      library: 'docked',
      sidebar: 'hidden',
      libraryWidth: Math.min(libraryWidth, Math.max(PANE_LIMITS.library.min, room)),
      sidebarWidth,
      rail: true,
    };
  }
  const narrow = input.windowWidth < NARROW_WIDTH;
  let library: PanePlacement = input.libraryOpen && !narrow ? 'docked' : 'hidden';
  let sidebar: PanePlacement = input.sidebarOpen ? 'docked' : 'hidden';
  const reading = () =>
    room - (library === 'docked' ? libraryWidth : 0) - (sidebar === 'docked' ? sidebarWidth : 0);
  // Too tight: shrink the docked panes to their minimum, then undock the library, then the sidebar.
  if (reading() < MIN_READING_WIDTH) {
    const over = MIN_READING_WIDTH - reading();
    if (sidebar === 'docked') sidebarWidth = Math.max(PANE_LIMITS.sidebar.min, sidebarWidth - over);
    if (library === 'docked' && reading() < MIN_READING_WIDTH)
      libraryWidth = Math.max(PANE_LIMITS.library.min, libraryWidth - (MIN_READING_WIDTH - reading()));
  }
  if (reading() < MIN_READING_WIDTH && library === 'docked') library = 'hidden';
  if (reading() < MIN_READING_WIDTH && sidebar === 'docked') sidebar = 'hidden';
  if (library === 'hidden' && input.libraryOverlay) library = 'overlay';
  if (sidebar === 'hidden' && input.sidebarOpen && input.sidebarOverlay) sidebar = 'overlay';
  return { library, sidebar, libraryWidth, sidebarWidth, rail: true };
}
