/**
 * Find in the article (Ctrl/Cmd+F): every match painted with the CSS Custom Highlight API in a
 * style of its own (orange, not one of the five highlight colors), the current one stronger;
 * Enter and Shift+Enter move, Escape closes. Same matching rules as the library search.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useFindAll } from './lazy-match';
import { rangeFromOffsets } from '../reader/text-map';
import { useI18n } from '../i18n';

const ALL = 'gloss-find';
const CURRENT = 'gloss-find-current';
const NO_MATCHES: [number, number][] = [];

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): {
  highlights: HighlightRegistry;
  Highlight: new (...ranges: Range[]) => unknown;
} | null {
  const highlights = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)
    ?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return highlights && Highlight ? { highlights, Highlight } : null;
}

export function clearFindPaint(): void {
  const api = registry();
  api?.highlights.delete(ALL);
  api?.highlights.delete(CURRENT);
}

export function FindBar({
  text,
  offsets,
  bodyRef,
  scrollerRef,
  initialQuery,
  initialOffset,
  onClose,
}: {
  text: string;
  offsets: readonly number[];
  bodyRef: RefObject<HTMLDivElement | null>;
  scrollerRef: RefObject<HTMLDivElement | null>;
  initialQuery: string;
  /** Start at the first match at or after this offset (the hit a search result pointed at). */
  initialOffset: number | null;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState(initialQuery);
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const findAll = useFindAll();
  const matches = useMemo(() => (findAll ? findAll(text, query) : NO_MATCHES), [findAll, text, query]);
  useEffect(() => {
    setQuery(initialQuery);
    input.current?.focus();
    input.current?.select();
  }, [initialQuery]);

  // The first match to show: at the offset a search result pointed at, else the first.
  useEffect(() => {
    const at = initialOffset === null ? 0 : matches.findIndex(([start]) => start >= initialOffset);
    setCurrent(Math.max(0, at));
  }, [matches, initialOffset]);

  // Ranges are made once the article's DOM is there (after render), and again when it changes.
  const ranges = useRef<{ matches: [number, number][]; ranges: (Range | null)[] }>({
    matches: [],
    ranges: [],
  });
  useEffect(() => {
    const api = registry();
    const body = bodyRef.current;
    if (!api || !body) return;
    if (
      ranges.current.matches !== matches ||
      ranges.current.ranges.some((r) => r && !body.contains(r.startContainer))
    ) {
      ranges.current = {
        matches,
        ranges: matches.map(([start, end]) => rangeFromOffsets(body, offsets, start, end)),
      };
      api.highlights.set(
        ALL,
        new api.Highlight(...ranges.current.ranges.filter((r): r is Range => r !== null)),
      );
    }
    const range = ranges.current.ranges[current];
    if (range) {
      api.highlights.set(CURRENT, new api.Highlight(range));
      const scroller = scrollerRef.current;
      const box = range.getBoundingClientRect();
      if (scroller) {
        const frame = scroller.getBoundingClientRect();
        if (box.top < frame.top + 60 || box.bottom > frame.bottom - 40) {
          scroller.scrollTop += box.top - frame.top - frame.height / 3;
        }
      }
    } else api.highlights.delete(CURRENT);
  }, [matches, current, bodyRef, scrollerRef, offsets]);

  useEffect(() => clearFindPaint, []);

  const move = (step: number) => {
    if (matches.length === 0) return;
    setCurrent((i) => (i + step + matches.length) % matches.length);
  };

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            move(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-count small" role="status">
        {query.trim() === '' || !findAll
          ? ''
          : matches.length === 0
            ? t('find.none')
            : t('find.count', { current: current + 1, total: matches.length })}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('find.previous')}
        title={t('find.previous')}
        onClick={() => move(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('find.next')}
        title={t('find.next')}
        onClick={() => move(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('find.close')}
        title={t('find.close')}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}
