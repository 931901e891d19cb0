// The 操作日志 query: newest first, by time range, entity and action (through the v002
// indexes), never more than the limit.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/model/types';
import { queryAudit } from '@renderer/features/backup/audit/audit-query';
import { freshStore } from '../helpers';

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();

async function seeded() {
  const { db } = freshStore();
  const entries: AuditEntry[] = [
    { time: at(1), action: 'create', entity: 'townships', entityId: 't1' },
    { time: at(2), action: 'update', entity: 'townships', entityId: 't1' },
    { time: at(3), action: 'create', entity: 'villages', entityId: 'v1' },
    { time: at(4), action: 'delete', entity: 'villages', entityId: 'v1' },
    { time: at(5), action: 'restore', entity: 'villages', entityId: 'v1' },
    { time: at(6), action: 'restore', entity: 'backup', entityId: '村企联建备份_2026-11-05_每日.cqbak' },
  ];
  await db.audit.bulkAdd(entries);
  return db;
}

const ids = (r: { entries: AuditEntry[] }) => r.entries.map((e) => `${e.entity}:${e.action}`);

describe('operation log query', () => {
  it('lists everything newest first', async () => {
    const db = await seeded();
    expect(ids(await queryAudit(db, {}))).toEqual(['backup:restore', 'villages:restore', 'villages:delete', 'villages:create', 'townships:update', 'townships:create']);
  });

  it('filters by time range (inclusive), entity, action, and their combinations', async () => {
    const db = await seeded();
    expect(ids(await queryAudit(db, { from: at(2, 0), to: at(4, 23) }))).toEqual(['villages:delete', 'villages:create', 'townships:update']);
    expect(ids(await queryAudit(db, { entity: 'villages' }))).toEqual(['villages:restore', 'villages:delete', 'villages:create']);
    expect(ids(await queryAudit(db, { action: 'restore' }))).toEqual(['backup:restore', 'villages:restore']);
    expect(ids(await queryAudit(db, { entity: 'villages', action: 'create' }))).toEqual(['villages:create']);
    expect(ids(await queryAudit(db, { entity: 'villages', from: at(4), to: at(6) }))).toEqual(['villages:restore', 'villages:delete']);
    expect(ids(await queryAudit(db, { action: 'update', from: at(3) }))).toEqual([]);
  });

  it('stops at the limit and says there is more', async () => {
    const db = await seeded();
    const r = await queryAudit(db, {}, 4);
    expect(r.entries).toHaveLength(4);
    expect(r.more).toBe(true);
    expect((await queryAudit(db, {}, 6)).more).toBe(false);
  });
});
