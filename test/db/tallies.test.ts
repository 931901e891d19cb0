import { describe, expect, it } from 'vitest';
import { commitTally, tallyBatches, tallyReports, undoTally, type TallyCommit } from '@renderer/db/repositories/tallies';
import { freshStore } from './helpers';

const scope = { kind: 'township' as const, id: 't7', name: '河田镇' };
const commit = (over: Partial<TallyCommit> = {}): TallyCommit => ({
  year: 2008,
  scope,
  townshipId: 't7',
  fileName: '河田镇.xlsx',
  fileHash: 'abc',
  rows: [{ pairingId: 'p1', figures: { labour: { sent: 10 } } }],
  rejected: 0,
  issues: [],
  blankMeansZero: true,
  blankCells: 3,
  missingCodes: [],
  ...over,
});

describe('tally batches in the store', { timeout: 60_000 }, () => {
  it('stores a tally as a batch of kind tally with its report and audit entry', async () => {
    const { db } = freshStore();
    const { batch, replaced } = await commitTally(db, commit());
    expect(replaced).toEqual([]);
    expect(await db.importBatches.get(batch.id)).toMatchObject({ kind: 'tally', townshipId: 't7', year: 2008, counts: { added: 1, rejected: 0 } });
    const reports = await tallyReports(db, 2008);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ batchId: batch.id, townshipId: 't7', rows: [{ pairingId: 'p1' }] });
    expect((await db.audit.toArray()).map((a) => [a.action, a.entity, a.batchId])).toEqual([['create', 'tallyReports', batch.id]]);
  });

  it('replaces the previous tally of the same township and year in one transaction, never adding twice', async () => {
    const { db } = freshStore();
    const first = await commitTally(db, commit({ rejected: 1 }));
    await commitTally(db, commit({ year: 2007 }));
    await commitTally(db, commit({ townshipId: 't8', scope: { kind: 'township', id: 't8', name: '策武镇' } }));
    const second = await commitTally(db, commit({ rows: [{ pairingId: 'p1', figures: { labour: { sent: 12 } } }] }));
    expect(second.replaced.map((b) => b.id)).toEqual([first.batch.id]);
    const reports = await tallyReports(db, 2008);
    expect(reports.map((r) => [r.townshipId, r.rows[0].figures.labour.sent])).toEqual([
      ['t8', 10],
      ['t7', 12],
    ]);
    expect((await tallyBatches(db, 2008)).map((b) => b.id).sort()).toEqual([second.batch.id, reports[0].batchId].sort());
    expect(await db.importBatches.get(first.batch.id)).toMatchObject({ undone: true, replacedBy: second.batch.id });
    expect(await tallyReports(db, 2007)).toHaveLength(1);
  });

  it('an enterprise’s own tally does not replace its township’s', async () => {
    const { db } = freshStore();
    await commitTally(db, commit());
    await commitTally(db, commit({ scope: { kind: 'enterprise', id: 'e1', name: '某公司' } }));
    expect(await tallyReports(db, 2008)).toHaveLength(2);
  });

  it('undoes a tally whole', async () => {
    const { db } = freshStore();
    const { batch } = await commitTally(db, commit());
    await undoTally(db, batch.id);
    expect(await tallyReports(db, 2008)).toEqual([]);
    expect(await tallyBatches(db, 2008)).toEqual([]);
    await expect(undoTally(db, batch.id)).rejects.toThrow('已撤销');
  });
});
