/**
 * Small preferences kept in the settings table (theme, language, text size, last article), read
 * with a live query so every view follows a change at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { db } from '../db/db';
import type { LibrarySortKey } from '../library/library-order';
import { DEFAULT_READING_STYLE, type ReadingStyle } from '../reading-settings/reading-style';

export interface Settings {
  theme: 'light' | 'sepia' | 'dark' | 'system';
  language: 'en' | 'zh-CN' | 'system';
  fontSize: number;
  lastArticleId: string | null;
  librarySort: LibrarySortKey;
  /** The library's sort turned around from its natural direction. */
  libraryReverse: boolean;
  /** Layout: panes the person opened or closed, their widths, focus mode. */
  libraryOpen: boolean;
  libraryWidth: number;
  sidebarWidth: number;
  focusMode: boolean;
  reading: ReadingStyle;
  colorLabels: Record<string, string>;
  showRemoved: boolean;
  sidebarOpen: boolean;
  view: 'library' | 'passages' | 'timeline' | 'tags';
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  language: 'system',
  fontSize: 18,
  lastArticleId: null,
  librarySort: 'imported',
  libraryReverse: false,
  libraryOpen: true,
  libraryWidth: 300,
  sidebarWidth: 320,
  focusMode: false,
  reading: DEFAULT_READING_STYLE,
  colorLabels: {},
  showRemoved: false,
  sidebarOpen: true,
  view: 'library',
};

export async function writeSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}

export async function readSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return row ? (row.value as Settings[K]) : DEFAULT_SETTINGS[key];
}

/** All settings, or null while they load (so the first paint does not flash defaults). */
export function useSettings(): Settings | null {
  return (
    useLiveQuery(async () => {
      const rows = await db.settings.toArray();
      const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
      for (const row of rows) settings[row.key] = row.value;
      return settings as unknown as Settings;
    }, []) ?? null
  );
}

export function useWriteSetting() {
  return useCallback(
    <K extends keyof Settings>(key: K, value: Settings[K]) => void writeSetting(key, value),
    [],
  );
}
