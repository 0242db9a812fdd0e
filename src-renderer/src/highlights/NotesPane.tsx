/**
 * The notes sidebar: the article note, suggested milestones, the article's highlights in
 * document order (color, quote, note, tags; counts and a filter per color), and orphaned
 * highlights apart, with re-attach and delete.
 */
import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../db/models';
import { useI18n } from '../i18n';
import type { ColorLabels } from './color-labels';
import type { AnchoredHighlight } from './useArticleHighlights';
import { NoteEditor } from './NoteEditor';
import { deleteHighlight, updateHighlight } from './highlight-store';
import { renderNoteMarkdown } from './markdown';
import { MilestoneSuggestions } from './MilestoneSuggestions';
import { undoLabel } from '../undo/undo-label';

export interface NotesPaneProps {
  articleId: string;
  text: string;
  articleNote: string;
  onArticleNoteChange(note: string): void;
  anchored: AnchoredHighlight[];
  orphans: Highlight[];
  labels: ColorLabels;
  focusedId: string | null;
  dismissedSuggestions: string[];
  onSelect(id: string): void;
  onReattach(id: string): void;
  onExport(): void;
  onCopy(): void;
}

/**
 * Rows are grouped, and each group is skipped by the browser while off screen
 * (content-visibility): with thousands of highlights, a frame then lays out, observes and
 * hit-tests a few dozen groups instead of every row. Groups past the first few create their
 * rows only when they first come near the view, so opening an article with thousands of
 * highlights does not build thousands of rows nobody has scrolled to.
 */
const ROWS_PER_GROUP = 50;
const ESTIMATED_ROW_PX = 80;
const EAGER_GROUPS = 2;
const NEAR_MARGIN = '1200px 0px';

function HighlightGroup({ eager, rows, children }: { eager: boolean; rows: number; children: ReactNode }) {
  const [near, setNear] = useState(eager);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div
      ref={ref}
      role="none"
      className="highlight-group"
      style={{ containIntrinsicBlockSize: `auto ${rows * ESTIMATED_ROW_PX}px` }}
      data-pending={near ? undefined : ''}
    >
      {near ? children : null}
    </div>
  );
}

function groupsOf<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

interface HighlightRowProps {
  highlight: Highlight;
  label: string;
  focused: boolean;
  onSelect(id: string): void;
}

/** One highlight in the sidebar; re-rendered only when that highlight (or its focus) changes. */
const HighlightRow = memo(
  function HighlightRow({ highlight, label, focused, onSelect }: HighlightRowProps) {
    const { t } = useI18n();
    const [editing, setEditing] = useState(false);
    const subject = shorten(highlight.quote.exact, 40);
    return (
      <div role="listitem" className={`highlight-item${focused ? ' focused' : ''}`}>
        <button
          type="button"
          className={`highlight-open bar-${highlight.color}`}
          aria-label={shorten(highlight.quote.exact, 80)}
          onClick={() => onSelect(highlight.id)}
        >
          <span className="highlight-quote">{shorten(highlight.quote.exact)}</span>
          <span className="muted small">{label}</span>
        </button>
        {highlight.tags.length > 0 && (
          <div className="tag-chips">
            {highlight.tags.map((tag) => (
              <span key={tag} className="tag-chip">
                #{tag}
              </span>
            ))}
          </div>
        )}
        {editing ? (
          <div className="sidebar-note-edit">
            <NoteEditor
              value={highlight.note}
              label={`${t('highlights.note')}: ${subject}`}
              placeholder={t('highlights.notePlaceholder')}
              startEditing
              onChange={(note) =>
                void updateHighlight(highlight.id, { note }, undoLabel('highlights.noteEdited'), 'note')
              }
            />
            <button type="button" className="quiet small" onClick={() => setEditing(false)}>
              {t('highlights.noteDone')}
            </button>
          </div>
        ) : (
          <>
            {highlight.note && (
              <div
                className="note-rendered small"
                dangerouslySetInnerHTML={{ __html: renderNoteMarkdown(highlight.note) }}
              />
            )}
            <button
              type="button"
              className="quiet small sidebar-note-button"
              aria-label={`${highlight.note ? t('highlights.editNote') : t('highlights.addNote')}: ${subject}`}
              onClick={() => setEditing(true)}
            >
              {highlight.note ? t('highlights.editNote') : t('highlights.addNote')}
            </button>
          </>
        )}
      </div>
    );
  },
  (a, b) =>
    a.highlight.id === b.highlight.id &&
    a.highlight.updatedAt === b.highlight.updatedAt &&
    a.label === b.label &&
    a.focused === b.focused &&
    a.onSelect === b.onSelect,
);

