/**
 * Libraries written by every past schema version, opened by the current build: every record is
 * there after the upgrade, with the fields later versions add. One fixture per version in
 * tests/fixtures/schema/v<N>.json ({ version, stores, records }); a new version adds its fixture
 * and, when its upgrade changes records, a line in EXPECTED_AFTER_UPGRADE.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { GlossDB } from '../../src-renderer/src/db/db';

const FIXTURES = join(__dirname, '../fixtures/schema');

interface Fixture {
  version: number;
  stores: Record<string, string>;
  records: Record<string, Record<string, unknown>[]>;
}

/** `{ "$bytes": base64 }` in a fixture stands for a Uint8Array. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$bytes === 'string') return new Uint8Array(Buffer.from(record.$bytes, 'base64'));
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

/** What upgrades add to records of older versions (the fields each later version fills in). */
const EXPECTED_AFTER_UPGRADE: Record<
  string,
  (record: Record<string, unknown>, from: number) => Record<string, unknown>
> = {
  articles: (article, from) =>
    from < 2
      ? {
          ...article,
          status: article.readingPosition ? 'reading' : 'inbox',
          progress: 0,
          lastOpenedAt: (article.readingPosition as { updatedAt?: string } | null)?.updatedAt ?? null,
        }
      : article,
};

const fixtures = readdirSync(FIXTURES)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Fixture);

describe('schema upgrades', () => {
  it('has a fixture for version 1', () => {
    expect(fixtures.map((f) => f.version)).toContain(1);
  });

  for (const fixture of fixtures) {
    it(`opens a version ${fixture.version} library with every record migrated`, async () => {
      const name = `schema-v${fixture.version}`;
      const old = new Dexie(name);
      old.version(fixture.version).stores(fixture.stores);
      await old.open();
      for (const [table, rows] of Object.entries(fixture.records))
        await old.table(table).bulkPut(revive(rows) as object[]);
      old.close();

      const current = new GlossDB(name);
      await current.open();
      expect(current.verno).toBeGreaterThan(fixture.version);
      for (const [table, rows] of Object.entries(fixture.records)) {
        const expected = (revive(rows) as Record<string, unknown>[]).map(
          (row) => EXPECTED_AFTER_UPGRADE[table]?.(row, fixture.version) ?? row,
        );
        const stored = await current.table(table).toArray();
        expect(stored, table).toHaveLength(expected.length);
        for (const row of expected) expect(stored, table).toContainEqual(expect.objectContaining(row));
      }
      // The current build reads them through its own queries too.
      expect(await current.articles.where('status').equals('reading').count()).toBe(
        fixture.records.articles.filter((a) => a.readingPosition).length,
      );
      current.close();
    });
  }
});
