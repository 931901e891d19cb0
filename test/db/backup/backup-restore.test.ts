// Backup → change → restore through the store, all or nothing; safety backups; the daily
// rotation; and the quota-exceeded fault injected into a restore and into an import batch.
import { describe, expect, it } from 'vitest';
import { errorMessages } from '@renderer/ui/errors';
import { buildDatabaseAt } from '../../fixtures/db/build';
import { makeV001Data } from '../../fixtures/db/v001-data';
import { AppDatabase } from '@renderer/db/database';
import { createStore } from '@renderer/db';
import { dump, quotaAfter, rig } from './support';

async function seededStore() {
  const name = `bk-${crypto.randomUUID()}`;
  const data = makeV001Data();
  await buildDatabaseAt(2, name, data);
  return { store: createStore(new AppDatabase(name)), data };
}

async function verified(service: ReturnType<typeof rig>['service'], bytes: Uint8Array) {
  const result = await service.verify(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('backup and restore through the store', () => {
  it('restores exactly the backed-up state after changes and deletes (table by table)', async () => {
    const { store } = await seededStore();
    const { service, db } = rig({ store });
    // An import batch's one entry for the records it created (v009) travels as it is.
    await db.audit.add({ time: new Date().toISOString(), action: 'create', entity: 'villages', entityId: 'ib-9', batchId: 'ib-9', ids: ['v-1', 'v-2'], fileName: '村情.xlsx', fileHash: 'cd'.repeat(32) });
    const before = await dump(db);
    expect(before.audit!.at(-1)).toMatchObject({ ids: ['v-1', 'v-2'], fileName: '村情.xlsx' });
    const backup = await service.make('manual');

    const [first, second] = await store.townships.list();
    await store.townships.update(first!.id, { name: '改过的镇' });
    await store.townships.remove(second!.id);
    await store.townships.create({ name: '新建的镇', kind: '镇', order: 99 });
    await db.ledger.clear();

    const result = await service.restore(await verified(service, backup.bytes), backup.name);
    expect(result.ok).toBe(true);
    const after = await dump(db);
    for (const table of Object.keys(before)) {
      if (table === 'audit') continue;
      expect(after[table], table).toEqual(before[table]);
    }
    // The log keeps what was restored, plus one entry saying so.
    expect(after.audit!.slice(0, before.audit!.length)).toEqual(before.audit);
    expect(after.audit!.at(-1)).toMatchObject({ action: 'restore', entity: 'backup', entityId: backup.name });
  });

  it('takes a safety backup of the current data first, which itself restores the pre-restore state', async () => {
    const { store } = await seededStore();
    const { service, db, shelf } = rig({ store });
    const old = await service.make('manual');
    await store.townships.create({ name: '恢复前才有的镇', kind: '乡', order: 50 });
    const beforeRestore = await dump(db);

    const result = await service.restore(await verified(service, old.bytes), old.name);
    if (!result.ok) throw new Error(result.error);
    const safety = result.value.safety!;
    expect(safety.name).toMatch(/_恢复前\.cqbak$/);
    expect(shelf.files.has(safety.name)).toBe(true);

    await service.restore(await verified(service, shelf.files.get(safety.name)!.bytes), safety.name);
    const back = await dump(db);
    expect(back.townships).toEqual(beforeRestore.townships);
  });

  it('does not restore when the safety backup cannot be written', async () => {
    const { store } = await seededStore();
    const { service, db, shelf } = rig({ store });
    const backup = await service.make('manual');
    const before = await dump(db);
    shelf.write = async () => ({ ok: false, error: '磁盘空间不足' });
    const result = await service.restore(await verified(service, backup.bytes), backup.name);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('恢复前未能自动备份当前数据（磁盘空间不足）') });
    expect(await dump(db)).toEqual(before);
  });

  it('rebuilds the ledger aggregates inside the restore', async () => {
    const { store } = await seededStore();
    const { service, db } = rig({ store });
    const aggregates = await db.ledgerAggregates.toArray();
    const backup = await service.make('manual');
    await db.ledgerAggregates.clear();
    await service.restore(await verified(service, backup.bytes), backup.name);
    expect(await db.ledgerAggregates.toArray()).toEqual(aggregates);
  });
});

