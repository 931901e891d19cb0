import { describe, expect, it } from 'vitest';
import { ValidationError } from '@renderer/db/repositories/entity-repository';
import { freshStore } from './helpers';

describe('township repository (create / update / soft delete / restore, with audit)', () => {
  it('creates a township with id and timestamps, and writes a create audit entry in the same transaction', async () => {
    const { db, townships } = freshStore();
    const t = await townships.create({ name: ' 河田镇\u200B ', kind: '镇', order: 1 });
    expect(t.name).toBe('河田镇');
    expect(t.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.deleted).toBe(0);
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity: 'townships', entityId: t.id });
    expect((audit[0].after as { name: string }).name).toBe('河田镇');
  });

  it('refuses invalid input with Chinese messages and writes nothing', async () => {
    const { db, townships } = freshStore();
    await expect(townships.create({ name: '', kind: '镇', order: 1 })).rejects.toThrow('请填写乡镇名称');
    await expect(townships.create({ name: '某镇', kind: '县' as never, order: 1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(townships.create({ name: '某镇', kind: '镇', order: -1 })).rejects.toThrow('排序不能为负数');
    expect(await db.townships.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses a duplicate name among live townships, but allows it once the first is deleted', async () => {
    const { db, townships } = freshStore();
    const first = await townships.create({ name: '河田镇', kind: '镇', order: 1 });
    await expect(townships.create({ name: '河田镇', kind: '镇', order: 2 })).rejects.toThrow('乡镇「河田镇」已存在');
    expect(await db.townships.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    await townships.remove(first.id);
    const second = await townships.create({ name: '河田镇', kind: '镇', order: 2 });
    // Restoring the first would now duplicate the name: refused, nothing changed.
    await expect(townships.restore(first.id)).rejects.toThrow('已存在');
    expect((await townships.get(first.id))?.deleted).toBe(1);
    expect((await townships.list()).map((t) => t.id)).toEqual([second.id]);
  });

  it('updates with a before/after audit entry and keeps createdAt', async () => {
    const { db, townships } = freshStore();
    const t = await townships.create({ name: '河田镇', kind: '镇', order: 1 });
    const u = await townships.update(t.id, { leaderName: '张三' });
    expect(u.createdAt).toBe(t.createdAt);
    expect(u.leaderName).toBe('张三');
    const [, update] = await db.audit.toArray();
    expect(update.action).toBe('update');
    expect((update.before as { leaderName?: string }).leaderName).toBeUndefined();
    expect((update.after as { leaderName?: string }).leaderName).toBe('张三');
  });

  it('soft-deletes (kept in the table, gone from lists) and restores', async () => {
    const { db, townships } = freshStore();
    const t = await townships.create({ name: '河田镇', kind: '镇', order: 1 });
    await townships.remove(t.id);
    expect(await townships.list()).toEqual([]);
    expect(await townships.count()).toBe(0);
    expect((await db.townships.get(t.id))?.deleted).toBe(1);
    await expect(townships.update(t.id, { order: 3 })).rejects.toThrow('记录不存在或已删除');
    await townships.restore(t.id);
    expect((await townships.list()).map((x) => x.name)).toEqual(['河田镇']);
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });
});
