/**
 * Pages and labels written in Traditional characters, as Taiwanese and Hong Kong sites write
 * them (OpenCC's cn → tw): the evaluation's `--traditional`, its title variants and the
 * `read-traditional-35` benchmark read the Chinese corpora this way.
 */
import { Converter } from 'opencc-js';
import { decodeBytes } from '../../src-main/import/decode';

let toTraditional: ((text: string) => string) | null = null;

/** Simplified Chinese written in Traditional characters. */
export function traditional(text: string): string {
  toTraditional ??= Converter({ from: 'cn', to: 'tw' });
  return toTraditional(text);
}

/** A saved page decoded, its charset declarations saying UTF-8, as the page's text. */
export function utf8Html(bytes: Uint8Array): string {
  const html = decodeBytes(bytes, { html: true }).text;
  return html.replace(/(<meta[^>]*charset\s*=\s*["']?)[\w-]+/gi, '$1utf-8');
}
