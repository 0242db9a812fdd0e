/**
 * Passages: every highlight in the library with its quote, note, tags, color and article;
 * filtered by text, tags (all of / any of, parents include children), color, article, article
 * tag and creation date; in article order or newest first; a virtual list that stays quick with
 * tens of thousands of highlights. Every highlight is held in memory through one live query and
 * filtered by `filterPassages`, which reuses its prepared orders and posting lists.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { db } from '../db/db';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../db/models';
import { colorLabels } from '../highlights/color-labels';
import { useI18n } from '../i18n';
import { useSettings } from '../settings/settings-store';
import { TagInput } from '../tags/TagInput';
import {
  filterPassages,
  isEmptyFilter,
  localDayBounds,
  type PassageArticle,
  type PassageFilter,
  type PassageOrder,
  type TagMode,
} from './passages-query';
import { rowLayout, textWidth, type RowLayout } from './row-height';
import '../styles/views.css';

export interface PassagesViewProps {
  onOpenPassage(articleId: string, highlightId: string): void;
  onExport?(ids: string[]): void;
}

interface ArticleInfo {
  title: string;
  tags: string[];
}

/** An element's content width, followed as the window or the panes change size. */
function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(800);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/** Article titles and tags by id, read once per change of the articles table. */
function useArticles(): Map<string, ArticleInfo> | undefined {
  return useLiveQuery(async () => {
    const map = new Map<string, ArticleInfo>();
    await db.articles.each((article) => map.set(article.id, { title: article.title, tags: article.tags }));
    return map;
  }, []);
}

