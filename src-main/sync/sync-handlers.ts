/**
 * The `sync:*` IPC handlers: settings with the password kept here, the key sealed by the OS,
 * the request carrier, "Test connection", and the setup text for a second computer (its
 * password sealed with AES-GCM under the key derived from the passphrase).
 */
import type { GlossCalls, SyncConfigView } from '../ipc/contract';
import { InvalidArgument, expectBytes, expectRecord, expectString } from '../ipc/validate';
import {
  checkDatabaseName,
  forwardSyncRequest,
  normalizeServerUrl,
  testSyncServer,
  type FetchLike,
} from './sync-http';
import type { StoredSyncSettings, SyncSettingsStore } from './sync-settings-store';

type Handler<K extends keyof GlossCalls> = (...args: Parameters<GlossCalls[K]>) => ReturnType<GlossCalls[K]>;
type SyncChannel = Extract<keyof GlossCalls, `sync:${string}`>;
export type SyncHandlers = { [K in SyncChannel]: Handler<K> };

export interface SyncServices {
  store: SyncSettingsStore;
  fetch: FetchLike;
}

const SETUP_PREFIX = 'gloss-sync:';
const MAX_BODY = 256 * 1024 * 1024;

function expectSettings(args: unknown): { settings: StoredSyncSettings; password: string | null } {
  const record = expectRecord(args, 'arguments');
  const settings = {
    url: normalizeServerUrl(expectString(record.url, 'url', 2048)),
    database: checkDatabaseName(expectString(record.database, 'database', 238)),
    user: expectString(record.user, 'user', 256),
  };
  const password = record.password === null ? null : expectString(record.password, 'password', 1024);
  return { settings, password };
}

function expectSecret(value: unknown): Uint8Array {
  const secret = expectBytes(value, 'secret', 64);
  if (secret.length !== 64) throw new InvalidArgument('secret must be 64 bytes');
  return secret;
}

const SETUP_CONTEXT = new TextEncoder().encode('gloss-setup-link');

async function setupKey(secret: Uint8Array) {
  return crypto.subtle.importKey('raw', secret.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** AES-GCM under the passphrase's key, the same cipher the window uses for the library. */
async function sealPassword(secret: Uint8Array, password: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: SETUP_CONTEXT },
    await setupKey(secret),
    new TextEncoder().encode(password),
  );
  return Buffer.concat([iv, new Uint8Array(sealed)]).toString('base64');
}

async function openPassword(secret: Uint8Array, sealed: string): Promise<string> {
  const bytes = new Uint8Array(Buffer.from(sealed, 'base64'));
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: SETUP_CONTEXT },
    await setupKey(secret),
    bytes.slice(12),
  );
  return new TextDecoder().decode(plain);
}

interface SetupLink extends StoredSyncSettings {
  v: 1;
  salt: string;
  iterations: number;
  password: string | null;
}

export function parseSetupLink(link: string): SetupLink {
  const text = link.trim();
  if (!text.startsWith(SETUP_PREFIX)) throw new InvalidArgument('This is not a Gloss sync setup text.');
  try {
    const value = JSON.parse(
      Buffer.from(text.slice(SETUP_PREFIX.length), 'base64url').toString('utf8'),
    ) as SetupLink;
    if (value.v !== 1 || typeof value.salt !== 'string') throw new Error('version');
    return value;
  } catch {
    throw new InvalidArgument('This sync setup text is damaged or incomplete.');
  }
}

export function createSyncHandlers(services: SyncServices | undefined): SyncHandlers {
  const need = (): SyncServices => {
    if (!services) throw new Error('Sync is not available in this build.');
    return services;
  };
  const view = (): SyncConfigView | null => {
    const stored = need().store.read();
    if (!stored) return null;
    return {
      ...stored.settings,
      hasPassword: stored.password !== null,
      hasKey: stored.key !== null,
      passwordPersisted: need().store.persisted,
    };
  };
  const configured = () => {
    const stored = need().store.read();
    if (!stored) throw new InvalidArgument('Sync is not set up.');
    return stored;
  };
  return {
    'sync:get-config': async () => view(),
    'sync:save-config': async (args) => {
      const { settings, password } = expectSettings(args);
      await need().store.save(settings, password);
    },
    'sync:test': async (args) => {
      const { settings, password } = expectSettings(args);
      return testSyncServer(need().fetch, settings, password ?? need().store.read()?.password ?? null);
    },
    'sync:create-database': async () => {
      const stored = configured();
      return testSyncServer(need().fetch, stored.settings, stored.password, { create: true });
    },
    'sync:set-key': async (args) => {
      const secret = expectRecord(args, 'arguments').secret;
      await need().store.setKey(secret === null ? null : expectSecret(secret));
    },
    'sync:get-key': async () => need().store.read()?.key ?? null,
    'sync:fetch': async (args) => {
      const record = expectRecord(args, 'arguments');
      if (!Array.isArray(record.headers) || record.headers.length > 64)
        throw new InvalidArgument('headers must be a list');
      const headers = record.headers.map((pair, i): [string, string] => {
        if (!Array.isArray(pair) || pair.length !== 2)
          throw new InvalidArgument(`headers[${i}] must be a pair`);
        return [
          expectString(pair[0], `headers[${i}] name`, 256),
          expectString(pair[1], `headers[${i}] value`, 8192),
        ];
      });
      const body =
        record.body === null
          ? null
          : typeof record.body === 'string'
            ? expectString(record.body, 'body', MAX_BODY)
            : expectBytes(record.body, 'body', MAX_BODY);
      const stored = configured();
      return forwardSyncRequest(need().fetch, stored.settings, stored.password, {
        url: expectString(record.url, 'url', 8192),
        method: expectString(record.method, 'method', 16),
        headers,
        body,
      });
    },
    'sync:make-setup-link': async (args) => {
      const record = expectRecord(args, 'arguments');
      const salt = expectString(record.salt, 'salt', 64);
      const iterations = record.iterations;
      if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < 1)
        throw new InvalidArgument('iterations must be a positive whole number');
      const stored = configured();
      if (!stored.key) throw new InvalidArgument('Set the passphrase first.');
      const link: SetupLink = {
        v: 1,
        ...stored.settings,
        salt,
        iterations,
        password: stored.password === null ? null : await sealPassword(stored.key, stored.password),
      };
      return SETUP_PREFIX + Buffer.from(JSON.stringify(link)).toString('base64url');
    },
    'sync:use-setup-link': async (args) => {
      const record = expectRecord(args, 'arguments');
      const link = parseSetupLink(expectString(record.link, 'link', 8192));
      const secret = expectSecret(record.secret);
      let password: string | null = null;
      try {
        password = link.password === null ? null : await openPassword(secret, link.password);
      } catch {
        throw new InvalidArgument('The passphrase does not open this setup text.');
      }
      const settings = {
        url: normalizeServerUrl(link.url),
        database: checkDatabaseName(link.database),
        user: String(link.user),
      };
      await need().store.save(settings, password);
      return view()!;
    },
    'sync:forget': async () => need().store.forget(),
  };
}
