// The preview against a store: which rows add, update (and what changes), change nothing or are
// rejected; names no record has are never created silently.
import { describe, expect, it } from 'vitest';
import { autoMapping, extractRows } from '@shared/io/extract';
import { detectLayout } from '@shared/io/header';
import { formatIssue } from '@shared/io/issues';
import type { SheetData } from '@shared/io/types';
import { loadPreviewContext } from '@renderer/features/import/plan/context';
import { buildPreview, type Preview } from '@renderer/features/import/plan/preview';
import type { RefChoice } from '@renderer/features/import/plan/references';
import { enterpriseTarget } from '@renderer/features/registry/import-targets/enterprises';
import { personTarget } from '@renderer/features/registry/import-targets/persons';
import { townshipTarget } from '@renderer/features/registry/import-targets/townships';
import { villageTarget } from '@renderer/features/registry/import-targets/villages';
import type { ImportTarget } from '@renderer/features/import/target';
import { idCardCheckChar } from '@shared/model/idcard';
import { makeUscc } from '../../fixtures/spreadsheets/office-lists';
import { freshStore } from '../helpers';

type Store = ReturnType<typeof freshStore>;

/** A sheet from rows of cells (row 1 is the header). */
const sheet = (rows: (string | number | null)[][]): SheetData => ({ name: 'Sheet1', hidden: false, merges: [], columnCount: Math.max(...rows.map((r) => r.length)), rows: rows.map((cells, i) => ({ r: i + 1, cells })) });

async function preview(store: Store, target: ImportTarget, rows: (string | number | null)[][], choices: [string, RefChoice][] = [], updateExisting = true): Promise<Preview> {
  const s = sheet(rows);
  const layout = detectLayout(s, target.fields)!;
  const { rows: parsed } = extractRows(s, layout, autoMapping(layout), target.fields, { file: '表.xlsx', sheetLabel: 'Sheet1', date1904: false });
  const context = await loadPreviewContext(store.db, target);
  return buildPreview(target, { files: [{ fileName: '表.xlsx', rows: parsed }] }, context, new Map(choices), { updateExisting });
}

const messages = (p: Preview) => p.rejected.flatMap((r) => r.issues.map(formatIssue));

async function county() {
  const store = freshStore();
  const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
  const datong = await store.townships.create({ name: '大同镇', kind: '镇', order: 2 });
  const hongxing = await store.villages.create({ townshipId: hetian.id, name: '红星村', areaCode: '350821100201', population: 1600, industries: ['农林牧渔'], partyOrg: { secretary: '刘红英' } });
  return { store, hetian, datong, hongxing };
}