export function PassagesView({ onOpenPassage, onExport }: PassagesViewProps) {
  const { t, formatDate } = useI18n();
  const settings = useSettings();
  const highlights = useLiveQuery(() => db.highlights.toArray(), []);
  const articles = useArticles();
  const tagColors = useLiveQuery(
    async () => new Map((await db.tags.toArray()).map((tag) => [tag.name, tag.color])),
    [],
  );

  const [text, setText] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [tagMode, setTagMode] = useState<TagMode>('all');
  const [color, setColor] = useState<HighlightColor | ''>('');
  const [articleId, setArticleId] = useState('');
  const [articleTag, setArticleTag] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [order, setOrder] = useState<PassageOrder>('article');

  const filter = useMemo<PassageFilter>(
    () => ({
      text,
      tags,
      tagMode,
      colors: color ? [color] : [],
      articleId: articleId || null,
      articleTags: articleTag ? [articleTag] : [],
      ...localDayBounds(from, to),
      order,
    }),
    [text, tags, tagMode, color, articleId, articleTag, from, to, order],
  );
  const articlesForQuery: ReadonlyMap<string, PassageArticle> | undefined = articles;
  const visible = useMemo(
    () => (highlights && articlesForQuery ? filterPassages(highlights, articlesForQuery, filter) : []),
    [highlights, articlesForQuery, filter],
  );

  const labels = useMemo(() => colorLabels(settings?.colorLabels ?? {}, t), [settings?.colorLabels, t]);
  const clear = () => {
    setText('');
    setTags([]);
    setColor('');
    setArticleId('');
    setArticleTag('');
    setFrom('');
    setTo('');
  };

  const scroller = useRef<HTMLDivElement | null>(null);
  const [listElement, setListElement] = useState<HTMLDivElement | null>(null);
  const attachList = useCallback((element: HTMLDivElement | null) => {
    scroller.current = element;
    setListElement(element);
  }, []);
  const listWidth = useWidth(listElement);
  const width = textWidth(listWidth);
  // Stable between filters: the virtualizer recomputes every row's offset when this changes,
  // which with tens of thousands of rows must not happen on each scroll.
  const getItemKey = useCallback((index: number) => visible[index].id, [visible]);
  // Row heights computed once per highlight (and width): a new filter re-lays out tens of
  // thousands of rows, and measuring their text again each time costs most of a frame.
  // Keyed by the record object: the live query hands out a new object when a highlight changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const heights = useMemo(() => new WeakMap<Highlight, number>(), [width]);
  const estimateSize = useCallback(
    (index: number) => {
      const highlight = visible[index];
      let height = heights.get(highlight);
      if (height === undefined) {
        height = rowLayout(highlight, width).height;
        heights.set(highlight, height);
      }
      return height;
    },
    [visible, width, heights],
  );
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    // Rows are as tall as computed from their text (see row-height.ts), never measured.
    estimateSize,
    overscan: 6,
    getItemKey,
  });
  // Offsets follow a new width (the virtualizer does not watch `estimateSize`).
  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, width]);
  // A new filter starts at the top of its results (touching scrollTop only when needed: setting
  // it makes the list render once more).
  useEffect(() => {
    if (scroller.current && scroller.current.scrollTop > 0) scroller.current.scrollTop = 0;
  }, [filter]);

  if (!highlights || !articles) return <section className="view-root" aria-label={t('passages.title')} />;
  const total = highlights.length;

  return (
    <section className="view-root" aria-label={t('passages.title')}>
      <header className="pane-header">
        <h2>{t('passages.title')}</h2>
        <span className="view-count" role="status">
          {visible.length === total
            ? t('passages.count', { count: total })
            : t('passages.countOf', { count: visible.length, total })}
        </span>
        <span className="spacer" />
        {onExport && (
          <button
            type="button"
            className="quiet small"
            disabled={visible.length === 0}
            aria-label={t('passages.exportLabel', { count: visible.length })}
            onClick={() => onExport(visible.map((h) => h.id))}
          >
            {t('passages.export')}
          </button>
        )}
      </header>
      {total === 0 ? (
        <div className="empty-state" role="region" aria-label={t('passages.empty.title')}>
          <h3>{t('passages.empty.title')}</h3>
          <p>{t('passages.empty.body')}</p>
        </div>
      ) : (
        <>
          <div className="view-tools" role="search" aria-label={t('passages.filters')}>
            <label className="field grow">
              <span>{t('passages.search')}</span>
              <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
            </label>
            <div className="field grow">
              <span aria-hidden="true">{t('passages.tags')}</span>
              <TagInput value={tags} onChange={setTags} label={t('passages.tags')} allowCreate={false} />
            </div>
            <label className="field">
              <span>{t('passages.tagMode')}</span>
              <select value={tagMode} onChange={(event) => setTagMode(event.target.value as TagMode)}>
                <option value="all">{t('passages.tagMode.all')}</option>
                <option value="any">{t('passages.tagMode.any')}</option>
              </select>
            </label>
            <label className="field">
              <span>{t('passages.color')}</span>
              <select value={color} onChange={(event) => setColor(event.target.value as HighlightColor | '')}>
                <option value="">{t('passages.allColors')}</option>
                {HIGHLIGHT_COLORS.map((c) => (
                  <option key={c} value={c}>
                    {labels[c]}
                  </option>
                ))}
              </select>
            </label>
            <ArticleFilters
              highlights={highlights}
              articles={articles}
              articleId={articleId}
              onArticleId={setArticleId}
              articleTag={articleTag}
              onArticleTag={setArticleTag}
            />
            <label className="field">
              <span>{t('passages.from')}</span>
              <input
                type="date"
                value={from}
                max={to || undefined}
                onChange={(event) => setFrom(event.target.value)}
              />
            </label>
            <label className="field">
              <span>{t('passages.to')}</span>
              <input
                type="date"
                value={to}
                min={from || undefined}
                onChange={(event) => setTo(event.target.value)}
              />
            </label>
            <label className="field">
              <span>{t('passages.order')}</span>
              <select value={order} onChange={(event) => setOrder(event.target.value as PassageOrder)}>
                <option value="article">{t('passages.order.article')}</option>
                <option value="created">{t('passages.order.created')}</option>
              </select>
            </label>
            <button type="button" className="quiet small" disabled={isEmptyFilter(filter)} onClick={clear}>
              {t('passages.clear')}
            </button>
          </div>
          {visible.length === 0 && <p className="muted pad">{t('passages.noMatch')}</p>}
          <div className="passage-list" ref={attachList} role="list" aria-label={t('passages.list')}>
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const highlight = visible[item.index];
                return (
                  <PassageRow
                    key={highlight.id}
                    highlight={highlight}
                    index={item.index}
                    start={item.start}
                    layout={rowLayout(highlight, width)}
                    title={articles.get(highlight.articleId)?.title || t('passages.untitled')}
                    colorLabel={labels[highlight.color]}
                    tagColors={tagColors}
                    created={t('passages.created', { date: formatDate(highlight.createdAt) })}
                    openHint={t('passages.openHint')}
                    onOpen={onOpenPassage}
                  />
                );
              })}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

