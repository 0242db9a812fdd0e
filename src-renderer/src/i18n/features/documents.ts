/** UI strings for PDF, Word and EPUB articles, English and Simplified Chinese (same keys). */
export const en = {
  'reason.page-number': 'page number',
  'reason.running-header': 'running header or footer',
  'reason.reference': 'issuing reference (文号)',
  'reason.signature': 'issuing body and date',
  'reader.pageMark': 'p. {page}',
  'reader.openOriginal': 'Open original',
  'reader.openOriginalTitle': 'Open the original file in the system’s default app',
  'reader.openOriginalFailed': 'Could not open the original: {reason}',
  'import.formats': 'Formats: {formats}',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'reason.page-number': '页码',
  'reason.running-header': '页眉或页脚',
  'reason.reference': '发文字号',
  'reason.signature': '发文机关和成文日期',
  'reader.pageMark': '第 {page} 页',
  'reader.openOriginal': '打开原文件',
  'reader.openOriginalTitle': '用系统默认程序打开原文件',
  'reader.openOriginalFailed': '无法打开原文件：{reason}',
  'import.formats': '格式：{formats}',
};
