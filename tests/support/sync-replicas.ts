/**
 * Two (or more) Gloss replicas in one Node process for sync tests and benchmarks: each a Dexie
 * database on fake-indexeddb with an in-memory PouchDB mirror, syncing through a test server
 * with the same code the window runs (push, replicate, resolve, apply).
 */
import 'fake-indexeddb/auto';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { GlossDB } from '../../src-renderer/src/db/db';
import { SyncEngine } from '../../src-renderer/src/sync/engine';
import { unlock } from '../../src-renderer/src/sync/key-check';
import type { MirrorDb } from '../../src-renderer/src/sync/mirror';
import type { SyncKeys } from '../../src-renderer/src/sync/sync-crypto';
import type { SyncTestServer } from './sync-server';

PouchDB.plugin(httpAdapter).plugin(memoryAdapter).plugin(replication);

let counter = 0;

export interface Replica {
  db: GlossDB;
  mirror: MirrorDb;
  remote: MirrorDb;
  engine: SyncEngine;
  keys: SyncKeys;
  /** Push, replicate both ways, apply. */
  sync(): Promise<void>;
}

export function openRemote(
  server: SyncTestServer,
  database: string,
  password = server.password,
  onRequest?: (url: string, options: RequestInit) => void,
): MirrorDb {
  const auth = `Basic ${Buffer.from(`${server.user}:${password}`).toString('base64')}`;
  return new PouchDB(`${server.url}/${database}`, {
    fetch: (url: string, options: RequestInit) => {
      onRequest?.(url, options);
      const headers = new Headers(options.headers);
      headers.set('Authorization', auth);
      return fetch(url, { ...options, headers });
    },
  });
}

/** A replica unlocked with `passphrase` (the first one writes the key check; cheap rounds for tests). */
export async function openReplica(
  server: SyncTestServer,
  database: string,
  passphrase: string,
  options: {
    db?: GlossDB;
    includeOriginals?: boolean;
    iterations?: number;
    maxRequestBytes?: number;
    onRequest?: (url: string, options: RequestInit) => void;
  } = {},
): Promise<Replica> {
  const db = options.db ?? new GlossDB(`sync-replica-${++counter}-${Math.random().toString(36).slice(2)}`);
  const mirror = new PouchDB(`mirror-${++counter}-${Math.random().toString(36).slice(2)}`, {
    adapter: 'memory',
  });
  const remote = openRemote(server, database, server.password, options.onRequest);
  const { keys } = await unlock(remote, passphrase, options.iterations ?? 1000);
  const engine = new SyncEngine({
    db,
    mirror,
    remote,
    keys,
    includeOriginals: options.includeOriginals ?? true,
    log: () => undefined,
    applyRenames: false,
    maxRequestBytes: options.maxRequestBytes,
  });
  return { db, mirror, remote, engine, keys, sync: async () => void (await engine.runOnce()) };
}
