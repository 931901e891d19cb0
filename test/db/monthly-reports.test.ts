// Monthly reports in the store: a report and the ledger entries it writes commit together and
// are never written twice (saving again updates them, the aggregates follow), a month reported
// twice is an update with its history, a refusal writes nothing, and a township's sheet
// through the import pipeline does the same — and is undone whole, ledger included.
import { describe, expect, it } from 'vitest';
import { autoMapping, extractRows } from '@shared/io/extract';
import { detectLayout } from '@shared/io/header';
import { formatIssue } from '@shared/io/issues';
import type { SheetData } from '@shared/io/types';
import { reportLedgerEntryId } from '@shared/model/monthly-report';
import { commitImport, undoImportBatch } from '@renderer/db/repositories/import-batches';
import { loadPreviewContext } from '@renderer/features/import/plan/context';
import { toCommitPlan } from '@renderer/features/import/plan/commit-plan';
import { buildPreview } from '@renderer/features/import/plan/preview';
import { monthlyReportTarget } from '@renderer/features/supervision/reports/import-target';
import { seedCounty } from './pairing-fixtures';

async function setup() {
  const county = await seedCounty();
  const p = await county.store.pairings.apply(county.application());
  await county.store.pairings.approve(p.id, '2008-03-10');
  const q = await county.store.pairings.apply(county.application({ villageId: county.luofu.id, enterpriseId: county.taihui.id }));
  await county.store.pairings.approve(q.id, '2008-03-12');
  return { ...county, db: county.store.db, reports: county.store.monthlyReports, pairing: (await county.store.pairings.get(p.id))!, other: (await county.store.pairings.get(q.id))! };
}

const aggregateSent = async (db: Awaited<ReturnType<typeof setup>>['db'], pairingId: string) => (await db.ledgerAggregates.get(`${pairingId}|2008|labour`))?.sums.sent;

