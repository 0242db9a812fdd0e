/**
 * PouchDB for the sync baseline's plain page: the IndexedDB and HTTP adapters and the replicator,
 * the same modules Gloss's window uses, exposed as `window.BenchPouch`.
 */
import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

(globalThis as unknown as { BenchPouch: unknown }).BenchPouch = PouchDB.plugin(idbAdapter)
  .plugin(httpAdapter)
  .plugin(replication);
