// Every importer's every error names file · sheet · row · column (issue 16 item 10; RELIABILITY.md
// "wrong check digit … → row rejected, file + sheet + row + column named"). Each importer target
// — townships, villages, enterprises, persons, pairings, ledger types, tallies, honours — is run
// against each rule that can refuse a row, duplicates within the file and against the store
// included, and every message must carry its sheet, row and column (the reason after it).
import { beforeAll, describe, expect, it } from 'vitest';
import { autoMapping, extractRows } from '@shared/io/extract';
import { detectLayout } from '@shared/io/header';
import { formatIssue, type ImportIssue } from '@shared/io/issues';
import type { SheetData } from '@shared/io/types';
import { tallyImportFields } from '@shared/tally/fields';
import { readTallySheet } from '@shared/tally/read';
import { ledgerType } from '@shared/model/ledger-catalog';
import { loadPreviewContext } from '@renderer/features/import/plan/context';
import { buildPreview } from '@renderer/features/import/plan/preview';
import { enterpriseTarget } from '@renderer/features/registry/import-targets/enterprises';
import { personTarget } from '@renderer/features/registry/import-targets/persons';
import { townshipTarget } from '@renderer/features/registry/import-targets/townships';
import { villageTarget } from '@renderer/features/registry/import-targets/villages';
import type { ImportTarget } from '@renderer/features/import/target';
import { pairingListTarget } from '@renderer/features/pairings/import-target';
import { ledgerImportTarget } from '@renderer/features/ledger/import-targets';
import { honourTarget } from '@renderer/features/commendation/import/honour-target';
import { honoursListTarget } from '@renderer/features/commendation/import/honours-list-target';
import { industryBaseTarget } from '@renderer/features/ledger/bases/import-target';
import { crossAppointmentTarget } from '@renderer/features/ledger/cross-appointment-target';
import { idCardCheckChar } from '@shared/model/idcard';
import { makeUscc } from '../../fixtures/spreadsheets/office-lists';
import { seedCounty, type Fixture } from '../pairing-fixtures';

type Row = (string | number | null)[];
/** A rule and the rows that break it (under the target's header); `says` is part of the message. */
type Case = { rule: string; rows: Row[]; says: string | RegExp };

const FILE = '名单.xlsx';
const SHEET = '名单';
/** 「文件 名单.xlsx · 工作表 名单 · 第3行 · C列「区划代码」：…」 */
const PLACE = /^文件 名单\.xlsx · 工作表 名单 · 第\d+行 · [A-Z]{1,3}列「[^」]+」：.+/;

const sheetOf = (rows: Row[]): SheetData => ({ name: SHEET, hidden: false, merges: [], columnCount: Math.max(...rows.map((r) => r.length)), rows: rows.map((cells, i) => ({ r: i + 1, cells })) });

async function issuesOf(county: Fixture, target: ImportTarget, header: Row, rows: Row[]): Promise<ImportIssue[]> {
  const s = sheetOf([header, ...rows]);
  const layout = detectLayout(s, target.fields)!;
  expect(layout.columns.filter((c) => c.field).length, `every header of ${target.key} is recognized`).toBe(header.length);
  const { rows: parsed } = extractRows(s, layout, autoMapping(layout), target.fields, { file: FILE, sheetLabel: SHEET, date1904: false });
  const context = await loadPreviewContext(county.store.db, target);
  const preview = buildPreview(target, { files: [{ fileName: FILE, rows: parsed }] }, context, new Map(), { updateExisting: true });
  return preview.rejected.flatMap((r) => r.issues);
}

function expectPlaced(issues: ImportIssue[], says: string | RegExp): void {
  expect(issues.length, 'the rule refuses a row').toBeGreaterThan(0);
  const messages = issues.map(formatIssue);
  for (const issue of issues) expect(issue).toMatchObject({ file: FILE, sheet: SHEET, row: expect.any(Number), column: expect.stringMatching(/^[A-Z]+$/), header: expect.any(String) });
  for (const m of messages) expect(m).toMatch(PLACE);
  expect(messages.some((m) => (typeof says === 'string' ? m.includes(says) : says.test(m))), `one message says ${String(says)}: ${messages.join(' / ')}`).toBe(true);
}

