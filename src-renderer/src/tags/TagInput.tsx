/**
 * The tag picker: chosen tags as chips and a type-ahead field (ARIA combobox with a listbox of
 * existing tags). Enter adds the typed tag (an existing one with the same letters keeps its
 * spelling) or, after the arrow keys moved into the list, the chosen suggestion; Backspace in the
 * empty field removes the last tag; Escape closes the suggestions.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { db } from '../db/db';
import { useI18n } from '../i18n';
import { normalizeTagName, tagWithAncestors } from './tag-store';
import { existingTagName, suggestTags } from './tag-suggestions';
import '../styles/views.css';

export interface TagInputProps {
  value: string[];
  onChange(tags: string[]): void;
  autoFocus?: boolean;
  /** Accessible name of the field; "Tags" when absent. */
  label?: string;
  placeholder?: string;
  /** Offer to create tags that do not exist yet (default true). */
  allowCreate?: boolean;
}

type Option = { kind: 'tag'; name: string } | { kind: 'create'; name: string };

export function TagInput({
  value,
  onChange,
  autoFocus,
  label,
  placeholder,
  allowCreate = true,
}: TagInputProps) {
  const { t } = useI18n();
  const id = useId();
  const listId = `${id}-suggestions`;
  const tags = useLiveQuery(() => db.tags.toArray(), []);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // -1: no suggestion chosen, so Enter takes the typed text as it is.
  const [active, setActive] = useState(-1);

  // Parents implied by `a/b` names count as tags too: `a` filters and tags like any other name.
  const names = useMemo(
    () => [...new Set((tags ?? []).flatMap((tag) => tagWithAncestors(tag.name)))],
    [tags],
  );
  const colors = useMemo(() => new Map((tags ?? []).map((tag) => [tag.name, tag.color])), [tags]);
  const options = useMemo((): Option[] => {
    const list: Option[] = suggestTags(names, text, value).map((name) => ({ kind: 'tag', name }));
    const typed = normalizeTagName(text);
    const known = typed && (existingTagName(names, typed) || existingTagName(value, typed));
    if (allowCreate && typed && !known) list.push({ kind: 'create', name: typed });
    return list;
  }, [names, text, value, allowCreate]);
  const shown = open && options.length > 0;
  const activeIndex = shown && active < options.length ? active : -1;

  // Tags added faster than the caller writes them back (typed `a⏎b⏎c,`) each start from the
  // list the previous add made, not from the `value` of the last render.
  // Lists sent and not yet seen back are kept; a value that is none of them came from elsewhere.
  const latest = useRef({ given: value, list: value, sent: [] as string[][] });
  if (latest.current.given !== value) {
    const sent = latest.current.sent;
    const echo = sent.findIndex(
      (list) => list.length === value.length && list.every((n, i) => n === value[i]),
    );
    const pending = echo >= 0 ? sent.slice(echo + 1) : [];
    latest.current = { given: value, list: pending.at(-1) ?? value, sent: pending };
  }
  const change = (next: string[]) => {
    latest.current.list = next;
    latest.current.sent.push(next);
    onChange(next);
  };

  const add = (name: string) => {
    const tag = normalizeTagName(name);
    setText('');
    setActive(-1);
    if (!tag) return;
    const canonical = existingTagName(names, tag) ?? tag;
    const current = latest.current.list;
    if (!current.some((chosen) => chosen.toLowerCase() === canonical.toLowerCase()))
      change([...current, canonical]);
  };
  const remove = (name: string) => change(latest.current.list.filter((chosen) => chosen !== name));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const from = activeIndex < 0 ? (step > 0 ? -1 : 0) : activeIndex;
      setActive((from + step + options.length) % options.length);
    } else if (event.key === 'Enter' || (event.key === ',' && text.trim())) {
      const option = event.key === 'Enter' && activeIndex >= 0 ? options[activeIndex] : undefined;
      const typed = normalizeTagName(text);
      if (!option && !typed) return;
      event.preventDefault();
      if (option) add(option.name);
      else if (allowCreate || existingTagName(names, typed)) add(typed);
    } else if (event.key === 'Backspace' && text === '' && latest.current.list.length > 0) {
      event.preventDefault();
      remove(latest.current.list[latest.current.list.length - 1]);
    } else if (event.key === 'Escape' && shown) {
      // Closes only the suggestions; a popover around the field stays open.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const fieldLabel = label ?? t('tags.input');
  return (
    <div className="tag-input">
      {value.length > 0 && (
        <ul className="tag-input-chips" aria-label={fieldLabel}>
          {value.map((name) => (
            <li key={name} className="tag-pill">
              <span
                className="tag-dot"
                style={{ background: colors.get(name) ?? 'var(--muted)' }}
                aria-hidden="true"
              />
              <span>{name}</span>
              <button
                type="button"
                className="tag-input-remove"
                aria-label={t('tags.remove', { name })}
                onClick={() => remove(name)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-field">
        <input
          type="text"
          role="combobox"
          aria-label={fieldLabel}
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? `${id}-option-${activeIndex}` : undefined}
          autoFocus={autoFocus}
          value={text}
          placeholder={placeholder ?? t('tags.inputPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('tags.suggestions')}
          className="tag-suggestions"
          hidden={!shown}
        >
          {shown &&
            options.map((option, index) => (
              <li
                key={`${option.kind}:${option.name}`}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className="tag-suggestion"
                // Keeps focus in the field, so the list does not close before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => add(option.name)}
              >
                {option.kind === 'create' ? (
                  t('tags.create', { name: option.name })
                ) : (
                  <>
                    <span
                      className="tag-dot"
                      style={{ background: colors.get(option.name) }}
                      aria-hidden="true"
                    />
                    {option.name}
                  </>
                )}
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
