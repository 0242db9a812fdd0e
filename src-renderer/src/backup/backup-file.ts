/**
 * The Gloss backup file: a dexie-export-import JSON export of the whole database (it keeps typed
 * arrays such as the original bytes of each article), with a header that says what the file is
 * and which version of the format it follows:
 *
 *   {"gloss":{"format":"gloss-backup","version":1,"createdAt":"…"},"formatName":"dexie",…}
 *
 * The header is one more key of the export's top-level object, so the file stays a valid Dexie
 * export, and it comes first, so it is read without reading the rest of a large file.
 */
import Dexie from 'dexie';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { GlossDB } from '../db/db';
import type { BackupRecords } from './restore-plan';

export const BACKUP_FORMAT = 'gloss-backup';
/** Raise when the file's layout changes; restore refuses versions above the one it knows. */
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
}

/** A backup file that cannot be restored, with a sentence a person understands. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const TABLES = [
  'articles',
  'contents',
  'sources',
  'highlights',
  'tags',
  'settings',
] as const satisfies readonly (keyof BackupRecords)[];

export async function exportBackup(db: GlossDB, options: { now?: Date | string } = {}): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: typeof now === 'string' ? now : now.toISOString(),
  };
  // The search index is derived from the library and rebuilt from it, and sync state belongs to
  // this computer: neither is backed up.
  const exported = await exportDB(db, {
    prettyJson: false,
    skipTables: ['searchJournal', 'searchIndex', 'syncOutbox', 'syncState'],
  });
  const opening = new Uint8Array(await exported.slice(0, 1).arrayBuffer());
  if (opening[0] !== 0x7b) throw new Error('The database export does not start with a JSON object.');
  const file = new Blob([`{"gloss":${JSON.stringify(header)},`, exported.slice(1)]);
  return new Uint8Array(await file.arrayBuffer());
}

export interface BackupInfo {
  header: BackupHeader;
  /** Schema version of the database that was backed up. */
  databaseVersion: number;
  /** Rows per table, as the file declares them. */
  counts: Record<string, number>;
}

interface DexieMeta {
  gloss?: unknown;
  formatName?: unknown;
  data?: { databaseVersion?: unknown; tables?: unknown };
}

function blobOf(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>]);
}

function firstNonSpace(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) {
    if (![0x20, 0x09, 0x0a, 0x0d].includes(bytes[i])) return bytes[i];
  }
  return undefined;
}

function isHeader(value: unknown): value is BackupHeader {
  const h = value as Partial<BackupHeader> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    h.format === BACKUP_FORMAT &&
    typeof h.version === 'number' &&
    typeof h.createdAt === 'string'
  );
}

/**
 * Reads the header and table list of a backup without reading its rows, and checks that this
 * Gloss can restore it into `db`. Throws BackupError otherwise.
 */