export function NotesPane(props: NotesPaneProps) {
  const {
    articleId,
    text,
    articleNote,
    onArticleNoteChange,
    anchored,
    orphans,
    labels,
    focusedId,
    onSelect,
    onReattach,
  } = props;
  const { t } = useI18n();
  const [filter, setFilter] = useState<HighlightColor | ''>('');
  const counts = useMemo(() => {
    const result = Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, 0])) as Record<HighlightColor, number>;
    for (const item of anchored) result[item.highlight.color]++;
    return result;
  }, [anchored]);
  const visible = filter ? anchored.filter((a) => a.highlight.color === filter) : anchored;

  return (
    <aside className="notes-pane" aria-label={t('highlights.sidebar')}>
      <div className="notes-scroll">
        <section className="notes-section">
          <div className="section-head">
            <h3>{t('highlights.articleNote')}</h3>
            <span className="spacer" />
            <button type="button" className="quiet small" onClick={props.onCopy}>
              {t('highlights.copyArticle')}
            </button>
            <button type="button" className="quiet small" onClick={props.onExport}>
              {t('highlights.exportArticle')}
            </button>
          </div>
          <NoteEditor
            key={articleId}
            value={articleNote}
            label={t('highlights.articleNote')}
            placeholder={t('highlights.articleNotePlaceholder')}
            onChange={onArticleNoteChange}
          />
        </section>
        <section className="notes-section">
          <div className="section-head">
            <h3>{t('highlights.list')}</h3>
            <span className="muted small">{t('highlights.count', { count: anchored.length })}</span>
          </div>
          <div className="color-filter" role="group" aria-label={t('highlights.filterColor')}>
            <button
              type="button"
              className={`quiet small${filter === '' ? ' active' : ''}`}
              aria-pressed={filter === ''}
              onClick={() => setFilter('')}
            >
              {t('highlights.allColors')}
            </button>
            {HIGHLIGHT_COLORS.map((color) => (
              <button
                key={color}
                type="button"
                className={`quiet small chip${filter === color ? ' active' : ''}`}
                aria-pressed={filter === color}
                aria-label={`${labels[color]}: ${counts[color]}`}
                onClick={() => setFilter(filter === color ? '' : color)}
              >
                <span className={`dot dot-${color}`} /> {counts[color]}
              </button>
            ))}
          </div>
          {anchored.length === 0 && <p className="muted small">{t('highlights.none')}</p>}
          <div role="list" className="highlight-list" aria-label={t('highlights.list')}>
            {groupsOf(visible, ROWS_PER_GROUP).map((group, groupIndex) => (
              <HighlightGroup
                // By place, not by first row: a new highlight shifts rows across groups, and
                // keys by row would re-create every group after it.
                key={groupIndex}
                eager={groupIndex < EAGER_GROUPS}
                rows={group.length}
              >
                {group.map(({ highlight }) => (
                  <HighlightRow
                    key={highlight.id}
                    highlight={highlight}
                    label={labels[highlight.color]}
                    focused={highlight.id === focusedId}
                    onSelect={onSelect}
                  />
                ))}
              </HighlightGroup>
            ))}
          </div>
        </section>
        <MilestoneSuggestions
          articleId={articleId}
          text={text}
          anchored={anchored}
          dismissed={props.dismissedSuggestions}
        />
        {orphans.length > 0 && (
          <section className="notes-section orphans" aria-label={t('highlights.orphans')}>
            <h3>{t('highlights.orphans')}</h3>
            <p className="muted small">{t('highlights.orphansHelp')}</p>
            <ul className="highlight-list" aria-label={t('highlights.orphans')}>
              {orphans.map((highlight) => (
                <li key={highlight.id} className={`highlight-item orphan bar-${highlight.color}`}>
                  <span className="highlight-quote">{shorten(highlight.quote.exact)}</span>
                  {highlight.note && <span className="muted small">{shorten(highlight.note, 80)}</span>}
                  <div className="button-row">
                    <button
                      type="button"
                      className="quiet small"
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => onReattach(highlight.id)}
                    >
                      {t('highlights.reattach')}
                    </button>
                    <button
                      type="button"
                      className="quiet small danger"
                      onClick={() => void deleteHighlight(highlight.id, undoLabel('highlights.deleted'))}
                    >
                      {t('highlights.delete')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </aside>
  );
}
