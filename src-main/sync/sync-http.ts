/**
 * The main process's side of sync traffic: it carries PouchDB's requests to the one configured
 * database (any other address is refused), adds the basic-auth credentials it keeps, and
 * answers "Test connection" precisely (unreachable, TLS, wrong credentials, database missing,
 * not a CouchDB server).
 */
import type { SyncFetchRequest, SyncFetchResponse, SyncTestResult } from '../ipc/contract';
import { InvalidArgument } from '../ipc/validate';
import type { StoredSyncSettings } from './sync-settings-store';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'COPY'] as const;
/** Headers the window may not set: the main process owns credentials and the connection. */
const FORBIDDEN_HEADERS =
  /^(authorization|cookie|host|connection|proxy-.*|content-length|transfer-encoding)$/i;
const TIMEOUT_MS = 120_000;

/** The server address, checked: http(s), no user or password in it, no query or fragment. */
export function normalizeServerUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new InvalidArgument('The server address is not a valid URL.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new InvalidArgument('The server address must start with https:// (or http://).');
  if (parsed.username || parsed.password)
    throw new InvalidArgument('Put the user name and password in their own fields.');
  if (parsed.search || parsed.hash)
    throw new InvalidArgument('The server address must not have a query or fragment.');
  return parsed.href.replace(/\/+$/, '');
}

/** CouchDB's rule for database names (less the slash, which would change the path). */
export function checkDatabaseName(name: string): string {
  if (!/^[a-z][a-z0-9_$()+-]{0,237}$/.test(name))
    throw new InvalidArgument(
      'A database name is lowercase letters, digits and _$()+- and starts with a letter.',
    );
  return name;
}

export function databaseUrl(settings: StoredSyncSettings): string {
  return `${normalizeServerUrl(settings.url)}/${checkDatabaseName(settings.database)}`;
}

function authHeader(user: string, password: string | null): string | null {
  if (!user) return null;
  return `Basic ${Buffer.from(`${user}:${password ?? ''}`).toString('base64')}`;
}

/** Why a request did not get an answer, in a few words, from Node's fetch error. */
function networkReason(error: unknown): { tls: boolean; detail: string } {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? '';
  const detail = [code, cause?.message ?? (error as Error)?.message].filter(Boolean).join(': ');
  const tls = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO|ERR_TLS/i.test(
    `${code} ${cause?.message ?? ''}`,
  );
  return { tls, detail: detail || 'no answer' };
}

/** Carries one replication request; refuses any URL outside the configured database. */
export async function forwardSyncRequest(
  fetchImpl: FetchLike,
  settings: StoredSyncSettings,
  password: string | null,
  request: SyncFetchRequest,
): Promise<SyncFetchResponse> {
  const base = databaseUrl(settings);
  const url = request.url;
  if (!(url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`)))
    throw new InvalidArgument('sync requests may only go to the configured database');
  const method = request.method.toUpperCase();
  if (!(METHODS as readonly string[]).includes(method))
    throw new InvalidArgument('method is not one CouchDB uses');
  const headers = new Headers();
  for (const [name, value] of request.headers) if (!FORBIDDEN_HEADERS.test(name)) headers.set(name, value);
  const auth = authHeader(settings.user, password);
  if (auth) headers.set('Authorization', auth);
  try {
    const response = await fetchImpl(url, {
      method,
      headers,
      body:
        request.body === null
          ? undefined
          : typeof request.body === 'string'
            ? request.body
            : request.body.slice(),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const responseHeaders: [string, string][] = [];
    response.headers.forEach((value, name) => responseHeaders.push([name, value]));
    return {
      status: response.status,
      statusText: response.statusText,
      headers: responseHeaders,
      body: new Uint8Array(await response.arrayBuffer()),
    };
  } catch (error) {
    return { status: 0, statusText: networkReason(error).detail, headers: [], body: new Uint8Array() };
  }
}

async function readJson(response: Response): Promise<Record<string, unknown> | null> {
  try {
    const value: unknown = await response.json();
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function failure(problem: Exclude<SyncTestResult, { ok: true }>['problem'], detail: string): SyncTestResult {
  return { ok: false, problem, detail };
}

/** "Test connection": the server, then the database, each answer told apart. */
export async function testSyncServer(
  fetchImpl: FetchLike,
  settings: StoredSyncSettings,
  password: string | null,
  options: { create?: boolean } = {},
): Promise<SyncTestResult> {
  let root: string;
  let database: string;
  try {
    root = normalizeServerUrl(settings.url);
    database = `${root}/${checkDatabaseName(settings.database)}`;
  } catch (error) {
    return failure('invalid-url', (error as Error).message);
  }
  const headers: Record<string, string> = { Accept: 'application/json' };
  const auth = authHeader(settings.user, password);
  if (auth) headers.Authorization = auth;
  let welcome: Response;
  try {
    welcome = await fetchImpl(`${root}/`, { headers, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    const reason = networkReason(error);
    return failure(reason.tls ? 'tls' : 'unreachable', reason.detail);
  }
  if (welcome.status === 401)
    return failure('unauthorized', 'The server refused this user name and password.');
  const info = await readJson(welcome);
  const vendor = info && (info.couchdb ?? info['express-pouchdb'] ?? info['pouchdb-server']);
  if (!welcome.ok || !vendor)
    return failure(
      'not-couchdb',
      `The address answered (HTTP ${welcome.status}) but not as a CouchDB server.`,
    );
  const version = typeof info?.version === 'string' ? info.version : '';
  let answer = await fetchImpl(database, {
    method: options.create ? 'PUT' : 'GET',
    headers,
    signal: AbortSignal.timeout(15_000),
  });
  if (options.create && answer.status === 412) answer = await fetchImpl(database, { headers });
  if (answer.status === 401)
    return failure('unauthorized', 'The server refused this user name and password.');
  if (answer.status === 403) return failure('forbidden', 'This user may not use this database.');
  if (answer.status === 404)
    return failure('missing-database', `There is no database “${settings.database}” on the server.`);
  if (!answer.ok) return failure('not-couchdb', `The database answered HTTP ${answer.status}.`);
  return { ok: true, couchVersion: version, vendor: String(vendor) };
}
