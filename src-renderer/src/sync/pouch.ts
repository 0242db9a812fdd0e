/**
 * PouchDB as the window uses it: IndexedDB for the local mirror, HTTP for the server with every
 * request carried by the main process, and the replicator.
 */
import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { gloss } from '../bridge/gloss';
import { makeIpcFetch } from './ipc-fetch';
import type { MirrorDb } from './mirror';

PouchDB.plugin(idbAdapter).plugin(httpAdapter).plugin(replication);

export const MIRROR_NAME = 'gloss-sync-mirror';

export function openMirror(): MirrorDb {
  return new PouchDB(MIRROR_NAME, { adapter: 'idb', auto_compaction: false });
}

export function openRemote(url: string, database: string, onReach?: (reachable: boolean) => void): MirrorDb {
  return new PouchDB(`${url.replace(/\/+$/, '')}/${database}`, {
    adapter: 'http',
    skip_setup: true,
    fetch: makeIpcFetch((request) => gloss.syncFetch(request), onReach),
  });
}
