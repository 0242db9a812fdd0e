/**
 * Where the main process keeps the sync settings: `sync.json` in the data folder, with the
 * password and the encryption key sealed by the OS (Electron's safeStorage: Keychain, DPAPI,
 * libsecret). Where the OS offers no such storage they are kept in memory only, until Gloss
 * quits, and the window says so. Neither ever goes to the window's storage or to a log.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../files/atomic-write';

/** Electron's safeStorage, or the e2e shim's stand-in. */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export interface StoredSyncSettings {
  url: string;
  database: string;
  user: string;
}

interface SyncFile extends StoredSyncSettings {
  password?: string;
  key?: string;
}

export class SyncSettingsStore {
  private settings: StoredSyncSettings | null = null;
  private password: string | null = null;
  private key: Uint8Array | null = null;

  constructor(
    private readonly path: string,
    private readonly box: SecretBox,
  ) {
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as SyncFile;
      this.settings = { url: String(file.url), database: String(file.database), user: String(file.user) };
      if (file.password && this.box.isEncryptionAvailable())
        this.password = this.box.decryptString(Buffer.from(file.password, 'base64'));
      if (file.key && this.box.isEncryptionAvailable())
        this.key = new Uint8Array(
          Buffer.from(this.box.decryptString(Buffer.from(file.key, 'base64')), 'base64'),
        );
    } catch {
      // No settings yet, or unreadable ones: sync stays off until set up again.
    }
  }

  get persisted(): boolean {
    return this.box.isEncryptionAvailable();
  }

  read(): { settings: StoredSyncSettings; password: string | null; key: Uint8Array | null } | null {
    return this.settings ? { settings: this.settings, password: this.password, key: this.key } : null;
  }

  async save(settings: StoredSyncSettings, password: string | null): Promise<void> {
    this.settings = settings;
    if (password !== null) this.password = password;
    await this.write();
  }

  async setKey(key: Uint8Array | null): Promise<void> {
    this.key = key;
    await this.write();
  }

  async forget(): Promise<void> {
    this.settings = null;
    this.password = null;
    this.key = null;
    await writeFileAtomic(this.path, '{}');
  }

  private async write(): Promise<void> {
    if (!this.settings) return;
    const file: SyncFile = { ...this.settings };
    if (this.box.isEncryptionAvailable()) {
      if (this.password !== null) file.password = this.box.encryptString(this.password).toString('base64');
      if (this.key)
        file.key = this.box.encryptString(Buffer.from(this.key).toString('base64')).toString('base64');
    }
    await writeFileAtomic(this.path, JSON.stringify(file));
  }
}