function suite(name: string, target: () => ImportTarget, header: Row, cases: () => Case[]): void {
  describe(name, () => {
    it.each(cases().map((c) => [c.rule, c] as const))('%s', async (_rule, c) => {
      expectPlaced(await issuesOf(county, target(), header, c.rows), c.says);
    });
  });
}

let county: Fixture;
const storedUscc = makeUscc(71);
const id17 = '35082119800101001';
const goodId = id17 + idCardCheckChar(id17);
const badId = id17 + (idCardCheckChar(id17) === '0' ? '1' : '0');
let roundTarget: ImportTarget;

beforeAll(async () => {
  county = await seedCounty();
  // Stored records the duplicates and conflicts "against the store" meet.
  await county.store.villages.create({ townshipId: county.hetian.id, name: '南坑村', areaCode: '350821100209', industries: [], partyOrg: {} });
  await county.store.enterprises.create({ townshipId: county.hetian.id, name: '长汀县金鑫纺织厂', uscc: storedUscc, aboveScale: false, partyOrg: { type: '未建立' } });
  await county.store.persons.create({ name: '赵六', orgKind: 'village', orgId: county.luofu.id, idNumber: goodId });
  // 露湖村 is honoured below: a collective honour needs its party organization (shared/model/honour-rules.ts).
  await county.store.villages.update(county.luofu.id, { partyOrg: { name: '露湖村党支部', type: '党支部' } });
  const p = await county.store.pairings.apply(county.application());
  await county.store.pairings.approve(p.id, '2008-03-10');
  await county.store.pairings.terminate(p.id, '2008-12-31', '企业搬迁');
  const round = await county.store.commendations.createRound({ year: 2008, level: '县委', titles: ['先进基层党组织', '优秀共产党员'] });
  roundTarget = honourTarget(round);
  // An approved round with its 文号, as an honours list records one.
  const stamp = '2008-12-03T00:00:00.000Z';
  await county.store.db.commendations.add({ id: 'r-decided', createdAt: stamp, updatedAt: stamp, deleted: 0, year: 2008, level: '县委', titles: ['先进基层党组织'], status: '批准', docNumber: '汀委〔2008〕5号' });
});

suite('乡镇', () => townshipTarget, ['乡镇名称', '类型', '排序'], () => [
  { rule: 'required cell blank', rows: [[null, '镇', 3]], says: '未填写乡镇名称' },
  { rule: 'an option not in the list', rows: [['策武镇', '星球', null]], says: '星球' },
  { rule: 'not a number', rows: [['策武镇', null, '第一']], says: '第一' },
  { rule: 'too long for the record (the form’s rule)', rows: [['长'.repeat(40), null, null]], says: '不能超过30个字' },
  { rule: 'twice in the file', rows: [['策武镇'], ['策武镇']], says: '与第2行重复' },
]);

suite('村', () => villageTarget, ['所属乡镇', '村名', '区划代码', '户数（户）', '村党组织类型', '联系电话'], () => [
  { rule: 'required cell blank', rows: [['河田镇', null, null, 10]], says: '未填写村名' },
  { rule: 'not a whole number', rows: [['河田镇', '新村', null, '约50']], says: '约50' },
  { rule: 'a code that is not digits', rows: [['河田镇', '新村', '3508A']], says: '区划代码应为12位数字' },
  { rule: 'a bad phone number', rows: [['河田镇', '新村', null, null, null, '12345']], says: '联系电话' },
  { rule: 'an option not in the list', rows: [['河田镇', '新村', null, null, '星球']], says: '星球' },
  { rule: 'a township that does not exist', rows: [['不存在镇', '新村']], says: '乡镇「不存在镇」不存在' },
  { rule: 'twice in the file', rows: [['大同镇', '东关村'], ['大同镇', '东关村']], says: '与第2行重复（所属乡镇和村名相同）' },
  { rule: 'keys pointing at two stored villages', rows: [['河田镇', '露湖村', '350821100209']], says: '对应到多条已有记录' },
]);

