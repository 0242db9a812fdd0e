/** UI strings for the tags area, English and Simplified Chinese (same keys). */
export const en = {
  'tags.placeholder': '',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'tags.placeholder': '',
};
