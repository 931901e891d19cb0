// The existing pairing list through the import pipeline: an office's sheet (title rows, merged
// header, a village name two townships share), sides resolved by township and never guessed,
// codes kept, history written with the pairings, nothing added twice.
import { describe, expect, it } from 'vitest';
import { autoMapping, extractRows } from '@shared/io/extract';
import { detectLayout } from '@shared/io/header';
import { formatIssue } from '@shared/io/issues';
import { readWorkbook } from '@shared/io/read-workbook';
import { commitImport } from '@renderer/db/repositories/import-batches';
import { loadPreviewContext } from '@renderer/features/import/plan/context';
import { toCommitPlan } from '@renderer/features/import/plan/commit-plan';
import { buildPreview, type Preview } from '@renderer/features/import/plan/preview';
import type { RefChoice } from '@renderer/features/import/plan/references';
import { pairingListTarget } from '@renderer/features/pairings/import-target';
import { pairingListWorkbook, type ListRow } from '../fixtures/spreadsheets/pairing-list';
import { seedCounty } from './pairing-fixtures';

type County = Awaited<ReturnType<typeof seedCounty>>;

async function preview(county: County, rows?: ListRow[], choices: [string, RefChoice][] = []): Promise<Preview> {
  const read = await readWorkbook('联建名单.xlsx', await pairingListWorkbook(rows));
  if (!read.ok) throw new Error(read.error);
  const sheet = read.workbook.sheets[0];
  const layout = detectLayout(sheet, pairingListTarget.fields)!;
  const { rows: parsed } = extractRows(sheet, layout, autoMapping(layout), pairingListTarget.fields, { file: '联建名单.xlsx', sheetLabel: '联建名单', date1904: false });
  const context = await loadPreviewContext(county.store.db, pairingListTarget);
  return buildPreview(pairingListTarget, { files: [{ fileName: '联建名单.xlsx', rows: parsed }] }, context, new Map(choices), { updateExisting: true });
}

const messages = (p: Preview) => p.rejected.flatMap((r) => r.issues.map(formatIssue));

async function commit(county: County, p: Preview) {
  return commitImport(county.store.db, toCommitPlan(pairingListTarget, p, [{ fileName: '联建名单.xlsx', hash: 'cd'.repeat(32) }]));
}