describe('villages', () => {
  it('a row matching a stored village by township and name updates it; blank cells keep what is stored', async () => {
    const { store, hongxing } = await county();
    const p = await preview(store, villageTarget, [
      ['所属乡镇', '村名', '人口（人）', '村党组织书记'],
      ['河田镇', '红星村', 1630, null],
      ['河田镇', '露湖村', 1502, '赖永福'],
    ]);
    expect(p.creates.map((r) => r.draft.name)).toEqual(['露湖村']);
    expect(p.updates).toHaveLength(1);
    expect(p.updates[0].existing?.id).toBe(hongxing.id);
    expect(p.updates[0].changes).toEqual([{ field: 'population', label: '人口', from: '1600', to: '1630' }]);
    expect(p.updates[0].draft).toMatchObject({ partyOrg: { secretary: '刘红英' }, industries: ['农林牧渔'] });
  });

  it('matched by area code, a renamed village is an update showing the rename', async () => {
    const { store } = await county();
    const p = await preview(store, villageTarget, [
      ['所属乡镇', '村名', '区划代码'],
      ['河田镇', '红星新村', '350821100201'],
    ]);
    expect(p.updates[0].changes).toEqual([{ field: 'name', label: '村名', from: '红星村', to: '红星新村' }]);
  });

  it('updating can be switched off: matched rows are listed as unchanged', async () => {
    const { store } = await county();
    const p = await preview(store, villageTarget, [['所属乡镇', '村名', '人口（人）'], ['河田镇', '红星村', 1630]], [], false);
    expect([p.updates.length, p.unchanged.length]).toEqual([0, 1]);
  });

  it('the same village twice in the file: the later row is refused, naming the first', async () => {
    const { store } = await county();
    const p = await preview(store, villageTarget, [
      ['所属乡镇', '村名', '区划代码'],
      ['大同镇', '东关村', '350821101201'],
      ['大同镇', '东关村 ', null],
      ['大同镇', '西关村', '350821101201'],
    ]);
    expect(messages(p)).toEqual(['文件 表.xlsx · 工作表 Sheet1 · 第3行 · B列「村名」：与第2行重复（所属乡镇和村名相同）', '文件 表.xlsx · 工作表 Sheet1 · 第4行 · C列「区划代码」：与第2行重复（区划代码相同）']);
  });

  it('keys pointing at two different stored villages are a conflict, not a guess', async () => {
    const { store, datong } = await county();
    await store.villages.create({ townshipId: datong.id, name: '东关村', areaCode: '350821101201', industries: [], partyOrg: {} });
    const p = await preview(store, villageTarget, [['所属乡镇', '村名', '区划代码'], ['大同镇', '东关村', '350821100201']]);
    expect(messages(p)[0]).toMatch(/第2行 · C列「区划代码」：对应到多条已有记录（按区划代码为已有的村「红星村」，按所属乡镇和村名为已有的村「东关村」）/);
  });

  it('an unknown township is never created silently: its rows wait; 新建 or 对应到 resolves them', async () => {
    const { store, hetian } = await county();
    const rows = [
      ['所属乡镇', '村名'],
      ['新桥镇', '甲村'],
      ['河田', '乙村'],
    ];
    const waiting = await preview(store, villageTarget, rows);
    expect(waiting.creates).toHaveLength(0);
    expect(waiting.createdRefs).toEqual([]);
    expect(waiting.unknownRefs.map((u) => [u.key, u.count])).toEqual([
      ['townshipName|新桥镇|', 1],
      ['townshipName|河田|', 1],
    ]);
    expect(messages(waiting)[0]).toBe('文件 表.xlsx · 工作表 Sheet1 · 第2行 · A列「所属乡镇」：乡镇「新桥镇」不存在，请在预览的「未知名称」中选择新建或对应到已有乡镇');

    const decided = await preview(store, villageTarget, rows, [
      ['townshipName|新桥镇|', { action: 'create' }],
      ['townshipName|河田|', { action: 'map', id: hetian.id }],
    ]);
    expect(decided.rejected).toEqual([]);
    expect(decided.createdRefs.map((c) => c.draft)).toEqual([{ name: '新桥镇', kind: '镇', order: 3 }]);
    expect(decided.creates.map((c) => c.draft.townshipId)).toEqual([decided.createdRefs[0].id, hetian.id]);
  });

  it('a schema message lands on the column it is about', async () => {
    const { store } = await county();
    const p = await preview(store, villageTarget, [['所属乡镇', '村名', '区划代码'], ['河田镇', '丙村', '3508211']]);
    expect(messages(p)).toEqual(['文件 表.xlsx · 工作表 Sheet1 · 第2行 · C列「区划代码」：区划代码应为12位数字']);
  });
});

