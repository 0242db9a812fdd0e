/**
 * The reader: title, byline, date and source above the article body, the removed-text toggle,
 * "Reopen with encoding…", and the reading position, saved as the person scrolls and restored
 * when the article reopens.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { REOPEN_ENCODING_CHOICES } from './encodings';
import { OpenOriginalButton } from './OpenOriginalButton';
import { isDocumentFormat } from '../../../src-shared/articles/document-formats';
import { ArticleBody } from './ArticleBody';
import { replaceExtraction, restoreRemovedBlock } from './article-content-store';
import { blockOffsets, canonicalText } from '../../../src-shared/articles/canonical-text';
import { HighlightLayer } from '../highlights/HighlightLayer';
import { guessLanguage } from '../../../src-shared/articles/text-language';
import { gloss } from '../bridge/gloss';
import { db } from '../db/db';
import { useI18n } from '../i18n';
import { saveReadingPosition } from '../library/article-store';

export interface ReaderPaneProps {
  articleId: string;
  showRemoved: boolean;
  onToggleRemoved(): void;
  onMessage(message: string): void;
  /** A passage to scroll to and flash (from the Passages view, the timeline, a gloss:// link). */
  focusRequest: { highlightId: string; nonce: number } | null;
  colorLabels: Record<string, string>;
  sidebarOpen: boolean;
  onToggleSidebar(): void;
}

export function ReaderPane(props: ReaderPaneProps) {
  const { articleId, showRemoved, onToggleRemoved, onMessage } = props;
  const { t, formatDate } = useI18n();
  const article = useLiveQuery(() => db.articles.get(articleId), [articleId]);
  const content = useLiveQuery(() => db.contents.get(articleId), [articleId]);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const restoredFor = useRef<string | null>(null);
  const [encoding, setEncoding] = useState('');

  const offsets = useMemo(() => (content ? blockOffsets(content.blocks) : []), [content]);
  const text = useMemo(() => (content ? canonicalText(content.blocks) : null), [content]);
  const lang = useMemo(
    () =>
      content
        ? guessLanguage(
            content.blocks
              .slice(0, 20)
              .map((b) => b.text)
              .join(''),
          )
        : 'en',
    [content],
  );

  // Reopen at the saved reading position, once per article.
  useEffect(() => {
    if (!article || !content || restoredFor.current === articleId) return;
    restoredFor.current = articleId;
    const offset = article.readingPosition?.offset ?? 0;
    let index = 0;
    while (index + 1 < offsets.length && offsets[index + 1] <= offset) index++;
    const element = body.current?.querySelector<HTMLElement>(`[data-block-index="${index}"]`);
    if (scroller.current) scroller.current.scrollTop = index === 0 || !element ? 0 : element.offsetTop - 24;
  }, [article, content, articleId, offsets]);

  const onScroll = useCallback(() => {
    const container = scroller.current;
    const root = body.current;
    if (!container || !root) return;
    const top = container.scrollTop;
    for (const element of root.querySelectorAll<HTMLElement>('[data-block-index]')) {
      if (element.offsetTop + element.offsetHeight > top + 24) {
        const offset = offsets[Number(element.dataset.blockIndex)] ?? 0;
        window.clearTimeout(saveTimer.current);
        saveTimer.current = window.setTimeout(() => void saveReadingPosition(articleId, offset), 300);
        return;
      }
    }
  }, [articleId, offsets]);
  const saveTimer = useRef<number | undefined>(undefined);

  const reopen = useCallback(async () => {
    if (!encoding) return;
    const source = await db.sources.get(articleId);
    if (!source) return;
    const result = await gloss.reextract(source.bytes, source.fileName, encoding);
    if (!result.ok) {
      onMessage(result.error.reason);
      return;
    }
    await replaceExtraction(articleId, result.article);
    onMessage(t('reader.reopened', { encoding }));
  }, [articleId, encoding, onMessage, t]);

  if (!article || !content || text === null) {
    return <main className="reader-pane" aria-label={t('reader.article')} />;
  }

  return (
    <div className="reader-row">
      <main className="reader-pane" aria-label={t('reader.article')}>
        <button
          type="button"
          className="icon-button sidebar-toggle"
          aria-pressed={props.sidebarOpen}
          aria-label={props.sidebarOpen ? t('highlights.hideSidebar') : t('highlights.showSidebar')}
          title={props.sidebarOpen ? t('highlights.hideSidebar') : t('highlights.showSidebar')}
          onClick={props.onToggleSidebar}
        >
          ☰
        </button>
        <div className="reader-scroll" ref={scroller} onScroll={onScroll}>
          <article className="reader-article" aria-labelledby="article-title">
            <header className="article-header">
              <h1 id="article-title" lang={lang}>
                {article.title}
              </h1>
              <p className="article-byline">
                {article.byline && <span>{t('reader.by', { name: article.byline })}</span>}
                {article.publishedAt && (
                  <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
                )}
                {article.siteName && <span>{article.siteName}</span>}
                <span title={article.source.path ?? undefined}>
                  {t('reader.source', { file: article.source.fileName })}
                </span>
              </p>
              {article.replacedSequences > 0 && (
                <p className="warning" role="note">
                  {t('reader.replacedWarning', { count: article.replacedSequences })}
                </p>
              )}
              <div className="article-tools">
                {content.removed.length > 0 && (
                  <button
                    type="button"
                    className="quiet small"
                    aria-pressed={showRemoved}
                    onClick={onToggleRemoved}
                  >
                    {showRemoved ? t('reader.hideRemoved') : t('reader.showRemoved')}
                  </button>
                )}
                {content.removed.length > 0 && (
                  <span className="muted small">
                    {t('reader.removedCount', { count: content.removed.length })}
                  </span>
                )}
                <span className="spacer" />
                <OpenOriginalButton article={article} onMessage={onMessage} />
                {!isDocumentFormat(article.format) && (
                  <>
                    <span className="muted small">{t('reader.encoding', { encoding: article.encoding })}</span>
                    <select
                      value={encoding}
                      aria-label={t('reader.reopenEncoding')}
                      onChange={(event) => setEncoding(event.target.value)}
                    >
                      <option value="">{t('reader.reopenEncoding')}</option>
                      {REOPEN_ENCODING_CHOICES.map((choice) => (
                        <option key={choice.label} value={choice.label}>
                          {choice.name}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      className="quiet small"
                      disabled={!encoding}
                      onClick={() => void reopen()}
                    >
                      {t('reader.reopen')}
                    </button>
                  </>
                )}
              </div>
            </header>
            <ArticleBody
              ref={body}
              blocks={content.blocks}
              removed={content.removed}
              showRemoved={showRemoved}
              lang={lang}
              images={content.images}
              onRestore={(id) => void restoreRemovedBlock(articleId, id)}
            />
          </article>
        </div>
      </main>
      <HighlightLayer
        article={article}
        text={text}
        offsets={offsets}
        bodyRef={body}
        scrollerRef={scroller}
        bodyVersion={`${content.blocks.length}:${content.removed.length}:${showRemoved}`}
        focusRequest={props.focusRequest}
        customLabels={props.colorLabels}
        sidebarOpen={props.sidebarOpen}
        onMessage={onMessage}
      />
    </div>
  );
}
