import path from 'node:path';
import { labelledTuningPages } from '../tools/eval-extract';
import { VARIANT_KINDS, rewritePage } from '../tools/eval/title-variants';
import { importBytes } from '../src-main/import/import-file';
import { saveAsText } from '../tools/eval/save-as-text';
const [want, id] = process.argv.slice(2);
const asText = process.argv.includes('--text');
const root = '/work/shared/corpora';
const pages = ['cwced-dev', 'trafilatura-eval-cjk'].flatMap((d) => labelledTuningPages(path.join(root, d)));
const kind = VARIANT_KINDS.find((k) => k.kind.includes(want))!;
pages.forEach((page, i) => {
  if (!page.id.startsWith(id)) return;
  const bytes = rewritePage(page, kind, i)!;
  const fileName = kind.fileName ?? page.file.replace(/\.gz$/, '');
  if (process.argv.includes('--dump')) { console.log(new TextDecoder().decode(bytes)); return; }
  let r;
  if (asText) {
    const text = saveAsText(new TextDecoder().decode(bytes));
    if (process.argv.includes('--dumptext')) console.log(text.slice(0, 3000));
    r = importBytes(new TextEncoder().encode(text), fileName.replace(/\.\w+$/, '.txt'));
  } else r = importBytes(bytes, fileName);
  console.log('GOT', r.ok ? r.article.title : r);
});
