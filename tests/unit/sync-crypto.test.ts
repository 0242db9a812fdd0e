/** Encryption of synced records: round trips, wrong keys refused, nothing readable on the wire. */
import { describe, expect, it } from 'vitest';
import {
  deriveSecret,
  documentId,
  importKeys,
  makeKeyCheck,
  randomSalt,
  verifyKeyCheck,
  WrongPassphrase,
} from '../../src-renderer/src/sync/sync-crypto';
import { decodeRecord, encodeRecord, type DecodedRecord } from '../../src-renderer/src/sync/sync-doc';

const salt = randomSalt();
const keysFor = async (passphrase: string) => importKeys(await deriveSecret(passphrase, salt, 1000));

describe('sync encryption', () => {
  const record: DecodedRecord = {
    table: 'sources',
    key: 'article-1',
    fields: { fileName: '深情无限梦毕圆.txt', bytes: new Uint8Array([1, 2, 3, 250]) },
    clocks: { fileName: 't1', bytes: 't1' },
    deleted: false,
  };

  it('round-trips a record with its original bytes, and shows none of it in the document', async () => {
    const keys = await keysFor('right');
    const id = await documentId(keys, 'sources', 'article-1');
    const doc = await encodeRecord(keys, id, record);
    expect(JSON.stringify(doc)).not.toMatch(/深情|article-1|sources|fileName.*txt/);
    const back = await decodeRecord(keys, doc);
    expect(back.fields.fileName).toBe('深情无限梦毕圆.txt');
    expect(Array.from(back.fields.bytes as Uint8Array)).toEqual([1, 2, 3, 250]);
    expect(back.clocks).toEqual(record.clocks);
  });

  it('keeps each field’s own stamp, a field without one, and a stamp whose field is gone', async () => {
    const keys = await keysFor('right');
    const mixed: DecodedRecord = {
      table: 'highlights',
      key: 'h1',
      fields: { color: 'green', note: 'n', tags: [], date: null },
      clocks: { color: 't2', note: 't1', tags: 't1', quote: 't3' },
      deleted: false,
      deletedClock: 't0',
    };
    const back = await decodeRecord(keys, await encodeRecord(keys, 'g1', mixed));
    expect(back.clocks).toEqual(mixed.clocks);
    expect(back.fields).toEqual(mixed.fields);
    expect(back.deletedClock).toBe('t0');
  });

  it('refuses another passphrase and a value moved to another document', async () => {
    const keys = await keysFor('right');
    const id = await documentId(keys, 'sources', 'article-1');
    const doc = await encodeRecord(keys, id, record);
    await expect(decodeRecord(await keysFor('wrong'), doc)).rejects.toThrow();
    const other = await encodeRecord(keys, await documentId(keys, 'sources', 'article-2'), {
      ...record,
      key: 'article-2',
    });
    await expect(decodeRecord(keys, { ...doc, s: other.s })).rejects.toThrow();
  });

  it('tells a wrong passphrase by the key check', async () => {
    const check = await makeKeyCheck(await keysFor('right'), salt, 1000);
    await expect(verifyKeyCheck(await keysFor('right'), check)).resolves.toBeUndefined();
    await expect(verifyKeyCheck(await keysFor('wrong'), check)).rejects.toBeInstanceOf(WrongPassphrase);
  });

  it('gives each record a stable id that depends on the key', async () => {
    const a = await documentId(await keysFor('right'), 'tags', 'policy');
    expect(await documentId(await keysFor('right'), 'tags', 'policy')).toBe(a);
    expect(await documentId(await keysFor('other'), 'tags', 'policy')).not.toBe(a);
    expect(a).toMatch(/^g[0-9a-f]{40}$/);
  });
});
