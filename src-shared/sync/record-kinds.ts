/**
 * What Gloss syncs, table by table: which records, which fields, and how each field merges
 * ("text" three-way, "set" add-wins, anything else the latest edit wins). Fields not listed stay
 * on the device (the reading position, the kept original's path).
 */

export type SyncedTable = 'articles' | 'contents' | 'sources' | 'highlights' | 'tags' | 'settings';

export const SYNCED_TABLES: readonly SyncedTable[] = [
  'articles',
  'contents',
  'sources',
  'highlights',
  'tags',
  'settings',
];

/**
 * "passive": latest wins too, but a change of it alone is not an edit that beats a deletion
 * (opening an article, or reading further in it, does not undo deleting it elsewhere).
 */
export type FieldMergeKind = 'text' | 'set' | 'latest' | 'passive';

/** Fields merged as text or sets, or passive; every other field of a synced record is "latest wins". */
export const FIELD_KINDS: Record<SyncedTable, Record<string, FieldMergeKind>> = {
  articles: {
    note: 'text',
    tags: 'set',
    dismissedSuggestions: 'set',
    progress: 'passive',
    lastOpenedAt: 'passive',
  },
  contents: {},
  sources: {},
  highlights: { note: 'text', tags: 'set' },
  tags: {},
  settings: {},
};

/** Fields that never leave the device. */
export const LOCAL_FIELDS: Record<SyncedTable, readonly string[]> = {
  articles: ['readingPosition'],
  contents: [],
  sources: [],
  highlights: [],
  tags: [],
  settings: [],
};

/** Settings that belong to the library (and so sync); the rest are this computer's. */
export function isLibrarySetting(key: string): boolean {
  return key === 'colorLabels' || key.startsWith('tagRename:');
}

/** Tables whose records hang off an article, deleted with it and revived with it. */
export const ARTICLE_PARTS: readonly SyncedTable[] = ['contents', 'sources'];

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}
