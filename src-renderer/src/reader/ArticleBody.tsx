/**
 * Renders an article's blocks, one element per block carrying `data-block-index`, with the
 * removed passages (when shown) dimmed at their original places and the article's images
 * between blocks. Block elements contain only the block's text, so canonical-text offsets map
 * straight onto the DOM; images and their placeholders are marked as not text. Blocks are grouped
 * in sections (`sections.ts`) that the browser skips while they are off screen.
 */
import { forwardRef, memo, useMemo, type ReactNode } from 'react';
import type { ArticleBlock, ArticleContent, RemovedBlock } from '../db/models';
import { useI18n, type Translate } from '../i18n';
import '../styles/reader-images.css';
import '../styles/reader-tables.css';
import { planSections } from './sections';

export interface ArticleBodyProps {
  blocks: ArticleBlock[];
  removed: RemovedBlock[];
  showRemoved: boolean;
  /** BCP 47 language of the text, so the browser picks the right CJK glyphs and line breaking. */
  lang: string;
  /** The article's images; `src: null` is one that was not kept (remote, missing, not raster). */
  images?: ArticleImage[];
  onRestore(removedId: string): void;
}

type ArticleImage = NonNullable<ArticleContent['images']>[number];

/**
 * Only `data:` images are shown: they were embedded at import, and reading never asks the
 * network for anything. Any other image is a quiet box holding its alt text.
 */
function ImageAt({ image }: { image: ArticleImage }) {
  const title = image.alt || undefined;
  if (image.src?.startsWith('data:image/')) {
    return (
      <figure className="article-image" data-not-text="" contentEditable={false}>
        <img src={image.src} alt={image.alt} title={title} decoding="async" loading="lazy" />
      </figure>
    );
  }
  return (
    <figure
      className="article-image article-image-placeholder"
      data-not-text=""
      contentEditable={false}
      role="img"
      aria-label={title}
      aria-hidden={title ? undefined : true}
      title={title}
    >
      {image.alt}
    </figure>
  );
}

/** "p. 3" on the first block of each page of a paginated original, else undefined. */
function pageMarkAt(blocks: readonly ArticleBlock[], i: number, t: Translate): string | undefined {
  const page = blocks[i].page;
  if (page === undefined || blocks[i - 1]?.page === page) return undefined;
  return t('reader.pageMark', { page });
}

/** A table row's cells as spans, the tabs between them kept as text so offsets stay true. */
function tableCells(text: string): ReactNode[] {
  return text.split('\t').flatMap((cell, i) => {
    const span = (
      <span key={i} className="table-cell">
        {cell}
      </span>
    );
    return i === 0 ? [span] : ['\t', span];
  });
}

function Block({ block, index, pageMark }: { block: ArticleBlock; index: number; pageMark?: string }) {
  // The page mark is drawn by CSS from the attribute: it is never part of the block's text.
  const props = {
    'data-block-index': index,
    className: `block block-${block.kind}`,
    ...(pageMark ? { 'data-page-mark': pageMark } : {}),
  };
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(2, (block.level ?? 2) + 1));
      const Tag = `h${level}` as 'h2';
      return <Tag {...props}>{block.text}</Tag>;
    }
    case 'list-item':
      return (
        <p {...props} role="listitem">
          {block.text}
        </p>
      );
    case 'quote':
      return <blockquote {...props}>{block.text}</blockquote>;
    case 'code':
      return <pre {...props}>{block.text}</pre>;
    case 'table-row':
      return <p {...props}>{tableCells(block.text)}</p>;
    default:
      return <p {...props}>{block.text}</p>;
  }
}

function RemovedPassage({ item, onRestore }: { item: RemovedBlock; onRestore(id: string): void }) {
  const { t } = useI18n();
  const reason = t(`reason.${item.reason}` as 'reason.other');
  return (
    <aside
      className="removed-block"
      data-removed={item.id}
      aria-label={t('reader.removedReason', { reason })}
    >
      <div className="removed-meta" contentEditable={false}>
        <span>{t('reader.removedReason', { reason })}</span>
        <button
          type="button"
          className="quiet small"
          aria-label={t('reader.restoreLabel')}
          onClick={() => onRestore(item.id)}
        >
          {t('reader.restore')}
        </button>
      </div>
      <div className="removed-text">{item.text}</div>
    </aside>
  );
}

export const ArticleBody = memo(
  forwardRef<HTMLDivElement, ArticleBodyProps>(function ArticleBody(
    { blocks, removed, showRemoved, lang, images, onRestore },
    ref,
  ) {
    const { t } = useI18n();
    const sections = useMemo(() => planSections(blocks), [blocks]);
    const byPlace = new Map<number, RemovedBlock[]>();
    if (showRemoved) {
      for (const item of removed) {
        const list = byPlace.get(item.beforeBlock) ?? [];
        list.push(item);
        byPlace.set(item.beforeBlock, list);
      }
    }
    const imagesByPlace = new Map<number, { image: ArticleImage; key: string }[]>();
    (images ?? []).forEach((image, n) => {
      const place = Math.min(Math.max(0, image.beforeBlock), blocks.length);
      imagesByPlace.set(place, [...(imagesByPlace.get(place) ?? []), { image, key: `i${n}` }]);
    });
    const children = sections.map((section, sectionIndex) => {
      const content: ReactNode[] = [];
      const last = sectionIndex === sections.length - 1;
      for (let i = section.start; i < section.end || (last && i === section.end); i++) {
        for (const item of byPlace.get(i) ?? [])
          content.push(<RemovedPassage key={item.id} item={item} onRestore={onRestore} />);
        for (const { image, key } of imagesByPlace.get(i) ?? [])
          content.push(<ImageAt key={key} image={image} />);
        if (i < section.end)
          content.push(
            <Block key={`b${i}`} block={blocks[i]} index={i} pageMark={pageMarkAt(blocks, i, t)} />,
          );
      }
      return (
        <div
          key={section.start}
          className="block-section"
          data-first-block={section.start}
          data-end-block={section.end}
          style={{ containIntrinsicBlockSize: `auto ${Math.round(section.estimatedEm)}em` }}
        >
          {content}
        </div>
      );
    });
    return (
      <div className="article-body" ref={ref} lang={lang}>
        {children}
      </div>
    );
  }),
);
