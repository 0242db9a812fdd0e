/** Article files from a command line: first launch and second instance, on Windows, Linux and macOS. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filePathsFromArgv, isSupportedArticlePath } from '../../src-main/app/open-paths';

const noFiles = (): boolean => false;
const filesIn = (existing: string[]) => (p: string) => existing.includes(p);

describe('filePathsFromArgv on Windows', () => {
  const exe = 'C:\\Program Files\\Gloss\\Gloss.exe';
  const opts = { isPackaged: true, platform: 'win32' as const, isFile: noFiles };

  it('takes the file of "Open with Gloss" and skips the executable', () => {
    expect(
      filePathsFromArgv([exe, 'C:\\Users\\me\\Downloads\\文章.html'], 'C:\\Windows\\System32', opts),
    ).toEqual(['C:\\Users\\me\\Downloads\\文章.html']);
  });

  it('skips the switches Chromium adds to a second instance, in any position', () => {
    const argv = [
      exe,
      '--allow-file-access-from-files',
      '--original-process-start-time=13349912345678901',
      'C:\\Users\\me\\a.md',
      '--enable-features=Foo,Bar',
      'b.TXT',
    ];
    expect(filePathsFromArgv(argv, 'D:\\notes', opts)).toEqual(['C:\\Users\\me\\a.md', 'D:\\notes\\b.TXT']);
  });

  it('takes PDF, Word and EPUB files from "Open with Gloss", found or not', () => {
    const argv = [exe, 'C:\\Docs\\通知.pdf', 'report.DOCX', 'book.epub', 'old.doc', 'draft.odt'];
    expect(filePathsFromArgv(argv, 'D:\\in', opts)).toEqual([
      'C:\\Docs\\通知.pdf',
      'D:\\in\\report.DOCX',
      'D:\\in\\book.epub',
      'D:\\in\\old.doc',
      'D:\\in\\draft.odt',
    ]);
  });

  it('skips gloss:// links and web URLs', () => {
    const argv = [exe, 'gloss://article/abc#def', 'https://example.com/a.html', 'C:\\a.mht'];
    expect(filePathsFromArgv(argv, 'C:\\', opts)).toEqual(['C:\\a.mht']);
  });

  it('dedupes case-insensitively and after resolving', () => {
    const argv = [exe, 'C:\\Docs\\A.md', 'c:\\docs\\a.md', '..\\Docs\\.\\A.md'];
    expect(filePathsFromArgv(argv, 'C:\\Other', opts)).toEqual(['C:\\Docs\\A.md']);
  });

  it('converts file:// URLs to Windows paths', () => {
    expect(filePathsFromArgv([exe, 'file:///C:/My%20Docs/a.md'], 'C:\\', opts)).toEqual([
      'C:\\My Docs\\a.md',
    ]);
  });

  it('treats "/flag" as a switch, as Chromium does on Windows', () => {
    expect(filePathsFromArgv([exe, '/prefetch:1', 'a.txt'], 'C:\\x', opts)).toEqual(['C:\\x\\a.txt']);
  });
});

describe('filePathsFromArgv on Linux', () => {
  const exe = '/opt/Gloss/gloss';

  it('resolves relative paths against the caller cwd and keeps supported extensions', () => {
    const argv = [exe, 'notes/a.md', '../b.markdown', '/srv/c.xhtml', './d.htm'];
    expect(
      filePathsFromArgv(argv, '/home/me', { isPackaged: true, platform: 'linux', isFile: noFiles }),
    ).toEqual(['/home/me/notes/a.md', '/home/b.markdown', '/srv/c.xhtml', '/home/me/d.htm']);
  });

  it('keeps an unsupported extension only if it is an existing file', () => {
    const argv = [exe, 'README', 'photo.jpg', 'missing-thing'];
    const opts = {
      isPackaged: true,
      platform: 'linux' as const,
      isFile: filesIn(['/w/README', '/w/photo.jpg']),
    };
    expect(filePathsFromArgv(argv, '/w', opts)).toEqual(['/w/README', '/w/photo.jpg']);
  });

  it('skips the app path in development, even after Electron switches', () => {
    const argv = [
      '/repo/node_modules/electron/dist/electron',
      '--inspect=5858',
      'out/main/index.js',
      'a.txt',
      '-x',
    ];
    // Every path "exists" here, so only the app-path rule can drop out/main/index.js.
    expect(
      filePathsFromArgv(argv, '/repo', { isPackaged: false, platform: 'linux', isFile: () => true }),
    ).toEqual(['/repo/a.txt']);
  });

  it('does not skip a file in a packaged app', () => {
    expect(
      filePathsFromArgv([exe, 'a.txt'], '/w', { isPackaged: true, platform: 'linux', isFile: noFiles }),
    ).toEqual(['/w/a.txt']);
  });

  it('treats everything after "--" as a file, even a leading dash', () => {
    const argv = [exe, '--', '-draft.md', '--weird.txt'];
    expect(filePathsFromArgv(argv, '/w', { isPackaged: true, platform: 'linux', isFile: noFiles })).toEqual([
      '/w/-draft.md',
      '/w/--weird.txt',
    ]);
  });

  it('converts local file:// URLs, refuses remote ones, keeps case-sensitive duplicates apart', () => {
    const argv = [
      exe,
      'file:///home/me/%E6%96%87.md',
      'file://server/share/a.md',
      '/home/me/A.md',
      '/home/me/a.md',
    ];
    expect(filePathsFromArgv(argv, '/', { isPackaged: true, platform: 'linux', isFile: noFiles })).toEqual([
      '/home/me/文.md',
      '/home/me/A.md',
      '/home/me/a.md',
    ]);
  });

  it('ignores a second-instance argv that carries only a gloss:// link', () => {
    const argv = [exe, '--no-sandbox', 'gloss://article/abc'];
    expect(
      filePathsFromArgv(argv, '/w', { isPackaged: true, platform: 'linux', isFile: () => true }),
    ).toEqual([]);
  });
});

describe('filePathsFromArgv on macOS', () => {
  it('skips the -psn_ switch of Finder launches and dedupes case-insensitively', () => {
    const argv = [
      '/Applications/Gloss.app/Contents/MacOS/Gloss',
      '-psn_0_12345',
      '/Users/me/A.md',
      '/Users/me/a.md',
    ];
    expect(filePathsFromArgv(argv, '/', { isPackaged: true, platform: 'darwin', isFile: noFiles })).toEqual([
      '/Users/me/A.md',
    ]);
  });
});

describe('filePathsFromArgv with the real file system', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gloss-open-paths-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps an existing extensionless file and drops a directory', () => {
    writeFileSync(path.join(dir, 'saved-page'), '<html></html>');
    mkdirSync(path.join(dir, 'folder'));
    const argv = ['/opt/Gloss/gloss', 'saved-page', 'folder', 'nothing-here'];
    expect(filePathsFromArgv(argv, dir, { isPackaged: true, platform: 'linux' })).toEqual([
      path.join(dir, 'saved-page'),
    ]);
  });
});

describe('isSupportedArticlePath', () => {
  it('matches the importable extensions in any case', () => {
    for (const name of [
      'a.txt',
      'a.MD',
      'a.markdown',
      'a.Html',
      'a.htm',
      'a.xhtml',
      'a.mhtml',
      'a.MHT',
      'a.pdf',
      'a.DOCX',
      'a.doc',
      'a.epub',
      'a.odt',
    ]) {
      expect(isSupportedArticlePath(name)).toBe(true);
    }
    for (const name of ['a.png', 'a.zip', 'a', 'md', 'a.md.bak', '.md', 'a.pdf.part']) {
      expect(isSupportedArticlePath(name)).toBe(false);
    }
  });
});
