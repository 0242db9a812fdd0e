/** UI strings for export, copy, backup and restore, English and Simplified Chinese (same keys). */
export const en = {
  'export.saved': 'Saved {path}',
  'export.copied': 'Copied the notes as Markdown.',
  'export.libraryDone': 'Exported {count} articles to {path}',
  'export.failed': 'Could not export: {reason}',
  'export.nothing': 'There is nothing to export yet.',
  'backup.saved': 'Backup saved to {path}',
  'backup.restored':
    'Restored: {articles} articles, {highlights} highlights and {tags} tags added; {skipped} already here.',
  'backup.failed': 'Could not restore {file}: {reason}',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'export.saved': '已保存到 {path}',
  'export.copied': '已将笔记复制为 Markdown。',
  'export.libraryDone': '已将 {count} 篇文章导出到 {path}',
  'export.failed': '无法导出：{reason}',
  'export.nothing': '还没有可导出的内容。',
  'backup.saved': '备份已保存到 {path}',
  'backup.restored':
    '已恢复：新增 {articles} 篇文章、{highlights} 条标注、{tags} 个标签；{skipped} 项已存在。',
  'backup.failed': '无法从 {file} 恢复：{reason}',
};
