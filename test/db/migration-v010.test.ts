// v010 adds the operation journal to a database of the version before it, full of data
// (built at v002 and upgraded through the migrations between): every record stays as it was,
// and the journal starts empty.
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS } from '@renderer/db/migrations';
import { v010Journal } from '@renderer/db/migrations/v010-journal';
import { BACKUP_TABLES } from '@shared/backup/tables';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';

describe('v010-journal', () => {
  it('is registered in version order', () => {
    expect(MIGRATIONS).toContain(v010Journal);
    expect(MIGRATIONS.indexOf(v010Journal)).toBeGreaterThan(MIGRATIONS.findIndex((m) => m.version === 2));
  });

  it('upgrades a database of the version before, full of data, keeps every record, and starts with an empty journal', async () => {
    const name = `mig10-${crypto.randomUUID()}`;
    const data = makeV001Data();
    await buildDatabaseAt(2, name, data);
    const previous = MIGRATIONS[MIGRATIONS.indexOf(v010Journal) - 1]!.version;
    const before = new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= previous));
    await before.open();
    const tables = BACKUP_TABLES.filter((t) => t !== 'attachments' && before.tables.some((x) => x.name === t));
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await before.table(t).toArray()] as const)));
    before.close();

    const db = new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= 10));
    await db.open();
    expect(db.verno).toBe(10);
    for (const table of tables) {
      expect(await db.table(table).toArray(), table).toEqual(rows[table]);
    }
    expect(await db.attachments.count()).toBe(data.attachments.length);
    expect(await db.journal.count()).toBe(0);
    await db.journal.add({ id: 'j1', kind: 'import', label: '村情.xlsx', startedAt: '2026-01-01T00:00:00.000Z' });
    expect(await db.journal.get('j1')).toMatchObject({ kind: 'import' });
    db.close();
  });
});