describe('联建名单导入', () => {
  it('reads the office layout and pairs each row with the right sides, keeping codes', async () => {
    const county = await seedCounty();
    await county.store.persons.create({ name: '李四', orgKind: 'enterprise', orgId: county.panpan.id });
    const p = await preview(county);
    expect(messages(p)).toEqual([]);
    expect(p.creates).toHaveLength(3);
    const [b] = await commit(county, p);
    const pairings = (await county.store.pairings.list()).sort((a, b) => a.appliedDate.localeCompare(b.appliedDate));
    expect(pairings.map((x) => [x.code, x.enterpriseId, x.villageId, x.status, x.appliedDate, x.approvedDate, x.formation, x.areas])).toEqual([
      ['2007-01', county.panpan.id, county.hongxing.id, '已批准', '2007-03-01', '2007-03-01', '双向选择', ['劳务输送', '技能培训']],
      ['2007-02', county.taihui.id, county.hongxingDatong.id, '已批准', '2007-05-12', '2007-05-12', '组织推荐', ['劳务输送', '技能培训']],
      ['LJ2008-001', county.taihui.id, county.luofu.id, '已批准', '2008-06-01', '2008-06-01', '双向选择', ['资金扶持']],
    ]);
    expect(pairings[0].enterpriseLiaison).toMatchObject({ name: '李四', phone: '13905970001' });
    expect(pairings[0].villageLiaison).toEqual({ name: '张三', personId: county.villager.id });
    expect(pairings[1].enterpriseLiaison).toEqual({ name: '王五', phone: '13905971111' });
    expect(pairings[1].villageLiaison).toEqual({ name: '赵六' });
    expect(pairings[1].responsibleTownshipId).toBe(county.datong.id);
    expect(pairings.every((x) => x.importBatchId === b.id)).toBe(true);
    const events = await county.store.pairings.events(pairings[0].id);
    expect(events.map((e) => [e.kind, e.date, e.reason])).toEqual([
      ['申请', '2007-03-01', '由已有联建名单导入'],
      ['批准', '2007-03-01', undefined],
    ]);
    // The same list again adds nothing.
    const again = await preview(county);
    expect([again.creates.length, again.updates.length, again.unchanged.length, again.rejected.length]).toEqual([0, 0, 3, 0]);
  });

  it('never guesses a village: a shared name without township, or a township that lacks the village, is rejected', async () => {
    const county = await seedCounty();
    const p = await preview(county, [
      ['A-1', '福建盼盼食品有限公司', null, '红星村', '2007-03-01', '双向选择', '劳务输送', null],
      ['A-2', '福建盼盼食品有限公司', '大同镇', '露湖村', '2007-03-01', '双向选择', '劳务输送', null],
    ]);
    expect(p.creates).toEqual([]);
    expect(messages(p)).toEqual([
      '文件 联建名单.xlsx · 工作表 联建名单 · 第5行 · D列「村」：村「红星村」有2个同名（河田镇、大同镇），请在预览中对应到其中一个，或填写所在乡镇',
      '文件 联建名单.xlsx · 工作表 联建名单 · 第6行 · C列「乡镇」：「大同镇」没有「露湖村」（信息库中的「露湖村」属于河田镇）：请改正乡镇，或先在信息库中添加该村',
    ]);
    expect(p.unknownRefs.map((u) => [u.name, u.ambiguous.length])).toEqual([['红星村', 2]]);
    // Mapped in the preview, the row goes in with the chosen village.
    const mapped = await preview(county, [['A-1', '福建盼盼食品有限公司', null, '红星村', '2007-03-01', '双向选择', '劳务输送', null]], [[p.unknownRefs[0].key, { action: 'map', id: county.hongxingDatong.id }]]);
    expect(mapped.creates.map((r) => r.draft.villageId)).toEqual([county.hongxingDatong.id]);
  });

  it('sends unknown enterprises and villages to the map / create step', async () => {
    const county = await seedCounty();
    const rows: ListRow[] = [['B-1', '长汀县新企业有限公司', '大同镇', '新村', '2008-01-01', '双向选择', '劳务输送', null], ['B-2', '台慧体育器材公司', null, '大同镇新村', '2008-02-01', '双向选择', '劳务输送', null]];
    const p = await preview(county, rows);
    expect(p.creates).toEqual([]);
    expect(p.unknownRefs.map((u) => [u.spec.label, u.name])).toEqual([
      ['企业', '长汀县新企业有限公司'],
      ['村', '新村'],
      ['村', '大同镇新村'],
    ]);
    const choices: [string, RefChoice][] = [
      [p.unknownRefs[0].key, { action: 'map', id: county.panpan.id }],
      [p.unknownRefs[1].key, { action: 'create' }],
      [p.unknownRefs[2].key, { action: 'create' }],
    ];
    const chosen = await preview(county, rows, choices);
    expect(messages(chosen)).toEqual(['文件 联建名单.xlsx · 工作表 联建名单 · 第5行 · D列「村」：无法新建村「新村」：新建村须知道所属乡镇：请在「村」列写成「乡镇+村名」（如 河田镇红星村），或先在信息库中添加该村']);
    expect(chosen.createdRefs.map((c) => c.draft)).toEqual([{ townshipId: county.datong.id, name: '新村', industries: [], partyOrg: {} }]);
    await commit(county, chosen);
    const created = (await county.store.villages.list()).find((v) => v.name === '新村');
    expect(created?.townshipId).toBe(county.datong.id);
    expect((await county.store.pairings.list()).map((x) => [x.code, x.villageId])).toEqual([['B-2', created?.id]]);
  });

  it('a code already used for another pair, a live pair, a bad area or an unplaceable liaison is refused with the reason', async () => {
    const county = await seedCounty();
    await county.store.pairings.apply(county.application({ code: 'C-1' }));
    const p = await preview(county, [
      ['C-1', '台慧体育器材公司', '河田镇', '露湖村', '2008-01-01', '双向选择', '劳务输送', null],
      ['C-2', '福建盼盼食品有限公司', '河田镇', '红星村', '2008-01-01', '双向选择', '劳务输送', null],
      ['C-3', '台慧体育器材公司', '河田镇', '红星村', '2008-01-01', '双向选择', '文艺演出', null],
      ['C-4', '台慧体育器材公司', '大同镇', '红星村', '2008-01-01', '双向选择', '劳务输送', '孙七'],
    ]);
    expect(p.creates).toEqual([]);
    expect(messages(p)).toEqual([
      '文件 联建名单.xlsx · 工作表 联建名单 · 第5行 · A列「编号」：编号「C-1」已用于另一对联建，请核对编号',
      '文件 联建名单.xlsx · 工作表 联建名单 · 第6行 · A列「编号」：这对企业和村已有联建「C-1」，与本行编号「C-2」不同，请核对',
      '文件 联建名单.xlsx · 工作表 联建名单 · 第7行 · G列「联建内容」：联建内容「文艺演出」无法识别，可填：劳务输送、技能培训、产业帮扶、资金扶持、公益事业、矛盾化解、治安联防、学习交流、交叉任职（见「设置 → 字典」）',
      '文件 联建名单.xlsx · 工作表 联建名单 · 第8行 · H列「联络员」：联络员「孙七」不在人员库中，无法确定是企业还是村的联络员：请写成「企业：姓名」或「村：姓名」，或分列为「企业联络员」「村联络员」',
    ]);
  });
});
