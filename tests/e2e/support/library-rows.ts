/** Rows per table of the library a page sees, read with IndexedDB itself (no app code). */
import type { Page } from '@playwright/test';

/** Rows per table of the page's own library, read with IndexedDB itself. */
export function countRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const tables = ['articles', 'contents', 'sources', 'highlights', 'tags', 'settings'];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gloss');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!tables.every((t) => db.objectStoreNames.contains(t))) return {};
      const tx = db.transaction(tables, 'readonly');
      const counts = await Promise.all(
        tables.map(
          (t) =>
            new Promise<number>((resolve, reject) => {
              const request = tx.objectStore(t).count();
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      return Object.fromEntries(tables.map((t, i) => [t, counts[i]]));
    } finally {
      db.close();
    }
  });
}
