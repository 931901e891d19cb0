// v009 from a v008 database: the township totals are built from the per-pairing aggregates;
// the operation log loses its unused `entity` and `action`
// indexes and keeps every entry as it was; the page's queries, undo's and a record's history
// run on the kept ones, and a batch entry written after the upgrade sits beside the old ones.
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS } from '@renderer/db/migrations';
import { v009AuditBatches } from '@renderer/db/migrations/v009-audit-batches';
import { recordHistory } from '@renderer/db/audit';
import { queryAudit } from '@renderer/features/backup/audit/audit-query';
import type { AuditEntry } from '@shared/model/types';
import { townshipRowsOf } from '@shared/model/township-aggregate';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';

describe('v009-audit-batches', () => {
  it('is in the list of migrations, last', () => {
    expect(MIGRATIONS).toContain(v009AuditBatches);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
  });

  it('drops the unused indexes and keeps every entry', async () => {
    const name = `mig9-${crypto.randomUUID()}`;
    const data = makeV001Data();
    await buildDatabaseAt(8, name, data);
    const old = new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= 8));
    await old.open();
    const before = await old.audit.toArray();
    expect(old.audit.schema.indexes.map((i) => i.name).sort()).toEqual(['[action+time]', '[entity+time]', 'action', 'batchId', 'entity', 'entityId', 'time']);
    old.close();

    const db = new AppDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(9);
    expect(db.audit.schema.indexes.map((i) => i.name).sort()).toEqual(['[action+time]', '[entity+time]', 'batchId', 'entityId', 'time']);
    expect(await db.audit.toArray()).toEqual(before);

    // The township totals are built from the per-pairing rows the upgrade found.
    const perPairing = await db.ledgerAggregates.toArray();
    expect(perPairing.length).toBeGreaterThan(0);
    const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await db.townshipAggregates.toArray())).toEqual(sortById(townshipRowsOf(perPairing)));
    expect(await db.ledgerAggregates.where('[year+type]').equals([perPairing[0]!.year, perPairing[0]!.type]).count()).toBeGreaterThan(0);

    // The 操作日志 page's three queries answer as before.
    const all = await queryAudit(db, {});
    expect(all.entries.length).toBe(before.length);
    const first = before[0] as AuditEntry;
    const byEntity = await queryAudit(db, { entity: first.entity });
    expect(byEntity.entries.length).toBe(before.filter((e) => e.entity === first.entity).length);
    const byAction = await queryAudit(db, { action: first.action });
    expect(byAction.entries.length).toBe(before.filter((e) => e.action === first.action).length);

    // A batch entry after the upgrade: found by batch id (undo) and by a record's history.
    const village = (data.villages as { id: string }[])[0]!;
    await db.villages.update(village.id, { importBatchId: 'ib-9' });
    await db.audit.add({ time: new Date().toISOString(), action: 'create', entity: 'villages', entityId: 'ib-9', batchId: 'ib-9', ids: [village.id], fileName: '村情.xlsx', fileHash: 'cd'.repeat(32) });
    expect(await db.audit.where('batchId').equals('ib-9').count()).toBe(1);
    expect((await recordHistory(db, 'villages', village.id)).at(-1)).toMatchObject({ fileName: '村情.xlsx', ids: [village.id] });
    db.close();
  });
});
