/**
 * The files and folders the person handed Gloss in this session: chosen in a dialog, dropped
 * on the window, named on the command line or with "Open with". The main process grants them
 * as they arrive; a renderer asking to read any other path is refused, so a script in the page
 * could never read /etc/shadow through the importer.
 */
import { isAbsolute, resolve, sep } from 'node:path';

export class PathGrants {
  private readonly granted = new Set<string>();

  grant(paths: readonly string[]): void {
    for (const path of paths) if (isAbsolute(path)) this.granted.add(resolve(path));
  }

  /** Whether `path` was granted, or lies inside a granted folder. */
  isGranted(path: string): boolean {
    if (!isAbsolute(path)) return false;
    const target = resolve(path);
    if (this.granted.has(target)) return true;
    for (let at = target.lastIndexOf(sep); at > 0; at = target.lastIndexOf(sep, at - 1)) {
      if (this.granted.has(target.slice(0, at))) return true;
    }
    return this.granted.has(sep) && target.startsWith(sep);
  }
}
