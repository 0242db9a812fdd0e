/**
 * Folder collection: caps that are met say so and name what they skipped; names that are not
 * valid text and symbolic-link loops get sentences, not "moved or deleted" or ELOOP.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectImportPaths, MAX_DEPTH, MAX_FILES } from '../../src-main/import/collect-paths';
import { readAndImport } from '../../src-main/import/read-file';

const fresh = () => mkdtempSync(join(tmpdir(), 'gloss-collect-'));

describe('collectImportPaths', () => {
  it('names the folders too deep to look into and keeps the files above them', async () => {
    const root = fresh();
    let folder = root;
    for (let depth = 0; depth <= MAX_DEPTH + 1; depth++) {
      writeFileSync(join(folder, `level-${depth}.txt`), `Level ${depth}`);
      folder = join(folder, 'd');
      mkdirSync(folder);
    }
    const { files, failures } = await collectImportPaths([root]);
    expect(files).toHaveLength(MAX_DEPTH + 1);
    expect(failures).toHaveLength(1);
    expect(failures[0].reason).toBe(
      `Gloss did not look inside this folder: it is more than ${MAX_DEPTH} folders deep.`,
    );
    expect(failures[0].path).toBe(join(root, ...Array(MAX_DEPTH + 1).fill('d')));
  });

  it(`stops at ${MAX_FILES} files and names the first file it left out`, async () => {
    const root = fresh();
    const names = Array.from({ length: MAX_FILES + 3 }, (_, i) => `n${String(i).padStart(5, '0')}.txt`);
    for (const name of names) writeFileSync(join(root, name), 'x');
    const { files, failures } = await collectImportPaths([root]);
    expect(files).toHaveLength(MAX_FILES);
    expect(failures).toHaveLength(1);
    expect(failures[0].path).toBe(join(root, names[MAX_FILES]));
    expect(failures[0].reason).toMatch(
      /^Gloss imports at most 20,000 files at a time: it stopped at “.*n20000\.txt”/,
    );
  }, 30_000);

  it('says a name is not valid text instead of "moved or deleted"', async () => {
    const root = fresh();
    writeFileSync(
      Buffer.concat([Buffer.from(join(root, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]),
      'Text',
    );
    writeFileSync(join(root, 'fine.txt'), 'Fine');
    const { files, failures } = await collectImportPaths([root]);
    expect(files).toEqual([join(root, 'fine.txt')]);
    expect(failures).toEqual([
      expect.objectContaining({
        fileName: 'caf\uFFFD.txt',
        reason: expect.stringMatching(/^The name of this file or folder is not valid text/),
      }),
    ]);
    // The same name chosen in a dialog reaches the importer with U+FFFD in it.
    const result = await readAndImport(join(root, 'caf\uFFFD.txt'));
    expect(result).toMatchObject({
      ok: false,
      error: { reason: expect.stringMatching(/^The name of this file or folder is not valid text/) },
    });
  });

  it('explains a symbolic-link loop in words', async () => {
    const root = fresh();
    symlinkSync(join(root, 'b.txt'), join(root, 'a.txt'));
    symlinkSync(join(root, 'a.txt'), join(root, 'b.txt'));
    const result = await readAndImport(join(root, 'a.txt'));
    expect(result).toMatchObject({
      ok: false,
      error: {
        reason:
          'This is a link that leads back to itself (a loop of symbolic links), so there is no file to read.',
      },
    });
  });
});
