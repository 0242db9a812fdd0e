/** The query a keystroke makes, foreseen at its beforeinput event (early-query.ts). */
import { describe, expect, it } from 'vitest';
import { valueAfterTyping } from '../../src-renderer/src/search/early-query';

const typed = (data: string | null, inputType = 'insertText', isComposing = false) => ({
  data,
  inputType,
  isComposing,
});

describe('valueAfterTyping', () => {
  it('puts typed text at the caret, or over the selection', () => {
    expect(valueAfterTyping({ value: '精', selectionStart: 1, selectionEnd: 1 }, typed('确'))).toBe('精确');
    expect(valueAfterTyping({ value: 'prt', selectionStart: 1, selectionEnd: 1 }, typed('o'))).toBe('port');
    expect(valueAfterTyping({ value: 'tag:old', selectionStart: 4, selectionEnd: 7 }, typed('n'))).toBe(
      'tag:n',
    );
    expect(valueAfterTyping({ value: 'ab', selectionStart: null, selectionEnd: null }, typed('c'))).toBe(
      'abc',
    );
  });

  it('leaves deleting, pasting and composing to the input event', () => {
    const box = { value: 'abc', selectionStart: 3, selectionEnd: 3 };
    expect(valueAfterTyping(box, typed(null, 'deleteContentBackward'))).toBeNull();
    expect(valueAfterTyping(box, typed('xyz', 'insertFromPaste'))).toBeNull();
    expect(valueAfterTyping(box, typed('ji', 'insertCompositionText', true))).toBeNull();
    expect(valueAfterTyping(box, typed('记', 'insertText', true))).toBeNull();
  });
});