describe('MonthlyReportService', () => {
  it('writes a report with its ledger entries and aggregates; saving again updates them, never adds', async () => {
    const { db, reports, pairing } = await setup();
    const input = { pairingId: pairing.id, month: '2008-05', active: true, summary: '输送工人', submittedDate: '2008-06-03', reporter: '张三', figures: { labour: { sent: 12, skilled: 4 }, funds: { amount: 2.5, purpose: '产业发展' } } };
    const first = await reports.save([input]);
    expect(first).toMatchObject({ created: 1, updated: 0 });
    const report = first.reports[0];
    const entries = await db.ledger.where('pairingId').equals(pairing.id).toArray();
    expect(entries.map((e) => [e.id, e.type, e.date, e.precision, e.monthlyReportId]).sort()).toEqual([
      [reportLedgerEntryId(report.id, 'funds'), 'funds', '2008-05-01', 'month', report.id],
      [reportLedgerEntryId(report.id, 'labour'), 'labour', '2008-05-01', 'month', report.id],
    ]);
    expect(entries.every((e) => e.townshipId === pairing.responsibleTownshipId && e.description === '2008年5月月报：输送工人')).toBe(true);
    expect(await aggregateSent(db, pairing.id)).toBe(12);

    // The same month again, with other figures and without funds: one report, one labour entry, funds gone.
    const second = await reports.save([{ ...input, summary: '输送工人（补报）', figures: { labour: { sent: 15 } } }]);
    expect(second).toMatchObject({ created: 0, updated: 1 });
    expect(await db.monthlyReports.count()).toBe(1);
    const live = await db.ledger.where('pairingId').equals(pairing.id).filter((e) => !e.deleted).toArray();
    expect(live.map((e) => [e.type, e.figures.sent])).toEqual([['labour', 15]]);
    expect(await aggregateSent(db, pairing.id)).toBe(15);
    expect(await db.ledgerAggregates.get(`${pairing.id}|2008|funds`)).toBeUndefined();
    expect((await db.ledgerAggregates.get(`${pairing.id}|2008|labour`))?.count).toBe(1);

    // Unchanged content writes nothing.
    expect(await reports.save([{ ...input, summary: '输送工人（补报）', figures: { labour: { sent: 15 } } }])).toMatchObject({ unchanged: 1 });

    // The history: created, then updated with what was reported before.
    const history = await reports.history(report.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect(history[1].before).toMatchObject({ summary: '输送工人', figures: { labour: { sent: 12 } } });
    expect(history[1].after).toMatchObject({ summary: '输送工人（补报）' });
  });

  it('refuses a month outside the window and any bad row of a batch, writing nothing', async () => {
    const { db, reports, pairing, other } = await setup();
    await expect(reports.save([{ pairingId: pairing.id, month: '2008-02', active: false, submittedDate: '2008-03-02' }])).rejects.toThrow('月报月份（2008年2月）早于联建「LJ2008-001」的批准日期（2008-03-10）');
    await expect(
      reports.save([
        { pairingId: pairing.id, month: '2008-04', active: true, summary: '活动', submittedDate: '2008-05-02', label: '第1行' },
        { pairingId: other.id, month: '2008-04', active: true, submittedDate: '2008-05-02', label: '第2行', figures: { labour: { sent: 3 } } },
      ]),
    ).rejects.toThrow('第2行：开展了活动，请填写活动情况');
    await expect(
      reports.save([
        { pairingId: pairing.id, month: '2008-04', active: false, submittedDate: '2008-05-02', label: '第1行' },
        { pairingId: pairing.id, month: '2008-04', active: false, submittedDate: '2008-05-03', label: '第2行' },
      ]),
    ).rejects.toThrow('第2行：与第1行是同一联建、同一月份');
    expect(await db.monthlyReports.count()).toBe(0);
    expect(await db.ledger.count()).toBe(0);
  });

  it('deleting a report deletes its entries, restoring brings them back; the ledger refuses to change them on its own', async () => {
    const { db, reports, pairing, store } = await setup();
    const { reports: [r] } = await reports.save([{ pairingId: pairing.id, month: '2008-06', active: true, summary: '活动', submittedDate: '2008-07-01', figures: { labour: { sent: 8 } } }]);
    const entryId = reportLedgerEntryId(r.id, 'labour');
    await expect(store.ledgerEntries.remove(entryId)).rejects.toThrow('这条台账由2008年6月的月报生成');
    await reports.remove(r.id);
    expect((await db.ledger.get(entryId))?.deleted).toBe(1);
    expect(await aggregateSent(db, pairing.id)).toBeUndefined();
    await reports.restore(r.id);
    expect((await db.ledger.get(entryId))?.deleted).toBe(0);
    expect(await aggregateSent(db, pairing.id)).toBe(8);
    // A new report for the month meanwhile blocks restoring the old one.
    await reports.remove(r.id);
    await reports.save([{ pairingId: pairing.id, month: '2008-06', active: false, submittedDate: '2008-07-02' }]);
    await expect(reports.restore(r.id)).rejects.toThrow('已有月报');
  });
});

type Row = (string | number | null)[];
const sheet = (rows: Row[]): SheetData => ({ name: '月报表', hidden: false, merges: [], columnCount: Math.max(...rows.map((r) => r.length)), rows: rows.map((cells, i) => ({ r: i + 1, cells })) });

describe('月报表 import', () => {
  it('imports a township’s month: skips rows left blank, refuses what the form refuses, updates a month reported before, and undoes whole', async () => {
    const { db, reports, pairing, other } = await setup();
    await reports.save([{ pairingId: other.id, month: '2008-07', active: false, submittedDate: '2008-08-01' }]);
    const rows: Row[] = [
      ['联建编号', '企业名称', '村名称', '月份', '是否开展活动', '活动情况', '报送日期', '劳务输送输送人数（人）', '资金扶持金额（万元）'],
      ['LJ2008-001', '福建盼盼食品有限公司', '红星村', '2008-07', '是', '输送20人', '2008-08-04', 20, null],
      ['LJ2008-002', '台慧体育器材公司', '露湖村', '2008-07', '是', '捐资修路', '2008-08-09', null, '3万元'],
      ['LJ2008-001', '福建盼盼食品有限公司', '红星村', '2008-02', null, null, null, null, null],
      ['LJ2008-001', '福建盼盼食品有限公司', '红星村', '2008-02', '否', null, '2008-03-01', null, null],
      ['LJ2008-001', '台慧体育器材公司', '红星村', '2008-08', '否', null, '2008-09-01', null, null],
    ];
    const s = sheet(rows);
    const layout = detectLayout(s, monthlyReportTarget.fields)!;
    const { rows: parsed, skipped } = extractRows(s, layout, autoMapping(layout), monthlyReportTarget.fields, { file: '月报.xlsx', sheetLabel: '月报表', date1904: false });
    expect(skipped).toEqual([{ row: 4, kind: 'blank' }]);
    const context = await loadPreviewContext(db, monthlyReportTarget);
    const preview = buildPreview(monthlyReportTarget, { files: [{ fileName: '月报.xlsx', rows: parsed }] }, context, new Map(), { updateExisting: true });
    expect(preview.rejected.flatMap((r) => r.issues.map(formatIssue))).toEqual([
      '文件 月报.xlsx · 工作表 月报表 · 第5行 · D列「月份」：月报月份（2008年2月）早于联建「LJ2008-001」的批准日期（2008-03-10）',
      '文件 月报.xlsx · 工作表 月报表 · 第6行 · B列「企业名称」：与联建「LJ2008-001」的企业「福建盼盼食品有限公司」不符，请核对联建编号',
    ]);
    expect(preview.creates).toHaveLength(1);
    expect(preview.updates.map((u) => u.changes?.map((c) => c.label))).toEqual([['是否开展活动', '活动情况', '报送日期', '资金扶持金额']]);
    preview.rejected = [];
    const [batch] = await commitImport(db, toCommitPlan(monthlyReportTarget, preview, [{ fileName: '月报.xlsx', hash: 'h' }]));
    expect(await db.monthlyReports.count()).toBe(2);
    expect(await aggregateSent(db, pairing.id)).toBe(20);
    expect((await db.ledgerAggregates.get(`${other.id}|2008|funds`))?.sums.amount).toBe(3);
    const otherReport = (await reports.find(other.id, '2008-07'))!;
    expect(otherReport).toMatchObject({ active: true, summary: '捐资修路', submittedDate: '2008-08-09', importBatchId: batch.id });

    // Undo: the new report and its entry go, the updated one is as it was, the aggregates follow.
    await undoImportBatch(db, batch.id);
    expect(await reports.find(pairing.id, '2008-07')).toBeUndefined();
    expect(await reports.find(other.id, '2008-07')).toMatchObject({ active: false });
    expect(await aggregateSent(db, pairing.id)).toBeUndefined();
    expect(await db.ledgerAggregates.get(`${other.id}|2008|funds`)).toBeUndefined();
    expect(await db.ledger.filter((e) => !e.deleted).count()).toBe(0);
  });
});
