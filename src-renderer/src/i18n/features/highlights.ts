/** UI strings for the highlights area, English and Simplified Chinese (same keys). */
export const en = {
  'highlights.placeholder': '',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'highlights.placeholder': '',
};
