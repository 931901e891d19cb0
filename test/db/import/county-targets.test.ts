// The three imports of a county's own files, through the import pipeline (detect → extract →
// preview → commit) over the store: 产业基地 from a bases sheet, 交叉任职 from a name list, and
// an honours list of several rounds. What each keeps, refuses (file · sheet · row · column)
// and updates, and that importing again adds nothing.
import { describe, expect, it } from 'vitest';
import { autoMapping, extractRows } from '@shared/io/extract';
import { detectLayout } from '@shared/io/header';
import { formatIssue } from '@shared/io/issues';
import type { SheetData } from '@shared/io/types';
import { commitImport, undoImportBatch } from '@renderer/db/repositories/import-batches';
import { setSetting } from '@renderer/db/settings';
import { loadPreviewContext } from '@renderer/features/import/plan/context';
import { toCommitPlan } from '@renderer/features/import/plan/commit-plan';
import { buildPreview, type Preview } from '@renderer/features/import/plan/preview';
import type { RefChoice } from '@renderer/features/import/plan/references';
import type { ImportTarget } from '@renderer/features/import/target';
import { industryBaseTarget } from '@renderer/features/ledger/bases/import-target';
import { crossAppointmentTarget } from '@renderer/features/ledger/cross-appointment-target';
import { honoursListTarget } from '@renderer/features/commendation/import/honours-list-target';
import { seedCounty } from '../pairing-fixtures';

type Row = (string | number | null)[];
const sheet = (rows: Row[]): SheetData => ({ name: '名单', hidden: false, merges: [], columnCount: Math.max(...rows.map((r) => r.length)), rows: rows.map((cells, i) => ({ r: i + 1, cells })) });

async function setup() {
  const f = await seedCounty();
  const { pairings } = f.store;
  const a = await pairings.apply(f.application({ appliedDate: '2006-03-01' }));
  await pairings.approve(a.id, '2006-03-10');
  const b = await pairings.apply(f.application({ enterpriseId: f.taihui.id, villageId: f.luofu.id, appliedDate: '2006-04-01' }));
  await pairings.approve(b.id, '2006-04-10');
  const c = await pairings.apply(f.application({ villageId: f.luofu.id, appliedDate: '2007-05-01' }));
  await pairings.approve(c.id, '2007-05-10');
  await setSetting(f.store.db, 'workingYear', 2008);
  return { ...f, a: (await pairings.get(a.id))!, b: (await pairings.get(b.id))!, c: (await pairings.get(c.id))! };
}
type County = Awaited<ReturnType<typeof setup>>;

async function preview(county: County, target: ImportTarget, rows: Row[], choices: Map<string, RefChoice> = new Map()): Promise<Preview> {
  const s = sheet(rows);
  const layout = detectLayout(s, target.fields)!;
  const { rows: parsed } = extractRows(s, layout, autoMapping(layout), target.fields, { file: '名单.xlsx', sheetLabel: '名单', date1904: false });
  const context = await loadPreviewContext(county.store.db, target);
  return buildPreview(target, { files: [{ fileName: '名单.xlsx', rows: parsed }] }, context, choices, { updateExisting: true });
}

const commit = (county: County, target: ImportTarget, p: Preview) => commitImport(county.store.db, toCommitPlan(target, p, [{ fileName: '名单.xlsx', hash: 'ab'.repeat(32) }]));
const messages = (p: Preview) => p.rejected.flatMap((r) => r.issues.map(formatIssue));
const createAll = (p: Preview) => new Map<string, RefChoice>(p.unknownRefs.map((u) => [u.key, { action: 'create' }]));

describe('产业基地 from a bases sheet', () => {
  it('finds 联建点 by code or 「企业—村」, takes several pairings in one cell, a blank year as the working year, and imports once', async () => {
    const county = await setup();
    const rows: Row[] = [
      ['序号', '基地名称', '联建点', '主要产品', '面积（亩）', '带动农户（户）', '户均增收（元）', '企业增效（万元）'],
      [1, '红星村丰产毛竹林基地', 'LJ2006-001', '毛竹', 2600, 120, 230, 45],
      [2, '露湖竹制品加工基地', '台慧体育器材公司—河田镇露湖村、LJ2007-001', '竹制品', '1,200', 80, 210, 30],
      [3, '无名基地', '某某公司—某村', '毛竹', 100, 1, 1, 1],
      [4, '负数基地', 'LJ2006-002', '毛竹', -5, 1, 1, 1],
    ];
    const p = await preview(county, industryBaseTarget, rows);
    expect(messages(p)).toEqual([
      '文件 名单.xlsx · 工作表 名单 · 第4行 · C列「联建点」：联建点「某某公司—某村」不存在，请在预览的「未知名称」中选择对应到已有联建点',
      expect.stringMatching(/^文件 名单\.xlsx · 工作表 名单 · 第5行 · E列「面积（亩）」：/),
    ]);
    expect(p.creates.map((r) => [r.draft.name, r.draft.pairingIds, r.draft.area, r.draft.incomePerHousehold, r.draft.enterpriseGain, r.draft.year, r.draft.townshipId])).toEqual([
      ['红星村丰产毛竹林基地', [county.a.id], 2600, 230, 45, 2008, county.hetian.id],
      ['露湖竹制品加工基地', [county.b.id, county.c.id], 1200, 210, 30, 2008, county.hetian.id],
    ]);
    await commit(county, industryBaseTarget, p);
    const rowsOf = (await county.store.db.ledgerAggregates.toArray()).filter((r) => r.type === 'industry');
    expect(rowsOf.reduce((s, r) => s + (r.sums.area ?? 0), 0)).toBe(3800);
    expect(rowsOf.reduce((s, r) => s + (r.sums.bases ?? 0), 0)).toBe(2);
    expect(new Set(rowsOf.map((r) => r.pairingId)).size).toBe(3);
    const again = await preview(county, industryBaseTarget, rows.slice(0, 3));
    expect([again.creates.length, again.updates.length, again.unchanged.length]).toEqual([0, 0, 2]);
  });
});

