import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '@shared/model/types';
import { rebuildLedgerAggregates } from '@renderer/db/repositories/ledger-aggregates';
import type { LedgerDraft } from '@renderer/db/repositories/ledger';
import { freshStore } from './helpers';

const draft = (over: Partial<LedgerDraft> & Pick<LedgerDraft, 'type' | 'figures'>): LedgerDraft => ({
  pairingId: 'p1',
  townshipId: 't1',
  date: '2008-05-01',
  precision: 'day',
  year: 2008,
  personIds: [],
  attachmentIds: [],
  ...over,
});

function totalsFromEntries(entries: LedgerEntry[]) {
  return entries.filter((e) => !e.deleted).length;
}

describe('ledger aggregates kept in the same transaction as the ledger', () => {
  it('sums numbers, counts options and booleans, per pairing × year × type', async () => {
    const { db, ledger } = freshStore();
    await ledger.create(draft({ type: 'labour', figures: { sent: 100, skilled: 60 } }));
    await ledger.create(draft({ type: 'labour', figures: { sent: 50, skilled: 40, landless: 5 } }));
    await ledger.create(draft({ type: 'funds', figures: { amount: 12.5, purpose: '公益事业' } }));
    await ledger.create(draft({ type: 'funds', figures: { amount: 0.1, purpose: '公益事业' } }));
    await ledger.create(draft({ type: 'funds', figures: { amount: 0.2, purpose: '产业发展' }, year: 2009, date: '2009-01-02' }));
    await ledger.create(draft({ type: 'training', figures: { sessions: 1, trainees: 30, orderBased: true } }));

    const labour = await db.ledgerAggregates.get('p1|2008|labour');
    expect(labour).toMatchObject({ count: 2, townshipId: 't1', sums: { sent: 150, skilled: 100, landless: 5 } });
    const funds = await db.ledgerAggregates.get('p1|2008|funds');
    expect(funds?.sums).toEqual({ amount: 12.6, 'purpose=公益事业': 2 });
    expect((await db.ledgerAggregates.get('p1|2009|funds'))?.sums).toEqual({ amount: 0.2, 'purpose=产业发展': 1 });
    expect((await db.ledgerAggregates.get('p1|2008|training'))?.sums).toEqual({ sessions: 1, trainees: 30, 'orderBased=true': 1 });
  });

  it('follows updates, deletes and restores, and drops empty aggregates', async () => {
    const { db, ledger } = freshStore();
    const a = await ledger.create(draft({ type: 'labour', figures: { sent: 100, skilled: 60 } }));
    const b = await ledger.create(draft({ type: 'labour', figures: { sent: 10 } }));
    await ledger.update(a.id, { figures: { sent: 80, skilled: 20 } });
    expect((await db.ledgerAggregates.get('p1|2008|labour'))?.sums).toEqual({ sent: 90, skilled: 20 });
    // Moving an entry to another year moves its contribution.
    await ledger.update(b.id, { year: 2009, date: '2009-03-01' });
    expect((await db.ledgerAggregates.get('p1|2008|labour'))?.sums).toEqual({ sent: 80, skilled: 20 });
    expect((await db.ledgerAggregates.get('p1|2009|labour'))?.sums).toEqual({ sent: 10 });
    await ledger.remove(a.id);
    expect(await db.ledgerAggregates.get('p1|2008|labour')).toBeUndefined();
    await ledger.restore(a.id);
    expect((await db.ledgerAggregates.get('p1|2008|labour'))?.count).toBe(1);
    expect((await db.audit.toArray()).map((x) => x.action)).toEqual(['create', 'create', 'update', 'update', 'delete', 'restore']);
  });

  it('createMany is all or nothing, and rebuild gives the same totals as incremental updates', async () => {
    const { db, ledger } = freshStore();
    const drafts = Array.from({ length: 200 }, (_, i) =>
      draft({ type: 'labour', pairingId: `p${i % 7}`, townshipId: `t${i % 7}`, figures: { sent: i, skilled: Math.floor(i / 2) } }),
    );
    await ledger.createMany(drafts, 'batch-1');
    const incremental = await db.ledgerAggregates.toArray();
    expect(incremental.reduce((s, a) => s + a.count, 0)).toBe(200);
    expect(incremental.reduce((s, a) => s + (a.sums.sent ?? 0), 0)).toBe((199 * 200) / 2);
    await rebuildLedgerAggregates(db);
    expect(await db.ledgerAggregates.toArray()).toEqual(incremental);

    // One bad entry (an unknown type) aborts the whole batch: entries, aggregates and audit.
    const auditBefore = await db.audit.count();
    const bad = [draft({ type: 'labour', figures: { sent: 1 } }), draft({ type: 'no-such-type', figures: {} })];
    await expect(ledger.createMany(bad, 'batch-2')).rejects.toThrow('未知的台账类型');
    expect(totalsFromEntries(await db.ledger.toArray())).toBe(200);
    expect(await db.ledgerAggregates.toArray()).toEqual(incremental);
    expect(await db.audit.count()).toBe(auditBefore);
  });
});
