// Restoring a backup made before schema 6 upgrades its inspections and evaluations as the
// v006 migration does; a backup of schema 6 or later is read as it is.
import { describe, expect, it } from 'vitest';
import { readBackup } from '@shared/backup/read';
import { buildBackup, type BackupSnapshot } from '@shared/backup/write';
import { makeV001Data } from '../../../fixtures/db/v001-data';

const backup = (tables: BackupSnapshot, schemaVersion: number) => buildBackup({ tables, appVersion: '0.1.0', schemaVersion, createdAt: '2026-11-25T01:02:03.000Z', reason: 'manual' });

describe('older backups: inspections and evaluations', () => {
  const data = makeV001Data();

  it('upgrades a schema-2 backup: rounds with visits, items in their own table, evaluations with a scheme', async () => {
    const r = await readBackup(await backup(data, 2), { schemaVersion: 6 });
    if (!r.ok) throw new Error(r.error);
    const [round] = r.value.tables.inspections;
    expect(round).toMatchObject({ year: 2008, quarter: 3, team: '县委组织部督查组', startDate: '2008-09-20' });
    expect(round).not.toHaveProperty('rectifications');
    expect(r.value.tables.rectifications).toMatchObject([{ id: 'r-1', inspectionId: round.id, problem: '补充月报', status: '整改中' }]);
    const [evaluation] = r.value.tables.evaluations;
    expect(evaluation).toMatchObject({ year: 2008, scheme: { total: 30 }, inputs: {} });
    expect((evaluation.result as { rows: unknown[] }).rows).toHaveLength(data.pairings.length);
  });

  it('reads a schema-6 backup as it is', async () => {
    const rounds = [{ id: 'q', createdAt: 't', updatedAt: 't', deleted: 0, year: 2008, quarter: 3, team: '督查组', startDate: '2008-09-20', endDate: '2008-09-21', visits: [] }];
    const r = await readBackup(await backup({ inspections: rounds }, 6), { schemaVersion: 6 });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.tables.inspections).toEqual(rounds);
    expect(r.value.tables.rectifications).toEqual([]);
  });
});