describe('交叉任职名单', () => {
  const header: Row = ['序号', '姓名', '身份证号', '方向', '任职单位', '职务', '任职时间', '去向'];

  it('matches by ID number first, then by name within the organization; creates the unknown on the other side of the pairing; updates an appointed person', async () => {
    const county = await setup();
    const { db } = county.store;
    await county.store.persons.update(county.villager.id, { idNumber: '11010519491231002X' });
    const rows: Row[] = [
      header,
      // 张三 by his ID number (the name written differently).
      [1, '张 三', '11010519491231002X', '村→企', '福建盼盼食品有限公司', '车间主任助理', '2006-09', '企业中层管理人员'],
      // 王五 of 露湖村 by name within 台慧's partner village.
      [2, '王五', null, '村→企', '台慧体育器材公司', '班组长', '2006年10月', ''],
      // Unknown: created in 台慧's partner village with her ID number.
      [3, '赖秀英', '350821198003150023', '', '台慧体育器材公司', '质检员', '2006-11-02', '农村经济发展带头人'],
      // 盼盼 has two pairings: which one is not said.
      [4, '钟六', null, '村→企', '福建盼盼食品有限公司', '调度员', '2007-06', ''],
      // Direction against the unit.
      [5, '罗七', null, '企→村', '台慧体育器材公司', '', '2007-06', ''],
    ];
    const first = await preview(county, crossAppointmentTarget, rows);
    expect(first.unknownRefs.map((u) => [u.name, u.scope, u.keyValue])).toEqual([
      ['赖秀英', '台慧体育器材公司', '350821198003150023'],
      ['钟六', '福建盼盼食品有限公司', undefined],
      ['罗七', '台慧体育器材公司', undefined],
    ]);
    const p = await preview(county, crossAppointmentTarget, rows, createAll(first));
    expect(messages(p)).toEqual([
      '文件 名单.xlsx · 工作表 名单 · 第5行 · B列「姓名」：无法新建人员「钟六」：无法确定其所在单位：「福建盼盼食品有限公司」有2个联建（红星村、露湖村），请填写「派出单位」或「联建编号」',
      '文件 名单.xlsx · 工作表 名单 · 第6行 · D列「方向」：方向为「企→村」时任职单位应为村，「台慧体育器材公司」是企业',
    ]);
    expect(p.creates.map((r) => [r.draft.pairingId, (r.draft.figures as Record<string, unknown>).person, r.draft.date, r.draft.precision, (r.draft.figures as Record<string, unknown>).outcome])).toEqual([
      [county.a.id, county.villager.id, '2006-09-01', 'month', '企业中层管理人员'],
      [county.b.id, county.outsider.id, '2006-10-01', 'month', null],
      [county.b.id, p.createdRefs[0]!.id, '2006-11-02', 'day', '农村经济发展带头人'],
    ]);
    expect(p.createdRefs[0]!.draft).toEqual({ name: '赖秀英', politicalStatus: '中共党员', orgKind: 'village', orgId: county.luofu.id, idNumber: '350821198003150023' });
    await commit(county, crossAppointmentTarget, p);
    expect((await db.persons.where('name').equals('赖秀英').toArray()).map((x) => x.orgId)).toEqual([county.luofu.id]);
    // 罗七's row was refused: no person is left behind for it.
    expect(await db.persons.where('name').equals('罗七').count()).toBe(0);
    const agg = (await db.ledgerAggregates.toArray()).filter((r) => r.type === 'crossAppointment');
    expect(agg.reduce((s, r) => s + r.count, 0)).toBe(3);

    // The list again, 去向 filled in and 钟六's village given: 王五 is updated, 钟六 added, nobody twice.
    const later: Row[] = [
      [...header, '派出单位'],
      [1, '张三', '11010519491231002X', '村→企', '福建盼盼食品有限公司', '车间主任助理', '2006-09', '企业中层管理人员', ''],
      [2, '王五', null, '村→企', '台慧体育器材公司', '班组长', '2006年10月', '当选村党组织书记', ''],
      [3, '钟六', null, '村→企', '福建盼盼食品有限公司', '调度员', '2007-06', '其他', '露湖村'],
    ];
    const second = await preview(county, crossAppointmentTarget, later);
    const p2 = await preview(county, crossAppointmentTarget, later, createAll(second));
    expect(messages(p2)).toEqual([]);
    expect([p2.creates.length, p2.updates.length, p2.unchanged.length]).toEqual([1, 1, 1]);
    expect(p2.updates[0]!.changes).toEqual([{ field: 'figures.outcome', label: '去向', from: '', to: '当选村党组织书记' }]);
    expect(p2.creates[0]!.draft.pairingId).toBe(county.c.id);
    await commit(county, crossAppointmentTarget, p2);
    const entries = (await db.ledger.toArray()).filter((e) => !e.deleted && e.type === 'crossAppointment');
    expect(entries).toHaveLength(4);
    const outcomes = (await db.ledgerAggregates.toArray()).filter((r) => r.type === 'crossAppointment').reduce((s, r) => s + (r.sums['outcome=当选村党组织书记'] ?? 0), 0);
    expect(outcomes).toBe(1);
  });
});

