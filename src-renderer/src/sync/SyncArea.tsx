/**
 * Sync in the window: the indicator in the status line (synced, syncing N, offline — will retry,
 * error with its reason; a click syncs now), the first-sync progress bar, and the Sync Settings
 * and Sync Log dialogs opened from the menu. Sync resumes at launch when it was set up.
 */
import { useEffect, useState } from 'react';
import { gloss, hasBridge } from '../bridge/gloss';
import { useI18n, type MessageKey } from '../i18n';
import type { SyncStatus } from './engine';
import { onSyncStatus, resumeSync, syncLog, syncNow } from './sync-service';
import { SyncSettingsDialog } from './SyncSettingsDialog';
import { SyncLogDialog } from './SyncLogDialog';
import { ReturnedNotice } from './ReturnedNotice';
import '../styles/sync.css';

export function SyncArea() {
  const { t } = useI18n();
  const [status, setStatus] = useState<SyncStatus>({ state: 'off' });
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [logOpen, setLogOpen] = useState(false);

  useEffect(() => onSyncStatus(setStatus), []);
  useEffect(() => {
    void resumeSync().catch((error: unknown) => syncLog(`Sync could not start: ${String(error)}`));
  }, []);
  useEffect(() => {
    if (!hasBridge) return;
    return gloss.onMenuCommand((command) => {
      if (command === 'sync-settings') setSettingsOpen(true);
      else if (command === 'sync-log') setLogOpen(true);
      else if (command === 'sync-now') syncNow();
    });
  }, []);

  let label: string;
  let title = '';
  switch (status.state) {
    case 'off':
      label = t('sync.status.off');
      break;
    case 'synced':
      label = t('sync.status.synced');
      title = new Date(status.at).toLocaleString();
      break;
    case 'syncing':
      label =
        status.pending > 0
          ? t('sync.status.syncing', { count: status.pending })
          : t('sync.status.syncingNone');
      break;
    case 'offline':
      label = t('sync.status.offline', { count: status.pending });
      break;
    case 'error':
      label = t('sync.status.error');
      title = t(`sync.error.${status.problem.kind}` as MessageKey, { detail: status.problem.message });
      break;
  }
  const progress = status.state === 'syncing' ? status.progress : null;
  return (
    <>
      <button
        type="button"
        className={`quiet small sync-indicator sync-${status.state}`}
        data-sync-state={status.state}
        title={title || t('sync.now')}
        onClick={() =>
          status.state === 'off' || status.state === 'error' ? setSettingsOpen(true) : syncNow()
        }
      >
        <span className="sync-dot" aria-hidden="true" />
        {label}
        {status.state === 'error' && <span className="sync-reason">: {title}</span>}
      </button>
      {progress && (
        <label className="sync-progress">
          {t('sync.firstSync', { done: progress.done, total: progress.total })}
          <progress max={progress.total} value={progress.done} />
        </label>
      )}
      <ReturnedNotice />
      {settingsOpen && <SyncSettingsDialog status={status} onClose={() => setSettingsOpen(false)} />}
      {logOpen && <SyncLogDialog onClose={() => setLogOpen(false)} />}
    </>
  );
}
