/**
 * Turning text into Markdown that keeps the export's structure intact.
 *
 * Two kinds of text go into an export:
 * - text Gloss quotes (passages, titles, labels): plain text, so every character that Markdown,
 *   GitHub-flavoured Markdown or Obsidian would read as markup is escaped;
 * - notes the person wrote: Markdown, kept as written, except what would break the page around
 *   it (headings, blockquotes, raw HTML, an unclosed code fence, Obsidian comments).
 */

/** Characters that start inline markup anywhere in a line (Obsidian adds `#tag`, `^id`, `$math$`). */
const INLINE_MARKUP = /[\\`*_[\]<>#|$~&^]/g;

/** Escapes plain text for use inside one Markdown line (a heading, a label, link text). */
export function escapeInline(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(INLINE_MARKUP, '\\$&')
    .replace(/={2,}/g, (run) => run.replace(/=/g, '\\=')) // Obsidian ==highlight==
    .replace(/%{2,}/g, (run) => run.replace(/%/g, '\\%')); // Obsidian %%comment%%
}

/**
 * Escapes one line of plain text that starts a Markdown line: besides inline markup, whatever
 * would make the line a list item, an ordered list item or a setext underline.
 */
function escapeTextLine(line: string): string {
  const escaped = escapeInline(line.replace(/^[ \t]+|[ \t]+$/g, ''));
  return escaped.replace(/^[+\-=]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * Plain text as the lines of a blockquote: each line prefixed with `> `, a paragraph break kept
 * as a lone `>`. Leading and trailing spaces of each line are dropped: Markdown ignores them, and
 * four leading spaces would turn the line into code.
 */
export function quoteLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(escapeTextLine);
  const out: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '>') out.push('>');
    } else {
      out.push(`> ${line}`);
    }
  }
  while (out.length > 0 && out[out.length - 1] === '>') out.pop();
  return out.length > 0 ? out : ['> …'];
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** A line that is only `-` or `=` underlines the paragraph above it into a heading. */
const SETEXT_UNDERLINE = /^(\s*)([=-])(?:\2|[ \t])*$/;
/** Leading list markers, then the first character of the content. */
const LINE_START = /^(\s*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*)(#{1,6}(?=[ \t]|$)|>)/;
/** `<` that opens an HTML tag, comment, declaration or processing instruction. */
const HTML_OPEN = /<(?=[A-Za-z/!?])/g;
const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|^<[^\s@<>]+@[^\s@<>]+>/;

/** Applies `fix` to the parts of a line that are not inline code spans. */
function outsideCodeSpans(line: string, fix: (text: string) => string): string {
  let out = '';
  let at = 0;
  const runs = /`+/g;
  let open: RegExpExecArray | null;
  while ((open = runs.exec(line)) !== null) {
    const close = new RegExp(`(?<!\`)${open[0]}(?!\`)`, 'g');
    close.lastIndex = open.index + open[0].length;
    const end = close.exec(line);
    if (!end) continue;
    out += fix(line.slice(at, open.index)) + line.slice(open.index, end.index + end[0].length);
    at = end.index + end[0].length;
    runs.lastIndex = at;
  }
  return out + fix(line.slice(at));
}

function escapeHtmlOpenings(text: string): string {
  return text.replace(HTML_OPEN, (lt, offset: number) => (AUTOLINK.test(text.slice(offset)) ? lt : '&lt;'));
}

function neutraliseNoteLine(line: string): string {
  if (SETEXT_UNDERLINE.test(line))
    return line.replace(
      SETEXT_UNDERLINE,
      (whole, indent: string) => `${indent}\\${whole.slice(indent.length)}`,
    );
  const guarded = line.replace(
    LINE_START,
    (_whole, markers: string, start: string) => `${markers}\\${start}`,
  );
  return outsideCodeSpans(guarded, (text) =>
    escapeHtmlOpenings(text).replace(/%{2,}/g, (run) => run.replace(/%/g, '\\%')),
  );
}

/**
 * A person's Markdown note, made safe to place between the blocks of an export: it can hold
 * lists, emphasis, links, code and math, but it cannot add headings or blockquotes to the page,
 * run raw HTML, hide what follows in an Obsidian comment or an unclosed code fence or `$$`
 * block, or end Gloss's managed region (its markers are HTML comments, escaped like any HTML).
 */
export function sanitizeNote(note: string): string {
  const lines = note.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    if (fence !== null) {
      const closes = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(
        line,
      );
      if (closes) fence = null;
      // A marker-like line inside code would still be seen by the region merge, which reads lines.
      out.push(line.startsWith('<!--') ? ` ${line}` : line);
      continue;
    }
    const opening = FENCE_OPEN.exec(line);
    if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
      fence = opening[1];
      out.push(line);
      continue;
    }
    out.push(neutraliseNoteLine(line));
  }
  if (fence !== null) out.push(fence);
  let text = out
    .join('\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/\s+$/, '');
  // An unpaired `$$` would turn the rest of the page into one math block in Obsidian.
  if ((text.match(/(?<!\\)\$\$/g) ?? []).length % 2 === 1) text = text.replace(/(?<!\\)\$\$/g, '\\$\\$');
  return text;
}

/** A YAML double-quoted scalar: safe for any string, including quotes, colons, `#` and newlines. */
export function yamlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfeff ||
      code === 0x2028 ||
      code === 0x2029
    )
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (code >= 0xd800 && code <= 0xdfff)
      out += `\\u${code.toString(16)}`; // a lone surrogate
    else out += ch;
  }
  return `${out}"`;
}