describe('表彰名单 by 文号', () => {
  it('groups rows into approved rounds by 文号 with their committee and titles, records a higher committee’s round, and undoes whole', async () => {
    const county = await setup();
    const { db } = county.store;
    // 露湖村 is honoured as a party organization, which it must have (the honour rule).
    await db.villages.update(county.luofu.id, { partyOrg: { type: '党支部' } });
    const rows: Row[] = [
      ['序号', '表彰机关', '文号', '荣誉称号', '名称', '所在乡镇', '姓名'],
      [1, '中共龙岩市委', '岩委〔2008〕35号', '先进基层党组织', '福建盼盼食品有限公司', '', ''],
      [2, '中共龙岩市委', '岩委[2008]35号', '先进基层党组织', '露湖村', '河田镇', ''],
      [3, '中共长汀县委', '汀委〔2008〕12号', '先进基层党组织', '河田镇红星村', '', ''],
      [4, '中共长汀县委', '汀委〔2008〕12号', '优秀共产党员', '', '', '张三'],
      [5, '中共长汀县委', '汀委〔2008〕12号', '先进基层党组织', '没有这个村', '', ''],
    ];
    const first = await preview(county, honoursListTarget, rows);
    expect(first.unknownRefs.map((u) => u.name)).toEqual(['岩委〔2008〕35号', '汀委〔2008〕12号', '没有这个村']);
    const choices = new Map<string, RefChoice>(first.unknownRefs.filter((u) => u.spec.create).map((u) => [u.key, { action: 'create' }]));
    const p = await preview(county, honoursListTarget, rows, choices);
    expect(messages(p)).toEqual([expect.stringContaining('第6行 · E列「名称」：集体（企业党组织、村党组织或联建点）「没有这个村」不存在')]);
    expect(p.createdRefs.map((r) => r.draft)).toEqual([
      { year: 2008, level: '市委', titles: ['先进基层党组织'], name: '中共龙岩市委表彰（岩委〔2008〕35号）', status: '批准', docNumber: '岩委〔2008〕35号' },
      { year: 2008, level: '县委', titles: ['先进基层党组织', '优秀共产党员'], name: '中共长汀县委表彰（汀委〔2008〕12号）', status: '批准', docNumber: '汀委〔2008〕12号' },
    ]);
    const [batch] = await commit(county, honoursListTarget, p);
    const rounds = await db.commendations.toArray();
    expect(rounds.map((r) => [r.level, r.status, r.docNumber])).toEqual(expect.arrayContaining([['市委', '批准', '岩委〔2008〕35号'], ['县委', '批准', '汀委〔2008〕12号']]));
    const nominees = await db.nominees.toArray();
    expect(nominees.map((n) => [rounds.find((r) => r.id === n.roundId)?.level, n.title, n.kind, n.refId]).sort()).toEqual(
      [
        ['市委', '先进基层党组织', 'enterprise', county.panpan.id],
        ['市委', '先进基层党组织', 'village', county.luofu.id],
        ['县委', '先进基层党组织', 'village', county.hongxing.id],
        ['县委', '优秀共产党员', 'person', county.villager.id],
      ].sort(),
    );
    // Again: nothing new (the rounds are found by 文号).
    const again = await preview(county, honoursListTarget, rows.slice(0, 5));
    expect([again.creates.length, again.unknownRefs.length, again.unchanged.length]).toEqual([0, 0, 4]);
    // A title the stored round does not award is refused.
    const wrong = await preview(county, honoursListTarget, [rows[0]!, [1, '中共龙岩市委', '岩委〔2008〕35号', '优秀党务工作者', '福建盼盼食品有限公司', '', '']]);
    expect(messages(wrong)).toEqual([expect.stringContaining('没有「优秀党务工作者」称号')]);
    await undoImportBatch(db, batch!.id);
    expect((await db.commendations.toArray()).every((r) => r.deleted === 1)).toBe(true);
    expect((await db.nominees.toArray()).every((n) => n.deleted === 1)).toBe(true);
  });
});
