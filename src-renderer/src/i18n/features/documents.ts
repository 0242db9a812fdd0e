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
  'format.pdf': 'PDF',
  'format.docx': 'Word (DOCX)',
  'format.doc': 'Word (DOC)',
  'format.epub': 'EPUB',
  'format.odt': 'OpenDocument',
  'format.html': 'HTML',
  'format.mhtml': 'MHTML',
  'format.markdown': 'Markdown',
  'format.txt': 'text',
  'importError.not-a-document':
    'Gloss cannot read this file: it is a {detail}, not text and not a document Gloss can read.',
  'importError.pdf-scanned':
    'This PDF has no text layer: its pages are scanned images, and Gloss does not read text from pictures.',
  'importError.pdf-no-text': 'This PDF contains no text.',
  'importError.pdf-encrypted': 'This PDF is protected with a password, so Gloss cannot read its text.',
  'importError.pdf-damaged': 'This PDF is damaged: Gloss could not read its structure.',
  'importError.pdf-unmapped':
    'The text in this PDF uses fonts without a Unicode mapping, so its characters come out as private-use or garbage symbols; Gloss cannot read it.',
  'importError.zip-bomb':
    'The archive inside this file would unpack to more than 100 MB; Gloss does not unpack it (it may be a zip bomb).',
  'importError.zip-damaged': 'The file is a damaged ZIP container: Gloss could not read its contents.',
  'importError.doc-not-word':
    'This is an Office file of the old binary kind, but not a Word document Gloss can read.',
  'importError.epub-no-package':
    'This EPUB has no package document (META-INF/container.xml or its .opf file is missing).',
  'importError.docx-doctype':
    'This Word file declares its own XML entities (a DOCTYPE), which Word never writes; Gloss does not read it, because such a file can be made to exhaust memory or to reach other files.',
  'importError.docx-too-nested':
    'This Word file nests its contents more than 256 levels deep (tables inside tables, far beyond what Word makes), so Gloss does not read it.',
  'importError.docx-damaged':
    'This Word file is damaged: its XML breaks off inside a tag or a comment, so Gloss cannot read it.',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'reason.page-number': '页码',
  'reason.running-header': '页眉或页脚',
  'reason.reference': '发文字号',
  'reason.signature': '发文机关和成文日期',
  'reader.pageMark': '第{page}页',
  'reader.openOriginal': '打开原文件',
  'reader.openOriginalTitle': '用系统默认程序打开原文件',
  'reader.openOriginalFailed': '无法打开原文件：{reason}',
  'import.formats': '格式：{formats}',
  'format.pdf': 'PDF',
  'format.docx': 'Word（DOCX）',
  'format.doc': 'Word（DOC）',
  'format.epub': 'EPUB',
  'format.odt': 'OpenDocument',
  'format.html': 'HTML',
  'format.mhtml': 'MHTML',
  'format.markdown': 'Markdown',
  'format.txt': '纯文本',
  'importError.not-a-document': 'Gloss 无法读取此文件：它是 {detail}，不是文本，也不是 Gloss 能读取的文档。',
  'importError.pdf-scanned': '这个 PDF 没有文字层：页面是扫描图片，Gloss 不从图片中识别文字。',
  'importError.pdf-no-text': '这个 PDF 中没有文字。',
  'importError.pdf-encrypted': '这个 PDF 设有密码保护，Gloss 无法读取其中的文字。',
  'importError.pdf-damaged': '这个 PDF 已损坏：Gloss 无法读取它的结构。',
  'importError.pdf-unmapped':
    '这个 PDF 的文字所用字体没有 Unicode 映射，读出来是私用区字符或乱码；Gloss 无法读取。',
  'importError.zip-bomb': '此文件内的压缩包解开后会超过 100 MB；Gloss 不予解压（可能是“压缩炸弹”）。',
  'importError.zip-damaged': '此文件的 ZIP 容器已损坏：Gloss 无法读取其内容。',
  'importError.doc-not-word': '这是旧式二进制 Office 文件，但不是 Gloss 能读取的 Word 文档。',
  'importError.epub-no-package': '这个 EPUB 缺少包文件（META-INF/container.xml 或其 .opf 文件）。',
  'importError.docx-doctype':
    '这个 Word 文件自带 XML 实体声明（DOCTYPE），Word 从不写入这种内容；这类文件可能被构造来耗尽内存或读取其他文件，因此 Gloss 不读取它。',
  'importError.docx-too-nested':
    '这个 Word 文件的内容嵌套超过 256 层（表格套表格，远超 Word 能生成的层数），因此 Gloss 不读取它。',
  'importError.docx-damaged': '这个 Word 文件已损坏：其 XML 在一个标签或注释中途中断，Gloss 无法读取。',
};
