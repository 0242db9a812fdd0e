/** The encodings "Reopen with encoding…" offers, with names people recognise. */
export const REOPEN_ENCODING_CHOICES = [
  { label: 'utf-8', name: 'UTF-8' },
  { label: 'gb18030', name: 'GB18030 / GBK / GB2312 (简体中文)' },
  { label: 'big5', name: 'Big5 (繁體中文)' },
  { label: 'shift_jis', name: 'Shift_JIS (日本語)' },
  { label: 'euc-jp', name: 'EUC-JP (日本語)' },
  { label: 'euc-kr', name: 'EUC-KR (한국어)' },
  { label: 'utf-16le', name: 'UTF-16 LE' },
  { label: 'utf-16be', name: 'UTF-16 BE' },
  { label: 'windows-1252', name: 'Windows-1252 (Western)' },
  { label: 'windows-1251', name: 'Windows-1251 (Cyrillic)' },
] as const;
