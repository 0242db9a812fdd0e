/** UI strings for the passages area, English and Simplified Chinese (same keys). */
export const en = {
  'passages.placeholder': '',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'passages.placeholder': '',
};
