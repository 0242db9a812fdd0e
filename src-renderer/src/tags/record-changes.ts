/**
 * Before and after images of the records one tag action touches. Undo writes the before-images
 * back and redo the after-images, so either restores the records exactly, in one transaction.
 */
import { db } from '../db/db';
import type { Article, Highlight, Tag } from '../db/models';

interface Records {
  articles: Article;
  highlights: Highlight;
  tags: Tag;
}
type TableName = keyof Records;

/** One record's state before and after; undefined means the record does not exist. */
interface Images<T> {
  before: T | undefined;
  after: T | undefined;
}

export class RecordChanges {
  private readonly tables: { [K in TableName]: Map<string, Images<Records[K]>> } = {
    articles: new Map(),
    highlights: new Map(),
    tags: new Map(),
  };

  /** Records a change; a key changed twice keeps its first before-image and its last after-image. */
  set<K extends TableName>(
    table: K,
    key: string,
    before: Records[K] | undefined,
    after: Records[K] | undefined,
  ): void {
    const map = this.tables[table] as Map<string, Images<Records[K]>>;
    const known = map.get(key);
    map.set(key, { before: known ? known.before : before, after });
  }

  /** The after-image recorded so far for a key, or `fallback` when the key is untouched. */
  current<K extends TableName>(
    table: K,
    key: string,
    fallback: Records[K] | undefined,
  ): Records[K] | undefined {
    const images = (this.tables[table] as Map<string, Images<Records[K]>>).get(key);
    return images ? images.after : fallback;
  }

  /** True when a key of the table was recorded. */
  has(table: TableName, key: string): boolean {
    return this.tables[table].has(key);
  }

  count(table: TableName): number {
    let n = 0;
    for (const images of this.tables[table].values()) if (images.before !== images.after) n++;
    return n;
  }

  get isEmpty(): boolean {
    return this.tables.articles.size + this.tables.highlights.size + this.tables.tags.size === 0;
  }

  /** Writes one side of every change; joins the caller's transaction when there is one. */
  async write(side: 'before' | 'after'): Promise<void> {
    await db.transaction('rw', db.articles, db.highlights, db.tags, async () => {
      await writeTable(db.articles, this.tables.articles, side);
      await writeTable(db.highlights, this.tables.highlights, side);
      await writeTable(db.tags, this.tables.tags, side);
    });
  }
}

async function writeTable<T>(
  table: { bulkDelete(keys: string[]): Promise<void>; bulkPut(items: readonly T[]): Promise<unknown> },
  changes: Map<string, Images<T>>,
  side: 'before' | 'after',
): Promise<void> {
  const removed: string[] = [];
  const written: T[] = [];
  for (const [key, images] of changes) {
    const record = images[side];
    if (record === undefined) removed.push(key);
    else written.push(record);
  }
  if (removed.length > 0) await table.bulkDelete(removed);
  if (written.length > 0) await table.bulkPut(written);
}
