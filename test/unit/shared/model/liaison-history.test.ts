import { describe, expect, it } from 'vitest';
import { allLiaisonTerms, liaisonTerms, parseLiaisonText } from '@shared/model/liaison-history';
import { diffPairing } from '@shared/model/pairing-changes';
import type { Pairing, PairingEvent } from '@shared/model/types';

const pairing = (over: Partial<Pairing> = {}): Pairing => ({
  id: 'p1',
  createdAt: '',
  updatedAt: '',
  deleted: 0,
  code: 'LJ2007-001',
  enterpriseId: 'e1',
  villageId: 'v1',
  status: '已批准',
  formation: '双向选择',
  areas: ['劳务输送'],
  responsibleTownshipId: 't1',
  appliedDate: '2007-03-01',
  approvedDate: '2007-03-20',
  ...over,
});
const names = { townshipName: () => '河田镇' };
const change = (date: string, before: Pairing, patch: Partial<Pairing>, reason: string): PairingEvent => ({
  id: date,
  pairingId: 'p1',
  kind: '变更',
  date,
  changes: diffPairing(before, patch, names),
  reason,
  createdAt: '',
});

describe('联络员 terms, read from the pairing and its 变更 events', () => {
  it('gives a liaison named at the application one open term from the application date', () => {
    const p = pairing({ villageLiaison: { name: '张三', personId: 'ps1' } });
    expect(liaisonTerms(p, [], 'villageLiaison')).toEqual([{ side: 'villageLiaison', name: '张三', personId: 'ps1', phone: undefined, from: '2007-03-01' }]);
    expect(liaisonTerms(p, [], 'enterpriseLiaison')).toEqual([]);
  });

  it('ends a term on the date of the change that replaced it, with its reason, and starts the next', () => {
    const first = pairing({ villageLiaison: { name: '张三', personId: 'ps1', phone: '13905971234' } });
    const e1 = change('2008-01-10', first, { villageLiaison: { name: '李四', personId: 'ps2' } }, '原联络员外出务工');
    const second = { ...first, villageLiaison: { name: '李四', personId: 'ps2' } };
    const e2 = change('2008-06-01', second, { villageLiaison: { name: '王五', personId: 'ps3', phone: '13800000003' } }, '换届');
    const now = { ...second, villageLiaison: { name: '王五', personId: 'ps3', phone: '13800000003' }, enterpriseLiaison: { name: '赵六' } };
    const terms = allLiaisonTerms(now, [e1, e2]);
    expect(terms.map((t) => [t.side, t.name, t.personId, t.from, t.to, t.endReason])).toEqual([
      ['enterpriseLiaison', '赵六', undefined, '2007-03-01', undefined, undefined],
      ['villageLiaison', '张三', 'ps1', '2007-03-01', '2008-01-10', '原联络员外出务工'],
      ['villageLiaison', '李四', 'ps2', '2008-01-10', '2008-06-01', '换届'],
      ['villageLiaison', '王五', 'ps3', '2008-06-01', undefined, undefined],
    ]);
  });

  it('reads an older history that kept texts only, and ends the last term when the pairing ended', () => {
    const old: PairingEvent = { id: 'x', pairingId: 'p1', kind: '变更', date: '2007-09-01', reason: '调整', createdAt: '', changes: [{ field: 'enterpriseLiaison', label: '企业联络员', from: '刘一（0597-6800001）', to: '陈二' }] };
    const p = pairing({ enterpriseLiaison: { name: '陈二' }, status: '已终止', endedDate: '2008-10-15' });
    expect(liaisonTerms(p, [old], 'enterpriseLiaison')).toEqual([
      { side: 'enterpriseLiaison', name: '刘一', phone: '0597-6800001', personId: undefined, from: '2007-03-01', to: '2007-09-01', endReason: '调整' },
      { side: 'enterpriseLiaison', name: '陈二', phone: undefined, personId: undefined, from: '2007-09-01', to: '2008-10-15' },
    ]);
    expect(parseLiaisonText('（空）')).toBeUndefined();
  });

  it('a side left without a liaison has no open term', () => {
    const p = pairing({ villageLiaison: { name: '张三' } });
    const cleared = change('2008-02-01', p, { villageLiaison: undefined }, '调离');
    expect(liaisonTerms({ ...p, villageLiaison: undefined }, [cleared], 'villageLiaison')).toEqual([
      { side: 'villageLiaison', name: '张三', phone: undefined, personId: undefined, from: '2007-03-01', to: '2008-02-01', endReason: '调离' },
    ]);
  });
});
