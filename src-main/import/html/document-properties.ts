/**
 * The properties table that government information-disclosure pages put above an official
 * document (索引号, 发文机关, 成文日期 or 发文日期, 发文字号, 发布日期), as label cells each followed by a
 * value cell ("<td>发文机关：</td><td>吉林省人民政府</td>") or as "<li><span>成文日期：</span>…</li>".
 * Read from the page's markup, so the pairing does not depend on how the text is split into lines.
 */
import { findPublishedDate } from '../published-date';
import { type DomDocument, type DomNode, TEXT_NODE, isElement } from './dom';
import { compact } from '../../../src-shared/extraction/compact';

export interface DocumentProperties {
  /** 发文机关: the body that issued the document. */
  issuer: string | null;
  /**
   * 成文日期 (or 发文日期, the day it was issued): the date the document bears, as under its
   * signature (`YYYY-MM-DD`).
   */
  writtenOn: string | null;
  /** 发布日期: when the site put it online (`YYYY-MM-DD`). */
  postedOn: string | null;
}

/** The properties read: the issuer's labels, the document's own date's (成文日期, 发文日期), the posting's. */
const PROPERTY_WORDS = '发文机关|发布机构|成文日期|发文日期|发布日期';

/** A property's label alone, white space removed ('发文机关：'); also read from text (notice-fields.ts). */
export const PROPERTY_LABEL = new RegExp(`^(${PROPERTY_WORDS})[:：]?$`);

/** White space removed; nothing for a missing value. */
function compactOrEmpty(text: string | null | undefined): string {
  return compact(text ?? '');
}

const LABEL_WORDS = new RegExp(PROPERTY_WORDS);

function isBlank(node: DomNode): boolean {
  return !isElement(node) && compactOrEmpty(node.textContent) === '';
}

/**
 * The value after a label's text: the rest of its element, else what follows the element (the
 * next cell, or the text after "<span>成文日期：</span>"), climbing out of wrappers that hold
 * nothing but the label ("<td><b>发文机关：</b></td>").
 */
function valueAfter(labelText: DomNode): string {
  let rest = '';
  for (let node = labelText.nextSibling; node; node = node.nextSibling) rest += node.textContent ?? '';
  if (compactOrEmpty(rest) !== '') return compactOrEmpty(rest);
  const label = compactOrEmpty(labelText.textContent);
  let element = labelText.parentElement;
  for (let depth = 0; element && depth < 3; depth++) {
    let next = element.nextSibling;
    while (next && isBlank(next)) next = next.nextSibling;
    if (next)
      return isElement(next) && !/^(td|th|dd)$/i.test(next.tagName) ? '' : compactOrEmpty(next.textContent);
    element = element.parentElement;
    if (element && compactOrEmpty(element.textContent) !== label) return '';
  }
  return '';
}

/** The labels' text nodes, found by one walk over the page (no recursion: pages nest deep). */
function labelTexts(document: DomDocument): [string, DomNode][] {
  // Most pages have no such table: one look at the whole text spares the walk.
  if (!LABEL_WORDS.test(document.body.textContent ?? '')) return [];
  const found: [string, DomNode][] = [];
  const stack: DomNode[] = [document.body];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.nodeType === TEXT_NODE) {
      const label = PROPERTY_LABEL.exec(compactOrEmpty(node.textContent))?.[1];
      if (label) found.push([label, node]);
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}

export function readDocumentProperties(document: DomDocument): DocumentProperties {
  const found = new Map<string, string>();
  for (const [label, text] of labelTexts(document)) {
    if (found.has(label)) continue;
    const value = valueAfter(text);
    if (value !== '' && value.length <= 60) found.set(label, value);
  }
  const issuer = found.get('发文机关') ?? found.get('发布机构') ?? null;
  return {
    issuer: issuer && issuer.length <= 40 ? issuer : null,
    writtenOn: writtenOnOf(found),
    postedOn: findPublishedDate(found.get('发布日期') ?? ''),
  };
}

/** The day a document bears, from its properties by label: 成文日期, else 发文日期 (`YYYY-MM-DD`). */
export function writtenOnOf(found: ReadonlyMap<string, string>): string | null {
  return findPublishedDate(found.get('成文日期') ?? found.get('发文日期') ?? '');
}
