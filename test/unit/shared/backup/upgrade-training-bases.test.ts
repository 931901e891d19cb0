// Restoring a backup made before schema 8: the 培训基地 names its 技能培训 entries carry become
// base records, as the v008 upgrade makes them; a backup of schema 8 keeps its own bases.
import { describe, expect, it } from 'vitest';
import { readBackup } from '@shared/backup/read';
import { buildBackup, type BackupSnapshot } from '@shared/backup/write';

const time = '2008-01-01T00:00:00.000Z';
const base = (id: string) => ({ id, createdAt: time, updatedAt: time, deleted: 0 });
const tables: BackupSnapshot = {
  townships: [{ ...base('t1'), name: '河田镇', kind: '镇', order: 1 }],
  villages: [{ ...base('v1'), townshipId: 't1', name: '露湖村', industries: [], partyOrg: {} }],
  enterprises: [{ ...base('e1'), townshipId: 't1', name: '台慧体育器材公司', aboveScale: false, partyOrg: { type: '党支部' } }],
  pairings: [{ ...base('p1'), code: 'LJ2007-001', enterpriseId: 'e1', villageId: 'v1', status: '已批准', formation: '双向选择', responsibleTownshipId: 't1', appliedDate: '2007-01-05', approvedDate: '2007-02-01', areas: ['技能培训'] }],
  ledger: [{ ...base('l1'), pairingId: 'p1', townshipId: 't1', type: 'training', date: '2007-05-01', year: 2007, precision: 'day', figures: { sessions: 1, trainees: 40, base: '露湖村培训基地' }, personIds: [], attachmentIds: [] }],
};
const backup = (schemaVersion: number, snapshot: BackupSnapshot) => buildBackup({ tables: snapshot, appVersion: '0.1.0', schemaVersion, createdAt: '2026-11-25T01:02:03.000Z', reason: 'manual' });

describe('restoring 技能培训 of an older backup', () => {
  it('gives the bases its entries name', async () => {
    const r = await readBackup(await backup(7, tables), { schemaVersion: 8 });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.tables.trainingBases).toEqual([expect.objectContaining({ name: '露湖村培训基地', villageId: 'v1', enterpriseIds: ['e1'], establishedDate: '2007-05-01', deleted: 0 })]);
  });

  it('keeps the bases of a backup of schema 8 as they are', async () => {
    const own = { ...base('b1'), name: '露湖村缝纫基地', villageId: 'v1', enterpriseIds: ['e1'] };
    const r = await readBackup(await backup(8, { ...tables, trainingBases: [own] }), { schemaVersion: 8 });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.tables.trainingBases).toEqual([own]);
  });
});
