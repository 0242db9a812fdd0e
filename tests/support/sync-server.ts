/**
 * A server that speaks CouchDB's replication protocol, for the sync tests and benchmarks:
 * express-pouchdb over in-memory PouchDB databases (pure JavaScript, nothing to download),
 * behind a basic-auth check like a CouchDB with an admin user. It listens on 127.0.0.1 on a
 * free port; `stop()` closes it (the data stays, so `start()` again is "the server is back"),
 * and counts the bytes it received, for the benchmarks.
 */
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import expressPouchDB from 'express-pouchdb';

export interface SyncTestServer {
  /** http://127.0.0.1:PORT (the same port after stop() and start()). */
  readonly url: string;
  readonly user: string;
  readonly password: string;
  /** Bytes of request bodies received (by Content-Length) since the last reset. */
  bytesReceived: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Stops the server right after it has answered the first request that matches (e.g. the first
   * batch of a replication, acknowledged): "the server went away in the middle of a transfer".
   * Resolves once it is stopped.
   */
  stopAfter(method: string, path: RegExp): Promise<void>;
  /** Every document of a database with its attachments, as the server stores them. */
  allDocs(db: string): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function startSyncServer(
  options: { user?: string; password?: string } = {},
): Promise<SyncTestServer> {
  const user = options.user ?? 'admin';
  const password = options.password ?? 'secret-pw';
  PouchDB.plugin(memoryAdapter);
  const prefix = `gloss-test-${Math.random().toString(36).slice(2)}-`;
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory', prefix });
  const app = express();
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const state = { bytesReceived: 0 };
  let trap: { method: string; path: RegExp; stopped: () => void } | null = null;
  app.use((req, res, next) => {
    state.bytesReceived += Number(req.headers['content-length'] ?? 0);
    const armed = trap;
    if (armed && req.method === armed.method && armed.path.test(req.url ?? '')) {
      trap = null;
      res.on('finish', () => setImmediate(() => void handle.stop().then(armed.stopped)));
    }
    if (req.headers.authorization !== expected) {
      res.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
      return;
    }
    next();
  });
  app.use(
    expressPouchDB(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' }),
  );

  let server: Server | null = null;
  let port = 0;
  const sockets = new Set<Socket>();
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = app.listen(port, '127.0.0.1', () => {
        port = (next.address() as AddressInfo).port;
        resolve();
      });
      next.on('error', reject);
      next.on('connection', (socket: Socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server = next;
    });
  await listen();
  const handle: SyncTestServer = {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    user,
    password,
    get bytesReceived() {
      return state.bytesReceived;
    },
    set bytesReceived(value: number) {
      state.bytesReceived = value;
    },
    start: listen,
    stopAfter(method, path) {
      return new Promise<void>((stopped) => (trap = { method, path, stopped }));
    },
    async stop() {
      const current = server;
      server = null;
      if (!current) return;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    async allDocs(db) {
      const result = await new MemoryPouch(db).allDocs({ include_docs: true, attachments: true });
      return result.rows.map((row) => row.doc);
    },
    async close() {
      await handle.stop();
    },
  };
  return handle;
}
