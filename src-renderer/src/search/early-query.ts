/**
 * The query a keystroke makes, known at its `beforeinput` event, before the browser has changed
 * the box and dispatched `input` (about a millisecond later, after its own editing work): the
 * palette sends it to the search worker from there, so the answer is more often ready by the
 * frame that paints the keystroke. Only plain typed text is foreseen; anything else (deleting,
 * pasting, an input method composing) waits for `input`, which always sends the box's value.
 */
export interface TextBox {
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

export interface TypedInput {
  inputType: string;
  data: string | null;
  isComposing: boolean;
}

/** The box's value once `event` has been applied, or null when it is not foreseen. */
export function valueAfterTyping(box: TextBox, event: TypedInput): string | null {
  if (event.inputType !== 'insertText' || !event.data || event.isComposing) return null;
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? start;
  return box.value.slice(0, start) + event.data + box.value.slice(end);
}
