/**
 * Kills for the fault suite: the whole of Gloss — its main process (launched with
 * `mainProcess: 'own'`, a Node process of its own) and the Chromium process that runs its page
 * and its IndexedDB, both with SIGKILL: no unload, no flush, no finished write — and the page's
 * renderer alone (Chromium's own crash).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** The processes of Gloss running on `userDataDir`: its Chromium browser and its own main process. */
export function glossProcesses(userDataDir: string): { browser?: number; main?: number } {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const profile = `--user-data-dir=${userDataDir}/chromium-profile`;
  const browser = lines.find((line) => line.includes(profile) && !line.includes('--type='));
  const main = lines.find((line) => line.includes(`main-process.ts ${userDataDir} `));
  const pid = (line: string | undefined) => (line ? Number(line.trim().split(/\s+/)[0]) : undefined);
  return { browser: pid(browser), main: pid(main) };
}

/**
 * SIGKILLs Gloss running on `userDataDir`: its main process, when it runs in a process of its
 * own (tests/e2e/shim/main-process.ts), and its Chromium browser process, one right after the
 * other. Returns what was killed.
 */
export function killApp(userDataDir: string): { mainProcess: boolean } {
  return killProcesses(glossProcesses(userDataDir), userDataDir);
}

/** killApp with the processes looked up beforehand, for a kill that must not wait for `ps`. */
export function killProcesses(
  { browser, main }: { browser?: number; main?: number },
  userDataDir: string,
): { mainProcess: boolean } {
  if (!browser) throw new Error(`no browser process for ${userDataDir}`);
  if (main) process.kill(main, 'SIGKILL');
  process.kill(browser, 'SIGKILL');
  return { mainProcess: main !== undefined };
}

/** Crashes the page's renderer process as Chromium does on a fatal error. */
export async function crashRenderer(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const crashed = new Promise<void>((resolve) => {
    page.once('crash', () => resolve());
    setTimeout(resolve, 5000);
  });
  // The renderer dies before it can answer: the call itself never returns.
  void session.send('Page.crash').catch(() => undefined);
  await crashed;
}

/** A random whole number in [min, max]. */
export function offset(min: number, max: number): number {
  return Math.floor(min + Math.random() * (max - min + 1));
}

export interface LibraryCheck {
  articles: number;
  highlights: { id: string; text: string; note: string }[];
  problems: string[];
}

/** Reads the library straight from IndexedDB and lists what is inconsistent. */
export async function checkLibrary(page: Page): Promise<LibraryCheck> {
  return page.evaluate(async () => {
    // Never creates the database: read right after a launch, the app may not have opened it yet.
    const db: IDBDatabase | null = await new Promise((resolve) => {
      const request = indexedDB.open('gloss');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
    });
    if (!db?.objectStoreNames.contains('articles')) {
      db?.close();
      return { articles: 0, highlights: [], problems: ['the library is not created yet'] };
    }
    const all = <T>(store: string): Promise<T[]> =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Row = Record<string, unknown>;
    const articles = await all<Row>('articles');
    const contents = await all<Row>('contents');
    const sources = await all<Row>('sources');
    const highlights = await all<Row>('highlights');
    db.close();
    const problems: string[] = [];
    const ids = new Set(articles.map((a) => a.id as string));
    const contentOf = new Map(contents.map((c) => [c.articleId as string, c]));
    const sourceOf = new Map(sources.map((s) => [s.articleId as string, s]));
    for (const article of articles) {
      const content = contentOf.get(article.id as string) as { blocks?: unknown[] } | undefined;
      if (!content?.blocks?.length) problems.push(`article ${String(article.title)} has no content`);
      if (!sourceOf.has(article.id as string))
        problems.push(`article ${String(article.title)} has no source`);
    }
    for (const row of [...contents, ...sources, ...highlights])
      if (!ids.has(row.articleId as string))
        problems.push(`a record points at missing article ${String(row.articleId)}`);
    const names = articles.map((a) => {
      const source = a.source as { path?: string | null; fileName?: string };
      return `${String(source.path)}|${String(source.fileName)}`;
    });
    if (new Set(names).size !== names.length) problems.push('the same file is in the library twice');
    return {
      articles: articles.length,
      highlights: highlights.map((h) => ({
        id: h.id as string,
        text: String((h as { quote?: { exact?: string } }).quote?.exact ?? h.text ?? ''),
        note: String(h.note ?? ''),
      })),
      problems,
    };
  });
}

/** A folder of `count` text files, each the seed article with a line of its own. */
export function folderOf(count: number): string {
  const seed = readFileSync(join(__dirname, '../fixtures/seed-article.txt'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'gloss-faults-folder-'));
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `a-${String(i).padStart(3, '0')}.txt`), `${seed}\n\n编号 ${i}\n`);
  return dir;
}
