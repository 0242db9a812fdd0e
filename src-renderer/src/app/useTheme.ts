/** Applies the chosen theme (or the OS's) and text size to the document root. */
import { useEffect, useState } from 'react';
import type { Settings } from '../settings/settings-store';

export function useApplyTheme(theme: Settings['theme'], fontSize: number): void {
  const [prefersDark, setPrefersDark] = useState(
    () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
  );
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const listener = (event: MediaQueryListEvent) => setPrefersDark(event.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, []);
  useEffect(() => {
    const resolved = theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
    document.documentElement.dataset.theme = resolved;
    document.documentElement.style.setProperty('--reading-size', `${fontSize}px`);
  }, [theme, prefersDark, fontSize]);
}
