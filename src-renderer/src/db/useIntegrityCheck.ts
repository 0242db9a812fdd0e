/**
 * Runs the library's integrity check once at start, after the library's first rows are painted,
 * and says what it repaired or set aside.
 */
import { useEffect } from 'react';
import { gloss, hasBridge } from '../bridge/gloss';
import { afterFirstScreen } from '../app/startup-gate';
import { useI18n } from '../i18n';
import { db } from './db';
import { checkIntegrity, needsTelling } from './integrity';

export function useIntegrityCheck(say: (text: string) => void): void {
  const { t } = useI18n();
  useEffect(
    () =>
      afterFirstScreen(() => {
        void checkIntegrity(db, hasBridge ? (...args) => gloss.reextract(...args) : null).then((report) => {
          if (!needsTelling(report)) return;
          const parts: string[] = [];
          if (report.restoredText > 0) parts.push(t('integrity.restored', { count: report.restoredText }));
          if (report.unreadable.length > 0)
            parts.push(
              t('integrity.unreadable', {
                count: report.unreadable.length,
                titles: report.unreadable.join('”, “'),
              }),
            );
          if (report.removedLeftovers > 0)
            parts.push(t('integrity.leftovers', { count: report.removedLeftovers }));
          if (report.quarantinedHighlights > 0)
            parts.push(t('integrity.quarantined', { count: report.quarantinedHighlights }));
          say(t('integrity.report', { parts: parts.join(t('integrity.separator')) }));
        });
      }),
    // Once per start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
}
