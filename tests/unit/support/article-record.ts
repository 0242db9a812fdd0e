/** An Article record for tests, with every field set and any of them overridden. */
import type { Article } from '../../../src-renderer/src/db/models';

export function articleRecord(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    title: `Article ${id}`,
    byline: null,
    publishedAt: null,
    siteName: null,
    format: 'txt',
    encoding: 'utf-8',
    encodingSource: 'utf-8',
    replacedSequences: 0,
    source: { fileName: `${id}.txt`, path: null, byteLength: 1, modifiedAt: null },
    contentHash: `hash-${id}`,
    importedAt: '2024-01-01T00:00:00.000Z',
    charCount: 10,
    tags: [],
    note: '',
    readingPosition: null,
    dismissedSuggestions: [],
    ...fields,
  };
}
