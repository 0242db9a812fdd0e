/**
 * Drag and drop anywhere in the window: files dropped are imported through the main process
 * (by path); the overlay tells the person that letting go imports them.
 */
import { useEffect, useState } from 'react';
import { gloss } from '../bridge/gloss';
import { useI18n } from '../i18n';

export function useFileDrop(onPaths: (paths: string[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const paths = Array.from(event.dataTransfer?.files ?? [])
        .map((file) => gloss.pathForFile(file))
        .filter((path): path is string => Boolean(path));
      if (paths.length > 0) onPaths(paths);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onPaths]);
  return dragging;
}

export function DropOverlay() {
  const { t } = useI18n();
  return (
    <div className="drop-overlay" role="status" aria-live="polite">
      <p>{t('drop.hint')}</p>
    </div>
  );
}
