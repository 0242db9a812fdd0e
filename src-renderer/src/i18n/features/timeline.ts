/** UI strings for the timeline area, English and Simplified Chinese (same keys). */
export const en = {
  'timeline.placeholder': '',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'timeline.placeholder': '',
};
