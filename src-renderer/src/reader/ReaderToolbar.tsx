/**
 * The bar above the article: the library (an overlay in narrow windows), the article's status
 * and reading progress, reading settings, focus mode and the notes sidebar. One line that never
 * overflows: labels shrink to icons before anything is cut.
 */
import { READING_STATUSES, type Article, type ReadingStatus } from '../db/models';
import { useI18n } from '../i18n';
import { statusOf } from '../workflow/reading-workflow';

export interface ReaderToolbarProps {
  article: Article;
  libraryShown: boolean;
  sidebarShown: boolean;
  focusMode: boolean;
  settingsOpen: boolean;
  onToggleLibrary(): void;
  onToggleSidebar(): void;
  onToggleFocus(): void;
  onToggleSettings(): void;
  onStatus(status: ReadingStatus): void;
  onSkipToText(): void;
}

export function ReaderToolbar(props: ReaderToolbarProps) {
  const { t } = useI18n();
  const { article } = props;
  const progress = Math.round((article.progress ?? 0) * 100);
  return (
    <div className="reader-toolbar" role="toolbar" aria-label={t('reader.toolbar')}>
      <button
        type="button"
        className="icon-button"
        aria-pressed={props.libraryShown}
        aria-label={props.libraryShown ? t('layout.hideLibrary') : t('layout.showLibrary')}
        title={`${props.libraryShown ? t('layout.hideLibrary') : t('layout.showLibrary')} ([)`}
        onClick={props.onToggleLibrary}
      >
        ▤
      </button>
      <a
        className="skip-link"
        href="#article-text"
        onClick={(event) => {
          event.preventDefault();
          props.onSkipToText();
        }}
      >
        {t('reader.skipToText')}
      </a>
      <span className="spacer" />
      <select
        className="status-select"
        value={statusOf(article)}
        aria-label={t('reader.statusOf', { title: article.title })}
        onChange={(event) => props.onStatus(event.target.value as ReadingStatus)}
      >
        {READING_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      <span
        className="reader-progress"
        role="progressbar"
        aria-label={t('reader.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress}
        title={t('library.progress', { percent: progress })}
      >
        <span className="reader-progress-bar" style={{ width: `${progress}%` }} />
      </span>
      <span className="muted small reader-progress-text">{progress}%</span>
      <button
        type="button"
        className="icon-button"
        aria-pressed={props.settingsOpen}
        aria-label={t('reading.settings')}
        title={t('reading.settings')}
        onClick={props.onToggleSettings}
      >
        Aa
      </button>
      <button
        type="button"
        className="icon-button"
        aria-pressed={props.focusMode}
        aria-label={props.focusMode ? t('layout.exitFocus') : t('layout.focus')}
        title={`${props.focusMode ? t('layout.exitFocus') : t('layout.focus')} (F)`}
        onClick={props.onToggleFocus}
      >
        <svg
          width="16"
          height="16"
          viewBox="0 0 16 16"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" />
        </svg>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-pressed={props.sidebarShown}
        aria-label={props.sidebarShown ? t('highlights.hideSidebar') : t('highlights.showSidebar')}
        title={`${props.sidebarShown ? t('highlights.hideSidebar') : t('highlights.showSidebar')} (])`}
        onClick={props.onToggleSidebar}
      >
        ☰
      </button>
    </div>
  );
}
