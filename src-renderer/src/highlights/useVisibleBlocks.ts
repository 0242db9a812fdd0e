/**
 * Which blocks of the article are on or near the screen. Chromium re-validates every range of
 * every CSS highlight whenever one changes, so Gloss registers only the highlights of blocks
 * near the view: a new highlight on a long article with thousands of them then costs a frame,
 * not a tenth of a second.
 *
 * The near sections are found by a binary search over the body's sections on scroll and
 * resize, not by an IntersectionObserver: the browser recomputes every observed target after
 * each layout, which on a long article is itself a good part of a frame.
 */
import { useEffect, useState, type RefObject } from 'react';

/** How far beyond the visible area blocks count as near (so scrolling finds them painted). */
const MARGIN_PX = 1500;

/** Index of the first element whose bottom edge is below `top`, by binary search. */
function firstBelow(sections: readonly HTMLElement[], top: number): number {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
    const sections = [...body.querySelectorAll<HTMLElement>('.block-section')];
    let shown = '';
    let frame = 0;
    const update = () => {
      frame = 0;
      const box = scroller.getBoundingClientRect();
      const first = firstBelow(sections, box.top - MARGIN_PX);
      let last = first;
      while (last < sections.length && sections[last].getBoundingClientRect().top <= box.bottom + MARGIN_PX)
        last++;
      const key = `${first}:${last}`;
      if (key === shown) return;
      shown = key;
      const near = new Set<number>();
      for (const section of sections.slice(first, last)) {
        const end = Number(section.dataset.endBlock);
        for (let i = Number(section.dataset.firstBlock); i < end; i++) near.add(i);
      }
      setVisible(near);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    schedule();
    scroller.addEventListener('scroll', schedule, { passive: true });
    const resizes = new ResizeObserver(schedule);
    resizes.observe(scroller);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      resizes.disconnect();
    };
  }, [bodyRef, scrollerRef, bodyVersion]);
  return visible;
}
