/** UI strings for import safety and recovery, English and Simplified Chinese (same keys). */
export const en = {
  'import.collecting': 'Looking for files…',
  'recovery.rendererGone':
    'Gloss’s window stopped unexpectedly and was reloaded. Everything saved before is kept.',
  'recovery.dismiss': 'Dismiss',
};

export const zhCN: typeof en = {
  'import.collecting': '正在查找文件…',
  'recovery.rendererGone': 'Gloss 的窗口意外停止，已重新载入。之前保存的内容都在。',
  'recovery.dismiss': '关闭',
};
