/**
 * Dates written in imported articles, from the command line:
 *   npm run --silent milestones -- FILE...
 * Each file goes through the app's own import path; one JSON line per file:
 *   { "file", "passages": [{ "text", "date", "precision", "start", "end" }] }  or  { "file", "error" }.
 * Offsets are UTF-16 code units of the article's canonical text. Exits 0 once every file has
 * been reported, whatever became of each; 2 when no file is named.
 */
import { resolve } from 'node:path';
import { readAndImport } from '../src-main/import/read-file';
import { canonicalText } from '../src-shared/articles/canonical-text';
import { findDatedPassages } from '../src-shared/milestones/find-dates';

async function milestonesOf(file: string): Promise<object> {
  const result = await readAndImport(resolve(file));
  if (!result.ok) return { file, error: result.error.reason };
  const passages = findDatedPassages(canonicalText(result.article.blocks));
  return {
    file,
    passages: passages.map(({ text, date, precision, start, end }) => ({
      text,
      date,
      precision,
      start,
      end,
    })),
  };
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent milestones -- FILE...\n');
    return 2;
  }
  for (const file of files) {
    let line: object;
    try {
      line = await milestonesOf(file);
    } catch (error) {
      line = { file, error: error instanceof Error ? error.message : String(error) };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
