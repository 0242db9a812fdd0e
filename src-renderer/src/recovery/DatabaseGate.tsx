/**
 * Opens the library's database before the app renders: the app once it is open, nothing while
 * it opens, and the DatabaseProblem screen (in the system's language: the settings are in the
 * database) when it cannot be opened, instead of a blank window.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { db } from '../db/db';
import { openDatabase, type OpenProblem } from '../db/open-database';
import { I18nProvider, languageForLocale } from '../i18n';
import { DatabaseProblem } from './DatabaseProblem';

type GateState = { state: 'opening' } | { state: 'open' } | { state: 'failed'; problem: OpenProblem };

export function DatabaseGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<GateState>({ state: 'opening' });
  const attempt = useCallback(() => {
    setGate({ state: 'opening' });
    void openDatabase(db).then((problem) =>
      setGate(problem ? { state: 'failed', problem } : { state: 'open' }),
    );
  }, []);
  useEffect(attempt, [attempt]);
  if (gate.state === 'open') return children;
  if (gate.state === 'opening') return null;
  return (
    <I18nProvider language={languageForLocale(navigator.language)}>
      <DatabaseProblem problem={gate.problem} onRetry={attempt} />
    </I18nProvider>
  );
}
