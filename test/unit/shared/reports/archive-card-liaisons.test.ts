import { describe, expect, it } from 'vitest';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import type { Pairing, PairingEvent } from '@shared/model/types';
import { buildArchiveCard } from '@shared/reports/archive-card';

const base = { createdAt: '', updatedAt: '', deleted: 0 as const };
const pairing: Pairing = {
  ...base, id: 'p1', code: 'LJ2008-001', enterpriseId: 'e1', villageId: 'v1', status: '已批准', formation: '双向选择', areas: ['劳务输送'],
  enterpriseLiaison: { name: '李四', phone: '13905970001', personId: 'ps4' }, villageLiaison: { name: '赵六', phone: '0597-6822345' },
  responsibleTownshipId: 't1', appliedDate: '2008-03-01', approvedDate: '2008-03-10',
};
const events: PairingEvent[] = [
  { id: 'a', pairingId: 'p1', kind: '申请', date: '2008-03-01', createdAt: '' },
  { id: 'c', pairingId: 'p1', kind: '变更', date: '2008-05-01', createdAt: '', reason: '原联络员外出务工', changes: [{ field: 'villageLiaison', label: '村联络员', from: '张三（13905971234）', to: '赵六（0597-6822345）', liaison: { from: { name: '张三', phone: '13905971234' }, to: { name: '赵六', phone: '0597-6822345' } } }] },
];

describe('the archive card’s 联络员', () => {
  it('lists who served on each side and from when to when', () => {
    const card = buildArchiveCard({ pairing, events, townshipName: () => '河田镇', entries: [], catalog: LEDGER_TYPES, reports: [], honours: [], unitName: '中共长汀县委组织部', today: '2008-12-03' });
    const section = card.sections.find((s) => s.title.endsWith('联络员'))!;
    expect(section.title).toBe('三、联络员');
    expect(section.table!.rows.map((r) => [r[0], r[1], r[2], r[3]!.replace(/([年月])0/g, '$1')])).toEqual([
      ['企业', '李四', '13905970001', '2008年3月1日至今'],
      ['村', '张三', '13905971234', '2008年3月1日至2008年5月1日'],
      ['村', '赵六', '0597-6822345', '2008年5月1日至今'],
    ]);
  });
});
