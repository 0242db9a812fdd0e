/**
 * The timeline: passages tagged `milestone` (or another chosen tag) in the order of the dates
 * they carry, a heading per year, each with its date written as precisely as it is known, the
 * quote, the article and a button to open it; passages with the tag but no date listed apart.
 * Only the tagged highlights are read, through the tags index.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { db } from '../db/db';
import { useI18n, type Translate } from '../i18n';
import { tagMatches } from '../tags/tag-tree';
import { defaultTimelineTag } from './milestone-tag';
import {
  buildTimeline,
  formatTimelineDate,
  type TimelineArticle,
  type TimelineEntry,
} from './timeline-query';
import '../styles/views.css';

export interface TimelineViewProps {
  onOpenPassage(articleId: string, highlightId: string): void;
}

const byName = (a: string, b: string): number => a.localeCompare(b, undefined, { numeric: true });

export function TimelineView({ onOpenPassage }: TimelineViewProps) {
  const { t, language } = useI18n();
  const [chosenTag, setTag] = useState<string | null>(null);
  const [alsoTag, setAlsoTag] = useState('');
  const [articleTag, setArticleTag] = useState('');

  const tagNames = useLiveQuery(() => db.tags.orderBy('name').primaryKeys(), []);
  const defaultTag = defaultTimelineTag(language, (tagNames ?? []) as string[]);
  const tag = chosenTag ?? defaultTag;
  const data = useLiveQuery(async () => {
    // The prefix read is case-insensitive and catches `milestone/…`; `buildTimeline` drops `milestones`.
    const highlights = await db.highlights.where('tags').startsWithIgnoreCase(tag).distinct().toArray();
    const ids = [...new Set(highlights.map((h) => h.articleId))];
    const articles = new Map<string, TimelineArticle>();
    (await db.articles.bulkGet(ids)).forEach((article) => {
      if (article) articles.set(article.id, { title: article.title, tags: article.tags });
    });
    return { highlights, articles };
  }, [tag]);

  const timeline = useMemo(
    () => (data ? buildTimeline(data.highlights, data.articles, { tag, alsoTag, articleTag }) : null),
    [data, tag, alsoTag, articleTag],
  );
  const alsoTagOptions = useMemo(() => {
    const names = new Set<string>();
    for (const h of data?.highlights ?? [])
      for (const name of h.tags) if (!tagMatches(tag, name)) names.add(name);
    return [...names].sort(byName);
  }, [data, tag]);
  const articleTagOptions = useMemo(() => {
    const names = new Set<string>();
    for (const article of data?.articles.values() ?? [])
      for (const name of article.tags ?? []) names.add(name);
    return [...names].sort(byName);
  }, [data]);
  const tagOptions = useMemo(
    () => [...new Set([defaultTag, tag, ...((tagNames ?? []) as string[])])].sort(byName),
    [tagNames, tag, defaultTag],
  );

  if (!timeline) return <section className="view-root" aria-label={t('timeline.title')} />;
  const filtered = Boolean(alsoTag || articleTag);

  return (
    <section className="view-root" aria-label={t('timeline.title')}>
      <header className="pane-header">
        <h2>{t('timeline.title')}</h2>
        <span className="view-count" role="status">
          {t('timeline.count', { count: timeline.count })}
        </span>
        <span className="spacer" />
      </header>
      <div className="view-tools" role="search" aria-label={t('timeline.title')}>
        <label className="field">
          <span>{t('timeline.tag')}</span>
          <select
            value={tag}
            onChange={(event) => {
              setTag(event.target.value);
              setAlsoTag('');
            }}
          >
            {tagOptions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {alsoTagOptions.length > 0 && (
          <label className="field">
            <span>{t('timeline.alsoTag')}</span>
            <select value={alsoTag} onChange={(event) => setAlsoTag(event.target.value)}>
              <option value="">{t('timeline.anyTag')}</option>
              {alsoTagOptions.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        {articleTagOptions.length > 0 && (
          <label className="field">
            <span>{t('timeline.articleTag')}</span>
            <select value={articleTag} onChange={(event) => setArticleTag(event.target.value)}>
              <option value="">{t('timeline.anyTag')}</option>
              {articleTagOptions.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className="view-scroll">
        {timeline.count === 0 ? (
          filtered ? (
            <p className="muted pad">{t('timeline.noMatch')}</p>
          ) : (
            <div className="empty-state" role="region" aria-label={t('timeline.empty.title')}>
              <h3>{t('timeline.empty.title')}</h3>
              <p>{t('timeline.empty.body', { tag })}</p>
            </div>
          )
        ) : (
          <div className="timeline" role="region" aria-label={t('timeline.list')}>
            {timeline.years.map((group) => (
              <section
                key={group.year}
                className="timeline-year-group"
                aria-labelledby={`timeline-year-${group.year}`}
              >
                <h3 className="timeline-year" id={`timeline-year-${group.year}`}>
                  {group.year}
                </h3>
                <Entries entries={group.entries} language={language} t={t} onOpen={onOpenPassage} />
              </section>
            ))}
            {timeline.undated.length > 0 && (
              <section className="timeline-year-group timeline-undated" aria-labelledby="timeline-undated">
                <h3 className="timeline-year" id="timeline-undated">
                  {t('timeline.undated')}
                </h3>
                <p className="timeline-hint">{t('timeline.undatedHint', { tag })}</p>
                <Entries entries={timeline.undated} language={language} t={t} onOpen={onOpenPassage} />
              </section>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

interface EntriesProps {
  entries: readonly TimelineEntry[];
  language: string;
  t: Translate;
  onOpen(articleId: string, highlightId: string): void;
}

function Entries({ entries, language, t, onOpen }: EntriesProps) {
  return (
    <ol className="timeline-entries">
      {entries.map(({ highlight, articleTitle, date }) => {
        const title = articleTitle || t('timeline.untitled');
        return (
          <li key={highlight.id} className="timeline-entry">
            {date ? (
              <time className="timeline-date" dateTime={date.value}>
                {formatTimelineDate(date.value, language)}
              </time>
            ) : (
              <span className="timeline-date muted">—</span>
            )}
            <div className="timeline-text">
              <blockquote className="timeline-quote">{highlight.quote.exact}</blockquote>
              <span className="timeline-article">{title}</span>
            </div>
            <button
              type="button"
              className="quiet small"
              aria-label={t('timeline.openLabel', { title })}
              onClick={() => onOpen(highlight.articleId, highlight.id)}
            >
              {t('timeline.open')}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
