/** UI strings for the exporting area, English and Simplified Chinese (same keys). */
export const en = {
  'exporting.placeholder': '',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'exporting.placeholder': '',
};