suite('企业', () => enterpriseTarget, ['企业名称', '统一社会信用代码', '所属乡镇', '经济类型', '是否规上', '成立年份', '党组织建立时间'], () => [
  { rule: 'a wrong USCC check character', rows: [['甲公司', `${makeUscc(5).slice(0, 17)}${makeUscc(5).endsWith('0') ? '1' : '0'}`, '河田镇']], says: '统一社会信用代码' },
  { rule: 'the same USCC twice in the file', rows: [['甲公司', makeUscc(8), '河田镇'], ['乙公司', makeUscc(8), '大同镇']], says: /B列「统一社会信用代码」：与第2行重复（统一社会信用代码相同）/ },
  { rule: 'a stored USCC on another stored enterprise’s name', rows: [['台慧体育器材公司', storedUscc, '河田镇']], says: '对应到多条已有记录' },
  { rule: 'an option not in the list', rows: [['甲公司', null, '河田镇', '国有']], says: '国有' },
  { rule: 'not yes or no', rows: [['甲公司', null, '河田镇', null, '也许']], says: '也许' },
  { rule: 'not a year', rows: [['甲公司', null, '河田镇', null, null, '很久以前']], says: '很久以前' },
  { rule: 'not a date', rows: [['甲公司', null, '河田镇', null, null, null, '2008-13-45']], says: '2008-13-45' },
  { rule: 'a township that does not exist', rows: [['甲公司', null, '不存在镇']], says: '不存在镇' },
]);

suite('人员', () => personTarget, ['姓名', '性别', '身份证号', '联系电话', '所在单位'], () => [
  { rule: 'a wrong ID check digit', rows: [['甲', null, badId]], says: '身份证号校验位错误' },
  { rule: 'an ID number typed as a number', rows: [['甲', null, Number('350821198001010010')]], says: '身份证号须以文本格式填写' },
  { rule: 'the same ID number twice in the file', rows: [['甲', null, goodId], ['乙', null, goodId]], says: /C列「身份证号」：与第2行重复/ },
  { rule: 'an option not in the list', rows: [['甲', '未知']], says: '未知' },
  { rule: 'a bad phone number', rows: [['甲', null, null, '12345']], says: '12345' },
  { rule: 'an organization that does not exist', rows: [['甲', null, null, null, '不存在村']], says: '不存在村' },
  { rule: 'an organization two townships share, without its township', rows: [['甲', null, null, null, '红星村']], says: '有2个同名' },
]);

suite('联建名单', () => pairingListTarget, ['编号', '企业名称', '乡镇', '村', '联建时间', '联建内容'], () => [
  { rule: 'required date blank', rows: [[null, '台慧体育器材公司', '河田镇', '露湖村', null]], says: '未填写联建时间' },
  { rule: 'an enterprise that does not exist', rows: [[null, '不存在公司', '河田镇', '露湖村', '2008-03-01']], says: '不存在公司' },
  { rule: 'a village that does not exist', rows: [[null, '台慧体育器材公司', '河田镇', '不存在村', '2008-03-01']], says: '不存在村' },
  { rule: 'a village two townships share, without its township', rows: [[null, '台慧体育器材公司', null, '红星村', '2008-03-01']], says: '同名' },
  { rule: 'a township that lacks the village', rows: [[null, '台慧体育器材公司', '大同镇', '露湖村', '2008-03-01']], says: '没有「露湖村」' },
  { rule: 'a stored code used for another pair', rows: [['LJ2008-001', '台慧体育器材公司', '河田镇', '露湖村', '2008-03-01']], says: '已用于另一对联建' },
  { rule: 'the same pair twice in the file', rows: [[null, '台慧体育器材公司', '河田镇', '露湖村', '2008-03-01'], [null, '台慧体育器材公司', '河田镇', '露湖村', '2008-04-01']], says: '与第2行重复' },
  { rule: 'an area not in the list', rows: [[null, '台慧体育器材公司', '河田镇', '露湖村', '2008-03-01', '修路']], says: '修路' },
]);

