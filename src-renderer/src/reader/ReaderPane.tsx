/**
 * The reader: title, byline and date above the article body, the Article info panel
 * (ArticleInfoPanel.tsx), and the reading position, saved as the person scrolls and restored
 * when the article reopens.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ArticleInfoPanel } from './ArticleInfoPanel';
import { ParagraphMenu } from './ParagraphMenu';
import { ArticleBody } from './ArticleBody';
import { restoreRemovedBlock } from './article-content-store';
import { blockOffsets, canonicalText } from '../../../src-shared/articles/canonical-text';
import { HighlightLayer } from '../highlights/HighlightLayer';
import { guessLanguage } from '../../../src-shared/articles/text-language';
import { db } from '../db/db';
import { useI18n } from '../i18n';
import { markOpened, saveReadingProgress, setReadingStatus } from '../workflow/reading-workflow';
import { ReaderToolbar } from './ReaderToolbar';
import { useCaretSelection } from './useCaretSelection';
import { TagInput } from '../tags/TagInput';
import { setArticleTags } from '../tags/tag-store';
import type { ReadingStyle } from '../reading-settings/reading-style';
import { ReadingSettingsPanel } from '../reading-settings/ReadingSettingsPanel';
import type { ReadingStatus } from '../db/models';
import { FindBar } from '../search/FindBar';
import { undoLabel } from '../undo/undo-label';

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
  /** The window's layout and reading settings, for the toolbar above the article. */
  libraryShown: boolean;
  onToggleLibrary(): void;
  focusMode: boolean;
  onToggleFocus(): void;
  readingStyle: ReadingStyle;
  fontSize: number;
  settingsOpen: boolean;
  onToggleSettings(): void;
  /** Called with the function that puts the caret into the article text (the C key). */
  onCaretEntry(enter: (() => void) | null): void;
  /** The handle that resizes the notes sidebar, when it is docked. */
  sidebarResizer?: ReactNode;
  /** Opens the find bar with a query (a search result was opened), at the hit's offset. */
  findRequest?: { query: string; offset: number | null; nonce: number } | null;
}

export function ReaderPane(props: ReaderPaneProps) {
  const { articleId, showRemoved, onToggleRemoved, onMessage } = props;
  const { t, formatDate } = useI18n();
  const article = useLiveQuery(() => db.articles.get(articleId), [articleId]);
  const content = useLiveQuery(() => db.contents.get(articleId), [articleId]);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const restoredFor = useRef<string | null>(null);
  const textRef = useRef<HTMLElement>(null);
  const enterText = useCaretSelection(textRef, body, scroller);
  const { onCaretEntry } = props;
  useEffect(() => {
    onCaretEntry(enterText);
    return () => onCaretEntry(null);
  }, [enterText, onCaretEntry]);

  useEffect(() => void markOpened(articleId), [articleId]);
  const setStatus = useCallback(
    (status: ReadingStatus) => void setReadingStatus([articleId], status, undoLabel(`status.set.${status}`)),
    [articleId],
  );
  const [find, setFind] = useState<{ query: string; offset: number | null; nonce: number } | null>(
    props.findRequest ?? null,
  );
  const findRequest = props.findRequest;
  useEffect(() => {
    if (findRequest) setFind(findRequest);
  }, [findRequest]);
  // Ctrl/Cmd+F opens the find bar (with the selection, when there is one).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        const selected = window.getSelection()?.toString().trim() ?? '';
        setFind((open) => ({ query: selected || open?.query || '', offset: null, nonce: Date.now() }));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

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
    const scrollable = container.scrollHeight - container.clientHeight;
    const progress = scrollable <= 0 ? 1 : top / scrollable;
    for (const element of root.querySelectorAll<HTMLElement>('[data-block-index]')) {
      if (element.offsetTop + element.offsetHeight > top + 24) {
        const offset = offsets[Number(element.dataset.blockIndex)] ?? 0;
        window.clearTimeout(saveTimer.current);
        saveTimer.current = window.setTimeout(
          () => void saveReadingProgress(articleId, offset, progress),
          300,
        );
        return;
      }
    }
  }, [articleId, offsets]);
  const saveTimer = useRef<number | undefined>(undefined);

  if (!article || !content || text === null) {
    return <main className="reader-pane" aria-label={t('reader.article')} />;
  }

  return (
    <div className="reader-row">
      <main className="reader-pane" aria-label={t('reader.article')}>
        <ReaderToolbar
          article={article}
          libraryShown={props.libraryShown}
          sidebarShown={props.sidebarOpen}
          focusMode={props.focusMode}
          settingsOpen={props.settingsOpen}
          onToggleLibrary={props.onToggleLibrary}
          onToggleSidebar={props.onToggleSidebar}
          onToggleFocus={props.onToggleFocus}
          onToggleSettings={props.onToggleSettings}
          onSkipToText={enterText}
          onStatus={setStatus}
        />
        {props.settingsOpen && (
          <ReadingSettingsPanel
            style={props.readingStyle}
            fontSize={props.fontSize}
            onClose={props.onToggleSettings}
          />
        )}
        <div className="reader-scroll" ref={scroller} onScroll={onScroll}>
          {find && (
            <FindBar
              key={find.nonce}
              text={text}
              offsets={offsets}
              bodyRef={body}
              scrollerRef={scroller}
              initialQuery={find.query}
              initialOffset={find.offset}
              onClose={() => setFind(null)}
            />
          )}
          <article
            className="reader-article"
            aria-labelledby="article-title"
            id="article-text"
            tabIndex={-1}
            ref={textRef}
            data-justify={props.readingStyle.justify}
          >
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
              </p>
              <div className="article-tags">
                <TagInput
                  value={article.tags}
                  label={t('reader.articleTags', { title: article.title })}
                  placeholder={t('reader.addArticleTag')}
                  onChange={(tags) =>
                    void setArticleTags(article.id, tags, { label: undoLabel('tags.undo.articleTags') })
                  }
                />
              </div>
              {article.replacedSequences > 0 && (
                <p className="warning" role="note">
                  {t('reader.replacedWarning', { count: article.replacedSequences })}
                </p>
              )}
              <ArticleInfoPanel
                article={article}
                removedCount={content.removed.length}
                showRemoved={showRemoved}
                onToggleRemoved={onToggleRemoved}
                onMessage={onMessage}
              />
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
            <ParagraphMenu articleId={articleId} bodyRef={body} onMessage={onMessage} />
          </article>
        </div>
      </main>
      {props.sidebarResizer}
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
