/**
 * The one i18n module: every UI string goes through `t(key, params)`. English and Simplified
 * Chinese; the language follows the OS locale until the person picks one.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en as coreEn } from './en';
import { zhCN as coreZh } from './zh-CN';
import { FEATURE_DICTIONARIES } from './features';
import type { UiLanguage } from '../../../src-main/ipc/contract';

const en = { ...coreEn, ...FEATURE_DICTIONARIES.en };
export type MessageKey = keyof typeof en;
export type { UiLanguage };

const DICTIONARIES: Record<UiLanguage, Record<MessageKey, string>> = {
  en,
  'zh-CN': { ...coreZh, ...FEATURE_DICTIONARIES.zhCN },
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: UiLanguage): Translate {
  const dictionary = DICTIONARIES[language] as Record<string, string>;
  const plurals = new Intl.PluralRules(language);
  return (key, params) => {
    // A numeric `count` picks the plural form `key.one` (or `.few`, …) where the dictionary has one.
    const count = params?.count;
    const form = typeof count === 'number' ? dictionary[`${key}.${plurals.select(count)}`] : undefined;
    const template = form ?? dictionary[key] ?? en[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** The UI language for an OS locale such as "zh-CN", "zh-Hans-SG" or "en-GB". */
export function languageForLocale(locale: string | undefined): UiLanguage {
  return locale && /^zh\b(?!-(Hant|TW|HK|MO))/i.test(locale) ? 'zh-CN' : 'en';
}

interface I18nValue {
  language: UiLanguage;
  t: Translate;
  formatDate(iso: string | null): string;
}

const I18nContext = createContext<I18nValue>({
  language: 'en',
  t: translator('en'),
  formatDate: (iso) => iso ?? '',
});

export function I18nProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const value = useMemo<I18nValue>(() => {
    // Formatters are costly to make: one each, reused for every date shown.
    const dateFormat = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric' });
    const dayFormat = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    return {
      language,
      t: translator(language),
      formatDate: (iso) => {
        if (!iso) return '';
        const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
        if (Number.isNaN(date.getTime())) return iso;
        return iso.length === 10 ? dayFormat.format(date) : dateFormat.format(date);
      },
    };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
