// The register digest (v012, register-digest-middleware.ts) equals a recount of the registers
// after every kind of write: Dexie's own (add, put, bulk, update, modify, delete, clear, writes
// issued at once, a transaction that aborts), the repositories' create, township change, delete
// and its undo, the sample county loaded as an import batch and cleared by undoing it, and a
// restore from a backup (upgraded from v001 on the way, through v012's build).
import { describe, expect, it } from 'vitest';
import { registerDigestOf, type RegisterDigest } from '@shared/model/register-digest';
import type { AppDatabase } from '@renderer/db/database';
import { createStore } from '@renderer/db';
import { AppDatabase as Db } from '@renderer/db/database';
import { clearSampleData, loadSampleData } from '@renderer/db/sample-data';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';
import { rig } from './backup/support';
import { freshStore } from './helpers';

const STAMP = '2026-01-01T00:00:00.000Z';
const base = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP, deleted: 0 as const });
const enterprise = (id: string, townshipId: string) => ({ ...base(id), townshipId, name: `企业${id}`, aboveScale: false, employees: 10, partyOrg: { type: '未建立' as const } });
const village = (id: string, townshipId: string) => ({ ...base(id), townshipId, name: `村${id}`, industries: [], partyOrg: { type: '党支部' as const } });

const sorted = (rows: readonly RegisterDigest[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The stored digest is the one computed from the registers as they stand. */
async function expectRecount(db: AppDatabase, what: string): Promise<void> {
  const [enterprises, villages, pairings, stored] = await Promise.all([db.enterprises.toArray(), db.villages.toArray(), db.pairings.toArray(), db.registerDigest.toArray()]);
  expect(sorted(stored), what).toEqual(sorted(registerDigestOf({ enterprises, villages, pairings })));
}

describe('register digest kept by the store', () => {
  it('follows Dexie’s writes of every kind, in and out of transactions', async () => {
    const { db } = freshStore();
    await db.enterprises.add(enterprise('e1', 't1'));
    await db.enterprises.bulkPut([enterprise('e2', 't1'), enterprise('e3', 't2')]);
    await db.villages.bulkAdd([village('v1', 't1'), village('v2', 't2')]);
    await expectRecount(db, 'add, bulkPut, bulkAdd');
    expect(Object.keys((await db.registerDigest.get('t1'))!.enterprises)).toEqual(['e1', 'e2']);

    await db.enterprises.update('e1', { townshipId: 't2', employees: 50 });
    await db.villages.toCollection().modify((v) => void (v.partyOrg = {}));
    await db.enterprises.put({ ...enterprise('e2', 't1'), deleted: 1 });
    await expectRecount(db, 'update (township change), modify, soft delete');
    expect((await db.registerDigest.get('t1'))!.enterprises).toEqual({});

    await db.enterprises.delete('e3');
    await db.villages.where('townshipId').equals('t2').delete();
    await expectRecount(db, 'delete, delete by query');

    // Writes issued at once in one transaction: neither loses the other's change to a row.
    await db.transaction('rw', db.enterprises, db.villages, async () => {
      await Promise.all([db.enterprises.put(enterprise('e4', 't3')), db.enterprises.put(enterprise('e5', 't3')), db.villages.put(village('v3', 't3'))]);
    });
    await expectRecount(db, 'writes at once');
    expect(Object.keys((await db.registerDigest.get('t3'))!.enterprises).sort()).toEqual(['e4', 'e5']);

    // An aborted transaction leaves the digest as it was, with the registers.
    await expect(
      db.transaction('rw', db.enterprises, async () => {
        await db.enterprises.put(enterprise('e6', 't4'));
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.registerDigest.get('t4')).toBeUndefined();

    await db.enterprises.clear();
    await expectRecount(db, 'clear');
    db.close();
  });

  it('applies writes issued at once in the order they were asked for, a refused one left out', async () => {
    const { db } = freshStore();
    await db.enterprises.add(enterprise('e9', 't9'));
    // The same record added, moved twice and another deleted, all handed over before any is done.
    await db.transaction('rw', db.enterprises, async () => {
      await Promise.all([
        db.enterprises.add(enterprise('e1', 't1')),
        db.enterprises.put(enterprise('e1', 't2')),
        db.enterprises.bulkAdd([enterprise('e2', 't1'), enterprise('e3', 't3')]),
        db.enterprises.put({ ...enterprise('e1', 't3'), name: '第三次' }),
        db.enterprises.delete('e2'),
      ]);
    });
    await expectRecount(db, 'writes of one record at once');
    expect(await db.registerDigest.get('t1')).toBeUndefined();
    expect(await db.registerDigest.get('t2')).toBeUndefined();
    expect((await db.registerDigest.get('t3'))!.enterprises.e1!.name).toBe('第三次');

    // A write the store refuses (the id is taken), caught by the caller: the transaction goes on
    // and the digest holds the writes that were done, not the refused one.
    await db.transaction('rw', db.enterprises, async () => {
      const refused = db.enterprises.add(enterprise('e9', 't4')).catch(() => 'refused');
      const next = db.enterprises.add(enterprise('e5', 't4'));
      expect(await refused).toBe('refused');
      await next;
    });
    await expectRecount(db, 'a refused write caught');
    expect(Object.keys((await db.registerDigest.get('t4'))!.enterprises)).toEqual(['e5']);
    expect(Object.keys((await db.registerDigest.get('t9'))!.enterprises)).toEqual(['e9']);
    db.close();
  });

  it('follows the repositories: create, township change, delete and its undo', async () => {
    const store = freshStore();
    const { db } = store;
    const t1 = await store.townships.create({ name: '甲镇', kind: '镇', order: 1 });
    const t2 = await store.townships.create({ name: '乙镇', kind: '镇', order: 2 });
    const e = await store.enterprises.create({ townshipId: t1.id, name: '长汀稀土', aboveScale: true, employees: 120, partyOrg: { type: '党支部' } } as never);
    await store.villages.create({ townshipId: t1.id, name: '红星村', industries: [], partyOrg: {} } as never);
    await expectRecount(db, 'create');
    await store.enterprises.update(e.id, { townshipId: t2.id });
    await expectRecount(db, 'township change');
    expect((await db.registerDigest.get(t2.id))!.enterprises[e.id]).toMatchObject({ name: '长汀稀土', aboveScale: true, employees: 120 });
    await store.enterprises.remove(e.id);
    await expectRecount(db, 'delete');
    expect(await db.registerDigest.get(t2.id)).toBeUndefined();
    await store.enterprises.restore(e.id);
    await expectRecount(db, 'undo of the delete');
    db.close();
  });

  it('follows the sample county loaded (an import batch) and cleared (the batch undone)', async () => {
    const store = freshStore();
    const { db } = store;
    const batch = await loadSampleData(db, store.ledger);
    await expectRecount(db, 'sample loaded');
    expect((await db.registerDigest.toArray()).reduce((n, r) => n + Object.keys(r.enterprises).length, 0)).toBe(727);
    await clearSampleData(db, batch.id);
    await expectRecount(db, 'sample cleared');
    expect(await db.registerDigest.count()).toBe(0);
    db.close();
  }, 120_000);

  it('is built by v012 for an older database and rebuilt by a restore', async () => {
    const name = `digest-${crypto.randomUUID()}`;
    await buildDatabaseAt(2, name, makeV001Data());
    const store = createStore(new Db(name));
    const { db } = store;
    await db.open();
    expect(await db.registerDigest.count()).toBeGreaterThan(0);
    await expectRecount(db, 'after the upgrade');

    const { service } = rig({ store });
    const backup = await service.make('manual');
    const [first] = await db.enterprises.toArray();
    await store.enterprises.update(first!.id, { name: '改过的企业' });
    await db.villages.clear();
    const verified = await service.verify(backup.bytes);
    if (!verified.ok) throw new Error(verified.error);
    expect((await service.restore(verified.value, backup.name)).ok).toBe(true);
    await expectRecount(db, 'after the restore');
    expect(Object.values((await db.registerDigest.toArray()).flatMap((r) => Object.values(r.enterprises))).map((e) => e.name)).not.toContain('改过的企业');
    db.close();
  }, 120_000);
});
