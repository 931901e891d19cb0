// 绩效考评 store: a year's scheme (refused when the weights do not add up), copied to the
// next year, hand scores checked and saved, scores computed from the ledger aggregates, the
// monthly reports and the rectification items; a scheme changed after scores exist keeps the
// old scores in the audit log and recomputes.
import { describe, expect, it } from 'vitest';
import { defaultScheme } from '@shared/model/evaluation/scheme';
import type { Evaluation, EvaluationScheme } from '@shared/model/evaluation/types';
import { seedCounty } from './pairing-fixtures';

const scheme = (): EvaluationScheme => ({
  total: 100,
  decimals: 1,
  indicators: [
    { key: 'labour', label: '劳务输送', kind: 'ledger', weight: 40, max: 40, params: { type: 'labour', figure: 'sent', scale: 'target', target: 20 } },
    { key: 'reports', label: '月报报送', kind: 'reportRate', weight: 20, max: 20, params: { none: 'full' } },
    { key: 'work', label: '工作实绩', kind: 'manual', weight: 40, max: 10, params: {} },
  ],
  deductions: [{ key: 'overdue', label: '逾期整改', kind: 'overdueRectification', perItem: 5, cap: 10, params: {} }],
  grading: { mode: 'threshold', excellent: 90, good: 75, pass: 60 },
});

async function county() {
  const f = await seedCounty();
  const a = await f.store.pairings.apply(f.application({ appliedDate: '2007-12-01' }));
  await f.store.pairings.approve(a.id, '2008-01-05');
  const b = await f.store.pairings.apply(f.application({ enterpriseId: f.taihui.id, villageId: f.luofu.id, appliedDate: '2007-12-01' }));
  await f.store.pairings.approve(b.id, '2008-01-08');
  await f.store.ledgerEntries.add([
    { pairingId: a.id, type: 'labour', date: '2008-05-01', precision: 'day', figures: { sent: 15 } },
    { pairingId: a.id, type: 'labour', date: '2008-08-01', precision: 'day', figures: { sent: 10 } },
    { pairingId: b.id, type: 'labour', date: '2008-06-01', precision: 'day', figures: { sent: 5 } },
  ]);
  // a reported every month, b half of them.
  const time = '2009-01-01T00:00:00.000Z';
  const report = (pairingId: string, m: number) => ({ id: `${pairingId}-${m}`, pairingId, month: `2008-${String(m).padStart(2, '0')}`, submittedDate: `2008-${String(m).padStart(2, '0')}-28`, summary: '开展活动', active: true, createdAt: time, updatedAt: time, deleted: 0 as const });
  await f.store.db.monthlyReports.bulkAdd([...Array.from({ length: 12 }, (_, i) => report(a.id, i + 1)), ...Array.from({ length: 6 }, (_, i) => report(b.id, i + 1))]);
  return { ...f, a, b };
}

