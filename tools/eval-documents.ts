/**
 * The document part of the extraction evaluation: runs each test document (see
 * make-test-documents.ts) through Gloss's import and scores the body by character-bigram F1
 * and by reflow, the share of the reference's paragraphs of 10+ characters that come out as
 * exactly one block (white space ignored). Reported per producer, for the texts the rules were
 * tuned on and for the held-out texts separately.
 *
 *   npm run eval:extract -- --documents [DIR]     (DIR: made first when it has no documents.json)
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArticleBlock } from '../src-shared/model-types';
import { importFileBytes } from '../src-main/import/import-document';
import { bigramScore } from './eval-extract';
import { DEFAULT_CORPUS, makeTestDocuments, type Producer, type TestDocument } from './make-test-documents';
import { compact } from '../src-shared/extraction/compact';

/** Share of reference paragraphs (10+ characters) that are exactly one block. */
export function reflowScore(blocks: Pick<ArticleBlock, 'text'>[], paragraphs: string[]): number | undefined {
  const wanted = paragraphs.map(compact).filter((p) => [...p].length >= 10);
  if (wanted.length === 0) return undefined;
  const got = new Set(blocks.map((b) => compact(b.text)));
  return wanted.filter((p) => got.has(p)).length / wanted.length;
}

export interface DocumentScore {
  file: string;
  producer: Producer;
  split: TestDocument['split'];
  f1: number;
  reflow: number | undefined;
  title: boolean;
  date: boolean | undefined;
  error?: string;
}

export async function scoreDocument(dir: string, doc: TestDocument): Promise<DocumentScore> {
  const bytes = new Uint8Array(readFileSync(path.join(dir, doc.file)));
  const result = await importFileBytes(bytes, doc.file);
  const base = { file: doc.file, producer: doc.producer, split: doc.split };
  if (!result.ok) return { ...base, f1: 0, reflow: 0, title: false, date: false, error: result.error.reason };
  const a = result.article;
  const body = a.blocks.map((b) => b.text).join('\n');
  return {
    ...base,
    f1: bigramScore(body, doc.paragraphs.map((p) => p.text).join('\n')).f1,
    reflow: reflowScore(
      a.blocks,
      doc.paragraphs.map((p) => p.text),
    ),
    title: compact(a.title) === compact(doc.title),
    date: doc.date === null ? undefined : a.publishedAt === doc.date,
  };
}

export interface GroupSummary {
  producer: Producer;
  split: TestDocument['split'];
  documents: number;
  f1: number;
  reflow: number;
  titles: number;
  dates: string;
  failed: number;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

const TARGETS: Record<Producer, { f1: number; reflow: number }> = {
  'chromium-pdf': { f1: 0.99, reflow: 0.9 },
  'pdfkit-pdf': { f1: 0.99, reflow: 0.9 },
  docx: { f1: 0.99, reflow: 0.95 },
  epub: { f1: 0.99, reflow: 0.95 },
  'libreoffice-pdf': { f1: 0.99, reflow: 0.9 },
  'libreoffice-docx': { f1: 0.99, reflow: 0.95 },
  'libreoffice-epub': { f1: 0.99, reflow: 0.95 },
};

export function summarizeDocuments(scores: DocumentScore[]): GroupSummary[] {
  const groups: GroupSummary[] = [];
  for (const producer of Object.keys(TARGETS) as Producer[]) {
    for (const split of ['tune', 'held-out', 'unseen'] as const) {
      const group = scores.filter((s) => s.producer === producer && s.split === split);
      if (group.length === 0) continue;
      const dated = group.filter((s) => s.date !== undefined);
      groups.push({
        producer,
        split,
        documents: group.length,
        f1: mean(group.map((s) => s.f1)),
        reflow: mean(group.flatMap((s) => (s.reflow === undefined ? [] : [s.reflow]))),
        titles: group.filter((s) => s.title).length,
        dates: dated.length === 0 ? '–' : `${dated.filter((s) => s.date).length}/${dated.length}`,
        failed: group.filter((s) => s.error).length,
      });
    }
  }
  return groups;
}

export function formatDocumentReport(groups: GroupSummary[], scores: DocumentScore[]): string {
  const lines = [
    '| producer | texts | documents | body bigram F1 | reflow | title | date | failed | target (F1, reflow) | met |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const g of groups) {
    const t = TARGETS[g.producer];
    const met = g.f1 >= t.f1 && g.reflow >= t.reflow;
    lines.push(
      `| ${g.producer} | ${g.split} | ${g.documents} | ${g.f1.toFixed(4)} | ${g.reflow.toFixed(3)} | ${g.titles}/${g.documents} | ${g.dates} | ${g.failed} | ≥ ${t.f1}, ≥ ${t.reflow} | ${g.split === 'tune' ? '(tuning)' : met ? 'yes' : 'no'} |`,
    );
  }
  if (!groups.some((g) => g.producer.startsWith('libreoffice-')))
    lines.push(
      '',
      'No LibreOffice documents in this folder (LibreOffice was not installed when they were made).',
    );
  const worst = [...scores].sort((a, b) => (a.reflow ?? 1) + a.f1 - ((b.reflow ?? 1) + b.f1)).slice(0, 5);
  lines.push('', 'Lowest scores:');
  for (const s of worst) {
    lines.push(
      `  ${s.file} F1 ${s.f1.toFixed(3)} reflow ${s.reflow?.toFixed(3) ?? '–'}${s.error ? ` error: ${s.error}` : ''}`,
    );
  }
  return lines.join('\n');
}

export async function evaluateDocuments(argv: string[]): Promise<void> {
  const dirArg = argv.find((a) => !a.startsWith('--'));
  const dir = dirArg ? path.resolve(dirArg) : mkdtempSync(path.join(tmpdir(), 'gloss-documents-'));
  if (!existsSync(path.join(dir, 'documents.json'))) {
    if (!existsSync(DEFAULT_CORPUS)) {
      console.error(`The cwced corpus is not at ${DEFAULT_CORPUS}: no documents to make.`);
      process.exitCode = 2;
      return;
    }
    console.error(`Making test documents in ${dir} …`);
    await makeTestDocuments(dir);
  }
  const documents = JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as TestDocument[];
  const started = performance.now();
  const scores: DocumentScore[] = [];
  for (const doc of documents) scores.push(await scoreDocument(dir, doc));
  const groups = summarizeDocuments(scores);
  if (argv.includes('--json')) console.log(JSON.stringify({ groups, scores }, null, 2));
  else {
    console.log(
      `Documents in ${dir} (${documents.length}, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
    );
    console.log(formatDocumentReport(groups, scores));
  }
}
