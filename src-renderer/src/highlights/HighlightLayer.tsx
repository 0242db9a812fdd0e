/**
 * Everything highlights do in the reader: paints them (CSS Custom Highlight API), shows the
 * toolbar at a selection, opens a highlight on click (the innermost one where they nest), the
 * keys (1–5, Shift+1–9, N, T, Delete, J/K, Escape), and the notes sidebar beside the text.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { gloss, hasBridge } from '../bridge/gloss';
import { db } from '../db/db';
import { trackPendingWrite } from '../db/pending-writes';
import { HIGHLIGHT_COLORS, type Article, type HighlightColor } from '../db/models';
import { useI18n } from '../i18n';
import {
  blockContaining,
  blockElement,
  offsetsFromRange,
  offsetOfNode,
  rangeFromOffsets,
} from '../reader/text-map';
import { colorLabels as makeColorLabels } from './color-labels';
import { createHighlight, deleteHighlight, updateHighlight } from './highlight-store';
import { describeRange } from '../../../src-shared/anchoring';
import { HighlightPopover } from './HighlightPopover';
import { NotesPane } from './NotesPane';
import { clearHighlights, flashPassage, innermostAt, paintFocus, paintHighlights, paintOne } from './paint';
import { SelectionToolbar } from './SelectionToolbar';
import { useArticleHighlights } from './useArticleHighlights';
import { afterNextFrame } from '../reader/after-next-frame';
import { useVisibleBlocks } from './useVisibleBlocks';
import { copyArticleMarkdown, exportArticleNotes } from '../export/export-actions';
import { undoLabel } from '../undo/undo-label';

export interface HighlightLayerProps {
  article: Article;
  text: string;
  offsets: number[];
  bodyRef: RefObject<HTMLDivElement | null>;
  scrollerRef: RefObject<HTMLDivElement | null>;
  /** Re-render key of the body (blocks or removed text shown changed): paint again. */
  bodyVersion: string;
  focusRequest: { highlightId: string; nonce: number } | null;
  customLabels: Record<string, string>;
  sidebarOpen: boolean;
  onMessage(message: string): void;
}

const EMPTY_RECT = new DOMRect();

interface SelectionState {
  start: number;
  end: number;
  rect: DOMRect;
}

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)));
}

