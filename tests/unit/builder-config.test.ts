/**
 * The installer configuration (electron-builder.yml), its icons and scripts/dist.mjs, checked
 * without building: Electron cannot always be downloaded, so these are the parts that must be
 * right before a release machine ever runs `npm run dist`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Configuration, FileAssociation, TargetConfiguration } from 'electron-builder';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { convertIcon } from 'app-builder-lib/out/util/iconConverter';
import { isSupportedArticlePath } from '../../src-main/app/open-paths';

const repoRoot = path.resolve(__dirname, '../..');
const resources = path.join(repoRoot, 'resources');
const config = parse(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Configuration;

function targetsOf(platform: 'linux' | 'win' | 'mac'): Map<string, string[]> {
  const targets = (config[platform]?.target ?? []) as TargetConfiguration[];
  return new Map(targets.map((t) => [t.target, (t.arch ?? []) as string[]]));
}

function asArray<T>(value: T | T[] | null | undefined): T[] {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}

describe('electron-builder.yml', () => {
  it('names the app and packs it into an asar written to release/', () => {
    expect(config.appId).toBe('app.gloss.reader');
    expect(config.productName).toBe('Gloss');
    expect(config.asar).toBe(true);
    expect(config.directories?.output).toBe('release');
    expect(config.publish).toBeNull();
  });

  it('passes electron-builder’s own schema validation', async () => {
    await expect(
      validateConfiguration(config, { isEnabled: false, add: () => undefined } as never),
    ).resolves.toBe(undefined);
  });

  it('builds AppImage and deb, NSIS, and dmg, each for x64 and arm64', () => {
    const expected = { linux: ['AppImage', 'deb'], win: ['nsis'], mac: ['dmg'] } as const;
    for (const [platform, names] of Object.entries(expected) as [
      'linux' | 'win' | 'mac',
      readonly string[],
    ][]) {
      const targets = targetsOf(platform);
      expect([...targets.keys()].sort()).toEqual([...names].sort());
      for (const name of names) expect(targets.get(name)?.slice().sort()).toEqual(['arm64', 'x64']);
    }
    expect(config.nsis?.buildUniversalInstaller).toBe(false);
  });

  it('ships only the built app: out/** and package.json', () => {
    const patterns = asArray(config.files as string | string[]);
    const included = patterns.filter((p) => typeof p === 'string' && !p.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'package.json']);
    for (const sourceDir of [
      'src-main',
      'src-renderer',
      'tests',
      'bench',
      'tools',
      'docs',
      'corpora',
      'resources',
    ]) {
      expect(patterns.some((p) => typeof p === 'string' && !p.startsWith('!') && p.includes(sourceDir))).toBe(
        false,
      );
    }
    expect(config.extraResources ?? null).toBeNull();
  });

  it('associates the twelve importable extensions as a Viewer, each with a name and a MIME type', () => {
    const associations = asArray(config.fileAssociations as FileAssociation[]);
    const extensions = associations.flatMap((a) => asArray(a.ext));
    expect(extensions.sort()).toEqual([
      'doc',
      'docx',
      'epub',
      'htm',
      'html',
      'markdown',
      'md',
      'mht',
      'mhtml',
      'odt',
      'pdf',
      'txt',
    ]);
    // What the installer offers, the command-line hand-over takes (even before the file exists).
    for (const ext of extensions) expect(isSupportedArticlePath(`report.${ext}`), ext).toBe(true);
    for (const association of associations) {
      expect(association.role).toBe('Viewer');
      expect(association.name).toMatch(/^Gloss\.\w+$/); // a Windows ProgID: no spaces, unique to Gloss
      expect(association.description).toBeTruthy();
      expect(association.mimeType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    }
  });

  it('never claims to be the default app: Alternate rank on macOS, default withdrawn by the NSIS include', () => {
    const associations = asArray(config.fileAssociations as FileAssociation[]);
    for (const association of associations) expect(association.rank).toBe('Alternate');
    const include = readFileSync(
      path.join(repoRoot, config.directories!.buildResources!, config.nsis!.include!),
      'utf8',
    );
    const withdrawn = [...include.matchAll(/^\s*!insertmacro glossReleaseDefault "(\w+)" "([\w.]+)"/gm)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    const declared = associations.flatMap((a) => asArray(a.ext).map((ext) => `${ext} ${a.name}`));
    expect(withdrawn.sort()).toEqual(declared.sort());
  });

  it('registers the gloss: scheme', () => {
    const protocols = asArray(config.protocols);
    expect(protocols).toEqual([expect.objectContaining({ name: 'Gloss link', schemes: ['gloss'] })]);
  });

  it('gives the Linux desktop entry Office;Viewer and MIME types including x-scheme-handler/gloss, once each', () => {
    const linux = config.linux!;
    expect(linux.category?.split(';').filter(Boolean)).toEqual(['Office', 'Viewer']);
    // The same sum LinuxTargetHelper writes to MimeType=.
    const mimeTypes = [
      ...asArray(linux.mimeTypes),
      ...asArray(config.fileAssociations as FileAssociation[]).map((a) => a.mimeType),
      ...asArray(config.protocols).flatMap((p) => p.schemes.map((s) => `x-scheme-handler/${s}`)),
    ];
    expect(mimeTypes).toEqual(
      expect.arrayContaining(['x-scheme-handler/gloss', 'text/plain', 'text/markdown', 'text/html']),
    );
    expect(new Set(mimeTypes).size).toBe(mimeTypes.length);
    expect(config.extraMetadata).toEqual({ desktopName: 'gloss.desktop' });
    expect(linux.syncDesktopName).toBe(true);
  });

  it('sets the security fuses: no run-as-Node, no NODE_OPTIONS or inspector, asar only and checked, cookies encrypted', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('keeps user data when Gloss is uninstalled on Windows', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = parse(readFileSync(path.join(repoRoot, '.github/workflows/release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    jobs: Record<
      string,
      {
        strategy: { matrix: { os: string[] } };
        steps: { run?: string; uses?: string; with?: { files?: string } }[];
      }
    >;
  };
  const job = Object.values(workflow.jobs)[0];

  it('builds on tags v* on all three systems with npm run dist', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
    expect(job.strategy.matrix.os.sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(job.steps.map((step) => step.run)).toContain('npm run dist');
  });

  it('uploads every installer the config produces', () => {
    const upload = job.steps.find((step) => step.uses?.startsWith('softprops/action-gh-release'));
    const globs = (upload?.with?.files ?? '').split('\n').filter(Boolean);
    const outputDir = config.directories!.output!;
    const nsisName = config.nsis!.artifactName!.replace('${productName}', config.productName!);
    const samples = [
      `${outputDir}/Gloss-0.1.0-x86_64.AppImage`,
      `${outputDir}/gloss_0.1.0_amd64.deb`,
      `${outputDir}/${nsisName.replace('${version}', '0.1.0').replace('${arch}', 'arm64').replace('${ext}', 'exe')}`,
      `${outputDir}/Gloss-0.1.0-arm64.dmg`,
    ];
    for (const sample of samples) {
      expect(globs.some((glob) => path.posix.matchesGlob(sample, glob))).toBe(true);
    }
    // electron-builder writes the uninstaller next to the installer while building; never attach it.
    const uninstaller = `${outputDir}/Gloss-Setup-0.1.0-x64.__uninstaller.exe`;
    expect(globs.some((glob) => path.posix.matchesGlob(uninstaller, glob))).toBe(false);
  });
});

/** PNG width and height from the IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('icons', () => {
  const buildResources = path.join(repoRoot, config.directories!.buildResources!);
  const scratch = mkdtempSync(path.join(tmpdir(), 'gloss-icons-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('has a 1024 px PNG and a Linux set from 16 to 512 px', () => {
    expect(pngSize(readFileSync(path.join(resources, 'icon.png')))).toEqual([1024, 1024]);
    const names = readdirSync(path.join(buildResources, config.linux!.icon!));
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const name = `${size}x${size}.png`;
      expect(names).toContain(name);
      expect(pngSize(readFileSync(path.join(resources, 'icons', name)))).toEqual([size, size]);
    }
  });

  it('has an ICO whose entries are PNGs of the sizes its directory declares, up to 256 px', () => {
    const ico = readFileSync(path.join(buildResources, config.win!.icon!));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const side = ico[entry] || 256;
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      expect(pngSize(png)).toEqual([side, side]);
      sizes.push(side);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has an ICNS whose elements are PNGs of the sizes their types stand for', () => {
    const icns = readFileSync(path.join(buildResources, config.mac!.icon!));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sideOf: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    };
    const types: string[] = [];
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('latin1', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      expect(sideOf[type]).toBeDefined();
      expect(pngSize(icns.subarray(at + 8, at + length))).toEqual([sideOf[type], sideOf[type]]);
      types.push(type);
      at += length;
    }
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });

  it('is accepted by electron-builder as is, with no conversion', async () => {
    const roots = [buildResources, repoRoot];
    const outDir = path.join(scratch, 'converted');
    const ico = await convertIcon({
      sources: [config.win!.icon!],
      fallbackSources: [],
      roots,
      format: 'ico',
      outDir,
    });
    expect(ico).toMatchObject({
      isFallback: false,
      icons: [{ file: path.join(resources, 'icon.ico'), size: 256 }],
    });
    const icns = await convertIcon({
      sources: [config.mac!.icon!],
      fallbackSources: [],
      roots,
      format: 'icns',
      outDir,
    });
    expect(icns.icons?.[0]?.file).toBe(path.join(resources, 'icon.icns'));
    const set = await convertIcon({
      sources: [config.linux!.icon!],
      fallbackSources: [],
      roots,
      format: 'set',
      outDir,
    });
    expect(set.icons?.map((icon) => icon.size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
  });
});

describe('scripts/dist.mjs', () => {
  const dist = path.join(repoRoot, 'scripts/dist.mjs');
  const scratch = mkdtempSync(path.join(tmpdir(), 'gloss-dist-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function runDist(args: string[], env: Record<string, string>) {
    const result = spawnSync(process.execPath, [dist, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  const expectedLine =
    'Gloss: cannot build installers: the Electron binary is not installed and could not be downloaded (no internet?). ' +
    'Run "npx install-electron" where the internet is reachable, then "npm run dist".\n';

  it('fails with exactly one line when Electron is missing and fetching is off', () => {
    const empty = path.join(scratch, 'empty');
    mkdirSync(empty);
    const result = runDist(['linux'], { GLOSS_ELECTRON_DIR: empty, GLOSS_NO_FETCH: '1' });
    expect(result).toEqual({ code: 1, stdout: '', stderr: expectedLine });
  });

  it('tries the Electron installer once, hides its output, and still says one line when it fails', () => {
    const offline = path.join(scratch, 'offline');
    mkdirSync(offline);
    // Stands in for node_modules/electron/install.js without the network: records the call, fails loudly.
    writeFileSync(
      path.join(offline, 'install.js'),
      "require('fs').appendFileSync(__dirname + '/calls', 'x'); console.log('Downloading…'); " +
        "console.error(new Error('getaddrinfo ENOTFOUND github.com').stack); process.exit(1);",
    );
    const result = runDist(['win'], { GLOSS_ELECTRON_DIR: offline, GLOSS_NO_FETCH: '' });
    expect(result).toEqual({ code: 1, stdout: '', stderr: expectedLine });
    expect(readFileSync(path.join(offline, 'calls'), 'utf8')).toBe('x');
  });

  it('runs electron-vite build, then electron-builder for the chosen OS without publishing', () => {
    const installed = path.join(scratch, 'installed');
    mkdirSync(path.join(installed, 'dist'), { recursive: true });
    writeFileSync(path.join(installed, 'path.txt'), 'electron');
    writeFileSync(path.join(installed, 'dist', 'electron'), '');
    const result = runDist(['mac', '--dry-run'], { GLOSS_ELECTRON_DIR: installed, GLOSS_NO_FETCH: '1' });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/electron-vite\.js build$/);
    expect(lines[1]).toMatch(/electron-builder[\\/]cli\.js --mac --publish never$/);
  });

  it('rejects an unknown OS in one line', () => {
    const result = runDist(['beos'], { GLOSS_NO_FETCH: '1' });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Gloss: cannot build installers for "beos": choose linux, win or mac.\n',
    });
  });

  it('is what the npm dist scripts run', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.dist).toBe('node scripts/dist.mjs');
    expect(scripts['dist:linux']).toBe('node scripts/dist.mjs linux');
    expect(scripts['dist:win']).toBe('node scripts/dist.mjs win');
    expect(scripts['dist:mac']).toBe('node scripts/dist.mjs mac');
  });
});
