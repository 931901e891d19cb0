import { describe, expect, it } from 'vitest';
import type { Draft, Enterprise, Person, Village } from '@shared/model/types';
import { freshStore } from './helpers';

type Store = ReturnType<typeof freshStore>;

const village = (townshipId: string, name: string, extra: Partial<Draft<Village>> = {}): Draft<Village> => ({
  townshipId,
  name,
  industries: [],
  partyOrg: {},
  ...extra,
});
const enterprise = (townshipId: string, name: string, extra: Partial<Draft<Enterprise>> = {}): Draft<Enterprise> => ({
  townshipId,
  name,
  aboveScale: false,
  partyOrg: { type: '未建立' },
  ...extra,
});
const person = (name: string, extra: Partial<Draft<Person>> = {}): Draft<Person> => ({ name, orgKind: 'none', ...extra });

async function twoTownships(store: Store) {
  const a = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
  const b = await store.townships.create({ name: '策武镇', kind: '镇', order: 2 });
  return [a, b] as const;
}

describe('village repository', () => {
  it('stores a validated village with its party organization and an audit entry', async () => {
    const store = freshStore();
    const [hetian] = await twoTownships(store);
    const v = await store.villages.create(
      village(hetian.id, ' 红星村 ', { households: 420, partyOrg: { name: '红星村党支部', type: '党支部', secretary: '王明', members: 32 }, contactPhone: '139 0597 1234' }),
    );
    expect(v).toMatchObject({ name: '红星村', households: 420, contactPhone: '13905971234', partyOrg: { type: '党支部', members: 32 } });
    const audit = await store.db.audit.where('entityId').equals(v.id).toArray();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('a village name is unique within its township (live villages only), not across townships', async () => {
    const store = freshStore();
    const [hetian, cewu] = await twoTownships(store);
    const first = await store.villages.create(village(hetian.id, '红星村'));
    await expect(store.villages.create(village(hetian.id, '红星村'))).rejects.toThrow('河田镇已有村「红星村」');
    await store.villages.create(village(cewu.id, '红星村'));
    const other = await store.villages.create(village(hetian.id, '东街村'));
    await expect(store.villages.update(other.id, { name: '红星村' })).rejects.toThrow('河田镇已有村「红星村」');
    expect((await store.villages.get(other.id))?.name).toBe('东街村');
    await store.villages.remove(first.id);
    const again = await store.villages.create(village(hetian.id, '红星村'));
    await expect(store.villages.restore(first.id)).rejects.toThrow('已有村');
    expect((await store.villages.list()).map((v) => v.id).sort()).toEqual([again.id, other.id, (await store.villages.list()).find((v) => v.townshipId === cewu.id)!.id].sort());
  });

  it('refuses a township that does not exist or was deleted, writing nothing', async () => {
    const store = freshStore();
    const [hetian] = await twoTownships(store);
    await expect(store.villages.create(village('nope', '红星村'))).rejects.toThrow('所属乡镇不存在或已删除');
    await store.townships.remove(hetian.id);
    await expect(store.villages.create(village(hetian.id, '红星村'))).rejects.toThrow('所属乡镇不存在或已删除');
    expect(await store.db.villages.count()).toBe(0);
    expect(await store.db.audit.filter((e) => e.entity === 'villages').count()).toBe(0);
  });

  it('refuses invalid drafts with every message', async () => {
    const store = freshStore();
    const [hetian] = await twoTownships(store);
    await expect(store.villages.create(village(hetian.id, '', { households: -1 }))).rejects.toMatchObject({ messages: ['请填写村名', '户数应为非负整数'] });
  });
});

describe('enterprise repository', () => {
  it('a USCC is unique among live enterprises, in any township; a deleted holder frees it', async () => {
    const store = freshStore();
    const [hetian, cewu] = await twoTownships(store);
    const first = await store.enterprises.create(enterprise(hetian.id, '红都纺织有限公司', { uscc: '91350100M000100Y43' }));
    await expect(store.enterprises.create(enterprise(cewu.id, '另一家公司', { uscc: '91350100m000100y43' }))).rejects.toThrow(
      '统一社会信用代码 91350100M000100Y43 已登记为企业「红都纺织有限公司」',
    );
    expect(await store.db.enterprises.count()).toBe(1);
    const second = await store.enterprises.create(enterprise(cewu.id, '另一家公司'));
    await expect(store.enterprises.update(second.id, { uscc: '91350100M000100Y43' })).rejects.toThrow('已登记为企业「红都纺织有限公司」');
    // Updating the holder itself with its own code is fine.
    await store.enterprises.update(first.id, { employees: 1200 });
    await store.enterprises.remove(first.id);
    await store.enterprises.update(second.id, { uscc: '91350100M000100Y43' });
    await expect(store.enterprises.restore(first.id)).rejects.toThrow('已登记为企业「另一家公司」');
  });

  it('a bad USCC is refused with its check character; the name is unique within the township', async () => {
    const store = freshStore();
    const [hetian, cewu] = await twoTownships(store);
    await expect(store.enterprises.create(enterprise(hetian.id, '甲公司', { uscc: '91350100M000100Y44' }))).rejects.toThrow('统一社会信用代码校验位错误，应为3');
    await store.enterprises.create(enterprise(hetian.id, '甲公司'));
    await expect(store.enterprises.create(enterprise(hetian.id, '甲公司'))).rejects.toThrow('河田镇已有企业「甲公司」');
    await store.enterprises.create(enterprise(cewu.id, '甲公司'));
    expect(await store.enterprises.count()).toBe(2);
  });

  it('names both conflicts at once', async () => {
    const store = freshStore();
    const [hetian] = await twoTownships(store);
    await store.enterprises.create(enterprise(hetian.id, '甲公司', { uscc: '91350100M000100Y43' }));
    await expect(store.enterprises.create(enterprise(hetian.id, '甲公司', { uscc: '91350100M000100Y43' }))).rejects.toMatchObject({
      messages: ['统一社会信用代码 91350100M000100Y43 已登记为企业「甲公司」', '河田镇已有企业「甲公司」'],
    });
  });
});

describe('person repository', () => {
  it('an ID number is unique among live persons', async () => {
    const store = freshStore();
    const zhang = await store.persons.create(person('张三', { idNumber: '11010519491231002x', gender: '女' }));
    expect(zhang.idNumber).toBe('11010519491231002X');
    await expect(store.persons.create(person('李四', { idNumber: '11010519491231002X' }))).rejects.toThrow('身份证号 11010519491231002X 已登记为「张三」');
    await store.persons.remove(zhang.id);
    const li = await store.persons.create(person('李四', { idNumber: '11010519491231002X' }));
    await expect(store.persons.restore(zhang.id)).rejects.toThrow('已登记为「李四」');
    expect((await store.persons.list()).map((p) => p.id)).toEqual([li.id]);
  });

  it('the organization must exist and be live', async () => {
    const store = freshStore();
    const [hetian] = await twoTownships(store);
    const v = await store.villages.create(village(hetian.id, '红星村'));
    const e = await store.enterprises.create(enterprise(hetian.id, '甲公司'));
    await store.persons.create(person('王明', { orgKind: 'village', orgId: v.id, post: '村党支部书记' }));
    await store.persons.create(person('李华', { orgKind: 'enterprise', orgId: e.id }));
    await expect(store.persons.create(person('赵六', { orgKind: 'enterprise', orgId: v.id }))).rejects.toThrow('所在企业不存在或已删除');
    await store.villages.remove(v.id);
    await expect(store.persons.create(person('赵六', { orgKind: 'village', orgId: v.id }))).rejects.toThrow('所在村不存在或已删除');
    expect(await store.persons.count()).toBe(2);
  });
});
