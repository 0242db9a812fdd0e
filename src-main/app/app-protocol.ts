/**
 * Gloss's own scheme, `app://gloss/…`: registered privileged before the app is ready, and
 * answered from the built renderer folder only. The path rules are in src-shared/app-scheme.ts;
 * here the answer is joined to the folder and its real path (symbolic links resolved) must
 * still be inside the folder's real path. Every answer carries the CSP as a header too.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { APP_SCHEME, resolveAppPath } from '../../src-shared/app-scheme';
import { CONTENT_SECURITY_POLICY } from './security';

/** The privileges of the scheme, as protocol.registerSchemesAsPrivileged takes them. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    // An origin of its own (IndexedDB, localStorage) with relative URLs resolved as on the web.
    standard: true,
    // A secure context, like https: (WebCrypto for sync).
    secure: true,
    // fetch() and module scripts of the page's own files; no other origin is answered with
    // Access-Control-Allow-Origin, so no other page can read them.
    supportFetchAPI: true,
    corsEnabled: true,
    codeCache: true,
  },
} as const;

function refusal(status: number, reason: string): Response {
  return new Response(reason, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

function isInside(folder: string, path: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * The response to a request on the app's scheme: a file of `rendererFolder`, or a refusal
 * (404 for anything outside it, 405 for methods other than GET and HEAD).
 */
export async function answerAppRequest(
  request: { url: string; method: string },
  rendererFolder: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'method not allowed');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refusal(400, 'malformed address');
  }
  const answer = resolveAppPath(url);
  if (!answer.ok) return refusal(answer.status, answer.reason);
  try {
    const folder = await realpath(rendererFolder);
    const file = await realpath(join(folder, ...answer.relativePath.split('/')));
    if (!isInside(folder, file)) return refusal(404, 'outside the app’s folder');
    if (!(await stat(file)).isFile()) return refusal(404, 'not a file');
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': answer.mimeType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  } catch {
    return refusal(404, 'not found');
  }
}

/** The parts of Electron's protocol module used here. */
export interface ProtocolModule {
  registerSchemesAsPrivileged(schemes: (typeof APP_SCHEME_PRIVILEGES)[]): void;
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

/** Before `ready`: the scheme's privileges (Electron allows this call once). */
export function registerAppSchemePrivileges(protocol: ProtocolModule): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** After `ready`: answers the scheme from `rendererFolder`. */
export function handleAppScheme(protocol: ProtocolModule, rendererFolder: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(request, rendererFolder));
}

/**
 * Whether the window is served from `app://gloss` instead of `file://`. Off until the move has
 * run in Electron itself (docs/security.md); GLOSS_APP_SCHEME=1 turns it on.
 */
export function appSchemeEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.GLOSS_APP_SCHEME === '1';
}
