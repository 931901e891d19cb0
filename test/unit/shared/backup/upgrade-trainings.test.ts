// Restoring a backup made before schema 7: its classes' trainees come back as records, the
// same way the v007 migration upgrades a stored database; a current backup is taken as is.
import { describe, expect, it } from 'vitest';
import { readBackup } from '@shared/backup/read';
import { buildBackup } from '@shared/backup/write';
import type { BackupSnapshot } from '@shared/backup/write';

const time = '2008-01-01T00:00:00.000Z';
const base = (id: string) => ({ id, createdAt: time, updatedAt: time, deleted: 0 });

const tables: BackupSnapshot = {
  townships: [{ ...base('t1'), name: '河田镇', kind: '镇', order: 1 }],
  villages: [{ ...base('v1'), townshipId: 't1', name: '露湖村', industries: [], partyOrg: {} }],
  persons: [{ ...base('p1'), name: '王明', orgKind: 'village', orgId: 'v1', post: '村党支部书记' }],
  trainings: [{ ...base('c1'), name: '骨干培训班（第二期）', startDate: '2007-09-10', traineeIds: ['p1'], headCount: 3 }],
};

const backup = (schemaVersion: number, snapshot: BackupSnapshot) =>
  buildBackup({ tables: snapshot, appVersion: '0.1.0', schemaVersion, createdAt: '2026-11-25T01:02:03.000Z', reason: 'manual' });

describe('restoring classes of an older backup', () => {
  it('gives each listed trainee a record and keeps the head-count', async () => {
    const r = await readBackup(await backup(2, tables), { schemaVersion: 7 });
    if (!r.ok) throw new Error(r.error);
    const [klass] = r.value.tables.trainings;
    expect(klass).toMatchObject({ id: 'c1', session: '第2期', unlistedCount: 2 });
    expect(klass).not.toHaveProperty('traineeIds');
    expect(r.value.tables.trainees).toHaveLength(1);
    expect(r.value.tables.trainees[0]).toMatchObject({ classId: 'c1', personId: 'p1', name: '王明', orgKind: 'village', orgId: 'v1', orgName: '露湖村', post: '村党支部书记', seq: 1, deleted: 0 });
  });

  it('takes a backup of schema 7 as it is', async () => {
    const current = { ...tables, trainings: [{ ...base('c1'), name: '骨干培训班', startDate: '2007-09-10' }], trainees: [{ ...base('x1'), classId: 'c1', personId: 'p1', name: '王明', orgKind: 'none', seq: 1 }] };
    const r = await readBackup(await backup(7, current), { schemaVersion: 7 });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.tables.trainings).toEqual(current.trainings);
    expect(r.value.tables.trainees).toEqual(current.trainees);
  });
});
