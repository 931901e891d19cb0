import { describe, expect, it } from 'vitest';
import { diffRecords } from '@renderer/features/registry/detail/changes';

const names: Record<string, string> = { t1: '河田镇', t2: '策武镇', v1: '红星村', e1: '红都纺织' };
const nameOf = (path: string, value: string) => (path === 'townshipId' || path === 'orgId' ? names[value] : undefined);

describe('change log diffs', () => {
  it('lists changed fields with Chinese labels and units, nested party-organization fields included', () => {
    const before = { id: 'x', updatedAt: 'a', townshipId: 't1', name: '红星村', households: 420, industries: ['纺织服装'], partyOrg: { secretary: '王明', members: 30 } };
    const after = { id: 'x', updatedAt: 'b', townshipId: 't2', name: '红星村', households: 430, industries: ['纺织服装', '农林牧渔'], partyOrg: { secretary: '李华', members: 30 } };
    expect(diffRecords('villages', before, after, nameOf)).toEqual([
      { path: 'townshipId', label: '所属乡镇', from: '河田镇', to: '策武镇' },
      { path: 'households', label: '户数（户）', from: '420', to: '430' },
      { path: 'industries', label: '主导产业', from: '纺织服装', to: '纺织服装、农林牧渔' },
      { path: 'partyOrg.secretary', label: '村党组织书记', from: '王明', to: '李华' },
    ]);
  });

  it('a create lists every filled field; booleans read 是/否; organization kinds and ids read as names', () => {
    expect(diffRecords('enterprises', undefined, { name: '红都纺织', aboveScale: true, partyOrg: { type: '未建立' }, deleted: 0 }, nameOf)).toEqual([
      { path: 'name', label: '企业名称', from: '', to: '红都纺织' },
      { path: 'aboveScale', label: '规模以上', from: '', to: '是' },
      { path: 'partyOrg.type', label: '党组织类型', from: '', to: '未建立' },
    ]);
    expect(diffRecords('persons', { orgKind: 'village', orgId: 'v1' }, { orgKind: 'enterprise', orgId: 'e1' }, (p, v, r) => (p === 'orgId' ? `${r.orgKind}:${names[v]}` : undefined))).toEqual([
      { path: 'orgKind', label: '所在单位类型', from: '村', to: '企业' },
      { path: 'orgId', label: '所在单位', from: 'village:红星村', to: 'enterprise:红都纺织' },
    ]);
  });

  it('ignores internal fields and unknown tables', () => {
    expect(diffRecords('villages', { deleted: 0, updatedAt: 'a' }, { deleted: 1, updatedAt: 'b' })).toEqual([]);
    expect(diffRecords('nothing', { a: 1 }, { a: 2 })).toEqual([]);
  });
});
