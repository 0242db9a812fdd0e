import path from 'node:path';
import { labelledTuningPages } from '../tools/eval-extract';
import { VARIANT_KINDS, rewritePage } from '../tools/eval/title-variants';
import { importBytes } from '../src-main/import/import-file';
import { saveAsText } from '../tools/eval/save-as-text';
const want = process.argv[2];
const asText = process.argv.includes('--text');
const root = '/work/shared/corpora';
const pages = ['cwced-dev', 'trafilatura-eval-cjk'].flatMap((d) => labelledTuningPages(path.join(root, d)));
for (const kind of VARIANT_KINDS.filter((k) => k.kind.includes(want))) {
  pages.forEach((page, i) => {
    const bytes = rewritePage(page, kind, i);
    if (!bytes) return;
    const fileName = kind.fileName ?? page.file.replace(/\.gz$/, '');
    let r;
    if (asText) {
      const text = saveAsText(new TextDecoder().decode(bytes));
      r = importBytes(new TextEncoder().encode(text), fileName.replace(/\.\w+$/, '.txt'));
    } else r = importBytes(bytes, fileName);
    const got = r.ok ? r.article.title : '(fail)';
    const key = (t: string) => t.replace(/\s+/gu, '').normalize('NFKC');
    if (key(got ?? '') !== key(page.label)) console.log(`[${kind.kind}] ${page.corpus}/${page.id}\n   want: ${page.label}\n   got:  ${got}`);
  });
}
