/**
 * Fills File → Sync Settings… with a test server's address and credentials, a database and a
 * passphrase, and returns the dialog; the caller presses "Save and sync" (the e2e specs read the
 * answer, the benchmark times it).
 */
import type { Locator } from '@playwright/test';
import type { GlossApp } from '../app';
import type { SyncTestServer } from '../../support/sync-server';

export async function fillSyncSettings(
  app: GlossApp,
  server: SyncTestServer,
  database: string,
  passphrase: string,
): Promise<Locator> {
  app.clickMenu('File', 'Sync Settings…');
  const dialog = app.page.getByRole('dialog', { name: 'Sync' });
  await dialog.getByLabel('Server address').fill(server.url);
  await dialog.getByLabel('Database').fill(database);
  await dialog.getByLabel('User name').fill(server.user);
  await dialog.getByLabel('Password', { exact: true }).fill(server.password);
  await dialog.getByLabel('Encryption passphrase').fill(passphrase);
  return dialog;
}
