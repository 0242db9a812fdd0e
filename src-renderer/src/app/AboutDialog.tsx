/** Help → About: the version, where the library lives, the license. */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../src-main/ipc/contract';
import { gloss } from '../bridge/gloss';
import { useI18n } from '../i18n';

export function AboutDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void gloss.appInfo().then(setInfo);
  }, []);
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="about-title"
        className="modal"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="about-title">{t('about.title')}</h2>
        {info && <p>{t('about.body', { version: info.version, path: info.userDataPath })}</p>}
        <p className="muted">{t('about.license')}</p>
        <button type="button" autoFocus onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </div>
  );
}
