/** The left rail: Library, Passages, Timeline, Tags. */
import { useI18n } from '../i18n';
import type { Settings } from '../settings/settings-store';

const VIEWS: {
  id: Settings['view'];
  icon: string;
  key: 'nav.library' | 'nav.passages' | 'nav.timeline' | 'nav.tags';
}[] = [
  { id: 'library', icon: '▤', key: 'nav.library' },
  { id: 'passages', icon: '❝', key: 'nav.passages' },
  { id: 'timeline', icon: '⋮', key: 'nav.timeline' },
  { id: 'tags', icon: '#', key: 'nav.tags' },
];

export function NavRail({
  view,
  onChange,
}: {
  view: Settings['view'];
  onChange(view: Settings['view']): void;
}) {
  const { t } = useI18n();
  return (
    <nav className="nav-rail" aria-label={t('nav.main')}>
      {VIEWS.map((item) => (
        <button
          key={item.id}
          type="button"
          className={`rail-button${view === item.id ? ' active' : ''}`}
          aria-current={view === item.id ? 'page' : undefined}
          aria-label={t(item.key)}
          title={t(item.key)}
          onClick={() => onChange(item.id)}
        >
          <span aria-hidden="true">{item.icon}</span>
          <span className="rail-label">{t(item.key)}</span>
        </button>
      ))}
    </nav>
  );
}
