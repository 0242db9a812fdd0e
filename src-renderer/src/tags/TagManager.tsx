/**
 * The tag manager: every tag as a tree (names with `/`) with its uses; rename inline, merge into
 * another tag, color, hotkey (Shift+1…9) and delete after a confirmation that says how many uses
 * it has. Every action is undoable from the status line.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { db } from '../db/db';
import { useI18n, type Translate } from '../i18n';
import {
  buildTagTree,
  deleteTag,
  flattenTagTree,
  mergeTags,
  normalizeTagName,
  renameTag,
  setTagColor,
  setTagHotkey,
  tagMatches,
  tagUsage,
  TAG_PALETTE,
  type TagNode,
} from './tag-store';
import '../styles/views.css';
import { undoLabel } from '../undo/undo-label';

export interface TagManagerProps {
  onMessage?(text: string): void;
}

type PanelKind = 'rename' | 'merge' | 'color' | 'delete';
interface Panel {
  name: string;
  kind: PanelKind;
}

const HOTKEYS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

function countDescendants(node: TagNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
}

export function TagManager({ onMessage }: TagManagerProps) {
  const { t } = useI18n();
  const tags = useLiveQuery(() => db.tags.toArray(), []);
  const usage = useLiveQuery(() => tagUsage(), []);
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [panel, setPanel] = useState<Panel | null>(null);

  const tree = useMemo(() => buildTagTree(tags ?? [], usage ?? new Map()), [tags, usage]);
  const everyNode = useMemo(() => flattenTagTree(tree), [tree]);
  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!needle) return flattenTagTree(tree, collapsed);
    return everyNode.filter((node) => node.name.toLowerCase().includes(needle));
  }, [tree, everyNode, collapsed, filter]);
  const hotkeyHolders = useMemo(() => {
    const holders = new Map<number, string>();
    for (const tag of tags ?? []) if (tag.hotkey !== null) holders.set(tag.hotkey, tag.name);
    return holders;
  }, [tags]);

  const say = (text: string) => onMessage?.(text);
  const run = (work: () => Promise<string | null>) => {
    work().then(
      (text) => {
        if (text) say(text);
      },
      (error: unknown) =>
        say(t('error.generic', { message: error instanceof Error ? error.message : String(error) })),
    );
  };
  const toggle = (name: string) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (!next.delete(name)) next.add(name);
      return next;
    });

  if (tags === undefined || usage === undefined)
    return <section className="view-root" aria-label={t('tags.title')} />;

  return (
    <section className="view-root" aria-label={t('tags.title')}>
      <header className="pane-header">
        <h2>{t('tags.title')}</h2>
        {everyNode.length > 0 && (
          <>
            <input
              type="search"
              value={filter}
              placeholder={t('tags.filter')}
              aria-label={t('tags.filter')}
              onChange={(event) => setFilter(event.target.value)}
            />
            <span className="view-count">{t('tags.count', { count: everyNode.length })}</span>
          </>
        )}
      </header>
      <div className="view-scroll">
        {everyNode.length === 0 ? (
          <div className="empty-state" role="region" aria-label={t('tags.empty.title')}>
            <h3>{t('tags.empty.title')}</h3>
            <p>{t('tags.empty.body')}</p>
          </div>
        ) : rows.length === 0 ? (
          <p className="muted pad">{t('tags.noMatch')}</p>
        ) : (
          <ul className="tag-tree" aria-label={t('tags.tree')}>
            {rows.map((node) => (
              <TagRow
                key={node.name}
                node={node}
                flat={filter.trim() !== ''}
                expanded={!collapsed.has(node.name)}
                onToggle={() => toggle(node.name)}
                panel={panel?.name === node.name ? panel.kind : null}
                onPanel={(kind) => setPanel(kind ? { name: node.name, kind } : null)}
                everyNode={everyNode}
                hotkeyHolders={hotkeyHolders}
                run={run}
                t={t}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

interface TagRowProps {
  node: TagNode;
  /** Filtered view: full names, no tree toggles. */
  flat: boolean;
  expanded: boolean;
  onToggle(): void;
  panel: PanelKind | null;
  onPanel(kind: PanelKind | null): void;
  everyNode: readonly TagNode[];
  hotkeyHolders: ReadonlyMap<number, string>;
  run(work: () => Promise<string | null>): void;
  t: Translate;
}

