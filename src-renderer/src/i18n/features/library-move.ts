/** UI strings of moving the library to Gloss's own origin, English and Simplified Chinese. */
export const en = {
  'libraryMove.title': 'Moving your library',
  'libraryMove.why':
    'This version of Gloss opens its window from a safer place of its own, so your library is being copied there. This happens once.',
  'libraryMove.waiting': 'Step 1 of 2: reading your library…',
  'libraryMove.restoring': 'Step 2 of 2: writing it in the new place…',
  'libraryMove.verifying': 'Checking that every article, highlight and note arrived…',
  'libraryMove.safe': 'Your library stays where it was until the copy is checked; nothing is deleted.',
  'libraryMove.failedTitle': 'Gloss could not move your library',
  'libraryMove.export': 'Your library could not be read in its old place. It has not been changed.',
  'libraryMove.restore':
    'Your library could not be written in the new place (is the disk full?). The old library has not been changed.',
  'libraryMove.counts':
    'The copy does not match your library, so Gloss has not switched to it. The old library has not been changed.',
  'libraryMove.detail': 'Details: {detail}',
  'libraryMove.retry': 'Try again',
  'libraryMove.showFolder': 'Show Data Folder',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'libraryMove.title': '正在迁移您的文库',
  'libraryMove.why':
    '此版本的 Gloss 从一个更安全的专属位置打开窗口，因此正在把您的文库复制到那里。此过程只进行一次。',
  'libraryMove.waiting': '第 1 步，共 2 步：正在读取您的文库…',
  'libraryMove.restoring': '第 2 步，共 2 步：正在写入新位置…',
  'libraryMove.verifying': '正在核对每篇文章、每条高亮和笔记是否都已到位…',
  'libraryMove.safe': '在副本核对无误之前，您的文库原样保留在原处；不会删除任何内容。',
  'libraryMove.failedTitle': 'Gloss 无法迁移您的文库',
  'libraryMove.export': '无法在原位置读取您的文库。文库未做任何改动。',
  'libraryMove.restore': '无法把您的文库写入新位置（磁盘是否已满？）。原文库未做任何改动。',
  'libraryMove.counts': '副本与您的文库不一致，因此 Gloss 没有切换到副本。原文库未做任何改动。',
  'libraryMove.detail': '详细信息：{detail}',
  'libraryMove.retry': '重试',
  'libraryMove.showFolder': '显示数据文件夹',
};
