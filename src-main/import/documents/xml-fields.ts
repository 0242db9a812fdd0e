/**
 * Reading a few fields out of small XML parts (DOCX core properties, an EPUB's OPF and
 * container, ODT metadata) without a full XML parser: element text by qualified name and
 * attributes of self-closing or open tags, with entities decoded.
 */

export function decodeEntities(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text of the first element named `name` (e.g. `dc:title`), tags inside it dropped. */
export function elementText(xml: string, name: string): string | null {
  const escaped = name.replace(/[.:]/g, (c) => `\\${c}`);
  const m = new RegExp(`<${escaped}(?:\\s[^>]*)?>([\\s\\S]*?)</${escaped}>`, 'i').exec(xml);
  if (!m) return null;
  const text = decodeEntities(m[1].replace(/<[^>]+>/g, '')).trim();
  return text === '' ? null : text;
}

/** Attributes of every tag named `name`. */
export function tagsWithAttributes(xml: string, name: string): Record<string, string>[] {
  const escaped = name.replace(/[.:]/g, (c) => `\\${c}`);
  const out: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<${escaped}\\s([^>]*?)/?>`, 'gi'))) {
    const attributes: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      attributes[a[1]] = decodeEntities(a[3] ?? a[4] ?? '');
    }
    out.push(attributes);
  }
  return out;
}

/** The day of an ISO-like date (2024-03-01T…, 2024-3-1) as YYYY-MM-DD, else null. */
export function isoDay(value: string | null): string | null {
  const m = value ? /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value.trim()) : null;
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}