export async function readBackupInfo(bytes: Uint8Array, db: GlossDB): Promise<BackupInfo> {
  if (bytes.length === 0) throw new BackupError('The file is empty.');
  if (firstNonSpace(bytes) !== 0x7b) throw new BackupError('This file is not a Gloss backup.');
  let meta: DexieMeta;
  try {
    meta = (await peakImportFile(blobOf(bytes))) as DexieMeta;
  } catch {
    throw new BackupError('This file is not a Gloss backup, or it is damaged: it cannot be read as JSON.');
  }
  const header = meta.gloss;
  if (!isHeader(header) || meta.formatName !== 'dexie') {
    throw new BackupError('This file is not a Gloss backup: it has no Gloss backup header.');
  }
  if (header.version > BACKUP_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of Gloss (backup format ${header.version}); update Gloss to restore it.`,
    );
  }
  const databaseVersion = meta.data?.databaseVersion;
  const tables = meta.data?.tables;
  if (typeof databaseVersion !== 'number' || !Array.isArray(tables)) {
    throw new BackupError('This backup is damaged: its list of tables is missing.');
  }
  if (databaseVersion > db.verno) {
    throw new BackupError('This backup was made by a newer version of Gloss; update Gloss to restore it.');
  }
  const counts: Record<string, number> = {};
  for (const table of tables as { name?: unknown; schema?: unknown; rowCount?: unknown }[]) {
    if (typeof table?.name !== 'string' || typeof table.schema !== 'string') {
      throw new BackupError('This backup is damaged: its list of tables is unreadable.');
    }
    counts[table.name] = typeof table.rowCount === 'number' ? table.rowCount : 0;
    const ours = db.tables.find((t) => t.name === table.name);
    if (ours && table.schema.split(',')[0] !== ours.schema.primKey.src) {
      throw new BackupError(`This backup is damaged: its ${table.name} table is keyed differently.`);
    }
  }
  for (const name of ['articles', 'highlights'] as const) {
    if (!(name in counts)) throw new BackupError(`This backup is damaged: it has no ${name} table.`);
  }
  return { header, databaseVersion, counts };
}

/** Checks the keys restore relies on, so a damaged record is refused rather than half-written. */
function checkRecords(records: BackupRecords): void {
  const str = (v: unknown) => typeof v === 'string' && v !== '';
  const problems: [boolean, string][] = [
    [records.articles.every((a) => str(a?.id) && str(a.contentHash)), 'an article has no id or content hash'],
    [
      records.contents.every((c) => str(c?.articleId) && Array.isArray(c.blocks)),
      'an article text is incomplete',
    ],
    [
      records.sources.every((s) => str(s?.articleId) && s.bytes instanceof Uint8Array),
      'an original file is unreadable',
    ],
    [records.highlights.every((h) => str(h?.id) && str(h.articleId)), 'a highlight has no id or article'],
    [records.tags.every((t) => str(t?.name)), 'a tag has no name'],
    [records.settings.every((s) => str(s?.key)), 'a setting has no name'],
  ];
  const failed = problems.find(([ok]) => !ok);
  if (failed) throw new BackupError(`This backup is damaged: ${failed[1]}.`);
}

const SCRATCH_PREFIX = 'gloss-restore-';

/** Removes scratch databases a restore interrupted by a crash left behind. */
async function removeScratchDatabases(): Promise<void> {
  try {
    const names = await Dexie.getDatabaseNames();
    await Promise.all(names.filter((n) => n.startsWith(SCRATCH_PREFIX)).map((n) => Dexie.delete(n)));
  } catch {
    // Listing databases is a courtesy; a restore does not depend on it.
  }
}

/**
 * Every record of a backup, decoded by dexie-export-import. The library reads the file into a
 * database; here it reads into an empty scratch database with the same tables and a filter that
 * keeps each decoded record and writes none, so nothing touches the library until the merge.
 */
export async function readBackup(
  bytes: Uint8Array,
  db: GlossDB,
): Promise<{ info: BackupInfo; records: BackupRecords }> {
  const info = await readBackupInfo(bytes, db);
  const records: BackupRecords = {
    articles: [],
    contents: [],
    sources: [],
    highlights: [],
    tags: [],
    settings: [],
  };
  const known = new Set<string>(TABLES);
  await removeScratchDatabases();
  const scratch = new GlossDB(`${SCRATCH_PREFIX}${crypto.randomUUID()}`);
  try {
    await importInto(scratch, blobOf(bytes), {
      acceptNameDiff: true,
      // Older schema versions are accepted: when GlossDB gains a version whose upgrade() reshapes
      // records, the same reshaping must be applied to `records` below before they are merged.
      acceptVersionDiff: true,
      skipTables: Object.keys(info.counts).filter((name) => !known.has(name)),
      filter: (table, value) => {
        (records[table as keyof BackupRecords] as unknown[]).push(value);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new BackupError(`This backup is damaged and cannot be restored (${detail}).`);
  } finally {
    await scratch.delete().catch(() => undefined);
  }
  checkRecords(records);
  return { info, records };
}
