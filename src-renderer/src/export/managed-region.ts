/**
 * The part of an exported note that Gloss owns, and re-export that keeps everything else.
 *
 * An export is a frontmatter plus one region between `<!-- gloss:begin KEY … -->` and
 * `<!-- gloss:end -->`. Re-exporting into an existing file:
 * - replaces the region with the same KEY, and keeps every line outside it as the person left it;
 * - when the file has no such region (the person wrote it, or deleted or broke a marker), keeps
 *   the whole file and appends the new region at its end: a file is never cut short on a guess;
 * - rewrites Gloss's frontmatter keys (GLOSS_FRONTMATTER_KEYS), keeps the keys the person added,
 *   and keeps tags the person added to `tags` (a tag is never removed from a file);
 * - keeps the file's line ends (CRLF or LF) and byte order mark.
 */
import {
  GLOSS_FRONTMATTER_KEYS,
  frontmatterEntries,
  readTags,
  splitFrontmatter,
  type FrontmatterEntry,
} from './frontmatter';
import { yamlString } from './markdown-text';

const BEGIN = /^<!-- gloss:begin(?: ([^\s]+))?(?: .*)? ?-->[ \t]*$/;
const END = /^<!-- gloss:end -->[ \t]*$/;

/** The opening marker of a managed region; the sentence tells the person what it means. */
export function beginMarker(key: string): string {
  return `<!-- gloss:begin ${key} · Gloss rewrites the text down to gloss:end when you export again; write your own notes above or below. -->`;
}

export const END_MARKER = '<!-- gloss:end -->';

interface Region {
  key: string;
  /** Line indices of the begin and end markers. */
  begin: number;
  end: number;
}

function findRegions(lines: readonly string[]): Region[] {
  const regions: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    const begin = BEGIN.exec(lines[i]);
    if (!begin) continue;
    let end = i + 1;
    while (end < lines.length && !END.test(lines[end]) && !BEGIN.test(lines[end])) end++;
    if (end >= lines.length || !END.test(lines[end])) continue; // unterminated: not ours to cut
    regions.push({ key: begin[1] ?? '', begin: i, end });
    i = end;
  }
  return regions;
}

function mergeTagsEntry(gloss: FrontmatterEntry, theirs: FrontmatterEntry | undefined): FrontmatterEntry {
  if (!theirs) return gloss;
  const ours = readTags(gloss);
  const known = new Set(ours.map((tag) => tag.replace(/^#/, '')));
  const added = readTags(theirs).filter((tag) => !known.has(tag.replace(/^#/, '')));
  if (added.length === 0) return gloss;
  const all = [...ours, ...added];
  return { key: 'tags', lines: ['tags:', ...all.map((tag) => `  - ${yamlString(tag)}`)] };
}

function mergeFrontmatter(theirs: string[] | null, ours: string[] | null): string[] | null {
  if (ours === null) return theirs;
  if (theirs === null) return ours;
  const oldEntries = frontmatterEntries(theirs);
  const oldTags = oldEntries.find((entry) => entry.key === 'tags');
  const merged = frontmatterEntries(ours).map((entry) =>
    entry.key === 'tags' ? mergeTagsEntry(entry, oldTags) : entry,
  );
  const kept = oldEntries.filter(
    (entry) => entry.key === null || !GLOSS_FRONTMATTER_KEYS.includes(entry.key),
  );
  return [...merged, ...kept].flatMap((entry) => entry.lines);
}

/**
 * The text to write when exporting `newExport` over a file that holds `existingFileText`
 * (null: there is no file yet). See the module comment for the rules.
 */
export function mergeManagedRegion(existingFileText: string | null, newExport: string): string {
  if (existingFileText === null || existingFileText.trim() === '') return newExport;
  const bom = existingFileText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const crlf = /\r\n/.test(existingFileText);
  const existing = splitFrontmatter(existingFileText.slice(bom.length).replace(/\r\n?/g, '\n'));
  const incoming = splitFrontmatter(newExport.replace(/\r\n?/g, '\n'));

  const bodyLines = existing.body.split('\n');
  const newLines = incoming.body.split('\n');
  for (const region of findRegions(newLines)) {
    const replacement = newLines.slice(region.begin, region.end + 1);
    const target = findRegions(bodyLines).find((old) => old.key === region.key);
    if (target) {
      bodyLines.splice(target.begin, target.end - target.begin + 1, ...replacement);
    } else {
      while (bodyLines.length > 0 && bodyLines[bodyLines.length - 1].trim() === '') bodyLines.pop();
      if (bodyLines.length > 0) bodyLines.push('');
      bodyLines.push(...replacement, '');
    }
  }

  const frontmatter = mergeFrontmatter(existing.frontmatter, incoming.frontmatter);
  let body = bodyLines.join('\n');
  if (frontmatter !== null && existing.frontmatter === null) body = `\n${body.replace(/^\n+/, '')}`;
  const text = frontmatter === null ? body : ['---', ...frontmatter, '---', body].join('\n');
  return bom + (crlf ? text.replace(/\n/g, '\r\n') : text);
}

/**
 * The article id a notes file was exported for (its `gloss-id`), or null. Lets a caller notice
 * that a file of the same name belongs to another article before merging into it.
 */
export function glossIdOf(fileText: string): string | null {
  const { frontmatter } = splitFrontmatter(fileText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const entry = frontmatterEntries(frontmatter ?? []).find((e) => e.key === 'gloss-id');
  if (!entry) return null;
  const value = entry.lines[0].replace(/^[^:]*:/, '').trim();
  if (value.startsWith('"')) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return null;
    }
  }
  return value.replace(/^'|'$/g, '') || null;
}
