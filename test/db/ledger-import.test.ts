// Ledger rows through the import pipeline, one template per type from the catalog: pairing by
// code, day or month, figures checked by the catalog, persons by name, the active period
// enforced, aggregates kept current, and the same file twice adds nothing.
import { describe, expect, it } from 'vitest';
import { autoMapping, extractRows } from '@shared/io/extract';
import { detectLayout } from '@shared/io/header';
import { formatIssue } from '@shared/io/issues';
import type { SheetData } from '@shared/io/types';
import { commitImport } from '@renderer/db/repositories/import-batches';
import { loadPreviewContext } from '@renderer/features/import/plan/context';
import { toCommitPlan } from '@renderer/features/import/plan/commit-plan';
import { buildPreview, type Preview } from '@renderer/features/import/plan/preview';
import { ledgerImportTarget } from '@renderer/features/ledger/import-targets';
import { ledgerType } from '@shared/model/ledger-catalog';
import { seedCounty } from './pairing-fixtures';

type Row = (string | number | null)[];
const sheet = (rows: Row[]): SheetData => ({ name: '台账', hidden: false, merges: [], columnCount: Math.max(...rows.map((r) => r.length)), rows: rows.map((cells, i) => ({ r: i + 1, cells })) });

async function setup() {
  const county = await seedCounty();
  const p = await county.store.pairings.apply(county.application());
  await county.store.pairings.approve(p.id, '2008-03-10');
  await county.store.pairings.terminate(p.id, '2008-12-31', '企业搬迁');
  return { ...county, pairing: p };
}

async function preview(county: Awaited<ReturnType<typeof setup>>, typeKey: string, rows: Row[]): Promise<Preview> {
  const target = ledgerImportTarget(ledgerType(typeKey));
  const s = sheet(rows);
  const layout = detectLayout(s, target.fields)!;
  const { rows: parsed } = extractRows(s, layout, autoMapping(layout), target.fields, { file: '台账.xlsx', sheetLabel: '台账', date1904: false });
  const context = await loadPreviewContext(county.store.db, target);
  return buildPreview(target, { files: [{ fileName: '台账.xlsx', rows: parsed }] }, context, new Map(), { updateExisting: true });
}

const messages = (p: Preview) => p.rejected.flatMap((r) => r.issues.map(formatIssue));

describe('台账导入', () => {
  it('imports labour rows by pairing code, keeping month precision and the aggregates, and refuses what the form refuses', async () => {
    const county = await setup();
    const rows: Row[] = [
      ['联建编号', '日期', '输送人数（人）', '其中技术工人（人）', '情况说明'],
      ['LJ2008-001', '2008-04-15', '45', 30, '第一批'],
      ['LJ2008-001', '2008年6月', '20人', null, null],
      ['LJ2008-001', '2009-01-05', 5, null, null],
      ['LJ2008-001', '2008-05-01', 10, 12, null],
      ['LJ2099-001', '2008-05-01', 10, null, null],
    ];
    const p = await preview(county, 'labour', rows);
    expect(messages(p)).toEqual([
      '文件 台账.xlsx · 工作表 台账 · 第4行 · B列「日期」：台账日期（2009-01-05）晚于联建「LJ2008-001」的终止日期（2008-12-31）',
      '文件 台账.xlsx · 工作表 台账 · 第5行 · D列「其中技术工人（人）」：「其中技术工人」（12）不能大于「输送人数」（10）',
      '文件 台账.xlsx · 工作表 台账 · 第6行 · A列「联建编号」：联建「LJ2099-001」不存在，请在预览的「未知名称」中选择对应到已有联建',
    ]);
    expect(p.creates.map((r) => [r.draft.date, r.draft.precision, r.draft.figures])).toEqual([
      ['2008-04-15', 'day', { sent: 45, skilled: 30, landless: null, leftBehindWomen: null }],
      ['2008-06-01', 'month', { sent: 20, skilled: null, landless: null, leftBehindWomen: null }],
    ]);
    const target = ledgerImportTarget(ledgerType('labour'));
    await commitImport(county.store.db, toCommitPlan(target, p, [{ fileName: '台账.xlsx', hash: 'ef'.repeat(32) }]));
    expect(await county.store.db.ledgerAggregates.get(`${county.pairing.id}|2008|labour`)).toMatchObject({ count: 2, sums: { sent: 65, skilled: 30 } });
    const entries = await county.store.db.ledger.toArray();
    expect(entries.map((e) => [e.townshipId, e.year, e.description])).toContainEqual([county.hetian.id, 2008, '第一批']);
    const again = await preview(county, 'labour', rows.slice(0, 3));
    expect([again.creates.length, again.unchanged.length]).toEqual([0, 2]);
  });

  it('finds cross-appointed persons by name, preferring the sides, and says when a name is unknown', async () => {
    const county = await setup();
    const p = await preview(county, 'crossAppointment', [
      ['联建编号', '日期', '姓名', '任职方向', '职务', '任职开始', '成效'],
      ['LJ2008-001', '2008-04', '张三', '村→企', '车间主任', '2008-04-01', '企业中层管理人员'],
      ['LJ2008-001', '2008-04', '钱八', '村→企', null, null, null],
    ]);
    expect(p.creates.map((r) => r.draft.figures)).toEqual([{ person: county.villager.id, direction: '村→企', post: '车间主任', start: '2008-04-01', end: null, outcome: '企业中层管理人员' }]);
    expect(p.creates[0].draft.personIds).toEqual([county.villager.id]);
    expect(messages(p)).toEqual(['文件 台账.xlsx · 工作表 台账 · 第3行 · C列「姓名」：人员库中没有「钱八」，请先在「信息库 · 人员」中添加']);
  });
});
