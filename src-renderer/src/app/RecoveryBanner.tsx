/**
 * Tells the person, once, that the window's page crashed or hung and was reloaded, and how many
 * files of a running import were not imported (importing the folder again adds only those).
 */
import { useEffect, useState } from 'react';
import type { RecoveryNotice } from '../../../src-main/ipc/contract';
import { gloss } from '../bridge/gloss';
import { useI18n } from '../i18n';

export function RecoveryBanner() {
  const { t } = useI18n();
  const [notices, setNotices] = useState<RecoveryNotice[]>([]);
  useEffect(() => {
    void gloss.takeNotices?.().then(setNotices, () => undefined);
  }, []);
  if (notices.length === 0) return null;
  const notImported = notices.reduce((sum, notice) => sum + notice.notImported, 0);
  const hung = notices.every((notice) => notice.cause === 'unresponsive');
  return (
    <div className="import-summary recovery-banner" role="alert">
      <p>
        {t(hung ? 'recovery.unresponsive' : 'recovery.crashed')}
        {notImported > 0 && ` ${t('recovery.notImported', { count: notImported })}`}
      </p>
      <button type="button" className="quiet small" onClick={() => setNotices([])}>
        {t('recovery.dismiss')}
      </button>
    </div>
  );
}
