/** Applies the reading settings to the document as CSS variables, whenever they change. */
import { useEffect, useMemo } from 'react';
import { normalizeReadingStyle, readingStyleVariables, type ReadingStyle } from './reading-style';

export function useReadingStyle(stored: Partial<ReadingStyle> | undefined): ReadingStyle {
  const style = useMemo(() => normalizeReadingStyle(stored), [stored]);
  useEffect(() => {
    const root = document.documentElement.style;
    for (const [name, value] of Object.entries(readingStyleVariables(style))) root.setProperty(name, value);
  }, [style]);
  return style;
}
