// The app loads the search-key functions (pinyin-pro) after its first paint. A write that
// comes before them waits for them inside its transaction, which must neither commit under
// it nor lose the records written with it; and an upgrade to v011 that finds them unloaded
// gets them loaded by startup before the upgrade opens. Each test takes fresh modules, so
// the functions are not loaded yet (the store setup preloads them for every other file).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const STAMP = '2026-01-01T00:00:00.000Z';
const base = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP, deleted: 0 as const });

describe('record keys written before the key functions are loaded', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('a transaction whose first write waits for them keeps every write, keyed', async () => {
    const { AppDatabase } = await import('@renderer/db/database');
    const db = new AppDatabase(`lazy-${crypto.randomUUID()}`);
    await db.open();
    await db.transaction('rw', db.townships, db.villages, db.settings, async () => {
      await db.townships.add({ ...base('t1'), name: '古城镇', kind: 'town' } as never);
      await db.villages.bulkAdd([{ ...base('v1'), townshipId: 't1', name: '红星村', industries: [], partyOrg: {} }] as never);
      await db.settings.put({ key: 'industries', value: [] } as never);
    });
    expect((await db.townships.get('t1'))!.searchKeys).toContain('gcz');
    expect((await db.villages.get('v1'))!.searchKeys).toContain('hongxingcun');
    expect(await db.settings.get('industries')).toBeDefined();
    db.close();
  });

  it('a failed write in that transaction still rolls the waiting one back', async () => {
    const { AppDatabase } = await import('@renderer/db/database');
    const db = new AppDatabase(`lazy-${crypto.randomUUID()}`);
    await db.open();
    await expect(
      db.transaction('rw', db.villages, async () => {
        await db.villages.add({ ...base('v1'), townshipId: 't1', name: '红星村', industries: [], partyOrg: {} } as never);
        await db.villages.add({ ...base('v1'), townshipId: 't1', name: '红星村', industries: [], partyOrg: {} } as never);
      }),
    ).rejects.toThrow();
    expect(await db.villages.count()).toBe(0);
    db.close();
  });

  it('startup loads them before an upgrade to v011 opens', async () => {
    const { AppDatabase } = await import('@renderer/db/database');
    const { MIGRATIONS } = await import('@renderer/db/migrations');
    const { prepareStore } = await import('@renderer/features/backup/startup');
    const name = `lazy-upgrade-${crypto.randomUUID()}`;
    const old = new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= 10));
    await old.open();
    await old.persons.add({ ...base('p1'), name: '单志明', orgKind: 'none' } as never);
    old.close();
    vi.resetModules();
    // As in the app, where the functions come as a separate file: their load takes a while.
    vi.doMock('@shared/model/record-keys', async (importOriginal) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return importOriginal();
    });
    const fresh = await import('@renderer/db/database');
    const startup = await import('@renderer/features/backup/startup');
    const db = new fresh.AppDatabase(name);
    const outcome = await startup.prepareStore({ db, shelf: null, markers: { read: async () => null }, appVersion: 'test' });
    expect(outcome).toEqual({ kind: 'ready' });
    expect((await db.persons.get('p1'))!.searchKeys).toContain('shanzhiming');
    expect(prepareStore).not.toBe(startup.prepareStore);
    db.close();
    vi.doUnmock('@shared/model/record-keys');
  });
});
