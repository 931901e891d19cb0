// The county's own lists, in one session over the sample county (示例数据): 产业基地 entered
// in the form, edited, imported from a pairings workbook's second sheet and exported; a
// cross-appointment name list imported (one person matched and updated, one created through
// the 未知名称 step, a row refused naming its row and column); an honours list of two
// committees imported as two approved rounds by 文号. Each is checked on screen, in the store
// and in the work-summary paragraph.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckChar } from '@shared/model/idcard';
import { roundOfficial } from '@shared/model/money';
import { openApp, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { chooseFiles, confirmImport } from '../import/helpers';

const WAIT = { timeout: 30_000, interval: 250 };
const until = <T>(fn: () => Promise<T> | T) => expect.poll(fn, WAIT);

type Pairing = { id: string; code: string; enterpriseId: string; villageId: string; approvedDate?: string; status: string; deleted: number };
type Named = { id: string; name: string; townshipId: string; deleted: number };
type Base = { id: string; name: string; area?: number; households?: number; incomePerHousehold?: number; enterpriseGain?: number; pairingIds: string[]; year: number; deleted: number };
type Entry = { id: string; type: string; pairingId?: string; figures: Record<string, unknown>; personIds: string[]; deleted: number };
type Person = { id: string; name: string; idNumber?: string; orgId?: string; orgKind: string; deleted: number };

async function workbook(sheets: { name: string; rows: (string | number | null)[][] }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Opens a page from the left menu; a submenu already open is not clicked shut. */
async function menu(page: Page, area: RegExp, item?: string): Promise<void> {
  if (!item) return page.getByRole('menuitem', { name: area }).first().click();
  const entry = page.getByRole('menuitem', { name: item, exact: true });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: area }).first().click();
  await entry.click();
}

async function summaryText(page: Page): Promise<string> {
  await menu(page, /统计报表/, '工作总结数字');
  const area = page.getByLabel('数字段落');
  await until(async () => (await area.inputValue()).length > 50).toBe(true);
  return area.inputValue();
}

/** The wizard's last step (the safety backup of the whole sample county comes first). */
async function done(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-result-title', { hasText: '导入完成' }).isVisible(), { timeout: 120_000, interval: 250 }).toBe(true);
}

/** Steps 1–3 of the wizard: the file, the mapping as detected, the preview. */
async function toPreview(page: Page, file: { name: string; bytes: Uint8Array }): Promise<void> {
  await chooseFiles(page, [file]);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步：预览' }).click();
}

