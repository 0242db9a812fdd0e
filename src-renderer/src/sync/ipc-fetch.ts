/**
 * The `fetch` PouchDB's http adapter uses for the server: every request goes through the main
 * process (`sync:fetch`), which talks only to the configured server and adds the credentials it
 * keeps; the window itself may connect nowhere (its CSP says connect-src 'none').
 */
import { timeSync, traceSync } from './sync-trace';
import type { SyncFetchRequest, SyncFetchResponse } from '../../../src-main/ipc/contract';

export type SyncTransport = (request: SyncFetchRequest) => Promise<SyncFetchResponse>;

async function bodyOf(body: BodyInit | null | undefined): Promise<string | Uint8Array | null> {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  return new Uint8Array(await new Response(body).arrayBuffer());
}

export function makeIpcFetch(transport: SyncTransport, onReach?: (reachable: boolean) => void): typeof fetch {
  return async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers: [string, string][] = [];
    new Headers(init.headers).forEach((value, name) => headers.push([name, value]));
    const signal = init.signal;
    if (signal?.aborted) throw new DOMException('The request was cancelled.', 'AbortError');
    const what = () => `${init.method ?? 'GET'} ${url.replace(/^.*\/\/[^/]+/, '').slice(0, 80)}`;
    traceSync(() => `fetch> ${what()}`);
    const kind = () => /\/(_[a-z_]+)/.exec(new URL(url).pathname)?.[1] ?? 'database';
    const request = timeSync(
      () => `request ${kind()}`,
      async () => transport({ url, method: init.method ?? 'GET', headers, body: await bodyOf(init.body) }),
    );
    const response = await (signal
      ? Promise.race([
          request,
          new Promise<never>((_, reject) =>
            signal.addEventListener('abort', () =>
              reject(new DOMException('The request was cancelled.', 'AbortError')),
            ),
          ),
        ])
      : request);
    traceSync(() => `fetch< ${what()} ${response.status}`);
    onReach?.(response.status !== 0);
    if (response.status === 0) throw new TypeError(response.statusText || 'The server could not be reached.');
    return new Response(
      response.status === 204 || response.status === 304 ? null : (response.body as BodyInit),
      {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      },
    );
  };
}
