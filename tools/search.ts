/**
 * Command line: searches a Gloss backup file with the app's own engine and rules (folding,
 * Chinese substrings, prefixes, phrases, exclusions, filters). One JSON object per line and per
 * result, articles first, then passages (highlights and notes):
 *
 *   npm run --silent search -- --backup FILE [--include-removed] [--limit=N] QUERY...
 *
 *   { articleId, title, field, snippet }              an article
 *   { articleId, title, field, snippet, highlightId } a passage
 *
 * Exits 0 (also when nothing matches), 1 when the file cannot be read as a Gloss backup, 2 on a
 * usage error.
 */
import { readFileSync } from 'node:fs';
import { SearchEngine } from '../src-shared/search/engine';
import {
  articleDocument,
  passageDocument,
  type ArticleRecordLike,
  type ContentRecordLike,
  type HighlightRecordLike,
} from '../src-shared/search/library-documents';

const USAGE = 'usage: npm run --silent search -- --backup FILE [--include-removed] [--limit=N] QUERY...';

interface BackupTables {
  articles: ArticleRecordLike[];
  contents: (ContentRecordLike & { articleId: string })[];
  highlights: HighlightRecordLike[];
}

/** The tables a search needs, read from a backup file (dexie-export-import's JSON with Gloss's header). */
export function readBackupTables(file: string): BackupTables {
  let parsed: {
    gloss?: unknown;
    formatName?: string;
    data?: { data?: { tableName: string; rows: unknown[] }[] };
  };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as typeof parsed;
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : 'it is not JSON';
    throw new Error(`${file} cannot be read as a Gloss backup: ${reason}`);
  }
  if (!parsed.gloss || parsed.formatName !== 'dexie' || !Array.isArray(parsed.data?.data)) {
    throw new Error(`${file} is not a Gloss backup: it has no Gloss backup header or no tables`);
  }
  const rows = (name: string) => parsed.data!.data!.find((t) => t.tableName === name)?.rows ?? [];
  return {
    articles: rows('articles') as ArticleRecordLike[],
    contents: rows('contents') as BackupTables['contents'],
    highlights: rows('highlights') as HighlightRecordLike[],
  };
}

function main(argv: string[]): number {
  let backup: string | null = null;
  let includeRemoved = false;
  let limit = 1000;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--backup') backup = argv[++i] ?? null;
    else if (arg.startsWith('--backup=')) backup = arg.slice('--backup='.length);
    else if (arg === '--include-removed') includeRemoved = true;
    else if (arg.startsWith('--limit=')) limit = Number(arg.slice('--limit='.length));
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith('--') && arg !== '--') {
      process.stderr.write(`search: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else if (arg !== '--') words.push(arg);
  }
  if (!backup || words.length === 0 || !Number.isInteger(limit) || limit < 1) {
    const problem = !backup
      ? 'no --backup FILE given'
      : words.length === 0
        ? 'no query given'
        : 'bad --limit';
    process.stderr.write(`search: ${problem}\n${USAGE}\n`);
    return 2;
  }
  let tables: BackupTables;
  try {
    tables = readBackupTables(backup);
  } catch (error) {
    process.stderr.write(`search: ${(error as Error).message}\n`);
    return 1;
  }
  const contents = new Map(tables.contents.map((c) => [c.articleId, c]));
  const engine = SearchEngine.build(
    tables.articles.map((a) => articleDocument(a, contents.get(a.id))),
    tables.highlights.map(passageDocument),
  );
  const results = engine.search(words.join(' '), { includeRemoved, limit });
  const out: string[] = [];
  for (const a of results.articles) {
    out.push(JSON.stringify({ articleId: a.id, title: a.title, field: a.field, snippet: a.snippet.text }));
  }
  for (const p of results.passages) {
    out.push(
      JSON.stringify({
        articleId: p.articleId,
        title: p.articleTitle,
        field: p.field,
        snippet: p.snippet.text,
        highlightId: p.id,
      }),
    );
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
