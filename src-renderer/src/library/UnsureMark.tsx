/**
 * The small "?" a library row carries when the extractor was unsure of the article's title,
 * authors or date and the person has not corrected them yet: what to check first.
 */
import { stillUnsure } from '../../../src-shared/articles/article-info';
import type { Article } from '../db/models';
import { useI18n } from '../i18n';
import '../styles/article-info.css';

export function UnsureMark({ article }: { article: Pick<Article, 'unsure' | 'userEdits'> }) {
  const { t } = useI18n();
  const fields = stillUnsure(article.unsure, article.userEdits);
  if (fields.length === 0) return null;
  const names = fields.map((field) => t(`info.${field}`)).join(', ');
  const label = t('info.unsureMark', { fields: names });
  return (
    <span className="unsure-mark" role="img" aria-label={label} title={label}>
      ?
    </span>
  );
}
