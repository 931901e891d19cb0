// v011 fills the search and sort keys of the 信息库 records written before it (from then on the
// store fills them on every write): every record of 乡镇, 村, 企业 and 人员 carries the keys
// record-keys.ts gives it, and nothing else of any record changes.
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS } from '@renderer/db/migrations';
import { v011RecordKeys } from '@renderer/db/migrations/v011-record-keys';
import { BACKUP_TABLES } from '@shared/backup/tables';
import { isKeyedTable, KEYED_TABLES, recordKeysOf } from '@shared/model/record-keys';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';

type Row = Record<string, unknown>;

describe('v011-record-keys', () => {
  it('is registered in version order', () => {
    expect(MIGRATIONS).toContain(v011RecordKeys);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
  });

  it('fills the keys of every registry record written before and changes nothing else', async () => {
    const name = `mig11-${crypto.randomUUID()}`;
    await buildDatabaseAt(2, name, makeV001Data());
    const previous = MIGRATIONS[MIGRATIONS.indexOf(v011RecordKeys) - 1]!.version;
    const before = new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= previous));
    await before.open();
    // Records as a version before v011 wrote them: without keys (raw IndexedDB, around the store's middleware).
    await new Promise<void>((resolve, reject) => {
      const tx = before.backendDB().transaction([...KEYED_TABLES], 'readwrite');
      for (const table of KEYED_TABLES) {
        const store = tx.objectStore(table);
        store.getAll().onsuccess = (e) => {
          for (const r of (e.target as IDBRequest<Row[]>).result) {
            delete r.searchKeys;
            delete r.sortKey;
            store.put(r);
          }
        };
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const tables = BACKUP_TABLES.filter((t) => t !== 'attachments' && before.tables.some((x) => x.name === t));
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, (await before.table(t).toArray()) as Row[]] as const)));
    before.close();

    const db = new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= 11));
    await db.open();
    expect(db.verno).toBe(11);
    for (const table of tables) {
      const expected = isKeyedTable(table) ? rows[table]!.map((r) => ({ ...r, ...recordKeysOf(table, r) })) : rows[table];
      expect(await db.table(table).toArray(), table).toEqual(expected);
    }
    expect(rows.persons!.length).toBeGreaterThan(0);
    expect(rows.persons![0]).not.toHaveProperty('searchKeys');
    db.close();
  });
});
