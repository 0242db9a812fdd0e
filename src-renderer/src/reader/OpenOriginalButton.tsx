/**
 * "Open original": hands the article's kept bytes (and the path it came from, which the main
 * process opens only if the file there is unchanged) to the system's default app.
 */
import { useCallback } from 'react';
import { db } from '../db/db';
import type { Article } from '../db/models';
import { gloss } from '../bridge/gloss';
import { useI18n } from '../i18n';

export function OpenOriginalButton({
  article,
  onMessage,
}: {
  article: Article;
  onMessage(text: string): void;
}) {
  const { t } = useI18n();
  const open = useCallback(async () => {
    const source = await db.sources.get(article.id);
    if (!source) return;
    const result = await gloss.openOriginal(source.bytes, source.fileName, article.source.path);
    if (!result.ok && !result.cancelled) onMessage(t('reader.openOriginalFailed', { reason: result.reason }));
  }, [article, onMessage, t]);
  return (
    <button
      type="button"
      className="quiet small"
      title={t('reader.openOriginalTitle')}
      onClick={() => void open()}
    >
      {t('reader.openOriginal')}
    </button>
  );
}
