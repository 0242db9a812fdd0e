/** Help → About: the version, where the library lives, the license. */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../src-main/ipc/contract';
import { gloss } from '../bridge/gloss';
import { useI18n } from '../i18n';
import { Modal } from './Modal';

export function AboutDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void gloss.appInfo().then(setInfo);
  }, []);
  return (
    <Modal title={t('about.title')} onClose={onClose}>
      {info && <p>{t('about.body', { version: info.version, path: info.userDataPath })}</p>}
      <p className="muted">{t('about.license')}</p>
    </Modal>
  );
}