export function HighlightLayer(props: HighlightLayerProps) {
  const { article, text, offsets, bodyRef, scrollerRef, bodyVersion, focusRequest, onMessage } = props;
  const { t } = useI18n();
  const { anchored, orphans, loaded } = useArticleHighlights(article.id, text);
  const labels = useMemo(() => makeColorLabels(props.customLabels, t), [props.customLabels, t]);
  const hotkeyTags = useLiveQuery(() => db.tags.filter((tag) => tag.hotkey !== null).toArray(), []);
  const [selection, setSelection] = useState<SelectionState | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // The key handler reads the focus from here: a key pressed before React re-renders still sees
  // the highlight the previous key focused.
  const focusedRef = useRef<string | null>(null);
  const focusHighlight = useCallback((id: string | null) => {
    focusedRef.current = id;
    setFocusedId(id);
  }, []);
  const [popover, setPopover] = useState<{ id: string; focus: 'none' | 'note' | 'tag' } | null>(null);
  const paintStatus = useRef<HTMLSpanElement>(null);
  const selectionRef = useRef<SelectionState | null>(null);
  selectionRef.current = selection;
  /** The highlight being written, so N or T pressed right after a color key opens it. */
  const creatingRef = useRef<Promise<{ id: string }> | null>(null);
  /** While a highlight is being written, N or T opens it once it is stored. */
  const openAfterCreate = useCallback((focus: 'note' | 'tag') => {
    const creating = creatingRef.current;
    if (!creating) return false;
    void creating.then((created) => setPopover({ id: created.id, focus }));
    return true;
  }, []);

  // DOM ranges of painted passages, valid while the article's DOM stays the same.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rangeCache = useMemo(() => new Map<string, Range | null>(), [bodyVersion, offsets]);
  // Paint after every render that changed the body or the highlights.
  const nearBlocks = useVisibleBlocks(bodyRef, scrollerRef, bodyVersion);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body || !loaded) return;
    const items = [];
    for (const a of anchored) {
      const first = blockContaining(offsets, a.start);
      const last = blockContaining(offsets, Math.max(a.start, a.end - 1));
      let near = false;
      for (let i = first; i <= last && !near; i++) near = nearBlocks.has(i);
      if (near) items.push({ id: a.highlight.id, color: a.highlight.color, start: a.start, end: a.end });
    }
    paintHighlights(body, offsets, items, rangeCache);
    // Tests and benchmarks wait on this to know the paint is done. It is a tiny element of its
    // own: an attribute changed on the article would make the browser restyle the whole text.
    const status = paintStatus.current;
    if (status) {
      status.dataset.articleId = article.id;
      status.dataset.highlightsPainted = String(anchored.length);
      // Painted counts a new highlight from the key on; stored, once the database has it.
      status.dataset.highlightsStored = String(anchored.length);
    }
  }, [anchored, offsets, bodyRef, bodyVersion, loaded, article.id, rangeCache, nearBlocks]);
  useEffect(() => () => clearHighlights(), []);

  const focused = anchored.find((a) => a.highlight.id === focusedId) ?? null;
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (body) paintFocus(body, offsets, focused);
  }, [focused, offsets, bodyRef, bodyVersion]);

  const scrollToHighlight = useCallback(
    (id: string) => {
      const item = anchored.find((a) => a.highlight.id === id);
      const body = bodyRef.current;
      const scroller = scrollerRef.current;
      if (!item || !body || !scroller) return false;
      // Scroll the block into view first: blocks far off screen are not laid out
      // (content-visibility), so a range inside them has no position to measure yet.
      const block = blockElement(body, blockContaining(offsets, item.start));
      if (!block) return false;
      block.scrollIntoView({ block: 'center' });
      const range = rangeFromOffsets(body, offsets, item.start, item.end);
      if (!range) return false;
      const rect = range.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      if (rect.height > 0 && (rect.top < box.top || rect.bottom > box.bottom))
        scroller.scrollTop += rect.top - box.top - box.height / 3;
      flashPassage(body, offsets, item);
      focusHighlight(id);
      return true;
    },
    [anchored, bodyRef, scrollerRef, offsets, focusHighlight],
  );

  // Stable for the sidebar's memoized rows, while always using the current placements.
  const scrollRef = useRef(scrollToHighlight);
  scrollRef.current = scrollToHighlight;
  const selectFromSidebar = useCallback((id: string) => {
    scrollRef.current(id);
    setPopover(null);
  }, []);

  // A passage asked for from elsewhere (Passages view, timeline, gloss:// link).
  const handledRequest = useRef<number | null>(null);
  useEffect(() => {
    if (!focusRequest || !loaded || handledRequest.current === focusRequest.nonce) return;
    if (scrollToHighlight(focusRequest.highlightId)) handledRequest.current = focusRequest.nonce;
  }, [focusRequest, loaded, scrollToHighlight]);

  /** The selection in the article's text right now, as canonical offsets and a rectangle. */
  const readSelection = useCallback(
    (withRect = false): SelectionState | null => {
      const body = bodyRef.current;
      const current = document.getSelection();
      if (!body || !current || current.rangeCount === 0 || current.isCollapsed) return null;
      const range = current.getRangeAt(0);
      if (!body.contains(range.commonAncestorContainer)) return null;
      const mapped = offsetsFromRange(body, offsets, range);
      // Measuring forces a layout: only the toolbar needs it, never a key press.
      return mapped ? { ...mapped, rect: withRect ? range.getBoundingClientRect() : EMPTY_RECT } : null;
    },
    [bodyRef, offsets],
  );

  // Track the selection inside the article body (for the toolbar; keys read it afresh).
  useEffect(() => {
    let timer = 0;
    const update = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const next = readSelection(true);
        // A new selection in the text replaces whatever highlight was open.
        if (next) setPopover(null);
        setSelection(next);
      }, 60);
    };
    document.addEventListener('selectionchange', update);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('selectionchange', update);
    };
  }, [readSelection]);

  const highlightSelection = useCallback(
    async (color: HighlightColor, extra: { tags?: string[]; then?: 'note' | 'tag' } = {}) => {
      const current = readSelection() ?? selectionRef.current;
      if (!current) return null;
      // Keys pressed right after (3 then N) act on the new highlight, not on the old selection.
      selectionRef.current = null;
      // Painted at once; the saved highlight repaints the same place when the database answers.
      const domSelection = document.getSelection();
      const status = paintStatus.current;
      if (domSelection && domSelection.rangeCount > 0) {
        paintOne(color, domSelection.getRangeAt(0).cloneRange());
        if (status)
          status.dataset.highlightsPainted = String(Number(status.dataset.highlightsPainted ?? 0) + 1);
      }
      document.getSelection()?.removeAllRanges();
      // Saving and re-rendering wait until the frame showing the highlight is out; the write
      // counts as pending from now, so closing the window in between still waits for it.
      const creating = trackPendingWrite(
        afterNextFrame().then(() => {
          setSelection(null);
          return createHighlight(
            { articleId: article.id, text, start: current.start, end: current.end, color, tags: extra.tags },
            { undoLabel: undoLabel('highlights.created') },
          );
        }),
      );
      creatingRef.current = creating;
      // Until the new highlight is stored, N, T and Delete wait for it instead of acting on the
      // highlight focused before (a color key then N, with no time in between).
      focusHighlight(null);
      const created = await creating;
      if (creatingRef.current === creating) creatingRef.current = null;
      focusHighlight(created.id);
      if (extra.then) setPopover({ id: created.id, focus: extra.then });
      return created;
    },
    [article.id, text, readSelection, focusHighlight],
  );

  const copySelection = useCallback(() => {
    const current = readSelection() ?? selectionRef.current;
    if (!current) return;
    const quote = text.slice(current.start, current.end);
    if (hasBridge) void gloss.writeClipboard(quote).then(() => onMessage(t('highlights.copied')));
  }, [text, onMessage, t, readSelection]);

  // Click on painted text: open the innermost highlight there.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const onClick = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed) return;
      const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
      const node = caret?.offsetNode;
      if (!node || !body.contains(node)) return;
      const offset = offsetOfNode(body, offsets, node, caret.offset, 'forward');
      if (offset === null) return;
      const hit = innermostAt(anchored, offset) ?? innermostAt(anchored, offset - 1);
      if (hit) {
        focusHighlight(hit.highlight.id);
        setPopover({ id: hit.highlight.id, focus: 'none' });
      } else {
        setPopover(null);
        focusHighlight(null);
      }
    };
    body.addEventListener('click', onClick);
    return () => body.removeEventListener('click', onClick);
  }, [anchored, bodyRef, offsets, bodyVersion, focusHighlight]);

  // Keys of the reader.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isEditable(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const focusedId = focusedRef.current;
      const digit = /^Digit([1-9])$/.exec(event.code);
      const hasSelection = readSelection() !== null;
      if (digit && !event.shiftKey && hasSelection && Number(digit[1]) <= HIGHLIGHT_COLORS.length) {
        event.preventDefault();
        void highlightSelection(HIGHLIGHT_COLORS[Number(digit[1]) - 1]);
      } else if (digit && event.shiftKey && hasSelection) {
        const tag = hotkeyTags?.find((candidate) => candidate.hotkey === Number(digit[1]));
        if (!tag) return;
        event.preventDefault();
        void highlightSelection('yellow', { tags: [tag.name] });
      } else if (event.key === 'n' || event.key === 'N') {
        if (hasSelection) void highlightSelection('yellow', { then: 'note' });
        else if (openAfterCreate('note')) event.preventDefault();
        else if (focusedId) setPopover({ id: focusedId, focus: 'note' });
        else return;
        event.preventDefault();
      } else if (event.key === 't' || event.key === 'T') {
        if (hasSelection) void highlightSelection('yellow', { then: 'tag' });
        else if (openAfterCreate('tag')) event.preventDefault();
        else if (focusedId) setPopover({ id: focusedId, focus: 'tag' });
        else return;
        event.preventDefault();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && focusedId) {
        event.preventDefault();
        void deleteHighlight(focusedId, undoLabel('highlights.deleted'));
        setPopover(null);
        focusHighlight(null);
      } else if (event.key === 'j' || event.key === 'k') {
        if (anchored.length === 0) return;
        event.preventDefault();
        const index = anchored.findIndex((a) => a.highlight.id === focusedId);
        const next =
          event.key === 'j'
            ? Math.min(anchored.length - 1, index + 1)
            : Math.max(0, index < 0 ? 0 : index - 1);
        scrollToHighlight(anchored[next].highlight.id);
      } else if (event.key === 'Escape') {
        setPopover(null);
        focusHighlight(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [
    anchored,
    focusHighlight,
    highlightSelection,
    hotkeyTags,
    scrollToHighlight,
    openAfterCreate,
    readSelection,
    t,
  ]);

  const reattach = useCallback(
    async (id: string) => {
      const current = readSelection() ?? selectionRef.current;
      if (!current) return onMessage(t('highlights.selectFirst'));
      const { quote, position } = describeRange(text, current.start, current.end);
      await updateHighlight(id, { quote, position }, undoLabel('highlights.reattached'));
      document.getSelection()?.removeAllRanges();
      setSelection(null);
    },
    [text, onMessage, t, readSelection],
  );

  const popoverHighlight = popover ? anchored.find((a) => a.highlight.id === popover.id) : undefined;
  const popoverRect = useMemo(() => {
    const body = bodyRef.current;
    if (!popoverHighlight || !body) return null;
    return (
      rangeFromOffsets(
        body,
        offsets,
        popoverHighlight.start,
        popoverHighlight.end,
      )?.getBoundingClientRect() ?? null
    );
    // The rectangle is taken when the popover opens; it does not follow scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [popover?.id, popoverHighlight !== undefined]);

  return (
    <>
      <span ref={paintStatus} className="paint-status" hidden />
      {selection && !popover && (
        <SelectionToolbar
          rect={selection.rect}
          labels={labels}
          onColor={(color) => void highlightSelection(color)}
          onNote={() => void highlightSelection('yellow', { then: 'note' })}
          onTag={() => void highlightSelection('yellow', { then: 'tag' })}
          onCopy={copySelection}
        />
      )}
      {popover && popoverHighlight && (
        <HighlightPopover
          key={popover.id}
          highlight={popoverHighlight.highlight}
          anchorRect={popoverRect}
          labels={labels}
          focus={popover.focus}
          onClose={() => setPopover(null)}
        />
      )}
      {props.sidebarOpen && (
        <NotesPane
          articleId={article.id}
          text={text}
          articleNote={article.note}
          onArticleNoteChange={(note) => void db.articles.update(article.id, { note })}
          anchored={anchored}
          orphans={orphans}
          labels={labels}
          focusedId={focusedId}
          dismissedSuggestions={article.dismissedSuggestions}
          onSelect={selectFromSidebar}
          onReattach={(id) => void reattach(id)}
          onExport={() =>
            void exportArticleNotes(article.id, props.customLabels).then((m) => m && onMessage(m))
          }
          onCopy={() =>
            void copyArticleMarkdown(article.id, props.customLabels).then((m) => m && onMessage(m))
          }
        />
      )}
    </>
  );
}