function TagRow({
  node,
  flat,
  expanded,
  onToggle,
  panel,
  onPanel,
  everyNode,
  hotkeyHolders,
  run,
  t,
}: TagRowProps) {
  const uses = node.usage.highlights + node.usage.articles;
  const color = node.tag?.color ?? 'transparent';
  const hotkey = node.tag?.hotkey ?? null;
  const togglePanel = (kind: PanelKind) => onPanel(panel === kind ? null : kind);

  const changeHotkey = (value: string) => {
    const next = value === '' ? null : Number(value);
    const previousHolder = next === null ? undefined : hotkeyHolders.get(next);
    run(async () => {
      await setTagHotkey(node.name, next, { label: undoLabel('tags.undo.hotkey') });
      return previousHolder && previousHolder !== node.name
        ? t('tags.hotkeyTaken', { n: next!, name: node.name })
        : null;
    });
  };

  return (
    <li>
      <div className="tag-row" style={{ ['--depth' as string]: flat ? 0 : node.depth }}>
        {!flat && node.children.length > 0 ? (
          <button
            type="button"
            className="icon-button tag-toggle"
            aria-expanded={expanded}
            aria-label={t(expanded ? 'tags.collapse' : 'tags.expand', { name: node.name })}
            onClick={onToggle}
          >
            {expanded ? '▾' : '▸'}
          </button>
        ) : (
          <span className="tag-toggle-spacer" />
        )}
        <button
          type="button"
          className="tag-swatch"
          style={{ background: color }}
          aria-label={t('tags.colorLabel', { name: node.name })}
          aria-expanded={panel === 'color'}
          onClick={() => togglePanel('color')}
        />
        <span className={`tag-name${node.tag || uses > 0 ? '' : ' implied'}`} title={node.name}>
          {flat ? node.name : node.label}
        </span>
        <span
          className="tag-uses"
          title={t('tags.usesDetail', { highlights: node.usage.highlights, articles: node.usage.articles })}
        >
          {t('tags.uses', { count: uses })}
          {node.children.length > 0 && ` · ${t('tags.usesWithChildren', { count: node.total })}`}
        </span>
        <span className="tag-actions">
          <select
            value={hotkey ?? ''}
            aria-label={t('tags.hotkeyLabel', { name: node.name })}
            onChange={(event) => changeHotkey(event.target.value)}
          >
            <option value="">{t('tags.hotkeyNone')}</option>
            {HOTKEYS.map((n) => {
              const holder = hotkeyHolders.get(n);
              const label = t('tags.hotkeyOption', { n });
              return (
                <option key={n} value={n}>
                  {holder && holder !== node.name ? `${label} · ${holder}` : label}
                </option>
              );
            })}
          </select>
          <button
            type="button"
            className="quiet small"
            aria-expanded={panel === 'rename'}
            onClick={() => togglePanel('rename')}
          >
            {t('tags.rename')}
          </button>
          <button
            type="button"
            className="quiet small"
            aria-expanded={panel === 'merge'}
            onClick={() => togglePanel('merge')}
          >
            {t('tags.merge')}
          </button>
          <button
            type="button"
            className="quiet small"
            aria-label={t('tags.deleteLabel', { name: node.name })}
            aria-expanded={panel === 'delete'}
            onClick={() => togglePanel('delete')}
          >
            {t('tags.delete')}
          </button>
        </span>
        {panel === 'rename' && <RenamePanel node={node} onClose={() => onPanel(null)} run={run} t={t} />}
        {panel === 'merge' && (
          <MergePanel node={node} everyNode={everyNode} onClose={() => onPanel(null)} run={run} t={t} />
        )}
        {panel === 'color' && <ColorPanel node={node} run={run} t={t} />}
        {panel === 'delete' && <DeletePanel node={node} onClose={() => onPanel(null)} run={run} t={t} />}
      </div>
    </li>
  );
}

interface PanelProps {
  node: TagNode;
  run(work: () => Promise<string | null>): void;
  t: Translate;
}