describe('enterprises', () => {
  it('a USCC already stored updates that enterprise (an explicit update, shown with its changes)', async () => {
    const { store, hetian } = await county();
    await store.enterprises.create({ townshipId: hetian.id, name: '红旗纺织', uscc: makeUscc(2), aboveScale: false, partyOrg: { type: '未建立' } } as never);
    const p = await preview(store, enterpriseTarget, [
      ['企业名称', '统一社会信用代码', '所属乡镇', '规模以上', '党组织类型', '党组织书记'],
      ['长汀县红旗纺织有限公司', makeUscc(2), '河田镇', '是', '党支部', '罗春花'],
      ['某厂', null, '河田镇', null, '未建立', '张三'],
    ]);
    expect(p.updates[0].changes?.map((c) => c.label)).toEqual(['企业名称', '规模以上', '党组织类型', '党组织书记']);
    expect(messages(p)).toEqual(['文件 表.xlsx · 工作表 Sheet1 · 第3行 · F列「党组织书记」：党组织类型为「未建立」时不应填写党组织书记']);
  });
});

describe('the same USCC or ID number twice in one file (bad-input row 11)', () => {
  it('a USCC given twice in the file: the later row is blocked, naming the first; nothing decides between them silently', async () => {
    const { store } = await county();
    const p = await preview(store, enterpriseTarget, [
      ['企业名称', '统一社会信用代码', '所属乡镇'],
      ['长汀县红旗纺织有限公司', makeUscc(7), '河田镇'],
      ['长汀县红旗纺织厂', makeUscc(7), '大同镇'],
    ]);
    expect(p.creates.map((r) => r.draft.name)).toEqual(['长汀县红旗纺织有限公司']);
    expect(messages(p)).toEqual(['文件 表.xlsx · 工作表 Sheet1 · 第3行 · B列「统一社会信用代码」：与第2行重复（统一社会信用代码相同）']);
  });

  it('an ID number given twice in the file (once with a lowercase x): the later row is blocked, naming the first', async () => {
    const { store } = await county();
    const first17 = '35082119800101006'; // check character X
    const id = first17 + idCardCheckChar(first17);
    expect(id.endsWith('X')).toBe(true);
    const p = await preview(store, personTarget, [
      ['姓名', '身份证号'],
      ['刘红英', id],
      ['刘红英', id.toLowerCase()],
    ]);
    expect(p.creates).toHaveLength(1);
    expect(messages(p)).toEqual(['文件 表.xlsx · 工作表 Sheet1 · 第3行 · B列「身份证号」：与第2行重复（身份证号相同）']);
  });
});

describe('persons', () => {
  it('所在单位 finds an enterprise or a village; same-named villages are told apart by 所在乡镇', async () => {
    const { store, hetian, datong, hongxing } = await county();
    const other = await store.villages.create({ townshipId: datong.id, name: '红星村', industries: [], partyOrg: {} });
    const e = await store.enterprises.create({ townshipId: hetian.id, name: '红旗纺织', aboveScale: false, partyOrg: { type: '未建立' } } as never);
    const p = await preview(store, personTarget, [
      ['姓名', '所在单位', '所在乡镇', '政治面貌'],
      ['甲', '红旗纺织', null, '党员'],
      ['乙', '红星村', '大同镇', '群众'],
      ['丙', '红星村', null, null],
    ]);
    expect(p.creates.map((r) => [r.draft.name, r.draft.orgKind, r.draft.orgId, r.draft.politicalStatus])).toEqual([
      ['甲', 'enterprise', e.id, '中共党员'],
      ['乙', 'village', other.id, '群众'],
    ]);
    expect(messages(p)[0]).toMatch(/第4行 · B列「所在单位」：所在单位（企业或村）「红星村」有2个同名/);
    expect(p.unknownRefs[0].ambiguous.map((c) => c.id).sort()).toEqual([hongxing.id, other.id].sort());
  });
});

describe('townships', () => {
  it('kind guessed from the name and order placed last when the cells are blank', async () => {
    const { store } = await county();
    const p = await preview(store, townshipTarget, [['乡镇名称', '类型'], ['四都乡', null], ['腾飞街道', null], ['长汀经济开发区', null]]);
    expect(p.creates.map((r) => [r.draft.name, r.draft.kind, r.draft.order])).toEqual([
      ['四都乡', '乡', 3],
      ['腾飞街道', '街道', 4],
      ['长汀经济开发区', '开发区', 5],
    ]);
  });
});
