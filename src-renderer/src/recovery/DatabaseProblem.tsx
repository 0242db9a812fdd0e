/**
 * The screen shown instead of the app when the library cannot be opened: what is wrong in one
 * sentence, the error's own words, and what the person can do — try again, look at the data
 * folder, or restore the newest automatic backup into a new library.
 */
import { useState } from 'react';
import { gloss, hasBridge } from '../bridge/gloss';
import type { OpenProblem } from '../db/open-database';
import { useI18n } from '../i18n';
import { restoreNewestBackup } from './restore-newest-backup';
import './database-problem.css';

export function DatabaseProblem({ problem, onRetry }: { problem: OpenProblem; onRetry(): void }) {
  const { t } = useI18n();
  const [restoring, setRestoring] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const restore = async () => {
    setRestoring(true);
    setMessage(null);
    const outcome = await restoreNewestBackup();
    if (outcome.ok) {
      // The next start opens the restored library; start now.
      window.location.reload();
      return;
    }
    setRestoring(false);
    setMessage(
      outcome.reason === 'no-backup'
        ? t('database.noBackup')
        : t('database.restoreFailed', { file: outcome.fileName, reason: outcome.detail }),
    );
  };

  return (
    <main className="database-problem" role="alert" aria-labelledby="database-problem-title">
      <h1 id="database-problem-title">{t('database.title')}</h1>
      <p>{t(`database.${problem.kind}`)}</p>
      <p className="database-problem-detail">{t('database.detail', { detail: problem.detail })}</p>
      <div className="database-problem-actions">
        <button type="button" onClick={onRetry} disabled={restoring}>
          {t('database.retry')}
        </button>
        {hasBridge && (
          <button type="button" className="quiet" onClick={() => void gloss.showDataFolder()}>
            {t('database.showFolder')}
          </button>
        )}
        {hasBridge && problem.kind !== 'blocked' && problem.kind !== 'quota' && (
          <button type="button" className="quiet" onClick={() => void restore()} disabled={restoring}>
            {restoring ? t('database.restoring') : t('database.restore')}
          </button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
    </main>
  );
}
