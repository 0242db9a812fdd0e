/**
 * The import's place in the status line: a progress bar with the count of files settled in the
 * library, the file being read (or "Saving…" once all are read) and Cancel while it runs; afterwards a summary of what was imported, what was already there and
 * what failed, each failure with its file name and reason.
 */
import { useSyncExternalStore } from 'react';
import { useI18n, type MessageKey, type Translate } from '../i18n';
import type { ImportController } from './useImport';
import { failureMessage } from './failure-message';

export function ImportStatus({
  controller,
  onOpen,
}: {
  controller: ImportController;
  onOpen(id: string): void;
}) {
  const { t } = useI18n();
  const state = useSyncExternalStore(controller.state.subscribe, controller.state.current);
  const progress = useSyncExternalStore(controller.progress.subscribe, controller.progress.current);
  const settled = useSyncExternalStore(controller.settled.subscribe, controller.settled.current);
  if (state.running) {
    const total = progress?.total ?? 0;
    // The count is of files settled in the library, not of files read: reading may run seconds
    // ahead of saving, and a full bar over an unchanged library would say the work was done.
    const done = Math.min(settled, total);
    const saving = total > 0 && (progress?.done ?? 0) >= total && done < total;
    // Before the folders are walked the count is not known yet.
    const label = total === 0 ? t('import.collecting') : t('import.progress', { done, total });
    // The count and the file name change many times a second: each keeps a slot of fixed width
    // (the count's as wide as its last value), so Cancel stays where the pointer is going.
    const widest = total === 0 ? label : t('import.progress', { done: total, total });
    return (
      <div className="import-progress" role="status" aria-live="polite">
        <progress max={Math.max(total, 1)} value={done} aria-label={label} />
        <span className="import-count">
          <span>{label}</span>
          <span aria-hidden="true">{widest}</span>
        </span>
        <span className="import-file muted small">
          {saving ? t('import.saving') : (progress?.currentFile.replace(/^.*[\\/]/, '') ?? '')}
        </span>
        <button type="button" className="quiet small" onClick={controller.cancel}>
          {t('import.cancel')}
        </button>
      </div>
    );
  }
  if (state.error) {
    return (
      <div className="import-summary" role="alert">
        <p>{t('error.generic', { message: state.error })}</p>
        <button type="button" className="quiet small" onClick={controller.dismissSummary}>
          {t('import.close')}
        </button>
      </div>
    );
  }
  const summary = state.summary;
  if (!summary) return null;
  return (
    <section className="import-summary" role="region" aria-label={t('import.summary')}>
      <header>
        <h3>{t('import.summary')}</h3>
        <button
          type="button"
          className="icon-button"
          aria-label={t('import.close')}
          onClick={controller.dismissSummary}
        >
          ×
        </button>
      </header>
      {summary.cancelled && <p>{t('import.cancelled')}</p>}
      <p>
        <strong>{t('import.imported', { count: summary.added.length })}</strong>
        {summary.duplicates.length > 0 && (
          <> · {t('import.duplicates', { count: summary.duplicates.length })}</>
        )}
        {summary.failed.length > 0 && <> · {t('import.failed', { count: summary.failed.length })}</>}
      </p>
      {summary.added.length > 0 && (
        <p className="muted small">{t('import.formats', { formats: formatCounts(summary.added, t) })}</p>
      )}
      {summary.added.some((a) => a.replacedSequences > 0) && (
        <p className="warning">{t('import.replaced')}</p>
      )}
      {summary.added.length === 1 && (
        <button type="button" className="quiet small" onClick={() => onOpen(summary.added[0].id)}>
          {t('import.open')}: {summary.added[0].title}
        </button>
      )}
      {summary.duplicates.length > 0 && (
        <ul className="summary-list">
          {summary.duplicates.slice(0, 20).map((d) => (
            <li key={`${d.id}-${d.fileName}`}>
              {d.fileName} → {d.title}
            </li>
          ))}
        </ul>
      )}
      {summary.failed.length > 0 && (
        <ul
          className="summary-list failures"
          aria-label={t('import.failed', { count: summary.failed.length })}
        >
          {summary.failed.slice(0, 200).map((f, i) => (
            <li key={`${f.path ?? f.fileName}-${i}`}>
              <strong>{f.fileName}</strong>: {failureMessage(f, t)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "PDF 2 · HTML 1": the formats the imported files were recognised as, by their content. */
function formatCounts(added: readonly { format?: string }[], t: Translate): string {
  const counts = new Map<string, number>();
  for (const a of added) {
    const name = t(`format.${a.format ?? 'txt'}` as MessageKey);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => `${name} ${n}`).join(' · ');
}
