/** Help → Show Sync Log: the last sync errors and notices, newest first. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Modal } from '../app/Modal';
import { db } from '../db/db';
import { useI18n } from '../i18n';
import { readLog } from './sync-state';

export function SyncLogDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const entries = useLiveQuery(() => readLog(db), []) ?? [];
  return (
    <Modal title={t('sync.log')} onClose={onClose}>
      {entries.length === 0 ? (
        <p className="muted">{t('sync.logEmpty')}</p>
      ) : (
        <ol className="sync-log" reversed>
          {[...entries].reverse().map((entry, i) => (
            <li key={i}>
              <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time> {entry.message}
            </li>
          ))}
        </ol>
      )}
    </Modal>
  );
}