describe('a county’s own lists: 产业基地, 交叉任职名单, 表彰名单', () => {
  let app: AppSession;
  let pairings: Pairing[];
  let enterprises: Map<string, Named>;
  let villages: Map<string, Named>;
  let townships: Map<string, Named>;

  beforeAll(async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await page.getByText('当前为示例数据').first().waitFor({ timeout: 60_000 });
    pairings = (await readLive<Pairing>(page, 'pairings')).filter((p) => p.approvedDate && p.status === '已批准').sort((a, b) => a.code.localeCompare(b.code));
    enterprises = new Map((await readLive<Named>(page, 'enterprises')).map((e) => [e.id, e]));
    villages = new Map((await readLive<Named>(page, 'villages')).map((v) => [v.id, v]));
    townships = new Map((await readLive<Named>(page, 'townships')).map((t) => [t.id, t]));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  const sides = (p: Pairing) => ({ e: enterprises.get(p.enterpriseId)!.name, v: villages.get(p.villageId)!, t: townships.get(villages.get(p.villageId)!.townshipId)!.name });

  it('产业基地: the form, the list with its totals, an import from the pairings workbook, the export and the summary', { timeout: 240_000 }, async () => {
    const { page } = app;
    await menu(page, /成效台账/, '产业基地');
    const totals = page.getByLabel('产业基地合计');
    await until(() => totals.textContent()).toMatch(/基地12 个联建点12 个面积26,000 亩/);

    // 新建 in the form: a pairing without a base yet.
    const withBase = new Set((await readLive<Base>(page, 'industryBases')).flatMap((b) => b.pairingIds));
    const [p1, p2, p3] = pairings.filter((p) => !withBase.has(p.id) && p.approvedDate! < '2008-01-01');
    await page.getByRole('button', { name: '新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建产业基地' });
    await dialog.getByLabel('基地名称').fill('试点毛竹基地');
    await dialog.getByLabel('主要产品').fill('毛竹');
    await dialog.getByLabel('面积（亩）').fill('800');
    await dialog.getByLabel('带动农户（户）').fill('60');
    await dialog.getByLabel('所属联建').click();
    await page.keyboard.type(p1.code);
    await page.locator('.ant-select-dropdown:visible').getByTitle(new RegExp(`^${p1.code} `)).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: '保存' }).click();
    await until(() => dialog.isVisible()).toBe(false);
    await until(() => totals.textContent()).toMatch(/基地13 个联建点13 个面积26,800 亩/);
    // Edited: the area was wrong.
    await page.getByRole('button', { name: '编辑「试点毛竹基地」' }).click();
    const edit = page.getByRole('dialog', { name: '编辑产业基地' });
    await edit.getByLabel('面积（亩）').fill('1000');
    await edit.getByRole('button', { name: '保存' }).click();
    await until(() => totals.textContent()).toMatch(/面积27,000 亩/);

    // The pairings workbook: its 联建名单 sheet is left out, its 产业基地 sheet imported.
    const a = sides(p2);
    const b = sides(p3);
    const bytes = await workbook([
      { name: '联建名单', rows: [['长汀县村企联建名单'], ['序号', '联建编号', '企业名称', '乡镇', '村名', '联建时间'], [1, p2.code, a.e, a.t, a.v.name, p2.approvedDate!]] },
      {
        name: '产业基地',
        rows: [
          ['村企共建产业基地情况表'],
          ['序号', '基地名称', '联建点', '主要产品', '面积（亩）', '带动农户（户）', '户均增收（元）', '企业增效（万元）'],
          [1, `${a.v.name}竹笋基地`, `${a.e}—${a.t}${a.v.name}`, '竹笋', 1500, 90, 220, 30],
          [2, '联合加工基地', `${p3.code}、${p1.code}`, '竹制品', 2500, 150, 240, 45],
          [3, '错误基地', b.e, '竹制品', 100, 1, 1, 1],
        ],
      },
    ]);
    await page.getByRole('button', { name: 'import 导入', exact: true }).click();
    await until(() => page.getByText('导入产业基地').isVisible()).toBe(true);
    await toPreview(page, { name: '长汀县村企联建名单（含产业基地）.xlsx', bytes });
    await until(() => page.getByText(/第5行 · C列「联建点」：联建点「.+」不存在/).isVisible()).toBe(true);
    await until(() => page.getByRole('tab', { name: '新增（2）' }).isVisible()).toBe(true);
    await app.screenshot('county-bases-import-preview');
    await confirmImport(page);
    await done(page);

    const bases = await readLive<Base>(page, 'industryBases');
    expect(bases).toHaveLength(15);
    expect(bases.find((x) => x.name === '联合加工基地')).toMatchObject({ pairingIds: [p3.id, p1.id], area: 2500, households: 150, incomePerHousehold: 240, enterpriseGain: 45, year: 2008 });
    await menu(page, /成效台账/, '产业基地');
    await until(() => totals.textContent()).toMatch(/基地15 个联建点15 个面积31,000 亩/);
    await app.screenshot('county-bases-list');

    const { name, bytes: xlsx } = await download(page, () => page.getByRole('button', { name: '导出' }).click());
    expect(name).toMatch(/^产业基地_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const sheet = wb.getWorksheet('产业基地')!;
    expect(sheet.getCell('A1').value).toBe('村企共建产业基地情况表');
    const last = sheet.lastRow!;
    expect([last.getCell(1).value, last.getCell(2).value, last.getCell(3).value, last.getCell(4).value]).toEqual(['合计', '15个基地', '15个联建点', 31_000]);

    // The pairing's archive shows the base it leads and the one it shares.
    await app.goto(`/pairings/${p1.id}`);
    const card = page.getByLabel('产业基地', { exact: true });
    await until(() => card.getByText('产业基地（2 个）').isVisible()).toBe(true);
    expect(await card.getByRole('cell', { name: '联合加工基地', exact: true }).first().isVisible()).toBe(true);
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('county-bases-archive');

    // The statistics count each base once, and each pairing with a base once.
    expect(await summaryText(page)).toContain(`有15个村企党组织共建产业基地${roundOfficial(31_000, '亩')}`);
  });

  it('交叉任职名单: a person matched and updated, one created through 未知名称, a bad row named', { timeout: 240_000 }, async () => {
    const { page } = app;
    const entries = (await readLive<Entry>(page, 'ledger')).filter((e) => e.type === 'crossAppointment');
    const persons = new Map((await readLive<Person>(page, 'persons')).map((p) => [p.id, p]));
    expect(entries).toHaveLength(85);
    // The entry to update is picked by its person's (fixed) sample id, not by the store's order:
    // ledger ids are random, so `find` over getAll() picked a different entry each run, and 2 of
    // the 26 without a 去向 start in a month before their pairing's approval (曾勇辉 2007-06 vs
    // 2007-07-13, 傅福 2007-09 vs 2007-10-21) — the row, given by its month, is then refused as
    // 早于批准日期 and 「更新（1）」 never shows. 4 others share their name with another person.
    const sameName = (name: string) => [...persons.values()].filter((p) => p.name === name).length;
    const known = entries
      .filter((e) => !e.figures.outcome)
      .sort((a, b) => a.personIds[0]!.localeCompare(b.personIds[0]!))
      .find((e) => {
        const approved = pairings.find((p) => p.id === e.pairingId)?.approvedDate;
        return approved !== undefined && String(e.figures.start).slice(0, 7) >= approved.slice(0, 7) && sameName(persons.get(e.personIds[0]!)!.name) === 1;
      })!;
    const knownPerson = persons.get(known.personIds[0]!)!;
    const knownPairing = pairings.find((p) => p.id === known.pairingId)!;
    const target = pairings.find((p) => p.approvedDate! < '2008-01-01' && p.id !== knownPairing.id)!;
    const t = sides(target);
    const id17 = '35082119800315002';
    const idNumber = id17 + idCardCheckChar(id17);
    const bytes = await workbook([
      {
        name: '交叉任职',
        rows: [
          ['村企党组织交叉任职人员名单'],
          ['填报单位：县委组织部'],
          ['序号', '姓名', '身份证号', '方向', '任职单位', '派出单位', '职务', '任职时间', '去向'],
          [1, knownPerson.name, null, '村→企', sides(knownPairing).e, null, '车间主任助理', String(known.figures.start).slice(0, 7), '其他'],
          [2, '赖秀英', idNumber, '村→企', t.e, t.v.name, '质检员', '2008-05', '企业中层管理人员'],
          [3, '钟福生', null, '村→企', t.e, t.v.name, '调度员', '2001-03', null],
        ],
      },
    ]);
    await menu(page, /成效台账/, '成效台账');
    await page.getByRole('button', { name: 'import 导入', exact: true }).click();
    await page.getByRole('menuitem', { name: '导入交叉任职名单' }).click();
    await until(() => page.getByText('导入交叉任职名单').isVisible()).toBe(true);
    await toPreview(page, { name: '交叉任职名单.xlsx', bytes });
    // Not a guess: 赖秀英 is created only when the clerk says so.
    await page.getByRole('radiogroup', { name: '「赖秀英」的处理方式' }).getByRole('radio', { name: '新建人员' }).check();
    await page.getByRole('radiogroup', { name: '「钟福生」的处理方式' }).getByRole('radio', { name: '新建人员' }).check();
    await until(() => page.getByText(/第6行 · H列「任职时间」：.*早于联建「.+」的批准日期/).isVisible()).toBe(true);
    await until(() => page.getByRole('tab', { name: '新增（1）' }).isVisible()).toBe(true);
    await until(() => page.getByRole('tab', { name: /^更新（1）$/ }).isVisible()).toBe(true);
    await app.screenshot('county-cross-appointment-preview');
    await confirmImport(page);
    await done(page);

    const after = (await readLive<Entry>(page, 'ledger')).filter((e) => e.type === 'crossAppointment');
    expect(after).toHaveLength(86);
    expect(after.find((e) => e.id === known.id)?.figures.outcome).toBe('其他');
    const created = (await readLive<Person>(page, 'persons')).filter((p) => p.name === '赖秀英' || p.name === '钟福生');
    expect(created.map((p) => [p.name, p.idNumber, p.orgKind, p.orgId])).toEqual([['赖秀英', idNumber, 'village', target.villageId]]);
    expect(after.find((e) => e.personIds[0] === created[0]!.id)).toMatchObject({ pairingId: target.id, figures: { direction: '村→企', post: '质检员', outcome: '企业中层管理人员' } });
    expect(await summaryText(page)).toContain('联建村派到企业交叉任职的86名党员，有8人成为企业中层管理人员');
  });

  it('表彰名单: rows grouped by 文号 into a 龙岩市委 round and a 县委 round, both approved, each row with its title', { timeout: 240_000 }, async () => {
    const { page } = app;
    const [x, y] = [sides(pairings[3]!), sides(pairings[4]!)];
    const rows: (string | number | null)[][] = [
      ['2008年度村企党组织联建先进表彰名单'],
      ['序号', '表彰机关', '文号', '荣誉称号', '名称', '所在乡镇', '姓名'],
      [1, '中共龙岩市委', '岩委〔2008〕99号', '先进基层党组织', x.e, null, null],
      [2, '中共龙岩市委', '岩委〔2008〕99号', '先进基层党组织', x.v.name, x.t, null],
      [3, '中共长汀县委', '汀委〔2008〕88号', '先进基层党组织', `${y.t}${y.v.name}`, null, null],
      [4, '中共长汀县委', '汀委〔2008〕88号', '优秀联建点', `${y.e}—${y.v.name}`, null, null],
    ];
    await menu(page, /评先表彰/);
    await page.getByRole('button', { name: '导入表彰名单' }).click();
    await until(() => page.getByText('导入表彰名单（按文号分次）').isVisible()).toBe(true);
    await toPreview(page, { name: '表彰名单.xlsx', bytes: await workbook([{ name: '表彰名单', rows }]) });
    await page.getByRole('radiogroup', { name: '「岩委〔2008〕99号」的处理方式' }).getByRole('radio', { name: '新建表彰（文号）' }).check();
    await page.getByRole('radiogroup', { name: '「汀委〔2008〕88号」的处理方式' }).getByRole('radio', { name: '新建表彰（文号）' }).check();
    await until(() => page.getByRole('tab', { name: '新增（4）' }).isVisible()).toBe(true);
    await app.screenshot('county-honours-preview');
    await confirmImport(page);
    await done(page);

    type Round = { id: string; level: string; status: string; docNumber: string; titles: string[]; year: number; deleted: number };
    const rounds = (await readLive<Round>(page, 'commendations')).filter((r) => r.docNumber === '岩委〔2008〕99号' || r.docNumber === '汀委〔2008〕88号');
    expect(rounds.map((r) => [r.docNumber, r.level, r.status, r.year, r.titles]).sort()).toEqual(
      [
        ['岩委〔2008〕99号', '市委', '批准', 2008, ['先进基层党组织']],
        ['汀委〔2008〕88号', '县委', '批准', 2008, ['先进基层党组织', '优秀联建点']],
      ].sort(),
    );
    const nominees = (await readLive<{ roundId: string; kind: string; title: string; deleted: number }>(page, 'nominees')).filter((n) => rounds.some((r) => r.id === n.roundId));
    expect(nominees.map((n) => [rounds.find((r) => r.id === n.roundId)!.level, n.kind, n.title]).sort()).toEqual(
      [
        ['市委', 'enterprise', '先进基层党组织'],
        ['市委', 'village', '先进基层党组织'],
        ['县委', 'village', '先进基层党组织'],
        ['县委', 'pairing', '优秀联建点'],
      ].sort(),
    );
    // Both show in the list as approved, with their 文号.
    await menu(page, /评先表彰/);
    await until(() => page.getByRole('row', { name: /岩委〔2008〕99号/ }).isVisible()).toBe(true);
    expect(await page.getByRole('row', { name: /中共长汀县委表彰（汀委〔2008〕88号）/ }).textContent()).toContain('批准');
    await app.screenshot('county-honours-rounds');
    // The summary counts the city committee's organizations with the sample's: 3+1 enterprises, 8+1 villages.
    const summary = await summaryText(page);
    expect(summary).toContain('共有4家企业和9个村党组织被市委评为先进基层党组织');
  });
});
