/**
 * Which blocks of the article are on or near the screen. Chromium re-validates every range of
 * every CSS highlight whenever one changes, so Gloss registers only the highlights of blocks
 * near the view: a new highlight on a long article with thousands of them then costs a frame,
 * not a tenth of a second.
 */
import { useEffect, useState, type RefObject } from 'react';

/** How far beyond the visible area blocks count as near (so scrolling finds them painted). */
const MARGIN = '1500px 0px';

export function useVisibleBlocks(
  bodyRef: RefObject<HTMLElement | null>,
  scrollerRef: RefObject<HTMLElement | null>,
  bodyVersion: string,
): ReadonlySet<number> {
  const [visible, setVisible] = useState<ReadonlySet<number>>(() => new Set());
  useEffect(() => {
    const body = bodyRef.current;
    const scroller = scrollerRef.current;
    if (!body || !scroller) return;
    const near = new Set<number>();
    let frame = 0;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = Number((entry.target as HTMLElement).dataset.blockIndex);
          if (entry.isIntersecting) near.add(index);
          else near.delete(index);
        }
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => setVisible(new Set(near)));
      },
      { root: scroller, rootMargin: MARGIN },
    );
    for (const element of body.querySelectorAll('[data-block-index]')) observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [bodyRef, scrollerRef, bodyVersion]);
  return visible;
}
