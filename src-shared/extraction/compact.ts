/**
 * Text with every white space removed (spaces, ideographic and no-break spaces, line breaks):
 * how lines are compared where a space is layout, not a word boundary, as in Chinese.
 */
export function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}
