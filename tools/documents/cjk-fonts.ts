/** Where the test-document producers find Noto CJK (installed with the system's fonts). */
import { existsSync } from 'node:fs';

const DIRS = [
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/noto-cjk',
  '/usr/share/fonts/google-noto-cjk',
];

export function notoCjk(file: 'NotoSansCJK-Regular.ttc' | 'NotoSansCJK-Bold.ttc'): string {
  for (const dir of DIRS) if (existsSync(`${dir}/${file}`)) return `${dir}/${file}`;
  throw new Error(`${file} not found (install fonts-noto-cjk)`);
}
