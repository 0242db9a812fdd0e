/**
 * The YAML frontmatter of exported notes: written with double-quoted scalars only, so no title,
 * path or tag can change the YAML's meaning, and read back line by line (enough to tell Gloss's
 * keys from keys the person added, without a YAML library at run time).
 */
import { yamlString } from './markdown-text';

export type FrontmatterValue = string | readonly string[] | null;

/** Keys Gloss writes and rewrites on re-export; any other key belongs to the person. */
export const GLOSS_FRONTMATTER_KEYS: readonly string[] = [
  'title',
  'author',
  'published',
  'site',
  'source',
  'source-path',
  'source-url',
  'imported',
  'exported',
  'tags',
  'gloss-id',
  'gloss-export',
];

/** Renders `---` … `---` lines; null values are left out, lists are YAML block lists. */
export function renderFrontmatter(entries: readonly (readonly [string, FrontmatterValue])[]): string[] {
  const lines = ['---'];
  for (const [key, value] of entries) {
    if (value === null) continue;
    if (typeof value === 'string') lines.push(`${key}: ${yamlString(value)}`);
    else if (value.length === 0) lines.push(`${key}: []`);
    else lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`));
  }
  lines.push('---');
  return lines;
}

export interface FrontmatterSplit {
  /** Lines between the `---` fences, or null when the text has no frontmatter. */
  frontmatter: string[] | null;
  body: string;
}

/** Splits `---\n…\n---\n` from the start of a text (after normalising line ends to `\n`). */
export function splitFrontmatter(text: string): FrontmatterSplit {
  if (!/^---[ \t]*\n/.test(text)) return { frontmatter: null, body: text };
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i])) {
      return { frontmatter: lines.slice(1, i), body: lines.slice(i + 1).join('\n') };
    }
  }
  return { frontmatter: null, body: text };
}

/** One top-level entry of a frontmatter: its key (null for leading comments) and its lines. */
export interface FrontmatterEntry {
  key: string | null;
  lines: string[];
}

const KEY_LINE = /^([A-Za-z0-9_][^:#]*?)[ \t]*:(?:[ \t]|$)/;

export function frontmatterEntries(lines: readonly string[]): FrontmatterEntry[] {
  const entries: FrontmatterEntry[] = [];
  for (const line of lines) {
    const key = KEY_LINE.exec(line);
    if (key) entries.push({ key: key[1], lines: [line] });
    else if (entries.length === 0) entries.push({ key: null, lines: [line] });
    else entries[entries.length - 1].lines.push(line);
  }
  return entries;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/**
 * The tags of a `tags:` entry as the person may have written them: a block list, a flow list
 * `[a, b]`, or a scalar with commas or spaces between tags.
 */
export function readTags(entry: FrontmatterEntry): string[] {
  const first = entry.lines[0]
    .replace(KEY_LINE, '')
    .replace(/\s+#.*$/, '')
    .trim();
  let items: string[];
  if (first.startsWith('[')) {
    items = first.replace(/^\[|\]$/g, '').split(',');
  } else if (first !== '') {
    items = first.split(/[,\s]+/);
  } else {
    items = entry.lines
      .slice(1)
      .map((line) => /^\s*-\s+(.*)$/.exec(line)?.[1] ?? '')
      .map((item) => item.replace(/\s+#.*$/, ''));
  }
  return items.map(unquote).filter((tag) => tag !== '');
}
