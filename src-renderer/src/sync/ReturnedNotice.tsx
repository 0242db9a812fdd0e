/**
 * The notice in the status line when sync brings back something deleted here, because another
 * computer changed it after the deletion: what came back, "Delete again" (undoable) and "Keep".
 */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { onSyncReturned, type ReturnedItem } from './sync-service';
import { deleteAgain, describeReturned, offerable } from './returned';

export function ReturnedNotice() {
  const { t } = useI18n();
  const [items, setItems] = useState<ReturnedItem[]>([]);
  const [name, setName] = useState<string | null>(null);

  useEffect(
    () =>
      onSyncReturned((arrived) => {
        const wanted = offerable(arrived);
        if (wanted.length === 0) return;
        setItems((current) => [
          ...current,
          ...wanted.filter((item) => !current.some((c) => c.table === item.table && c.key === item.key)),
        ]);
      }),
    [],
  );
  useEffect(() => {
    if (items.length !== 1) return setName(null);
    void describeReturned(items[0]).then(setName);
  }, [items]);

  if (items.length === 0) return null;
  const message =
    items.length === 1 && name
      ? t('sync.returned.one', { name })
      : t('sync.returned.many', { count: items.length });
  return (
    <span className="sync-returned" role="alert">
      {message}
      <button
        type="button"
        className="quiet small"
        onClick={() => {
          const label =
            items.length === 1 && name
              ? t('sync.returned.deletedOne', { name })
              : t('sync.returned.deletedMany', { count: items.length });
          setItems([]);
          void deleteAgain(items, label);
        }}
      >
        {t('sync.returned.deleteAgain')}
      </button>
      <button type="button" className="quiet small" onClick={() => setItems([])}>
        {t('sync.returned.keep')}
      </button>
    </span>
  );
}
