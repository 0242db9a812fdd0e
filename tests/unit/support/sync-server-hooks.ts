/** The test server of one test file: started before its tests, closed after them. */
import { afterAll, beforeAll } from 'vitest';
import { startSyncServer, type SyncTestServer } from '../../support/sync-server';

export function useSyncServer(): () => SyncTestServer {
  let server: SyncTestServer | undefined;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => server!;
}