function RenamePanel({ node, onClose, run, t }: PanelProps & { onClose(): void }) {
  const [name, setName] = useState(node.name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = normalizeTagName(name);
    if (!target) {
      run(async () => t('tags.invalidName'));
      return;
    }
    onClose();
    if (target === node.name) return;
    run(async () => {
      const result = await renameTag(node.name, target, { label: undoLabel('tags.undo.rename') });
      if (!result) return null;
      return t(result.merged ? 'tags.merged' : 'tags.renamed', { from: node.name, to: target });
    });
  };
  return (
    <form
      className="tag-panel tag-rename"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <input
        type="text"
        value={name}
        autoFocus
        aria-label={t('tags.renameLabel', { name: node.name })}
        onChange={(event) => setName(event.target.value)}
        onFocus={(event) => event.target.select()}
      />
      <button type="submit" className="small">
        {t('tags.save')}
      </button>
      <button type="button" className="quiet small" onClick={onClose}>
        {t('tags.cancel')}
      </button>
    </form>
  );
}

function MergePanel({
  node,
  everyNode,
  onClose,
  run,
  t,
}: PanelProps & { everyNode: readonly TagNode[]; onClose(): void }) {
  const targets = everyNode.filter((other) => !tagMatches(node.name, other.name));
  const [target, setTarget] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    onClose();
    run(async () => {
      const result = await mergeTags(node.name, target, { label: undoLabel('tags.undo.merge') });
      return result ? t('tags.merged', { from: node.name, to: target }) : null;
    });
  };
  return (
    <form className="tag-panel" onSubmit={submit}>
      <label className="inline-label">
        <span>{t('tags.mergeLabel', { name: node.name })}</span>
        <select value={target} autoFocus onChange={(event) => setTarget(event.target.value)}>
          <option value="">{t('tags.mergeTarget')}</option>
          {targets.map((other) => (
            <option key={other.name} value={other.name}>
              {other.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="small" disabled={!target}>
        {t('tags.mergeConfirm')}
      </button>
      <button type="button" className="quiet small" onClick={onClose}>
        {t('tags.cancel')}
      </button>
    </form>
  );
}

function ColorPanel({ node, run, t }: PanelProps) {
  const current = node.tag?.color ?? '';
  const [draft, setDraft] = useState(current);
  const custom = useRef<HTMLInputElement>(null);
  const apply = (color: string) =>
    run(async () => {
      await setTagColor(node.name, color, { label: undoLabel('tags.undo.color') });
      return null;
    });
  const applyRef = useRef(apply);
  applyRef.current = apply;
  // The picker fires `input` while the person drags and `change` once they settle: only the last
  // is written, so one choice is one undo step.
  useEffect(() => {
    const input = custom.current;
    if (!input) return;
    const settle = () => applyRef.current(input.value);
    input.addEventListener('change', settle);
    return () => input.removeEventListener('change', settle);
  }, []);
  return (
    <div className="tag-panel" role="group" aria-label={t('tags.colorLabel', { name: node.name })}>
      <div className="palette">
        {TAG_PALETTE.map((color) => (
          <button
            key={color}
            type="button"
            className="palette-swatch"
            style={{ background: color }}
            aria-label={color}
            aria-pressed={color === current}
            onClick={() => {
              setDraft(color);
              apply(color);
            }}
          />
        ))}
        <input
          ref={custom}
          type="color"
          value={/^#[0-9a-f]{6}$/i.test(draft) ? draft : '#000000'}
          aria-label={t('tags.customColor', { name: node.name })}
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
    </div>
  );
}

function DeletePanel({ node, onClose, run, t }: PanelProps & { onClose(): void }) {
  const children = countDescendants(node);
  const count = children > 0 ? node.total : node.usage.highlights + node.usage.articles;
  const confirm = () => {
    onClose();
    run(async () => {
      const removed = await deleteTag(node.name, {
        includeChildren: children > 0,
        label: undoLabel('tags.undo.delete'),
      });
      return t('tags.deleted', { name: node.name, count: removed });
    });
  };
  return (
    <div className="tag-panel" role="alertdialog" aria-label={t('tags.deleteLabel', { name: node.name })}>
      <p>
        {children > 0
          ? t('tags.deleteConfirmChildren', { name: node.name, children, count })
          : t('tags.deleteConfirm', { name: node.name, count })}
      </p>
      <button type="button" className="small" autoFocus onClick={confirm}>
        {t('tags.delete')}
      </button>
      <button type="button" className="quiet small" onClick={onClose}>
        {t('tags.cancel')}
      </button>
    </div>
  );
}
