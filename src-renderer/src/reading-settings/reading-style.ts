/**
 * How the article text is set: font family, line height, column width, justification and the
 * space between paragraphs (the size is the View menu's text size). Kept as one setting and
 * applied as CSS variables on the document, so a change shows at once in the open article.
 */
export type ReadingFont = 'serif' | 'sans' | 'kai' | 'system';
export const READING_FONTS: readonly ReadingFont[] = ['serif', 'sans', 'kai', 'system'];

/** "auto" justifies Chinese (the convention) and leaves other text ragged-right. */
export type Justification = 'auto' | 'on' | 'off';
export const JUSTIFICATIONS: readonly Justification[] = ['auto', 'on', 'off'];

export interface ReadingStyle {
  font: ReadingFont;
  lineHeight: number;
  /** Column width in em of the reading size. */
  measure: number;
  justify: Justification;
  /** Space after a paragraph, in em. */
  paragraphSpacing: number;
}

export const DEFAULT_READING_STYLE: ReadingStyle = {
  font: 'serif',
  lineHeight: 1.8,
  measure: 40,
  justify: 'auto',
  paragraphSpacing: 0.9,
};

export const READING_LIMITS = {
  lineHeight: { min: 1.3, max: 2.4, step: 0.1 },
  measure: { min: 26, max: 56, step: 2 },
  paragraphSpacing: { min: 0, max: 2, step: 0.1 },
} as const;

/** The system's CJK fonts for each family, then Latin fallbacks. */
export const FONT_STACKS: Record<ReadingFont, string> = {
  serif: "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', Georgia, serif",
  sans: "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif",
  kai: "'LXGW WenKai', 'Kaiti SC', 'STKaiti', 'KaiTi', 'AR PL UKai CN', 'Noto Serif CJK SC', serif",
  system:
    "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
};

/** A stored style made whole and kept within limits (older or hand-edited settings). */
export function normalizeReadingStyle(value: Partial<ReadingStyle> | null | undefined): ReadingStyle {
  const style = { ...DEFAULT_READING_STYLE, ...(value ?? {}) };
  const clamp = (key: keyof typeof READING_LIMITS) => {
    const { min, max } = READING_LIMITS[key];
    const n = Number(style[key]);
    return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : DEFAULT_READING_STYLE[key];
  };
  return {
    font: READING_FONTS.includes(style.font) ? style.font : DEFAULT_READING_STYLE.font,
    justify: JUSTIFICATIONS.includes(style.justify) ? style.justify : DEFAULT_READING_STYLE.justify,
    lineHeight: clamp('lineHeight'),
    measure: clamp('measure'),
    paragraphSpacing: clamp('paragraphSpacing'),
  };
}

/** The CSS variables the reader's styles read. */
export function readingStyleVariables(style: ReadingStyle): Record<string, string> {
  return {
    '--reading-font': FONT_STACKS[style.font],
    '--reading-line-height': String(style.lineHeight),
    '--reading-measure': `${style.measure}em`,
    '--reading-paragraph': `${style.paragraphSpacing}em`,
  };
}
