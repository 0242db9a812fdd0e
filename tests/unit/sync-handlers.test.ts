/**
 * The main process's sync handlers refuse what they must: an address that is not http(s) or
 * not a URL, a user name in the address, a request outside the configured database, a method
 * CouchDB does not use, headers that carry credentials, oversized bodies, calls from a page that
 * is not the app's; and none of these reaches the network.
 */
import { describe, expect, it } from 'vitest';
import { createSyncHandlers } from '../../src-main/sync/sync-handlers';
import { registerHandlers, type CallerEvent } from '../../src-main/ipc/handlers';
import type { StoredSyncSettings, SyncSettingsStore } from '../../src-main/sync/sync-settings-store';
import type { GlossHandlers } from '../../src-main/ipc/handlers';

const APP = 'file:///app/out/renderer/index.html';
const SETTINGS: StoredSyncSettings = { url: 'https://couch.example.org', database: 'gloss', user: 'reader' };

function fakeStore(): SyncSettingsStore {
  let stored: { settings: StoredSyncSettings; password: string | null; key: Uint8Array | null } | null = {
    settings: SETTINGS,
    password: 'pw',
    key: null,
  };
  return {
    persisted: true,
    read: () => stored,
    save: async (settings: StoredSyncSettings, password: string | null) => {
      stored = { settings, password, key: stored?.key ?? null };
    },
    setKey: async (key: Uint8Array | null) => {
      if (stored) stored.key = key;
    },
    forget: async () => {
      stored = null;
    },
  } as unknown as SyncSettingsStore;
}

function setUp() {
  const requests: { url: string; init: RequestInit }[] = [];
  const store = fakeStore();
  const handlers = createSyncHandlers({
    store,
    fetch: async (url, init) => {
      requests.push({ url, init });
      return new Response('{"ok":true}', { status: 200 });
    },
  });
  return { handlers, requests, store };
}

const request = (overrides: Record<string, unknown> = {}) => ({
  url: 'https://couch.example.org/gloss/_changes',
  method: 'GET',
  headers: [['Accept', 'application/json']],
  body: null,
  ...overrides,
});

describe('sync handlers', () => {
  it('refuses server addresses that are not http(s) URLs or that carry a user name', async () => {
    const { handlers, requests, store } = setUp();
    const save = (url: string) =>
      handlers['sync:save-config']({ url, database: 'gloss', user: 'reader', password: 'pw' });
    await expect(save('not a url')).rejects.toThrow('not a valid URL');
    await expect(save('file:///etc/passwd')).rejects.toThrow('must start with https://');
    await expect(save('ftp://couch.example.org')).rejects.toThrow('must start with https://');
    await expect(save('javascript:alert(1)')).rejects.toThrow('must start with https://');
    await expect(save('https://reader:pw@couch.example.org')).rejects.toThrow('own fields');
    await expect(save('https://couch.example.org/?x=1')).rejects.toThrow('query or fragment');
    await expect(
      handlers['sync:save-config']({
        url: 'https://couch.example.org',
        database: '../_users',
        user: 'r',
        password: null,
      }),
    ).rejects.toThrow('database name');
    expect(store.read()?.settings).toEqual(SETTINGS);
    expect(requests).toHaveLength(0);
  });

  it('carries requests only to the configured database, with its methods, adding the credentials', async () => {
    const { handlers, requests } = setUp();
    const fetchSync = (overrides: Record<string, unknown>) =>
      handlers['sync:fetch'](request(overrides) as never);
    await expect(fetchSync({ url: 'https://evil.example.org/gloss/_changes' })).rejects.toThrow(
      'configured database',
    );
    await expect(
      fetchSync({ url: 'https://couch.example.org/_users/org.couchdb.user:admin' }),
    ).rejects.toThrow('configured database');
    await expect(fetchSync({ url: 'https://couch.example.org/glossary' })).rejects.toThrow(
      'configured database',
    );
    await expect(fetchSync({ url: 'file:///etc/passwd' })).rejects.toThrow('configured database');
    await expect(fetchSync({ method: 'PATCH' })).rejects.toThrow('method');
    await expect(fetchSync({ headers: 'Authorization: x' })).rejects.toThrow('headers must be a list');
    await expect(
      fetchSync({ headers: Array.from({ length: 65 }, (_, i) => [`x-${i}`, 'v']) }),
    ).rejects.toThrow('headers must be a list');
    await expect(fetchSync({ headers: [['x-long', 'v'.repeat(8193)]] })).rejects.toThrow('too long');
    expect(requests).toHaveLength(0);

    const answer = await fetchSync({
      headers: [
        ['Authorization', 'Basic forged'],
        ['Cookie', 'AuthSession=stolen'],
        ['Accept', 'application/json'],
      ],
    });
    expect(answer.status).toBe(200);
    expect(requests).toHaveLength(1);
    const sent = new Headers(requests[0].init.headers);
    expect(sent.get('authorization')).toBe(`Basic ${Buffer.from('reader:pw').toString('base64')}`);
    expect(sent.get('cookie')).toBeNull();
  });

  it('refuses an oversized body before sending anything', async () => {
    const { handlers, requests } = setUp();
    // A byte array claiming more than the limit (256 MB) without allocating it.
    const huge = Object.create(Uint8Array.prototype, { byteLength: { value: 256 * 1024 * 1024 + 1 } });
    await expect(handlers['sync:fetch'](request({ method: 'POST', body: huge }) as never)).rejects.toThrow(
      'body is too large',
    );
    await expect(handlers['sync:fetch'](request({ body: 42 }) as never)).rejects.toThrow(
      'body must be bytes',
    );
    await expect(handlers['sync:set-key']({ secret: new Uint8Array(65) })).rejects.toThrow('too large');
    await expect(handlers['sync:set-key']({ secret: new Uint8Array(12) })).rejects.toThrow('64 bytes');
    expect(requests).toHaveLength(0);
  });

  it('answers only the app’s own page', async () => {
    const { handlers, requests } = setUp();
    const table = new Map<string, (event: CallerEvent, ...args: unknown[]) => unknown>();
    registerHandlers(
      { handle: (channel, listener) => void table.set(channel, listener) },
      handlers as unknown as GlossHandlers,
      (url) => url.startsWith(APP),
    );
    const call = (channel: string, url: string | null, ...args: unknown[]) =>
      table.get(channel)!({ senderFrame: url === null ? null : { url } }, ...args);
    for (const stranger of ['https://evil.example.org/', 'file:///tmp/other.html', null]) {
      await expect(call('sync:fetch', stranger, request())).rejects.toThrow('unknown page');
      await expect(call('sync:get-key', stranger)).rejects.toThrow('unknown page');
      await expect(call('sync:get-config', stranger)).rejects.toThrow('unknown page');
    }
    expect(requests).toHaveLength(0);
    await expect(call('sync:fetch', APP, request())).resolves.toMatchObject({ status: 200 });
    expect(requests).toHaveLength(1);
  });
});
