// The store fills the search and sort keys of 乡镇, 村, 企业 and 人员 on every write — add, put,
// bulk writes, update and modify — from the record as written, so a renamed person is found
// by the new name's pinyin and no longer by the old; other tables are left alone.
import { describe, expect, it } from 'vitest';
import { recordKeysOf } from '@shared/model/record-keys';
import { freshStore } from './helpers';

const STAMP = '2026-01-01T00:00:00.000Z';
const base = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP, deleted: 0 as const });

describe('record keys kept by the store', () => {
  it('fills them on put, bulk writes, update and modify, and leaves the caller’s object alone', async () => {
    const { db } = freshStore();
    const person = { ...base('p1'), name: '单志明', orgKind: 'none' as const, phone: '13900000001' };
    await db.persons.put(person);
    expect(person).not.toHaveProperty('searchKeys');
    const stored = await db.persons.get('p1');
    expect(stored).toMatchObject(recordKeysOf('persons', person));
    expect(stored!.searchKeys).toContain('shanzhiming');
    expect(stored!.searchKeys).toContain('13900000001');

    await db.persons.update('p1', { name: '李红' });
    expect((await db.persons.get('p1'))!.searchKeys).toContain('lh');
    expect((await db.persons.get('p1'))!.searchKeys).not.toContain('shanzhiming');

    await db.villages.bulkAdd([{ ...base('v1'), townshipId: 't1', name: '红星村', industries: [], partyOrg: { secretary: '王五' } }]);
    const village = (await db.villages.get('v1'))!;
    expect(village.searchKeys).toContain('hxc');
    expect(village.searchKeys).toContain('王五');
    expect(village.sortKey).toBe(recordKeysOf('villages', village).sortKey);

    await db.villages.toCollection().modify((v) => {
      v.name = '长汀村';
    });
    expect((await db.villages.get('v1'))!.searchKeys).toContain('changting');
    db.close();
  });

  it('writes no keys on other tables', async () => {
    const { db } = freshStore();
    await db.settings.put({ key: 'industries', value: [] } as never);
    expect(await db.settings.get('industries')).not.toHaveProperty('searchKeys');
    db.close();
  });
});
