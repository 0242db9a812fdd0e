/**
 * The handle between a pane and the reader: drag it, or focus it and press the arrow keys, to
 * make the pane wider or narrower. The width is written when the drag ends, so a drag does not
 * write to the database on every pixel.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { PANE_LIMITS } from '../../../src-shared/layout/pane-layout';
import { useI18n } from '../i18n';

export interface PaneResizerProps {
  /** The library sits left of its handle, the notes right of theirs. */
  pane: keyof typeof PANE_LIMITS;
  width: number;
  onResize(width: number): void;
  /** Shows the width while dragging, before it is written. */
  onPreview(width: number | null): void;
}

const STEP = 16;

export function PaneResizer({ pane, width, onResize, onPreview }: PaneResizerProps) {
  const { t } = useI18n();
  const { min, max } = PANE_LIMITS[pane];
  const side = pane === 'library' ? 'left' : 'right';
  const label = pane === 'library' ? t('layout.resizeLibrary') : t('layout.resizeSidebar');
  const start = useRef<{ x: number; width: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const widthAt = (x: number) => {
    const from = start.current!;
    const delta = side === 'left' ? x - from.x : from.x - x;
    return Math.min(max, Math.max(min, from.width + delta));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, width };
    setDragging(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (start.current) onPreview(widthAt(event.clientX));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    onResize(widthAt(event.clientX));
    onPreview(null);
    start.current = null;
    setDragging(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const grow = side === 'left' ? 'ArrowRight' : 'ArrowLeft';
    const shrink = side === 'left' ? 'ArrowLeft' : 'ArrowRight';
    if (event.key !== grow && event.key !== shrink) return;
    event.preventDefault();
    onResize(Math.min(max, Math.max(min, width + (event.key === grow ? STEP : -STEP))));
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={Math.round(width)}
      tabIndex={0}
      className={`pane-resizer${dragging ? ' dragging' : ''}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
