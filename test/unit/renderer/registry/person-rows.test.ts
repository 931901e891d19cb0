import { describe, expect, it } from 'vitest';
import { personRows, placeLookup } from '@renderer/features/registry/persons/person-rows';
import { withoutDeleted } from '@renderer/ui/records/live-records';
import { keysOf, withRecordKeys } from '@shared/model/record-keys';
import type { Enterprise, Person, Township, Village } from '@shared/model/types';

const stamp = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', deleted: 0 as const };
const person = (id: string, name: string, org: Partial<Person> = { orgKind: 'none' }) => ({ ...stamp, id, name, ...org }) as Person;
const townships = [
  { ...stamp, id: 't-b', name: '策武镇', kind: '镇', order: 2 },
  { ...stamp, id: 't-a', name: '河田镇', kind: '镇', order: 1 },
] as Township[];
const villages = [{ ...stamp, id: 'v-1', townshipId: 't-b', name: '红星村', industries: [], partyOrg: {} }] as unknown as Village[];
const enterprises = [{ ...stamp, id: 'e-1', townshipId: 't-a', name: '红都纺织有限公司' }] as unknown as Enterprise[];

describe('人员 list rows', () => {
  it('are the stored records themselves, in pinyin order, equal names in storage order', () => {
    const stored = [person('p-1', '赵敏'), person('p-2', '王伟'), person('p-3', '安琪'), person('p-4', '王伟')].map((p) => withRecordKeys('persons', p));
    const rows = personRows(stored)!;
    expect(rows.map((r) => r.id)).toEqual(['p-3', 'p-2', 'p-4', 'p-1']);
    expect(rows[0]).toBe(stored[2]);
    expect(stored.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
  });

  it('orders by the keys alone, in code-unit order like `<`, across many equal names', () => {
    const names = ['王伟', '王芳', '李娜', '王伟', '安琪', '李娜', '王伟', 'Wang', '阿', '王芳'];
    const stored = Array.from({ length: 400 }, (_, i) => withRecordKeys('persons', person(`p-${String(i).padStart(3, '0')}`, names[(i * 7) % names.length]!)));
    const expected = stored
      .map((p, i) => ({ p, i }))
      .sort((a, b) => (a.p.sortKey < b.p.sortKey ? -1 : a.p.sortKey > b.p.sortKey ? 1 : a.i - b.i))
      .map(({ p }) => p.id);
    expect(personRows(stored)!.map((r) => r.id)).toEqual(expected);
  });

  it('gives keys to a record written without them (and orders it by them), and asks for the key functions first', () => {
    const written = [withRecordKeys('persons', person('p-1', '赵敏')), person('p-2', '安琪')];
    expect(personRows(written)).toBeUndefined();
    const rows = personRows(written, (p) => keysOf('persons', p))!;
    expect(rows.map((r) => r.id)).toEqual(['p-2', 'p-1']);
    expect(rows[0].searchKeys).toContain('aq');
  });

  it('shows each person’s unit and township (county order), a deleted unit as such, none as blank', () => {
    const placeOf = placeLookup(villages, enterprises, townships);
    expect(placeOf(person('p-1', '甲', { orgKind: 'village', orgId: 'v-1' }))).toEqual({ orgName: '红星村', townshipId: 't-b', townshipName: '策武镇', townshipOrder: 1 });
    expect(placeOf(person('p-2', '乙', { orgKind: 'enterprise', orgId: 'e-1' }))).toMatchObject({ orgName: '红都纺织有限公司', townshipName: '河田镇', townshipOrder: 0 });
    expect(placeOf(person('p-3', '丙', { orgKind: 'village', orgId: 'v-gone' }))).toMatchObject({ orgName: '（已删除）', townshipName: '' });
    expect(placeOf(person('p-4', '丁', { orgKind: 'village' }))).toMatchObject({ orgName: '（已删除）' });
    expect(placeOf(person('p-5', '戊'))).toMatchObject({ orgName: '', townshipName: '' });
    expect(placeOf(person('p-5', '戊')).townshipId).toBeUndefined();
  });

  it('leave out the deleted records (the live read is by primary key, not the deleted index)', () => {
    const all = [person('p-1', '甲'), { ...person('p-2', '乙'), deleted: 1 as const }, person('p-3', '丙')];
    expect(withoutDeleted(all).map((p) => p.id)).toEqual(['p-1', 'p-3']);
    const none = [person('p-1', '甲')];
    expect(withoutDeleted(none)).toBe(none);
  });
});
