/**
 * Article files named on a command line: the first launch's `process.argv` and the argv that a
 * second instance forwards to the running one ("Open with Gloss" on Windows and Linux, or
 * `gloss notes.md` in a terminal). macOS delivers files through the open-file event instead, with
 * absolute paths, so only `isSupportedArticlePath` concerns it. Pure apart from the injectable
 * file check: no electron import, runs in tests.
 *
 * What is kept:
 * - every argument that is not the executable, not the app path (development runs only), not a
 *   switch and not a URL other than file://;
 * - resolved against the caller's working directory (the second instance's cwd, not ours);
 * - if its extension is one Gloss imports, whether or not it exists: the importer reports
 *   "not found" per file, which beats silently opening nothing after a typo;
 * - otherwise only if it is an existing file: the importer sniffs its content and reports it
 *   if unsupported. Directories and stray words are dropped;
 * - once (case-insensitively on Windows and macOS, whose file systems usually are).
 */
import * as nodePath from 'node:path';
import { statSync } from 'node:fs';

export const SUPPORTED_ARTICLE_EXTENSIONS: readonly string[] = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.xhtml',
  '.mhtml',
  '.mht',
  '.pdf',
  '.docx',
  '.doc',
  '.epub',
  '.odt',
];

export interface FilePathsFromArgvOptions {
  /** `app.isPackaged`: when false, argv[1] (or the first non-switch) is the app folder or script. */
  isPackaged: boolean;
  /** Whose path rules apply; defaults to the running platform. */
  platform?: NodeJS.Platform;
  /** Whether an absolute path is an existing regular file; defaults to fs.statSync. */
  isFile?: (absolutePath: string) => boolean;
}

function isExistingFile(absolutePath: string): boolean {
  try {
    return statSync(absolutePath).isFile();
  } catch {
    return false;
  }
}

/** Whether Gloss imports files with this name's extension (any case), e.g. for open-file on macOS. */
export function isSupportedArticlePath(filePath: string, pathApi: nodePath.PlatformPath = nodePath): boolean {
  return SUPPORTED_ARTICLE_EXTENSIONS.includes(pathApi.extname(filePath).toLowerCase());
}

/**
 * Chromium switches start with "-" ("--flag", "--flag=value", "-psn_0_123" from old macOS
 * launchers); on Windows Chromium also treats "/flag" as a switch, so Gloss does too.
 */
function isSwitch(arg: string, isWindows: boolean): boolean {
  return arg.startsWith('-') || (isWindows && arg.startsWith('/'));
}

/** A local file:// URL (Linux file managers may pass them for %U) as a path; null for anything else. */
function pathFromFileUrl(arg: string, isWindows: boolean): string | null {
  let url: URL;
  try {
    url = new URL(arg);
  } catch {
    return null;
  }
  if (url.protocol !== 'file:' || (url.hostname !== '' && url.hostname !== 'localhost')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  if (!isWindows) return decoded;
  // "/C:/Users/a.md" → "C:\Users\a.md"
  return decoded.replace(/^\/([A-Za-z]:)/, '$1').replace(/\//g, '\\');
}

function looksLikeUrl(arg: string): boolean {
  // Two or more letters before ":" so that a Windows drive ("C:\…", "C:/…") is not a scheme.
  return /^[A-Za-z][A-Za-z0-9+.-]+:/.test(arg);
}

export function filePathsFromArgv(
  argv: readonly string[],
  cwd: string,
  opts: FilePathsFromArgvOptions,
): string[] {
  const platform = opts.platform ?? process.platform;
  const isWindows = platform === 'win32';
  const foldCase = isWindows || platform === 'darwin';
  const pathApi = isWindows ? nodePath.win32 : nodePath.posix;
  const isFile = opts.isFile ?? isExistingFile;

  const result: string[] = [];
  const seen = new Set<string>();
  let appPathPending = !opts.isPackaged;
  let afterDoubleDash = false;

  for (const arg of argv.slice(1)) {
    if (typeof arg !== 'string' || arg === '') continue;
    if (!afterDoubleDash) {
      if (arg === '--') {
        afterDoubleDash = true;
        continue;
      }
      if (isSwitch(arg, isWindows)) continue;
    }
    if (appPathPending) {
      appPathPending = false;
      continue;
    }

    let candidate: string;
    if (looksLikeUrl(arg)) {
      const fromUrl = pathFromFileUrl(arg, isWindows);
      if (fromUrl === null) continue; // gloss:// links and web URLs are not files
      candidate = fromUrl;
    } else {
      candidate = arg;
    }

    const absolute = pathApi.resolve(cwd, candidate);
    if (!isSupportedArticlePath(absolute, pathApi) && !isFile(absolute)) continue;
    const key = foldCase ? absolute.toLowerCase() : absolute;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(absolute);
  }
  return result;
}
