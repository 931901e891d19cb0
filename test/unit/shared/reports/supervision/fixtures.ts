// A small county for the supervision builders: two townships, four pairings (one ended, one
// not yet approved), a few reports.
import type { LedgerAggregate, MonthlyReport, Pairing, Township } from '@shared/model/types';

const base = (id: string) => ({ id, createdAt: '2008-01-01T00:00:00.000Z', updatedAt: '2008-01-01T00:00:00.000Z', deleted: 0 as const });

export const townships: Township[] = [
  { ...base('t2'), name: '濯田镇', kind: '镇', order: 2, leaderName: '李明', leaderPost: '县委常委' },
  { ...base('t1'), name: '河田镇', kind: '镇', order: 1, leaderName: '王强', leaderPost: '县委副书记' },
];

const pairing = (id: string, code: string, townshipId: string, extra: Partial<Pairing> = {}): Pairing => ({
  ...base(id),
  code,
  enterpriseId: `e-${id}`,
  villageId: `v-${id}`,
  status: '已批准',
  formation: '双向选择',
  areas: [],
  responsibleTownshipId: townshipId,
  appliedDate: '2008-01-05',
  approvedDate: '2008-02-10',
  enterpriseLiaison: { name: '张企', phone: '13900000001' },
  villageLiaison: { name: '刘村' },
  ...extra,
});

export const pairings: Pairing[] = [
  pairing('p1', 'LJ2008-001', 't1'),
  pairing('p2', 'LJ2008-002', 't1', { responsibleLeader: { name: '陈华', post: '组织部长' } }),
  pairing('p3', 'LJ2008-003', 't2', { status: '已终止', endedDate: '2008-04-15' }),
  pairing('p4', 'LJ2008-004', 't2', { status: '申请', approvedDate: undefined }),
  pairing('p5', 'LJ2008-005', 't2', { approvedDate: '2008-06-01' }),
];

export const report = (pairingId: string, month: string, submittedDate: string, extra: Partial<MonthlyReport> = {}): MonthlyReport => ({
  ...base(`r-${pairingId}-${month}`),
  pairingId,
  month,
  submittedDate,
  summary: '开展联建活动',
  active: true,
  ...extra,
});

export const aggregate = (pairingId: string, type: string, count: number, sums: Record<string, number>, year = 2008): LedgerAggregate => ({
  id: `${pairingId}|${year}|${type}`,
  pairingId,
  townshipId: pairings.find((p) => p.id === pairingId)!.responsibleTownshipId,
  year,
  type,
  count,
  sums,
});

export const names = { enterpriseName: (id: string) => `企业${id.slice(2)}`, villageName: (id: string) => `村${id.slice(2)}` };
