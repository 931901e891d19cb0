import { describe, expect, it } from 'vitest';
import type { Pairing } from '@shared/model/types';
import { activePeriodIssue, allowedActions, checkApprove, checkChange, checkTerminate, lastEventDate, nextPairingCode, todayIso } from '@shared/model/pairing-rules';
import { diffPairing } from '@shared/model/pairing-changes';

const p = (over: Partial<Pairing> = {}): Pairing => ({
  id: 'p',
  createdAt: '',
  updatedAt: '',
  deleted: 0,
  code: 'LJ2008-001',
  enterpriseId: 'e',
  villageId: 'v',
  status: '申请',
  formation: '组织推荐',
  areas: ['劳务输送'],
  responsibleTownshipId: 't1',
  appliedDate: '2008-03-01',
  ...over,
});
const today = '2009-01-01';

describe('codes', () => {
  it('takes one past the highest number of the year, ignoring other years and odd codes', () => {
    expect(nextPairingCode(2008, [])).toBe('LJ2008-001');
    expect(nextPairingCode(2008, ['LJ2008-001', 'LJ2008-007', 'LJ2007-020', 'LJ2008-x', '2008-099'])).toBe('LJ2008-008');
    expect(nextPairingCode(2008, ['LJ2008-999'])).toBe('LJ2008-1000');
  });
});

describe('transitions', () => {
  it('offers actions by status', () => {
    expect(allowedActions(p())).toEqual({ approve: true, change: true, terminate: true });
    expect(allowedActions(p({ status: '已批准' }))).toEqual({ approve: false, change: true, terminate: true });
    expect(allowedActions(p({ status: '已终止' }))).toEqual({ approve: false, change: false, terminate: false });
  });

  it('checks dates against the application, the last event and today', () => {
    expect(checkApprove(p(), '2008-03-01', '2008-03-01', today)).toEqual([]);
    expect(checkApprove(p(), '', undefined, today)).toEqual(['请填写批准日期']);
    expect(checkApprove(p(), '2009-01-02', undefined, today)).toEqual(['批准日期（2009-01-02）不能晚于今天（2009-01-01）']);
    expect(checkChange(p({ status: '已批准' }), '2008-04-01', '原因', 1, '2008-05-01', today)).toEqual(['变更日期（2008-04-01）不能早于上一条记录的日期（2008-05-01）']);
    expect(checkTerminate(p({ status: '已批准', approvedDate: '2008-04-01' }), '2008-03-15', '原因', '2008-04-01', today)).toEqual([
      '终止日期（2008-03-15）不能早于批准日期（2008-04-01）',
    ]);
    expect(checkTerminate(p(), '2008-02-01', '撤回', undefined, today)).toEqual(['终止日期（2008-02-01）不能早于申请日期（2008-03-01）']);
  });

  it('finds the last event date', () => {
    expect(lastEventDate([])).toBeUndefined();
    expect(lastEventDate([{ date: '2008-05-01' }, { date: '2008-07-01' }, { date: '2008-06-01' }])).toBe('2008-07-01');
  });

  it('gives today as a local calendar date', () => {
    expect(todayIso(new Date(2008, 11, 3, 23, 59))).toBe('2008-12-03');
  });
});

describe('active period for ledger entries', () => {
  const approved = p({ status: '已批准', approvedDate: '2008-03-10' });
  it('accepts days within the period and months that overlap it', () => {
    expect(activePeriodIssue(approved, '2008-03-10', 'day')).toBeNull();
    expect(activePeriodIssue(approved, '2008-03-01', 'month')).toBeNull();
    expect(activePeriodIssue(approved, '2008-03-09', 'day')).toBe('台账日期（2008-03-09）早于联建「LJ2008-001」的批准日期（2008-03-10）');
    expect(activePeriodIssue(approved, '2008-02-01', 'month')).toBe('台账日期（2008-02）早于联建「LJ2008-001」的批准日期（2008-03-10）');
    const ended = { ...approved, status: '已终止' as const, endedDate: '2008-06-30' };
    expect(activePeriodIssue(ended, '2008-06-01', 'month')).toBeNull();
    expect(activePeriodIssue(ended, '2008-07-01', 'month')).toBe('台账日期（2008-07）晚于联建「LJ2008-001」的终止日期（2008-06-30）');
    expect(activePeriodIssue(p(), '2008-04-01', 'day')).toBe('联建「LJ2008-001」尚未批准，不能登记台账');
  });
});

describe('diff for 变更', () => {
  const names = { townshipName: (id: string) => (id === 't1' ? '河田镇' : '大同镇') };
  it('lists changed fields only, as readable text, and ignores area order', () => {
    const before = p({ areas: ['劳务输送', '技能培训'], responsibleLeader: { name: '王明', post: '书记' } });
    expect(diffPairing(before, { areas: ['技能培训', '劳务输送'], responsibleLeader: { name: '王明', post: '书记' } }, names)).toEqual([]);
    expect(diffPairing(before, { responsibleTownshipId: 't2', responsibleLeader: { name: '李华' }, agreement: '协议' }, names)).toEqual([
      { field: 'responsibleTownshipId', label: '挂钩乡镇', from: '河田镇', to: '大同镇' },
      { field: 'responsibleLeader', label: '挂钩领导', from: '王明（书记）', to: '李华' },
      { field: 'agreement', label: '联建协议', from: '（空）', to: '协议' },
    ]);
  });

  it('sees a liaison changed when only the person behind the same name changed', () => {
    const before = p({ villageLiaison: { name: '张三', personId: 'a' } });
    expect(diffPairing(before, { villageLiaison: { name: '张三', personId: 'b' } }, names)).toHaveLength(1);
  });
});
