/**
 * A notice's properties table saved as text: each label alone on its line and the value on the
 * next ("发文机关：" / "吉林省人民政府", "成文日期：" / "2022年01月27日"), as government
 * information-disclosure pages print them. The HTML path reads the same table from its cells
 * (html/document-properties.ts); this reads it from the lines a saved page's text gives.
 */
import { compact } from '../../../src-shared/extraction/compact';
import { isFieldLabel, isTitleFieldLabel } from '../../../src-shared/extraction/title-furniture';
import { PROPERTY_LABEL, writtenOnOf } from '../html/document-properties';

export interface NoticeFields {
  /** 发文机关 or 发布机构: the body that issued the notice, its author. */
  issuer: string | null;
  /** 成文日期 or 发文日期: the date the notice bears (`YYYY-MM-DD`). */
  writtenOn: string | null;
}

/** How far down the text the table is looked for, in lines. */
const REACH = 80;
/** The longest issuer's name read, in characters ("中华人民共和国国家发展和改革委员会" is 17). */
const ISSUER_MAX = 40;

export function noticeFields(lines: readonly string[]): NoticeFields {
  const found = new Map<string, string>();
  const end = Math.min(lines.length - 1, REACH);
  for (let i = 0; i < end; i++) {
    const label = PROPERTY_LABEL.exec(compact(lines[i]))?.[1];
    if (!label || found.has(label)) continue;
    const value = lines[i + 1].trim();
    // A label followed by another label (with or without its colon) has no value of its own.
    const isLabel = PROPERTY_LABEL.test(compact(value)) || isFieldLabel(value) || isTitleFieldLabel(value);
    if (value !== '' && !isLabel) found.set(label, value);
  }
  const issuer = found.get('发文机关') ?? found.get('发布机构') ?? null;
  return {
    issuer: issuer && Array.from(issuer).length <= ISSUER_MAX ? issuer : null,
    writtenOn: writtenOnOf(found),
  };
}