suite('成效台账（劳务输送）', () => ledgerImportTarget(ledgerType('labour')), ['联建编号', '日期', '输送人数（人）', '其中技术工人（人）'], () => [
  { rule: 'a pairing code that does not exist', rows: [['LJ2099-001', '2008-05-01', 10]], says: 'LJ2099-001' },
  { rule: 'required date blank', rows: [['LJ2008-001', null, 10]], says: '未填写日期' },
  { rule: 'a date after the pairing ended', rows: [['LJ2008-001', '2009-01-05', 10]], says: '晚于' },
  { rule: 'a part larger than its total', rows: [['LJ2008-001', '2008-05-01', 10, 12]], says: /D列「其中技术工人（人）」：「其中技术工人」（12）不能大于/ },
  { rule: 'not a whole number', rows: [['LJ2008-001', '2008-05-01', '十个']], says: '十个' },
  { rule: 'the same entry twice in the file', rows: [['LJ2008-001', '2008-05-01', 10], ['LJ2008-001', '2008-05-01', 10]], says: '与第2行重复' },
]);

suite('表彰对象名单', () => roundTarget, ['荣誉称号', '类别', '名称', '姓名'], () => [
  { rule: 'a title the round does not give', rows: [['优秀联建点', null, '露湖村']], says: '优秀联建点' },
  { rule: 'a collective that does not exist', rows: [['先进基层党组织', null, '不存在村党支部']], says: '不存在村党支部' },
  { rule: 'both a collective and a person on one row', rows: [['先进基层党组织', null, '露湖村', '张三']], says: '一行只填一个对象' },
  { rule: 'neither a collective nor a person', rows: [['先进基层党组织', '村党组织']], says: '请填写名称（集体）或姓名（个人）' },
  { rule: 'a kind that contradicts the registry', rows: [['先进基层党组织', '企业党组织', '露湖村']], says: '类别填的是' },
  { rule: 'an option not in the list', rows: [['先进基层党组织', '外星组织', '露湖村']], says: '外星组织' },
  { rule: 'an enterprise without a party organization', rows: [['先进基层党组织', null, '长汀县金鑫纺织厂']], says: /C列「名称」：「长汀县金鑫纺织厂」尚未建立党组织/ },
  { rule: 'the same honouree twice in the file', rows: [['先进基层党组织', null, '露湖村'], ['先进基层党组织', null, '露湖村党支部']], says: '与第2行重复' },
]);

suite('产业基地', () => industryBaseTarget, ['基地名称', '联建点', '面积（亩）', '带动农户（户）', '建立年份'], () => [
  { rule: 'a pairing that does not exist', rows: [['甲基地', '不存在公司—某村', 10]], says: '不存在公司—某村' },
  { rule: 'required name blank', rows: [[null, 'LJ2008-001', 10]], says: '基地名称' },
  { rule: 'a negative area', rows: [['甲基地', 'LJ2008-001', -5]], says: '-5' },
  { rule: 'not a whole number', rows: [['甲基地', 'LJ2008-001', 10, '很多']], says: '很多' },
  { rule: 'a year still to come (the form’s rule)', rows: [['甲基地', 'LJ2008-001', 10, null, new Date().getFullYear() + 1]], says: '建立年份不能晚于今年' },
  { rule: 'the same base twice in the file', rows: [['甲基地', 'LJ2008-001'], ['甲基地', 'LJ2008-001']], says: /A列「基地名称」：与第2行重复/ },
]);

