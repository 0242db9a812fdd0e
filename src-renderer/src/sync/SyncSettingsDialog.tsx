/**
 * Sync Settings: server address, database, user, password (handed to the main process, never
 * kept here), the encryption passphrase (never kept: only the key derived from it, by the OS's
 * safe storage), Test connection with a precise answer, and the setup text for a second computer.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Modal } from '../app/Modal';
import { gloss } from '../bridge/gloss';
import type { SyncConfigView, SyncServerSettings, SyncTestResult } from '../../../src-main/ipc/contract';
import { useI18n, type MessageKey } from '../i18n';
import { db } from '../db/db';
import { deriveSecret, WrongPassphrase } from './sync-crypto';
import type { SyncStatus } from './engine';
import { disableSync, enableSync, setupLink } from './sync-service';
import { readOptions } from './sync-state';

function parseLink(link: string): { salt: string; iterations: number } | null {
  try {
    const json = atob(link.trim().slice('gloss-sync:'.length).replace(/-/g, '+').replace(/_/g, '/'));
    const value = JSON.parse(json) as { salt?: unknown; iterations?: unknown };
    return typeof value.salt === 'string' && typeof value.iterations === 'number'
      ? { salt: value.salt, iterations: value.iterations }
      : null;
  } catch {
    return null;
  }
}

export function SyncSettingsDialog({ status, onClose }: { status: SyncStatus; onClose(): void }) {
  const { t } = useI18n();
  const [config, setConfig] = useState<SyncConfigView | null>(null);
  const [form, setForm] = useState({
    url: 'https://',
    database: 'gloss',
    user: '',
    password: '',
    passphrase: '',
  });
  const [includeOriginals, setIncludeOriginals] = useState(true);
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  const [result, setResult] = useState<{ text: string; ok: boolean; offerCreate?: boolean } | null>(null);
  const [link, setLink] = useState('');
  const [pasted, setPasted] = useState('');

  useEffect(() => {
    void gloss.syncGetConfig().then((view) => {
      setConfig(view);
      if (view) setForm((f) => ({ ...f, url: view.url, database: view.database, user: view.user }));
    });
    void readOptions(db).then((options) => setIncludeOriginals(options.includeOriginals));
  }, []);
  useEffect(() => {
    if (status.state === 'off' || !config?.hasKey) return;
    void setupLink().then(setLink, () => setLink(''));
  }, [status.state, config]);

  const settings = (): SyncServerSettings => ({
    url: form.url,
    database: form.database,
    user: form.user,
    password: form.password === '' && config?.hasPassword ? null : form.password,
  });
  const describe = (answer: SyncTestResult) =>
    answer.ok
      ? { ok: true, text: t('sync.ok', { vendor: answer.vendor, version: answer.couchVersion }) }
      : {
          ok: false,
          text: t(`sync.problem.${answer.problem}` as MessageKey, { detail: answer.detail }),
          offerCreate: answer.problem === 'missing-database',
        };
  const fail = (error: unknown) =>
    setResult({
      ok: false,
      text:
        error instanceof WrongPassphrase
          ? t('sync.wrongPassphrase')
          : error instanceof Error
            ? error.message
            : String(error),
    });

  const test = async () => {
    setBusy('test');
    setResult(null);
    try {
      setResult(describe(await gloss.syncTest(settings())));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };
  const create = async () => {
    try {
      await gloss.syncSaveConfig(settings());
      setResult(describe(await gloss.syncCreateDatabase()));
    } catch (error) {
      fail(error);
    }
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('save');
    setResult(null);
    try {
      const answer = await gloss.syncTest(settings());
      if (!answer.ok) {
        setResult(describe(answer));
        return;
      }
      await gloss.syncSaveConfig(settings());
      const { created } = await enableSync(form.passphrase, includeOriginals);
      setConfig(await gloss.syncGetConfig());
      setForm((f) => ({ ...f, password: '', passphrase: '' }));
      setResult({ ok: true, text: created ? t('sync.enabledFirst') : t('sync.enabled') });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };
  const applyLink = async () => {
    const parsed = parseLink(pasted);
    if (!parsed)
      return setResult({ ok: false, text: t('sync.problem.invalid-url', { detail: 'gloss-sync:' }) });
    setBusy('save');
    try {
      const secret = await deriveSecret(form.passphrase, parsed.salt, parsed.iterations);
      const view = await gloss.syncUseSetupLink(pasted, secret);
      setConfig(view);
      setForm((f) => ({ ...f, url: view.url, database: view.database, user: view.user }));
      const { created } = await enableSync(form.passphrase, includeOriginals);
      setResult({ ok: true, text: created ? t('sync.enabledFirst') : t('sync.enabled') });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const field = (name: keyof typeof form, label: MessageKey, type = 'text', placeholder?: string) => (
    <label className="sync-field">
      <span>{t(label)}</span>
      <input
        name={name}
        type={type}
        value={form[name]}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </label>
  );
  return (
    <Modal title={t('sync.title')} onClose={onClose}>
      <form className="sync-settings" onSubmit={(e) => void save(e)}>
        <p className="muted">{t('sync.intro')}</p>
        {field('url', 'sync.url', 'url')}
        {field('database', 'sync.database')}
        {field('user', 'sync.user')}
        {field(
          'password',
          'sync.password',
          'password',
          config?.hasPassword ? t('sync.passwordKept') : undefined,
        )}
        {config && !config.passwordPersisted && <p className="muted">{t('sync.passwordMemoryOnly')}</p>}
        {field('passphrase', 'sync.passphrase', 'password')}
        <p className="muted small">{t('sync.passphraseHelp')}</p>
        <label className="sync-check">
          <input
            type="checkbox"
            checked={includeOriginals}
            onChange={(e) => setIncludeOriginals(e.target.checked)}
          />
          {t('sync.includeOriginals')}
        </label>
        <div className="sync-actions">
          <button type="button" onClick={() => void test()} disabled={busy !== null}>
            {busy === 'test' ? t('sync.testing') : t('sync.test')}
          </button>
          <button type="submit" className="primary" disabled={busy !== null || form.passphrase === ''}>
            {busy === 'save' ? t('sync.saving') : t('sync.save')}
          </button>
          {status.state !== 'off' && (
            <button type="button" onClick={() => void disableSync(false)}>
              {t('sync.turnOff')}
            </button>
          )}
        </div>
        {result && (
          <p role="alert" className={`sync-result ${result.ok ? 'ok' : 'problem'}`}>
            {result.text}{' '}
            {result.offerCreate && (
              <button type="button" onClick={() => void create()}>
                {t('sync.createDatabase')}
              </button>
            )}
          </p>
        )}
        {link ? (
          <div className="sync-link">
            <span>{t('sync.setupLink')}</span>
            <textarea readOnly value={link} rows={3} aria-label={t('sync.setupLink')} />
            <p className="muted small">{t('sync.setupLinkHelp')}</p>
            <button
              type="button"
              onClick={() =>
                void gloss.writeClipboard(link).then(() => setResult({ ok: true, text: t('sync.copied') }))
              }
            >
              {t('sync.copySetupLink')}
            </button>
          </div>
        ) : (
          <div className="sync-link">
            <span>{t('sync.useSetupLink')}</span>
            <textarea
              value={pasted}
              rows={2}
              aria-label={t('sync.useSetupLink')}
              onChange={(e) => setPasted(e.target.value)}
            />
            <button
              type="button"
              disabled={!pasted || !form.passphrase || busy !== null}
              onClick={() => void applyLink()}
            >
              {t('sync.applySetupLink')}
            </button>
          </div>
        )}
      </form>
    </Modal>
  );
}
