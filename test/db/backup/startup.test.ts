// Before the app shows: the pre-upgrade backup, a failing upgrade, and the empty-store guard.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '@renderer/db/migrations';
import type { Migration } from '@renderer/db/migrations/types';
import { installedVersion, prepareStore } from '@renderer/features/backup/startup';
import { memoryShelf } from '@renderer/features/backup/shelf';
import { readBackup } from '@shared/backup/read';
import type { StoreMarker } from '@shared/backup/marker';
import { buildDatabaseAt } from '../../fixtures/db/build';
import { makeV001Data } from '../../fixtures/db/v001-data';

const name = () => `st-${crypto.randomUUID()}`;
const markerOf = (total: number): StoreMarker => ({ version: 1, total, counts: { townships: total }, updatedAt: '2026-11-20T00:00:00.000Z' });
const markers = (m: StoreMarker | null) => ({ read: async () => m });

describe('startup: schema upgrade', () => {
  it('backs up a v001 database before upgrading it, then opens it at the current version', async () => {
    const dbName = name();
    const data = makeV001Data();
    await buildDatabaseAt(1, dbName, data);
    expect(await installedVersion(dbName)).toBe(1);
    const shelf = memoryShelf();
    const db = new AppDatabase(dbName);
    const outcome = await prepareStore({ db, shelf, markers: markers(null), appVersion: '0.1.0' });
    expect(outcome).toEqual({ kind: 'ready' });
    expect(db.verno).toBe(SCHEMA_VERSION);
    const [fileName] = [...shelf.files.keys()];
    expect(fileName).toMatch(/_升级前\.cqbak$/);
    const backup = await readBackup(shelf.files.get(fileName!)!.bytes, { schemaVersion: SCHEMA_VERSION });
    expect(backup.ok && backup.value.manifest.schemaVersion).toBe(1);
    expect(backup.ok && backup.value.tables.villages).toHaveLength(data.villages.length);
    db.close();
  });

  it('a migration that throws: the user is told, given the pre-upgrade backup, and v001 stays readable (fault row)', async () => {
    const dbName = name();
    const data = makeV001Data();
    await buildDatabaseAt(1, dbName, data);
    const broken: Migration = { ...MIGRATIONS[1]!, upgrade: () => Promise.reject(new Error('升级脚本出错')) };
    const shelf = memoryShelf();
    const outcome = await prepareStore({ db: new AppDatabase(dbName, [MIGRATIONS[0]!, broken]), shelf, markers: markers(null), appVersion: '0.1.0' });
    expect(outcome.kind).toBe('upgrade-failed');
    if (outcome.kind !== 'upgrade-failed') return;
    expect(outcome.fromVersion).toBe(1);
    expect(outcome.reason).toContain('升级脚本出错');
    const backup = await readBackup(outcome.backup!.bytes, { schemaVersion: 2 });
    expect(backup.ok && backup.value.tables.ledger).toHaveLength(data.ledger.length);
    expect(shelf.files.has(outcome.backup!.name)).toBe(true);
    const raw = new Dexie(dbName);
    await raw.open();
    expect(raw.verno).toBe(1);
    expect(await raw.table('townships').count()).toBe(data.townships.length);
    raw.close();
  });

  it('data saved by a newer version is not opened by an older one', async () => {
    const dbName = name();
    await buildDatabaseAt(2, dbName, {});
    const outcome = await prepareStore({ db: new AppDatabase(dbName, [MIGRATIONS[0]!]), shelf: null, markers: markers(null), appVersion: '0.1.0' });
    expect(outcome.kind).toBe('newer-data');
  });
});

describe('startup: empty-store guard', () => {
  it('stops when the store is empty but the marker says it held data, offering the newest backup', async () => {
    const shelf = memoryShelf();
    await shelf.write('村企联建备份_2026-11-19_每日.cqbak', new Uint8Array([1]));
    await new Promise((r) => setTimeout(r, 5));
    await shelf.write('村企联建备份_2026-11-20_每日.cqbak', new Uint8Array([2]));
    await shelf.write('别的文件.txt', new Uint8Array([3]));
    const outcome = await prepareStore({ db: new AppDatabase(name()), shelf, markers: markers(markerOf(120)), appVersion: '0.1.0' });
    expect(outcome).toMatchObject({ kind: 'empty-store', marker: { total: 120 }, latest: { name: '村企联建备份_2026-11-20_每日.cqbak' } });
  });

  it('lets a first start (no marker) and a store with data through', async () => {
    expect(await prepareStore({ db: new AppDatabase(name()), shelf: null, markers: markers(null), appVersion: '0.1.0' })).toEqual({ kind: 'ready' });
    expect(await prepareStore({ db: new AppDatabase(name()), shelf: null, markers: markers(markerOf(0)), appVersion: '0.1.0' })).toEqual({ kind: 'ready' });
    const dbName = name();
    await buildDatabaseAt(2, dbName, { townships: makeV001Data().townships });
    expect(await prepareStore({ db: new AppDatabase(dbName), shelf: null, markers: markers(markerOf(999)), appVersion: '0.1.0' })).toEqual({ kind: 'ready' });
  });
});
