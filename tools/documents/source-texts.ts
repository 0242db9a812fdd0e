/**
 * The texts the test documents are made from: cwced's cleaned main texts, with their hard-wrapped
 * lines joined back into paragraphs, a title, a 文号, a closing date and short lines marked as
 * headings. The same paragraphs are the reference the evaluation scores against. Texts are split
 * by id into a half to tune on and a held-out half.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface SourceParagraph {
  kind: 'heading' | 'paragraph';
  text: string;
}

export interface SourceText {
  id: string;
  /** `tune` (every other text by id) or `held-out`. */
  split: 'tune' | 'held-out';
  title: string;
  /** Issuing reference printed above the title, e.g. 某办发〔2024〕7号. */
  reference: string;
  /** Closing date as printed (2024年3月1日) and as YYYY-MM-DD. */
  datePrinted: string;
  date: string;
  author: string;
  paragraphs: SourceParagraph[];
}

const SENTENCE_END = /[。！？!?」』”"）)：:；;…．.]$/u;

/** Joins hard-wrapped lines (a line that runs to the wrap width without ending a sentence). */
export function paragraphsOf(text: string): SourceParagraph[] {
  const lines = text
    .split(/\r?\n/)
    // Private-use characters (icon fonts of the saved page) print as nothing readable.
    .map((l) =>
      l
        .replace(/[\uE000-\uF8FF]/gu, '')
        .replace(/[\s\u3000]+/gu, ' ')
        .trim(),
    )
    .filter((l) => l !== '');
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  const wrapWidth = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  const joined: string[] = [];
  let current = '';
  for (const line of lines) {
    current += line;
    const wrapped = line.length >= wrapWidth * 0.85 && wrapWidth <= 60 && !SENTENCE_END.test(line);
    if (!wrapped) {
      joined.push(current);
      current = '';
    }
  }
  if (current) joined.push(current);
  return joined.map((t) => ({
    kind: t.length <= 20 && !SENTENCE_END.test(t) && !/^\d+$/.test(t) ? 'heading' : 'paragraph',
    text: t,
  }));
}

function titleOf(paragraphs: SourceParagraph[]): string {
  const first = paragraphs.find((p) => p.kind === 'paragraph')?.text ?? '';
  const words = first.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '').slice(0, 12);
  return `关于${words}有关情况的通知`;
}

export function loadSourceTexts(corpusDir: string): SourceText[] {
  const cleaned = path.join(corpusDir, 'cleaned');
  const ids = readdirSync(cleaned)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
  return ids.map((id, index) => {
    const paragraphs = paragraphsOf(readFileSync(path.join(cleaned, `${id}.txt`), 'utf8'));
    const month = (index % 12) + 1;
    const day = (index % 27) + 1;
    return {
      id,
      split: index % 2 === 0 ? 'tune' : 'held-out',
      title: titleOf(paragraphs),
      reference: `某办发〔2024〕${index + 3}号`,
      datePrinted: `2024年${month}月${day}日`,
      date: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      author: '某市人民政府办公厅',
      paragraphs,
    };
  });
}
