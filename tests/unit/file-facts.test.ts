/**
 * What the file-check thread learns of a file: its kind, and its bytes' SHA-256 with the bytes
 * of a file read whole; nothing for what the import itself should read and explain.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkGroup,
  hashFacts,
  statFacts,
  WHOLE_FILE_BYTES,
  type HashFacts,
  type StatHashFacts,
} from '../../src-main/app/file-facts';
import { FileCheckPool } from '../../src-main/app/file-check-pool';
import { FileCheckThread } from '../../src-main/app/file-check-thread';

const dir = mkdtempSync(join(tmpdir(), 'gloss-file-facts-'));
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('file facts', () => {
  it('hashes a small file and keeps exactly its bytes', () => {
    const path = join(dir, 'small.txt');
    writeFileSync(path, '红色 and blue');
    const facts = hashFacts(path);
    expect(facts?.contentHash).toBe(sha256('红色 and blue'));
    expect(Buffer.from(facts!.bytes!).toString('utf8')).toBe('红色 and blue');
    expect(facts!.bytes!.buffer.byteLength).toBe(Buffer.byteLength('红色 and blue'));
  });

  it('hashes a large file in chunks without keeping it', () => {
    const path = join(dir, 'large.txt');
    const bytes = new Uint8Array(WHOLE_FILE_BYTES * 2 + 5).fill(97);
    writeFileSync(path, bytes);
    const facts = hashFacts(path);
    expect(facts?.contentHash).toBe(sha256(bytes));
    expect(facts?.bytes).toBeUndefined();
  });

  it('leaves a missing file and a folder to the import', () => {
    mkdirSync(join(dir, 'folder'));
    expect(hashFacts(join(dir, 'missing.txt'))).toBeNull();
    expect(hashFacts(join(dir, 'folder'))).toBeNull();
    expect(statFacts(join(dir, 'folder'))).toMatchObject({ ok: true, kind: 'folder' });
    expect(statFacts(join(dir, 'missing.txt'))).toMatchObject({ ok: false, code: 'ENOENT' });
  });

  it('answers calls made together, each with its own file (on this thread without a worker)', async () => {
    const checks = new FileCheckThread(null);
    const paths = ['a', 'b', 'c'].map((name) => {
      const path = join(dir, `${name}.md`);
      writeFileSync(path, `# ${name}`);
      return path;
    });
    const [hashes, kinds] = await Promise.all([
      Promise.all(paths.map((p) => checks.hash(p))),
      Promise.all(paths.map((p) => checks.stat(p))),
    ]);
    expect(hashes.map((f) => f?.contentHash)).toEqual(['# a', '# b', '# c'].map(sha256));
    expect(kinds.map((k) => k.ok && k.kind)).toEqual(['file', 'file', 'file']);
  });

  it('states a group and hashes its files in the same visit while their bytes fit its budget', () => {
    mkdirSync(join(dir, 'folder'), { recursive: true });
    const whole = join(dir, 'whole.txt');
    writeFileSync(whole, new Uint8Array(WHOLE_FILE_BYTES - 10).fill(98));
    const small = join(dir, 'after.txt');
    writeFileSync(small, 'x'.repeat(20));
    const last = join(dir, 'last.txt');
    writeFileSync(last, 'y');
    const large = join(dir, 'large.txt');
    writeFileSync(large, new Uint8Array(WHOLE_FILE_BYTES + 1).fill(97));
    const facts = checkGroup(
      'stat-hash',
      [join(dir, 'folder'), whole, small, last, large],
      WHOLE_FILE_BYTES,
    ) as StatHashFacts[];
    expect(facts.map((f) => f.stat.ok && f.stat.kind)).toEqual(['folder', 'file', 'file', 'file', 'file']);
    // The folder is not hashed; the first file spends the budget but for 10 bytes, so the next
    // file (20 bytes) is left for its turn and the last small one (1 byte) still fits; a file
    // too large to keep is hashed in its turn.
    expect(facts.map((f) => (f.hash === undefined ? 'later' : f.hash ? 'hashed' : 'null'))).toEqual([
      'later',
      'hashed',
      'later',
      'hashed',
      'later',
    ]);
    expect(facts[3].hash?.contentHash).toBe(sha256('y'));
  });

  it('hashes a group without keeping the bytes that do not fit its budget', () => {
    const paths = ['k1', 'k2', 'k3'].map((name) => {
      const path = join(dir, `${name}.txt`);
      writeFileSync(path, name.repeat(50));
      return path;
    });
    const facts = checkGroup('hash', paths, 200) as HashFacts[];
    expect(facts.map((f) => f?.contentHash)).toEqual(['k1', 'k2', 'k3'].map((n) => sha256(n.repeat(50))));
    expect(facts.map((f) => f?.bytes?.byteLength ?? 0)).toEqual([100, 100, 0]);
  });

  it('deals the files of a group to its threads in turn, each answered with its own file', async () => {
    const pool = new FileCheckPool(null, 2);
    const paths = ['p', 'q', 'r', 's', 't'].map((name) => {
      const path = join(dir, `${name}.md`);
      writeFileSync(path, `# ${name}`);
      return path;
    });
    const facts = await Promise.all(paths.map((p) => pool.statAndHash(p)));
    expect(facts.map((f) => f.hash?.contentHash)).toEqual(['# p', '# q', '# r', '# s', '# t'].map(sha256));
  });
});
