/**
 * What the search indexes: an article (title, byline, site, text, its note, its tags and,
 * behind a switch, its removed text) and a passage (a highlight's quote, note and tags). Each
 * becomes one document whose fields are joined by a separator the index never crosses.
 */
import { FIELD_SEPARATOR } from './gram-index';

export interface ArticleDocument {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** The canonical text (blocks joined as the reader joins them: offsets are the reader's). */
  text: string;
  note: string;
  tags: string[];
  /** Removed passages, joined by blank lines. */
  removed: string;
  publishedAt: string | null;
  importedAt: string;
}

export interface PassageDocument {
  id: string;
  articleId: string;
  quote: string;
  note: string;
  tags: string[];
  color: string;
  createdAt: string;
}

export type ArticleField = 'title' | 'byline' | 'site' | 'text' | 'note' | 'tags' | 'removed';
export type PassageField = 'quote' | 'note' | 'tags';
export type HitField = ArticleField | PassageField;

export const ARTICLE_FIELDS: readonly ArticleField[] = [
  'title',
  'byline',
  'site',
  'text',
  'note',
  'tags',
  'removed',
];
export const PASSAGE_FIELDS: readonly PassageField[] = ['quote', 'note', 'tags'];

export function articleFieldTexts(doc: ArticleDocument): string[] {
  return [
    doc.title,
    doc.byline ?? '',
    doc.siteName ?? '',
    doc.text,
    doc.note,
    doc.tags.join(' '),
    doc.removed,
  ];
}

export function passageFieldTexts(doc: PassageDocument): string[] {
  return [doc.quote, doc.note, doc.tags.join(' ')];
}

/** Joins field texts; returns the joined text and each field's start offset (plus the end). */
export function joinFields(fields: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const field of fields) {
    starts.push(at);
    at += field.length + FIELD_SEPARATOR.length;
  }
  starts.push(at);
  // A separator inside a field (never in real text) would split it: replace it.
  return {
    text: fields.map((f) => f.replaceAll(FIELD_SEPARATOR, ' ')).join(FIELD_SEPARATOR) + FIELD_SEPARATOR,
    starts,
  };
}
