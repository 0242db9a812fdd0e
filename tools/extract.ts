/**
 * Command line: what Gloss extracts from files, through the app's own import path (read the
 * file, importBytes: decode, detect, extract). One JSON object per line and per file:
 *
 *   npm run --silent extract -- [--encoding=LABEL] FILE...
 *
 *   { file, title, byline, publishedAt, encoding, format, blocks: [{ kind, text }], removed: [{ text, reason }] }
 *   { file, error }   for a file that cannot be imported (the sentence the app would show)
 *
 * Exits 0 when every file was tried, even if some failed; 2 on a usage error.
 */
import { readAndImport } from '../src-main/import/read-file';

const USAGE = 'usage: npm run --silent extract -- [--encoding=LABEL] FILE...';

interface ExtractLine {
  file: string;
  title?: string;
  byline?: string | null;
  publishedAt?: string | null;
  encoding?: string;
  format?: string;
  blocks?: { kind: string; text: string }[];
  removed?: { text: string; reason: string }[];
  error?: string;
}

async function extractFile(file: string, encoding?: string): Promise<ExtractLine> {
  const result = await readAndImport(file, { encoding });
  if (!result.ok) return { file, error: result.error.reason };
  const a = result.article;
  return {
    file,
    title: a.title,
    byline: a.byline,
    publishedAt: a.publishedAt,
    encoding: a.encoding,
    format: a.format,
    blocks: a.blocks.map((b) => ({ kind: b.kind, text: b.text })),
    removed: a.removed.map((r) => ({ text: r.text, reason: r.reason })),
  };
}

async function main(argv: string[]): Promise<number> {
  let encoding: string | undefined;
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of argv) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg.startsWith('--encoding=')) encoding = arg.slice('--encoding='.length);
    else if (!optionsEnded && (arg === '-h' || arg === '--help')) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (!optionsEnded && arg.startsWith('--')) {
      process.stderr.write(`extract: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0 || encoding === '') {
    process.stderr.write(
      `extract: ${files.length === 0 ? 'no files given' : 'empty --encoding'}\n${USAGE}\n`,
    );
    return 2;
  }
  for (const file of files) process.stdout.write(`${JSON.stringify(await extractFile(file, encoding))}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
