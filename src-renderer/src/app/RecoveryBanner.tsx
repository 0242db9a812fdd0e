/**
 * Tells the person, once, that the window's page crashed or hung and was reloaded, and how many
 * files of a running import were not imported; and, until they resume or dismiss it, that an
 * import was cut short when Gloss closed, with a button that imports its files and folders again
 * (the ones already in the library are recognized and not added twice).
 */
import { useEffect, useState } from 'react';
import type { RecoveryNotice } from '../../../src-main/ipc/contract';
import { gloss } from '../bridge/gloss';
import { useI18n } from '../i18n';

export function RecoveryBanner({ onResume }: { onResume(paths: string[]): void }) {
  const { t } = useI18n();
  const [notices, setNotices] = useState<RecoveryNotice[]>([]);
  useEffect(() => {
    void gloss.takeNotices?.().then(setNotices, () => undefined);
  }, []);
  if (notices.length === 0) return null;
  const reloads = notices.filter((notice) => notice.cause !== 'import-cut-short');
  const cutShort = notices.find((notice) => notice.cause === 'import-cut-short');
  const notImported = reloads.reduce((sum, notice) => sum + notice.notImported, 0);
  const hung = reloads.every((notice) => notice.cause === 'unresponsive');
  const dismiss = () => {
    setNotices([]);
    if (cutShort) void gloss.dismissUnfinishedImports().catch(() => undefined);
  };
  // After a reload the sentence before says what happened; at start, that Gloss closed.
  const cutShortText = (files: number, byReload: boolean) => {
    const key = byReload ? 'recovery.importCutShortByReload' : 'recovery.importCutShort';
    return files > 0 ? t(key, { count: files }) : t(`${key}Uncounted`);
  };
  const resume = (paths: string[]) => {
    setNotices([]);
    onResume(paths);
  };
  return (
    <div className="import-summary recovery-banner" role="alert">
      <p>
        {reloads.length > 0 && t(hung ? 'recovery.unresponsive' : 'recovery.crashed')}
        {reloads.length > 0 &&
          !cutShort &&
          notImported > 0 &&
          ` ${t('recovery.notImported', { count: notImported })}`}
        {cutShort && reloads.length > 0 && ' '}
        {cutShort && cutShortText(cutShort.notImported, reloads.length > 0)}
      </p>
      {cutShort?.resumePaths && (
        <button type="button" className="small" onClick={() => resume(cutShort.resumePaths ?? [])}>
          {t('recovery.resumeImport')}
        </button>
      )}
      <button type="button" className="quiet small" onClick={dismiss}>
        {t('recovery.dismiss')}
      </button>
    </div>
  );
}
