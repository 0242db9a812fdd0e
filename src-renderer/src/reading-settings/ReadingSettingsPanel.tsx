/**
 * Reading settings beside the article: font family, size, line height, column width,
 * justification and paragraph spacing. Every change is written at once and the open article
 * follows it (live preview); Escape or the close button puts the panel away.
 */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import { writeSetting } from '../settings/settings-store';
import { JUSTIFICATIONS, READING_FONTS, READING_LIMITS, type ReadingStyle } from './reading-style';

export interface ReadingSettingsPanelProps {
  style: ReadingStyle;
  fontSize: number;
  onClose(): void;
}

export function ReadingSettingsPanel({ style, fontSize, onClose }: ReadingSettingsPanelProps) {
  const { t } = useI18n();
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = <K extends keyof ReadingStyle>(key: K, value: ReadingStyle[K]) =>
    void writeSetting('reading', { ...style, [key]: value });
  const range = (key: keyof typeof READING_LIMITS, label: string, shown: string) => (
    <label className="reading-setting">
      <span>{label}</span>
      <input
        type="range"
        min={READING_LIMITS[key].min}
        max={READING_LIMITS[key].max}
        step={READING_LIMITS[key].step}
        value={style[key]}
        onChange={(event) => set(key, Number(event.target.value))}
      />
      <output>{shown}</output>
    </label>
  );
  return (
    <section
      className="reading-settings"
      role="dialog"
      aria-label={t('reading.settings')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header>
        <h3>{t('reading.settings')}</h3>
        <button type="button" className="icon-button" aria-label={t('reading.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <label className="reading-setting">
        <span>{t('reading.font')}</span>
        <select
          ref={first}
          value={style.font}
          onChange={(event) => set('font', event.target.value as ReadingStyle['font'])}
        >
          {READING_FONTS.map((font) => (
            <option key={font} value={font}>
              {t(`reading.font.${font}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="reading-setting">
        <span>{t('reading.size')}</span>
        <input
          type="range"
          min={12}
          max={32}
          step={1}
          value={fontSize}
          onChange={(event) => void writeSetting('fontSize', Number(event.target.value))}
        />
        <output>{fontSize}px</output>
      </label>
      {range('lineHeight', t('reading.lineHeight'), style.lineHeight.toFixed(1))}
      {range('measure', t('reading.measure'), t('reading.measureValue', { n: style.measure }))}
      {range('paragraphSpacing', t('reading.paragraph'), `${style.paragraphSpacing.toFixed(1)} em`)}
      <label className="reading-setting">
        <span>{t('reading.justify')}</span>
        <select
          value={style.justify}
          onChange={(event) => set('justify', event.target.value as ReadingStyle['justify'])}
        >
          {JUSTIFICATIONS.map((value) => (
            <option key={value} value={value}>
              {t(`reading.justify.${value}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
