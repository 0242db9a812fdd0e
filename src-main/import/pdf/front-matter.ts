/**
 * Title, author, date and the issuing reference of a PDF, from its metadata and its first and
 * last blocks: a 文号 (国办发〔2024〕12号) above the title is the issuing reference, and a closing
 * 成文日期 (2024年3月1日), with the issuing body's name just above it, is the date and author.
 * None of them stays in the body; they go to the removed text with their reason.
 */
import type { PdfBlock } from './paragraphs';
import { compact } from '../../../src-shared/extraction/compact';
import { isDocumentNumber } from '../../../src-shared/extraction/title-furniture';

export interface PdfFrontMatter {
  title: string;
  byline: string | null;
  publishedAt: string | null;
  /** Blocks taken out of the body, with the reason and the index they stood before. */
  taken: { block: PdfBlock; reason: 'reference' | 'signature' | 'title' }[];
}

const HAN_DIGITS = '〇零○一二三四五六七八九十';
const CLOSING_DATE = new RegExp(
  `^(\\d{4}|[${HAN_DIGITS}]{4})\\s*年\\s*(\\d{1,2}|[${HAN_DIGITS}]{1,3})\\s*月\\s*(\\d{1,2}|[${HAN_DIGITS}]{1,3})\\s*日$`,
  'u',
);

function hanNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const digit = (ch: string) => '〇一二三四五六七八九'.indexOf(ch.replace(/[零○]/, '〇'));
  if (text.length === 4) return Number([...text].map((ch) => digit(ch)).join(''));
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + digit(text[1]);
  if (text.endsWith('十')) return digit(text[0]) * 10;
  if (text.includes('十')) return digit(text[0]) * 10 + digit(text[2]);
  return digit(text);
}

export function closingDate(text: string): string | null {
  const m = CLOSING_DATE.exec(text.replace(/\s+/g, ''));
  if (!m) return null;
  const [y, mo, d] = [hanNumber(m[1]), hanNumber(m[2]), hanNumber(m[3])];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A metadata title worth showing (not "Untitled" or a file name a converter wrote). */
function usableTitle(title: string | null): string | null {
  if (!title) return null;
  if (/^(untitled|无标题|microsoft word|document\d*$)/i.test(title) || /\.(docx?|pdf|wps|txt)$/i.test(title))
    return null;
  return title;
}

export function pdfFrontMatter(
  blocks: PdfBlock[],
  info: { title: string | null; author: string | null; created: string | null },
): PdfFrontMatter {
  const taken: PdfFrontMatter['taken'] = [];
  const take = (block: PdfBlock, reason: PdfFrontMatter['taken'][number]['reason']) =>
    taken.push({ block, reason });
  const opening = blocks.slice(0, 6).filter((b) => b.page === blocks[0]?.page);
  const reference = opening.find((b) => isDocumentNumber(b.text));
  if (reference) take(reference, 'reference');

  let title = usableTitle(info.title);
  const titleBlock = title
    ? opening.find((b) => compact(b.text) === compact(title!))
    : opening.find((b) => b.kind === 'heading' && b !== reference);
  if (titleBlock) {
    title ??= titleBlock.text;
    take(titleBlock, 'title');
  }

  let publishedAt: string | null = null;
  let byline = info.author;
  const closing = blocks.slice(-4);
  for (let i = closing.length - 1; i >= 0; i--) {
    const date = closingDate(closing[i].text);
    if (!date) continue;
    publishedAt = date;
    take(closing[i], 'signature');
    const signer = closing[i - 1];
    if (signer && signer.text.length <= 30 && !/[。！？；，.!?;,]/u.test(signer.text)) {
      byline ??= signer.text;
      take(signer, 'signature');
    }
    break;
  }
  return { title: title ?? '', byline, publishedAt: publishedAt ?? info.created, taken };
}