describe('evaluations', () => {
  it('refuses a scheme whose weights do not add up, showing the difference; one per year', async () => {
    const { store } = await county();
    const bad = scheme();
    bad.indicators[2].weight = 35;
    await expect(store.evaluations.create(2008, bad)).rejects.toThrow('各项指标权重合计 95 分，与方案总分 100 分不符（少 5 分）');
    await store.evaluations.create(2008, scheme());
    await expect(store.evaluations.create(2008, defaultScheme())).rejects.toThrow('2008年度已有考评方案');
  });

  it('computes scores, ranks and grades from the ledger, the reports, the hand scores and the deductions', async () => {
    const { store, a, b } = await county();
    let e = await store.evaluations.create(2008, scheme());
    await expect(store.evaluations.saveInputs(e.id, { [a.id]: { scores: { work: 11 } } }, () => 'LJ')).rejects.toThrow('联建「LJ」「工作实绩」的得分（11）应在0至10分之间');
    e = await store.evaluations.saveInputs(e.id, { [a.id]: { scores: { work: 9 } }, [b.id]: { scores: { work: 8 } } });
    expect(e.result).toBeUndefined();
    e = await store.evaluations.compute(e.id);
    const rows = e.result!.rows;
    // a: labour 25 ≥ 20 → 40; reports 12/12 → 20; work 9/10 × 40 = 36 → 96, 优秀
    // b: labour 5/20 × 40 = 10; reports 6/12 → 10; work 8/10 × 40 = 32 → 52, 较差
    expect(rows.map((r) => [r.pairingId, r.items, r.total, r.rank, r.grade])).toEqual([
      [a.id, { labour: 40, reports: 20, work: 36 }, 96, 1, '优秀'],
      [b.id, { labour: 10, reports: 10, work: 32 }, 52, 2, '较差'],
    ]);
    expect(e.result!.asOf).toBe('2008-12-31');
  });

  it('recomputes on a hand score once scores exist, and on a changed scheme — the audit log keeping the old scheme and scores', async () => {
    const { store, a, b } = await county();
    let e = await store.evaluations.create(2008, scheme());
    e = await store.evaluations.saveInputs(e.id, { [a.id]: { scores: { work: 9 } }, [b.id]: { scores: { work: 8 } } });
    e = await store.evaluations.compute(e.id);
    e = await store.evaluations.saveInputs(e.id, { [b.id]: { scores: { work: 10 } } });
    expect(e.result!.rows.find((r) => r.pairingId === b.id)!.total).toBe(60);
    expect(e.inputs[a.id]).toEqual({ scores: { work: 9 } });

    const changed = scheme();
    changed.indicators[0] = { ...changed.indicators[0], weight: 30, max: 30 };
    changed.indicators[1] = { ...changed.indicators[1], weight: 30, max: 30 };
    const before = e;
    e = await store.evaluations.updateScheme(e.id, changed);
    expect(e.result!.rows.find((r) => r.pairingId === a.id)!.items).toEqual({ labour: 30, reports: 30, work: 36 });
    const last = (await store.db.audit.where('entityId').equals(e.id).toArray()).at(-1)!;
    expect(last.action).toBe('update');
    expect((last.before as Evaluation).result).toEqual(before.result);
    expect((last.before as Evaluation).scheme).toEqual(before.scheme);

    const lowered = structuredClone(changed);
    lowered.indicators[2] = { ...lowered.indicators[2], max: 5 };
    await expect(store.evaluations.updateScheme(e.id, lowered)).rejects.toThrow('已有 2 个联建点的人工评分超过「工作实绩」的满分 5 分');
  });

  it('takes off points for rectification items not closed by their deadline', async () => {
    const { store, a } = await county();
    const round = await store.inspections.createRound({ year: 2008, quarter: 3, team: '督查组', startDate: '2008-09-22', endDate: '2008-09-22' });
    await store.inspections.saveVisit(round.id, { pairingId: a.id, finding: 'x' });
    await store.inspections.createRectification({ inspectionId: round.id, pairingId: a.id, problem: 'p', requirement: 'r', responsible: '河田镇党委', deadline: '2008-10-31', status: '整改中' });
    let e = await store.evaluations.create(2008, scheme());
    e = await store.evaluations.saveInputs(e.id, { [a.id]: { scores: { work: 10 } } });
    e = await store.evaluations.compute(e.id);
    const row = e.result!.rows.find((r) => r.pairingId === a.id)!;
    expect(row.deductions).toEqual({ overdue: 5 });
    expect(row.total).toBe(95);
  });

  it('copies a year’s scheme to the next, without scores or hand inputs', async () => {
    const { store, a } = await county();
    let e = await store.evaluations.create(2008, scheme());
    e = await store.evaluations.saveInputs(e.id, { [a.id]: { scores: { work: 9 } } });
    await store.evaluations.compute(e.id);
    const next = await store.evaluations.copyScheme(2008, 2009);
    expect(next).toMatchObject({ year: 2009, scheme: scheme(), inputs: {} });
    expect(next.result).toBeUndefined();
    await expect(store.evaluations.copyScheme(2007, 2010)).rejects.toThrow('2007年度没有考评方案可复制');
    expect(await store.evaluations.years()).toEqual([2009, 2008]);
  });
});
