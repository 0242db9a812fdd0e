/** UI strings for import safety and recovery, English and Simplified Chinese (same keys). */
export const en = {
  'import.collecting': 'Looking for files…',
  'import.saving': 'Saving to the library…',
  'importError.over-time':
    'Gloss stopped reading this file after {detail} seconds: it is unusually complex (far more elements, lines or nesting than an article has), so it was left out.',
  'importError.over-memory':
    'Gloss stopped reading this file: it needed more than {detail} MB of memory (it is unusually complex for an article), so it was left out.',
  'importError.not-text':
    'This file does not read as text: {detail}% of it is undecodable bytes, control codes or private symbols. If it is text in an encoding Gloss did not recognise, save it as UTF-8 and import it again.',
  'importError.invalid-name':
    'The name of this file or folder is not valid text (it was written in another encoding), so Gloss cannot open it; rename it and import again.',
  'importError.link-loop':
    'This is a link that leads back to itself (a loop of symbolic links), so there is no file to read.',
  'importError.path-too-long': 'The path of this file is too long for this system to open.',
  'importError.too-many-files':
    'Gloss imports at most 20,000 files at a time: it stopped at “{detail}”, and that file and the ones after it were not imported. Import the rest of the folder in a second batch.',
  'importError.too-deep-folder': 'Gloss did not look inside this folder: it is more than 32 folders deep.',
  'importError.too-deep-folders': '{detail} more folders more than 32 levels deep were not looked into.',
  'recovery.crashed':
    'Gloss’s window stopped unexpectedly and was reloaded. Everything saved before is kept.',
  'recovery.unresponsive':
    'Gloss’s window stopped responding and was reloaded. Everything saved before is kept.',
  'recovery.notImported':
    'An import was running: {count} files were not imported. Import the same files or folder again to add them (the ones already imported are not added twice).',
  'recovery.dismiss': 'Dismiss',
  'recovery.importCutShort': 'An import of {count} files was cut short when Gloss closed.',
  'recovery.importCutShort.one': 'An import of 1 file was cut short when Gloss closed.',
  'recovery.importCutShortUncounted': 'An import was cut short when Gloss closed.',
  'recovery.importCutShortByReload': 'An import of {count} files was cut short.',
  'recovery.importCutShortByReload.one': 'An import of 1 file was cut short.',
  'recovery.importCutShortByReloadUncounted': 'An import was cut short.',
  'recovery.resumeImport': 'Resume import',
  'integrity.report': 'Gloss checked the library after an interruption: {parts}.',
  'integrity.separator': '; ',
  'integrity.restored': '{count} articles got their text back from their original files',
  'integrity.restored.one': '1 article got its text back from its original file',
  'integrity.unreadable':
    '{count} articles have lost their text and their original file (“{titles}”): import those files again',
  'integrity.leftovers': '{count} leftover records of deleted articles were removed',
  'integrity.leftovers.one': '1 leftover record of a deleted article was removed',
  'integrity.quarantined':
    '{count} highlights of deleted articles were set aside (kept in the library’s settings and in backups)',
};

export const zhCN: typeof en = {
  'import.collecting': '正在查找文件…',
  'import.saving': '正在存入文库…',
  'importError.over-time':
    'Gloss 读取此文件 {detail} 秒后停止：它异常复杂（元素、行数或嵌套远超一篇文章），因此未导入。',
  'importError.over-memory':
    'Gloss 停止读取此文件：它需要超过 {detail} MB 内存（对一篇文章而言异常复杂），因此未导入。',
  'importError.not-text':
    '此文件读不出文字：其中 {detail}% 是无法解码的字节、控制符或私用符号。如果它是 Gloss 未能识别编码的文本，请另存为 UTF-8 后重新导入。',
  'importError.invalid-name':
    '此文件或文件夹的名称不是有效文本（使用了其他编码），Gloss 无法打开；请重命名后重新导入。',
  'importError.link-loop': '这是一个指回自身的链接（符号链接循环），没有可读取的文件。',
  'importError.path-too-long': '此文件的路径太长，系统无法打开。',
  'importError.too-many-files':
    'Gloss 一次最多导入 20,000 个文件：在“{detail}”处停止，此文件及其后的文件未导入。请再导入一次该文件夹的其余部分。',
  'importError.too-deep-folder': 'Gloss 未查看此文件夹：它的层级超过 32 层。',
  'importError.too-deep-folders': '另有 {detail} 个超过 32 层的文件夹未查看。',
  'recovery.crashed': 'Gloss 的窗口意外停止，已重新载入。之前保存的内容都在。',
  'recovery.unresponsive': 'Gloss 的窗口停止响应，已重新载入。之前保存的内容都在。',
  'recovery.notImported':
    '当时正在导入：有 {count} 个文件未导入。再次导入相同的文件或文件夹即可补上（已导入的不会重复）。',
  'recovery.dismiss': '关闭',
  'recovery.importCutShort': 'Gloss 关闭时，一次 {count} 个文件的导入被中断。',
  'recovery.importCutShort.one': 'Gloss 关闭时，一次 1 个文件的导入被中断。',
  'recovery.importCutShortUncounted': 'Gloss 关闭时，一次导入被中断。',
  'recovery.importCutShortByReload': '一次 {count} 个文件的导入被中断。',
  'recovery.importCutShortByReload.one': '一次 1 个文件的导入被中断。',
  'recovery.importCutShortByReloadUncounted': '一次导入被中断。',
  'recovery.resumeImport': '继续导入',
  'integrity.report': 'Gloss 在一次中断后检查了文库：{parts}。',
  'integrity.separator': '；',
  'integrity.restored': '{count} 篇文章已从原始文件恢复正文',
  'integrity.restored.one': '1 篇文章已从原始文件恢复正文',
  'integrity.unreadable': '{count} 篇文章的正文和原始文件都已丢失（“{titles}”）：请重新导入这些文件',
  'integrity.leftovers': '已删除文章残留的 {count} 条记录已清除',
  'integrity.leftovers.one': '已删除文章残留的 1 条记录已清除',
  'integrity.quarantined': '已删除文章的 {count} 条高亮已另行保存（保留在文库设置和备份中）',
};
