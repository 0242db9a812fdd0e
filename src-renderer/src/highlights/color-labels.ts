/** The five highlight colors' labels: the person's own names (e.g. "key fact") or the defaults. */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/models';
import type { Translate } from '../i18n';

export type ColorLabels = Record<HighlightColor, string>;

export function colorLabels(custom: Record<string, string>, t: Translate): ColorLabels {
  const labels = {} as ColorLabels;
  for (const color of HIGHLIGHT_COLORS) labels[color] = custom[color]?.trim() || t(`color.${color}`);
  return labels;
}