interface PassageRowProps {
  highlight: Highlight;
  index: number;
  start: number;
  layout: RowLayout;
  title: string;
  colorLabel: string;
  tagColors: ReadonlyMap<string, string> | undefined;
  created: string;
  openHint: string;
  onOpen(articleId: string, highlightId: string): void;
}

const PassageRow = memo(function PassageRow({
  highlight,
  index,
  start,
  layout,
  title,
  colorLabel,
  tagColors,
  created,
  openHint,
  onOpen,
}: PassageRowProps) {
  const open = () => onOpen(highlight.articleId, highlight.id);
  // The whole row opens the passage for the mouse; the quote button is the keyboard's way in.
  const onRowClick = (event: MouseEvent) => {
    if (!(event.target as HTMLElement).closest('button, a, input, select')) open();
  };
  return (
    <div
      role="listitem"
      className="passage-row"
      data-index={index}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: layout.height,
        transform: `translateY(${start}px)`,
      }}
      onClick={onRowClick}
    >
      <span
        className="hl-swatch"
        data-color={highlight.color}
        role="img"
        aria-label={colorLabel}
        title={colorLabel}
      />
      <div className="passage-body">
        <button
          type="button"
          className="passage-quote"
          title={openHint}
          style={{ WebkitLineClamp: layout.quoteLines }}
          onClick={open}
        >
          {highlight.quote.exact}
        </button>
        {layout.noteLines > 0 && (
          <p className="passage-note" style={{ WebkitLineClamp: layout.noteLines }}>
            {highlight.note}
          </p>
        )}
        <div className="passage-meta">
          <span className="passage-article" title={title}>
            {title}
          </span>
          {highlight.tags.length > 0 && (
            <ul className="passage-tags">
              {highlight.tags.map((name) => (
                <li key={name} className="tag-pill">
                  <span
                    className="tag-dot"
                    style={{ background: tagColors?.get(name) ?? 'var(--muted)' }}
                    aria-hidden="true"
                  />
                  {name}
                </li>
              ))}
            </ul>
          )}
          <span>{created}</span>
        </div>
      </div>
    </div>
  );
});

interface ArticleFiltersProps {
  highlights: readonly Highlight[];
  articles: ReadonlyMap<string, ArticleInfo>;
  articleId: string;
  onArticleId(id: string): void;
  articleTag: string;
  onArticleTag(tag: string): void;
}

/**
 * The article and article-tag pickers. Memoized apart from the rest of the filter bar: with
 * thousands of articles their options are the costliest part of the view to re-render, and
 * they change only with the data.
 */
const ArticleFilters = memo(function ArticleFilters({
  highlights,
  articles,
  articleId,
  onArticleId,
  articleTag,
  onArticleTag,
}: ArticleFiltersProps) {
  const { t } = useI18n();
  const articleOptions = useMemo(() => {
    const ids = [...new Set(highlights.map((h) => h.articleId))];
    const titled = ids.map((id) => ({ id, title: articles.get(id)?.title || t('passages.untitled') }));
    titled.sort((a, b) => a.title.localeCompare(b.title, undefined, { numeric: true }));
    return titled.map(({ id, title }) => (
      <option key={id} value={id}>
        {title}
      </option>
    ));
  }, [highlights, articles, t]);
  const articleTagOptions = useMemo(() => {
    const names = new Set<string>();
    for (const article of articles.values()) for (const tag of article.tags) names.add(tag);
    return [...names]
      .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
      .map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ));
  }, [articles]);
  return (
    <>
      <label className="field">
        <span>{t('passages.article')}</span>
        <select
          className="article-select"
          value={articleId}
          onChange={(event) => onArticleId(event.target.value)}
        >
          <option value="">{t('passages.allArticles')}</option>
          {articleOptions}
        </select>
      </label>
      {articleTagOptions.length > 0 && (
        <label className="field">
          <span>{t('passages.articleTag')}</span>
          <select value={articleTag} onChange={(event) => onArticleTag(event.target.value)}>
            <option value="">{t('passages.allArticleTags')}</option>
            {articleTagOptions}
          </select>
        </label>
      )}
    </>
  );
});