describe('quota exceeded during a write → rollback, a clear message, the app keeps working (fault row)', () => {
  it('a restore that runs out of space half-way leaves the store exactly as it was', async () => {
    const { store } = await seededStore();
    const { service, db } = rig({ store });
    const backup = await service.make('manual');
    await store.townships.create({ name: '不应丢失的镇', kind: '镇', order: 77 });
    const before = await dump(db);
    const contents = await verified(service, backup.bytes);
    const fault = await quotaAfter(db, 200);

    const result = await service.restore(contents, backup.name);
    expect(result).toEqual({ ok: false, error: '磁盘空间不足，恢复未完成，当前数据保持不变。请清理磁盘后重试。' });
    fault.armed = false;
    expect(await dump(db)).toEqual(before);

    // Still working: the next restore, with space again, succeeds.
    expect((await service.restore(contents, backup.name)).ok).toBe(true);
    expect((await db.townships.toArray()).map((t) => t.name)).not.toContain('不应丢失的镇');
  });

  it('an import batch (LedgerRepository.createMany) that hits the quota mid-way writes nothing', async () => {
    const { store, data } = await seededStore();
    const { db } = rig({ store });
    const before = await dump(db);
    const drafts = data.ledger.slice(0, 300).map(({ id: _id, createdAt: _c, updatedAt: _u, deleted: _d, ...draft }) => draft);
    const fault = await quotaAfter(db, 150);
    const error = await store.ledger.createMany(drafts as never, 'batch-quota').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(errorMessages(error)).toEqual(['磁盘空间不足，未能保存。请清理磁盘后重试，已有数据未受影响。']);
    fault.armed = false;
    expect(await dump(db)).toEqual(before);
    const again = await store.ledger.createMany(drafts.slice(0, 2) as never, 'batch-ok');
    expect(again).toHaveLength(2);
  });
});

describe('automatic backups (the backup folder)', () => {
  it('first start of a day writes today’s daily and this month’s monthly backup once', async () => {
    let now = new Date(2026, 10, 25, 9, 0, 0);
    const { service, shelf, markers } = rig({ now: () => now });
    expect(await service.runDailyBackup()).toEqual({ ok: true, value: ['村企联建备份_2026-11-25_每日.cqbak', '村企联建备份_2026-11_每月.cqbak'] });
    expect(await service.runDailyBackup()).toEqual({ ok: true, value: [] });
    expect(markers.snapshot()?.lastBackupName).toBe('村企联建备份_2026-11_每月.cqbak');
    now = new Date(2026, 10, 26, 8, 0, 0);
    expect(await service.runDailyBackup()).toEqual({ ok: true, value: ['村企联建备份_2026-11-26_每日.cqbak'] });
    expect([...shelf.files.keys()].sort()).toHaveLength(3);
  });

  it('keeps the last 7 daily and 12 monthly backups in rotation', async () => {
    let now = new Date(2025, 0, 1, 9);
    const { service, shelf } = rig({ now: () => now });
    for (let day = 0; day < 420; day += 3) {
      now = new Date(2025, 0, 1 + day, 9);
      const result = await service.runDailyBackup();
      expect(result.ok).toBe(true);
    }
    const names = [...shelf.files.keys()];
    expect(names.filter((n) => n.endsWith('_每日.cqbak'))).toHaveLength(7);
    expect(names.filter((n) => n.endsWith('_每月.cqbak'))).toHaveLength(12);
    expect(names).toContain(`村企联建备份_${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}_每日.cqbak`);
  }, 60_000);

  it('the exit backup makes today’s daily backup the state the day ends with, without overwriting a file', async () => {
    let now = new Date(2026, 10, 25, 9);
    const { service, shelf, store } = rig({ now: () => now });
    await service.runDailyBackup();
    expect(shelf.files.has('村企联建备份_2026-11-25_每日.cqbak')).toBe(true);
    await store.townships.create({ name: '下午新建的镇', kind: '镇', order: 1 });
    now = new Date(2026, 10, 25, 17, 30, 5);
    expect((await service.runExitBackup()).ok).toBe(true);
    const dailies = [...shelf.files.keys()].filter((n) => n.includes('_每日'));
    expect(dailies).toEqual(['村企联建备份_2026-11-25_173005_每日.cqbak']);
    const daily = await service.verify(shelf.files.get(dailies[0]!)!.bytes);
    expect(daily.ok && daily.value.tables.townships.map((t) => t.name)).toEqual(['下午新建的镇']);
    // Started again the same day: today's daily is there already.
    expect(await service.runDailyBackup()).toEqual({ ok: true, value: [] });
  });

  it('two safety backups within one second get two names; neither overwrites the other', async () => {
    const now = new Date(2026, 10, 25, 9, 0, 0);
    const { service, shelf } = rig({ now: () => now });
    const first = await service.takeSafetyBackup('import');
    const second = await service.takeSafetyBackup('import');
    expect(first.ok && first.value.name).toBe('村企联建备份_2026-11-25_090000_导入前.cqbak');
    expect(second.ok && second.value.name).toBe('村企联建备份_2026-11-25_090001_导入前.cqbak');
    expect(shelf.files.size).toBe(2);
  });

  it('the browser edition downloads 立即备份 and records it in the marker', async () => {
    const { service, downloads, markers } = rig({ folder: false, now: () => new Date(2026, 10, 20, 10, 0, 0) });
    const saved = await service.backupNow();
    expect(saved).toEqual({ ok: true, value: { name: '村企联建备份_2026-11-20_100000_手动.cqbak', location: '村企联建备份_2026-11-20_100000_手动.cqbak' } });
    expect(downloads.map((d) => d.name)).toEqual(['村企联建备份_2026-11-20_100000_手动.cqbak']);
    expect(markers.snapshot()?.lastBackupAt).toBe(new Date(2026, 10, 20, 10, 0, 0).toISOString());
    expect((await service.runDailyBackup())).toEqual({ ok: true, value: [] });
  });
});
