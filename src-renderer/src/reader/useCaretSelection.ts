/**
 * Selecting text without a mouse: when the article text has focus (the "Skip to article text"
 * link or the C key), a caret is placed at the first visible paragraph; the arrow keys move it,
 * Shift+arrows extend the selection (Ctrl/Alt+Shift+arrows by word), and the highlight keys then
 * act on what is selected, as after a mouse selection.
 */
import { useCallback, useEffect, type RefObject } from 'react';

const DIRECTIONS: Record<string, ['forward' | 'backward', 'character' | 'line']> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
};

function firstTextNode(element: Element): Text | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  return walker.nextNode() as Text | null;
}

export function useCaretSelection(
  textRef: RefObject<HTMLElement | null>,
  bodyRef: RefObject<HTMLElement | null>,
  scrollerRef: RefObject<HTMLElement | null>,
): () => void {
  /** Focuses the article text and puts the caret at the start of the first visible paragraph. */
  const enter = useCallback(() => {
    const text = textRef.current;
    const body = bodyRef.current;
    if (!text || !body) return;
    text.focus({ preventScroll: true });
    const top = scrollerRef.current?.getBoundingClientRect().top ?? 0;
    const blocks = body.querySelectorAll('[data-block-index]');
    const visible = [...blocks].find((block) => block.getBoundingClientRect().bottom > top + 8) ?? blocks[0];
    const node = visible ? firstTextNode(visible) : null;
    if (!node) return;
    const selection = document.getSelection();
    selection?.removeAllRanges();
    const range = document.createRange();
    range.setStart(node, node.data.search(/\S/) < 0 ? 0 : node.data.search(/\S/));
    range.collapse(true);
    selection?.addRange(range);
  }, [textRef, bodyRef, scrollerRef]);

  // On the window: the article element only exists once the article has loaded.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const move = DIRECTIONS[event.key];
      const selection = document.getSelection();
      if (!move || document.activeElement !== textRef.current || event.metaKey) return;
      if (!selection || !selection.focusNode || !bodyRef.current?.contains(selection.focusNode)) return;
      event.preventDefault();
      const word = (event.ctrlKey || event.altKey) && move[1] === 'character';
      selection.modify(event.shiftKey ? 'extend' : 'move', move[0], word ? 'word' : move[1]);
      selection.focusNode?.parentElement?.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [textRef, bodyRef]);

  return enter;
}
