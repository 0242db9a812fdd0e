/**
 * Notes are Markdown: rendered with markdown-it with raw HTML off, then sanitized, so a note can
 * never run script or load anything.
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

export function renderNoteMarkdown(source: string): string {
  return DOMPurify.sanitize(md.render(source), {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['img', 'style', 'form'],
  });
}
