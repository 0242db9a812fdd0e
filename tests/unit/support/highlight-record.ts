/** A Highlight record for tests: a yellow highlight of "quoted words", with any field overridden. */
import type { Highlight } from '../../../src-renderer/src/db/models';

export function highlightRecord(id: string, articleId: string, fields: Partial<Highlight> = {}): Highlight {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    id,
    articleId,
    color: 'yellow',
    quote: { type: 'TextQuoteSelector', exact: 'quoted words', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 12 },
    note: '',
    tags: [],
    date: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}
