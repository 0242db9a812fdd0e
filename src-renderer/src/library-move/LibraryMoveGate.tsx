/**
 * Before the app opens its library on `app://gloss`: when the library still lives on the old
 * origin, shows the move's progress (a bar and the step) while move-library.ts copies and checks
 * it, and a clear sentence with "Try again" when it cannot. On `file://` it shows the app at once.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { gloss, hasBridge } from '../bridge/gloss';
import { db } from '../db/db';
import { I18nProvider, languageForLocale, useI18n } from '../i18n';
import { moveLibrary, type MoveOutcome, type MoveStep } from './move-library';
import '../recovery/database-problem.css';

type GateState =
  | { state: 'moving'; step: MoveStep }
  | { state: 'ready' }
  | { state: 'failed'; outcome: MoveOutcome & { kind: 'failed' } };

/** Only a window on the app's own origin can have a library to move. */
const mayMove = () => hasBridge && window.location.protocol !== 'file:';

export function LibraryMoveGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<GateState>(() =>
    mayMove() ? { state: 'moving', step: 'waiting' } : { state: 'ready' },
  );
  const run = useCallback(() => {
    if (!mayMove()) return;
    setGate({ state: 'moving', step: 'waiting' });
    moveLibrary(db, gloss, (step) => setGate({ state: 'moving', step }))
      .then((outcome) =>
        setGate(outcome.kind === 'failed' ? { state: 'failed', outcome } : { state: 'ready' }),
      )
      .catch((error: unknown) =>
        setGate({
          state: 'failed',
          outcome: {
            kind: 'failed',
            reason: 'restore',
            detail: error instanceof Error ? error.message : String(error),
          },
        }),
      );
  }, []);
  useEffect(run, [run]);
  if (gate.state === 'ready') return children;
  return (
    <I18nProvider language={languageForLocale(navigator.language)}>
      <LibraryMoveScreen gate={gate} onRetry={() => window.location.reload()} />
    </I18nProvider>
  );
}

function LibraryMoveScreen({ gate, onRetry }: { gate: GateState; onRetry(): void }) {
  const { t } = useI18n();
  if (gate.state === 'failed') {
    return (
      <main className="database-problem" role="alert" aria-labelledby="library-move-title">
        <h1 id="library-move-title">{t('libraryMove.failedTitle')}</h1>
        <p>{t(`libraryMove.${gate.outcome.reason}`)}</p>
        <p className="database-problem-detail">{t('libraryMove.detail', { detail: gate.outcome.detail })}</p>
        <div className="database-problem-actions">
          <button type="button" onClick={onRetry}>
            {t('libraryMove.retry')}
          </button>
          <button type="button" className="quiet" onClick={() => void gloss.showDataFolder()}>
            {t('libraryMove.showFolder')}
          </button>
        </div>
      </main>
    );
  }
  if (gate.state !== 'moving') return null;
  return (
    <main className="database-problem" aria-labelledby="library-move-title" aria-busy="true">
      <h1 id="library-move-title">{t('libraryMove.title')}</h1>
      <p>{t('libraryMove.why')}</p>
      <progress aria-labelledby="library-move-step" style={{ width: '100%' }} />
      <p id="library-move-step" role="status">
        {t(`libraryMove.${gate.step}`)}
      </p>
      <p className="database-problem-detail">{t('libraryMove.safe')}</p>
    </main>
  );
}
