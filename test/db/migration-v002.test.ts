// v002 from a v001 database full of data (fixtures built by test/fixtures/db), and the
// fault row "a migration throws → the database stays at the old version, readable".
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS } from '@renderer/db/migrations';
import type { Migration } from '@renderer/db/migrations/types';
import { v002LiveIndexes } from '@renderer/db/migrations/v002-live-indexes';
import { BACKUP_TABLES, PRIMARY_KEYS, type BackupTableName } from '@shared/backup/tables';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';

const dbName = () => `mig-${crypto.randomUUID()}`;
/** Opened at v002 itself: later migrations have tests of their own. */
const atV002 = (name: string) => new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= 2));

/** Rows in primary-key order, as IndexedDB returns them. */
function byKey(table: BackupTableName, rows: Record<string, unknown>[]) {
  const key = PRIMARY_KEYS[table];
  return [...rows].sort((a, b) => (String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0));
}

async function blobBytes(blob: unknown): Promise<number[]> {
  return [...new Uint8Array(await (blob as Blob).arrayBuffer())];
}

describe('v002-live-indexes', () => {
  it('is the second schema version', () => {
    expect(MIGRATIONS[1]).toBe(v002LiveIndexes);
  });

  it('upgrades a v001 database full of data and leaves every record as it was', async () => {
    const name = dbName();
    const data = makeV001Data();
    await buildDatabaseAt(1, name, data);
    const db = atV002(name);
    await db.open();
    expect(db.verno).toBe(2);
    for (const table of BACKUP_TABLES) {
      if (!db.tables.some((t) => t.name === table)) continue; // tables of later versions
      const rows = await db.table(table).toArray();
      if (table === 'attachments') {
        expect(rows.map(({ blob: _b, ...r }) => r)).toEqual(data.attachments.map(({ blob: _b, ...r }) => r));
        for (const [i, row] of rows.entries()) expect(await blobBytes(row.blob)).toEqual(await blobBytes(data.attachments[i]!.blob));
      } else {
        expect(rows, table).toEqual(table === 'audit' ? data.audit : byKey(table, data[table]));
      }
    }
    expect(await db.ledgerAggregates.count()).toBeGreaterThan(0);
    db.close();
  });

  it('normalizes delete flags and ledger years so the new indexes find every record', async () => {
    const name = dbName();
    const data = makeV001Data();
    type Loose = Record<string, unknown> & { id: string; townshipId: string; date: string };
    const villages = data.villages.slice(0, 4).map((v, i) => ({ ...v, deleted: [undefined, false, true, 'true'][i] })) as unknown as Loose[];
    const ledger = data.ledger.slice(0, 3).map((e, i) => ({ ...e, year: [undefined, '2009', 2010][i] })) as unknown as Loose[];
    await buildDatabaseAt(1, name, { townships: data.townships, villages, ledger });
    const db = atV002(name);
    await db.open();
    expect((await db.villages.toArray()).map((v) => v.deleted)).toEqual([0, 0, 1, 1]);
    const townshipId = villages[0]!.townshipId;
    const live = await db.villages.where('[deleted+townshipId]').equals([0, townshipId]).primaryKeys();
    expect(live.sort()).toEqual([villages[0]!.id, villages[1]!.id].sort());
    expect((await db.ledger.toArray()).map((e) => e.year)).toEqual([Number(ledger[0]!.date.slice(0, 4)), 2009, 2010]);
    expect(await db.ledger.where('[deleted+year]').equals([0, 2009]).count()).toBe(1);
    db.close();
  });

  it('answers the compound queries the pages need', async () => {
    const name = dbName();
    const data = makeV001Data();
    await buildDatabaseAt(1, name, data);
    const db = atV002(name);
    const pairing = data.pairings[0]!;
    const expected = data.ledger.filter((e) => e.pairingId === pairing.id && e.type === 'labour').map((e) => e.id).sort();
    expect((await db.ledger.where('[pairingId+type]').equals([pairing.id as string, 'labour']).primaryKeys()).sort()).toEqual(expected);
    expect(await db.nominees.where('[kind+refId]').equals(['pairing', pairing.id as string]).count()).toBe(1);
    const firstTime = data.audit[0]!.time as string;
    expect(await db.audit.where('[entity+time]').between(['townships', firstTime], ['townships', '\uffff']).count()).toBe(data.audit.length);
    db.close();
  });
});

describe('a migration throws → the database stays at the old version, readable (fault row)', () => {
  const throwing: Migration = {
    version: 2,
    name: 'broken',
    stores: v002LiveIndexes.stores,
    upgrade: async (tx) => {
      await tx.table('villages').toCollection().modify((v: { name: string }) => {
        v.name = '被改坏的名字';
      });
      throw new Error('升级脚本出错');
    },
  };

  it('rejects the open, and the v001 data is untouched and readable', async () => {
    const name = dbName();
    const data = makeV001Data();
    await buildDatabaseAt(1, name, data);

    const failing = new AppDatabase(name, [MIGRATIONS[0]!, throwing]);
    await expect(failing.open()).rejects.toThrow(/升级脚本出错/);
    failing.close();

    // Opened as it is on disk, without any schema of ours: still version 1, every row intact.
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(1);
    expect(await raw.table('villages').toArray()).toEqual(data.villages);
    expect(await raw.table('ledger').count()).toBe(data.ledger.length);
    raw.close();

    // And the old code still opens it as before.
    const old = new AppDatabase(name, [MIGRATIONS[0]!]);
    await old.open();
    expect(await old.villages.count()).toBe(data.villages.length);
    old.close();
  });
});
