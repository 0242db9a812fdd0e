/** DOCX producer: the `docx` package, with Word's heading styles, a title and core properties. */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { SourceText } from './source-texts';

export async function wordDocument(text: SourceText): Promise<Uint8Array> {
  const doc = new Document({
    title: text.title,
    creator: text.author,
    sections: [
      {
        children: [
          new Paragraph({ text: text.title, heading: HeadingLevel.TITLE }),
          ...text.paragraphs.map((p) =>
            p.kind === 'heading'
              ? new Paragraph({ text: p.text, heading: HeadingLevel.HEADING_2 })
              : new Paragraph({ text: p.text }),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
