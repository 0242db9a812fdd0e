/** UI strings of the screen shown when the library cannot be opened, English and Simplified Chinese. */
export const en = {
  'database.title': 'Gloss cannot open your library',
  'database.newer':
    'Your library was saved by a newer version of Gloss, which this version cannot read without risking your data, so it has left the library untouched. Install the newer Gloss, or restore the newest automatic backup into a new library.',
  'database.blocked': 'Another Gloss window is holding your library open. Close it, then try again.',
  'database.quota':
    'There is not enough free disk space to open your library. Free some space, then try again.',
  'database.unreadable':
    'Your library’s files cannot be read: they may be damaged. Gloss has not changed them. You can restore the newest automatic backup into a new library; the damaged files stay in the data folder.',
  'database.detail': 'Details: {detail}',
  'database.retry': 'Try again',
  'database.showFolder': 'Show Data Folder',
  'database.restore': 'Restore the newest backup',
  'database.restoring': 'Restoring the backup…',
  'database.noBackup': 'There is no automatic backup yet (the “backups” folder in the data folder is empty).',
  'database.restoreFailed': 'The backup {file} could not be restored: {reason}',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'database.title': 'Gloss 无法打开您的文库',
  'database.newer':
    '您的文库由更新版本的 Gloss 保存，当前版本无法在不危及数据的情况下读取，因此未做任何改动。请安装新版 Gloss，或将最新的自动备份恢复为一个新文库。',
  'database.blocked': '另一个 Gloss 窗口正占用您的文库。请关闭它，然后重试。',
  'database.quota': '磁盘空间不足，无法打开您的文库。请释放一些空间，然后重试。',
  'database.unreadable':
    '无法读取您的文库文件：它们可能已损坏。Gloss 没有改动这些文件。您可以将最新的自动备份恢复为一个新文库；损坏的文件会保留在数据文件夹中。',
  'database.detail': '详细信息：{detail}',
  'database.retry': '重试',
  'database.showFolder': '显示数据文件夹',
  'database.restore': '恢复最新备份',
  'database.restoring': '正在恢复备份…',
  'database.noBackup': '还没有自动备份（数据文件夹中的“backups”文件夹是空的）。',
  'database.restoreFailed': '无法恢复备份 {file}：{reason}',
};
