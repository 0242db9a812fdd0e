/**
 * File names for exported notes that work on Windows, macOS and Linux and inside Obsidian links:
 * Chinese and other scripts kept, reserved characters replaced, Windows device names avoided,
 * length bounded, and collisions numbered the way file managers do (`name (2).md`).
 */

/** Reserved on Windows (`<>:"/\|?*`), or breaking an Obsidian `[[link]]` (`#^[]`). */
const RESERVED = /[<>:"/\\|?*#^[\]]/g;
// eslint-disable-next-line no-control-regex -- control characters are what this replaces
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Longest base name, in UTF-16 code units, before ` (n)` and the extension. */
export const MAX_BASE_LENGTH = 100;

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // never keep half of a surrogate pair
  return text.slice(0, cut);
}

function cleanBase(title: string): string {
  let base = title
    .normalize('NFC')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, ' ')
    .replace(CONTROL, '_')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, ''); // a leading dot hides the file on macOS and Linux
  base = truncate(base, MAX_BASE_LENGTH).replace(/[. ]+$/, ''); // Windows drops trailing dots and spaces
  if (base === '') base = 'Untitled';
  const stem = base.split('.')[0].trim();
  if (WINDOWS_DEVICE.test(stem)) base = `${stem}_${base.slice(base.split('.')[0].length)}`;
  return base;
}

/**
 * A file name for `title` with `extension`, not yet in `used`, which it is added to. `used`
 * holds lower-cased names: Windows and macOS compare file names without case.
 */
export function safeFileName(title: string, used: Set<string>, extension = '.md'): string {
  const base = cleanBase(title);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}${extension}` : `${base} (${n})${extension}`;
    const key = name.normalize('NFC').toLowerCase();
    if (!used.has(key)) {
      used.add(key);
      return name;
    }
  }
}
