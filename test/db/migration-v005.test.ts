// v005 from the version before it (opened at v005), full of data: every other table left as it was, report
// rows made to fit what the pages read (month as YYYY-MM, a 报送日期, a boolean 是否开展活动),
// and the [deleted+month] index answering the board's query.
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '@renderer/db/migrations';
import { v005MonthlyReports } from '@renderer/db/migrations/v005-monthly-reports';
import { normalizeReportRow } from '@shared/backup/upgrade-monthly-reports';
import { BACKUP_TABLES, PRIMARY_KEYS, type BackupTableName } from '@shared/backup/tables';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';

const before = Math.max(...MIGRATIONS.filter((m) => m.version < v005MonthlyReports.version).map((m) => m.version));

function byKey(table: BackupTableName, rows: Record<string, unknown>[]) {
  const key = PRIMARY_KEYS[table];
  return [...rows].sort((a, b) => (String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0));
}

describe('v005-monthly-reports', () => {
  it('is in the migration list', () => {
    expect(MIGRATIONS).toContain(v005MonthlyReports);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
  });

  it('upgrades a full database, normalizing only report rows that need it', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const data = makeV001Data();
    const odd = [
      { ...data.monthlyReports[0], id: 'mr-odd-1', month: '2008-07-15', submittedDate: undefined, createdAt: '2008-08-03T02:00:00.000Z' },
      { ...data.monthlyReports[0], id: 'mr-odd-2', month: '2008-08', submittedDate: '', createdAt: 'x', active: 1, summary: undefined },
    ] as unknown as typeof data.monthlyReports;
    await buildDatabaseAt(before, name, { ...data, monthlyReports: [...data.monthlyReports, ...odd] });
    // Opened at v005 itself: later migrations have tests of their own.
    const db = new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= v005MonthlyReports.version));
    await db.open();
    expect(db.verno).toBe(v005MonthlyReports.version);
    for (const table of BACKUP_TABLES) {
      if (table === 'attachments' || table === 'audit' || table === 'monthlyReports') continue;
      if (!db.tables.some((t) => t.name === table)) continue; // tables of later versions
      expect(await db.table(table).toArray(), table).toEqual(byKey(table, data[table]));
    }
    const reports = await db.monthlyReports.toArray();
    expect(reports.filter((r) => !r.id.startsWith('mr-odd'))).toEqual(byKey('monthlyReports', data.monthlyReports));
    expect(await db.monthlyReports.get('mr-odd-1')).toMatchObject({ month: '2008-07', submittedDate: '2008-08-03' });
    expect(await db.monthlyReports.get('mr-odd-2')).toMatchObject({ month: '2008-08', submittedDate: '2008-08-01', active: true, summary: '' });
    expect(await db.monthlyReports.where('[deleted+month]').equals([0, '2008-06']).count()).toBe(data.monthlyReports.filter((r) => !r.deleted).length);
    expect(await db.monthlyReports.where('[deleted+month]').between([0, '2008-07'], [0, '2008-08'], true, true).count()).toBe(2);
    db.close();
  });

  it('leaves a well-formed row alone', () => {
    const row = { month: '2008-06', submittedDate: '2008-07-02', summary: '活动', active: false };
    expect(normalizeReportRow(row)).toBe(false);
    expect(row).toEqual({ month: '2008-06', submittedDate: '2008-07-02', summary: '活动', active: false });
  });
});
