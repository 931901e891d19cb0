// v003 (figureSources) from a v002 database full of data: every record stays as it was, the new
// table is there and empty, and a choice made after the upgrade is stored and read back.
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS } from '@renderer/db/migrations';
import { v003FigureSources } from '@renderer/db/migrations/v003-figure-sources';
import { chooseFigureSource, figureSourceChoices } from '@renderer/db/repositories/figure-sources';
import { BACKUP_TABLES, PRIMARY_KEYS, type BackupTableName } from '@shared/backup/tables';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';

const byKey = (table: BackupTableName, rows: Record<string, unknown>[]) => {
  const key = PRIMARY_KEYS[table];
  return [...rows].sort((a, b) => (String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0));
};

describe('v003-figure-sources', { timeout: 60_000 }, () => {
  it('follows v002 in the migration list', () => {
    expect(MIGRATIONS[2]).toBe(v003FigureSources);
    expect(v003FigureSources.version).toBe(3);
  });

  it('upgrades a v002 database full of data, leaving every record as it was, and takes choices afterwards', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const { attachments: _a, ...data } = makeV001Data();
    await buildDatabaseAt(2, name, data);
    // Opened at v003 itself: later versions change other tables.
    const db = new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= 3));
    await db.open();
    expect(db.verno).toBe(3);
    for (const table of BACKUP_TABLES) {
      if (table === 'attachments' || !db.tables.some((t) => t.name === table)) continue; // blobs; tables of later versions
      expect(await db.table(table).toArray(), table).toEqual(table === 'audit' ? data.audit : byKey(table, data[table]));
    }
    expect(await db.figureSources.count()).toBe(0);

    const township = data.townships[0] as { id: string };
    expect(await chooseFigureSource(db, { year: 2008, townshipId: township.id, source: 'ledger' })).toBe(true);
    expect(await figureSourceChoices(db, 2008, 2008)).toMatchObject([{ id: `2008|${township.id}`, year: 2008, townshipId: township.id, source: 'ledger' }]);
    db.close();
  });
});
