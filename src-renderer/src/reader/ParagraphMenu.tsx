/**
 * Actions on one paragraph of the article, from its context menu (right click, the menu key or
 * Shift+F10): "Use as title" and "Remove this paragraph". Removing a paragraph that holds
 * highlights first lists them and asks; both actions are undoable.
 */
import { type RefObject, useCallback, useEffect, useState } from 'react';
import type { Highlight } from '../db/models';
import { useI18n } from '../i18n';
import { editArticleInfo, highlightsInBlock, removeParagraph } from './article-info-store';
import '../styles/article-info.css';
import { undoLabel } from '../undo/undo-label';

interface MenuState {
  x: number;
  y: number;
  /** Index of the article block, or null for a removed passage. */
  blockIndex: number | null;
  text: string;
}

export function ParagraphMenu({
  articleId,
  bodyRef,
  onMessage,
}: {
  articleId: string;
  bodyRef: RefObject<HTMLDivElement | null>;
  onMessage(message: string): void;
}) {
  const { t } = useI18n();
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [confirming, setConfirming] = useState<{ blockIndex: number; highlights: Highlight[] } | null>(null);

  useEffect(() => {
    const root = bodyRef.current;
    if (!root) return;
    const onContextMenu = (event: MouseEvent) => {
      const target = event.target as HTMLElement | null;
      const block = target?.closest<HTMLElement>('[data-block-index]');
      const removed = block ? null : target?.closest<HTMLElement>('[data-removed]');
      if (!block && !removed) return;
      // A selection belongs to the highlight toolbar; the paragraph menu is for a plain click.
      if (!window.getSelection()?.isCollapsed) return;
      event.preventDefault();
      const box = (block ?? removed)!.getBoundingClientRect();
      const x = event.clientX || box.left + 16;
      const y = event.clientY || box.top + 16;
      const text = block?.textContent ?? removed?.querySelector('.removed-text')?.textContent ?? '';
      setMenu({ x, y, blockIndex: block ? Number(block.dataset.blockIndex) : null, text });
    };
    root.addEventListener('contextmenu', onContextMenu);
    return () => root.removeEventListener('contextmenu', onContextMenu);
  }, [bodyRef, articleId]);

  useEffect(() => {
    if (!menu) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        if (event.key === 'Escape') setMenu(null);
        return;
      }
      // A click inside the menu is a choice; anywhere else dismisses it.
      if (event.target instanceof Node && document.querySelector('.paragraph-menu')?.contains(event.target))
        return;
      setMenu(null);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [menu]);

  const takeAsTitle = useCallback(async () => {
    if (!menu) return;
    setMenu(null);
    const title = menu.text.replace(/\s+/g, ' ').trim();
    if (title === '') return;
    if (await editArticleInfo(articleId, { title }, undoLabel('paragraph.useAsTitle')))
      onMessage(t('paragraph.usedAsTitle'));
  }, [articleId, menu, onMessage, t]);

  const remove = useCallback(
    async (blockIndex: number, confirmed: boolean) => {
      setMenu(null);
      const inside = confirmed ? [] : await highlightsInBlock(articleId, blockIndex);
      if (inside.length > 0) {
        setConfirming({ blockIndex, highlights: inside });
        return;
      }
      setConfirming(null);
      if (await removeParagraph(articleId, blockIndex, undoLabel('paragraph.removeUndo')))
        onMessage(t('paragraph.removed'));
    },
    [articleId, onMessage, t],
  );

  // The article may change under an open menu (undo, Reopen): close it.
  useEffect(() => {
    setMenu(null);
    setConfirming(null);
  }, [articleId]);

  return (
    <>
      {menu && (
        <div
          className="paragraph-menu"
          role="menu"
          aria-label={t('paragraph.menu')}
          style={{ left: menu.x, top: menu.y }}
        >
          <button type="button" role="menuitem" autoFocus onClick={() => void takeAsTitle()}>
            {t('paragraph.useAsTitle')}
          </button>
          {menu.blockIndex !== null && (
            <button type="button" role="menuitem" onClick={() => void remove(menu.blockIndex ?? -1, false)}>
              {t('paragraph.remove')}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <div className="modal-backdrop" onClick={() => setConfirming(null)}>
          <div
            role="alertdialog"
            aria-modal="true"
            aria-label={t('paragraph.confirmTitle')}
            className="modal"
            onClick={(e) => e.stopPropagation()}
            onKeyDown={(e) => e.key === 'Escape' && setConfirming(null)}
          >
            <h2>{t('paragraph.confirmTitle')}</h2>
            <p>{t('paragraph.confirmBody')}</p>
            <ul className="paragraph-highlights">
              {confirming.highlights.map((h) => (
                <li key={h.id}>“{h.quote.exact}”</li>
              ))}
            </ul>
            <button type="button" autoFocus onClick={() => void remove(confirming.blockIndex, true)}>
              {t('paragraph.confirm')}
            </button>{' '}
            <button type="button" className="quiet" onClick={() => setConfirming(null)}>
              {t('paragraph.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