suite('交叉任职名单', () => crossAppointmentTarget, ['姓名', '身份证号', '方向', '任职单位', '职务', '任职时间', '去向'], () => [
  { rule: 'a unit that does not exist', rows: [['张三', null, '村→企', '不存在公司', null, '2008-05']], says: '不存在公司' },
  { rule: 'a person found nowhere (create or map)', rows: [['钱八', null, '村→企', '福建盼盼食品有限公司', null, '2008-05']], says: '钱八' },
  { rule: 'an appointment before the pairing was approved', rows: [['张三', null, '村→企', '福建盼盼食品有限公司', null, '2008-01']], says: /F列「任职时间」：.*早于/ },
  { rule: 'a direction the unit contradicts', rows: [['张三', null, '企→村', '福建盼盼食品有限公司', null, '2008-05']], says: /C列「方向」：方向为「企→村」/ },
  { rule: 'an outcome not in the list', rows: [['张三', null, '村→企', '福建盼盼食品有限公司', null, '2008-05', '退休']], says: '退休' },
  { rule: 'a start that is no date', rows: [['张三', null, '村→企', '福建盼盼食品有限公司', null, '去年']], says: /F列「任职时间」/ },
  { rule: 'a wrong check digit', rows: [['张三', badId, '村→企', '福建盼盼食品有限公司', null, '2008-05']], says: /B列「身份证号」/ },
  { rule: 'the same person twice in the file', rows: [['张三', null, '村→企', '福建盼盼食品有限公司', null, '2008-05'], ['张三', null, '村→企', '福建盼盼食品有限公司', null, '2008-06']], says: /A列「姓名」：与第2行重复/ },
]);

suite('表彰名单（按文号）', () => honoursListTarget, ['表彰机关', '文号', '荣誉称号', '名称', '姓名'], () => [
  { rule: 'a 文号 the store does not have (create or map)', rows: [['中共长汀县委', '汀委〔2008〕9号', '先进基层党组织', '露湖村']], says: '汀委〔2008〕9号' },
  { rule: 'a committee the stored round contradicts', rows: [['中共龙岩市委', '汀委〔2008〕5号', '先进基层党组织', '露湖村']], says: /A列「表彰机关」：.*是县委表彰/ },
  { rule: 'a title the stored round does not give', rows: [['中共长汀县委', '汀委〔2008〕5号', '优秀联建点', '露湖村']], says: /C列「荣誉称号」：.*没有「优秀联建点」称号/ },
  { rule: 'a collective that does not exist', rows: [['中共长汀县委', '汀委〔2008〕5号', '先进基层党组织', '不存在村']], says: '不存在村' },
  { rule: 'the same honouree twice in the file', rows: [['中共长汀县委', '汀委〔2008〕5号', '先进基层党组织', '露湖村'], ['中共长汀县委', '汀委〔2008〕5号', '先进基层党组织', '露湖村党支部']], says: '与第2行重复' },
]);

describe('年终统计表（乡镇自定格式）', () => {
  const candidates = [
    { id: 'p1', code: 'LJ2008-001', enterpriseName: '福建盼盼食品有限公司', villageName: '红星村' },
    { id: 'p2', code: 'LJ2008-002', enterpriseName: '台慧体育器材公司', villageName: '露湖村' },
  ];
  const header: Row = ['联建点', '输送劳动力（人）', '技术工人（人）'];
  const cases: Case[] = [
    { rule: 'a pair that is not the township’s', rows: [['某某公司—某某村', 10, 1]], says: '找不到' },
    { rule: 'a pair written so it cannot be split', rows: [['盼盼红星', 10, 1]], says: '无法从' },
    { rule: 'the same pairing twice (the file has no 编号 column)', rows: [['福建盼盼食品有限公司—红星村', 10, 1], ['盼盼—红星村', 12, 2]], says: /A列「联建点」：与第2行是同一个联建点/ },
    { rule: 'a part larger than its total', rows: [['台慧体育器材公司—露湖村', 10, 12]], says: /C列「技术工人（人）」：「其中技术工人」（12）不能大于/ },
    { rule: 'not a whole number', rows: [['台慧体育器材公司—露湖村', '十个', null]], says: '十个' },
  ];
  it.each(cases.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const s = sheetOf([header, ...c.rows]);
    const fields = tallyImportFields();
    const layout = detectLayout(s, fields)!;
    const parse = readTallySheet(s, layout, autoMapping(layout), { file: FILE, candidates, blankMeansZero: false, sheetLabel: SHEET, date1904: false });
    expectPlaced(parse.issues, c.says);
  });
});

