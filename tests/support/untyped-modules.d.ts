/** Types for the test server's packages that ship none. */
declare module 'express-pouchdb' {
  export default function expressPouchDB(pouch: unknown, options?: Record<string, unknown>): unknown;
}
declare module 'express' {
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';
  interface Response extends ServerResponse {
    status(code: number): Response;
    json(body: unknown): void;
  }
  type Handler = (req: IncomingMessage, res: Response, next: () => void) => void;
  interface App {
    use(handler: Handler): void;
    use(handler: unknown): void;
    listen(port: number, host: string, callback: () => void): Server;
  }
  export default function express(): App;
}
