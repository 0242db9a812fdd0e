/**
 * The window's one ArticlesByHash (articles-by-hash.ts) over the library's articles table: told
 * of every committed change to the articles by Dexie, brought up to date in idle time after each
 * import, so re-imported files are named without a database read.
 */
import Dexie from 'dexie';
import { db } from '../db/db';
import { changedKeys } from '../library/live-rows';
import { ArticlesByHash } from './articles-by-hash';

export const libraryArticles = new ArticlesByHash({
  readAll: () => db.articles.toArray(),
  readIds: (ids) => db.articles.bulkGet(ids),
});

Dexie.on('storagemutated', (parts) => libraryArticles.noteChanged(changedKeys([parts], db.name, 'articles')));
