import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BAD_FILL } from '@shared/io/error-workbook';
import { openApp, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';
import { expectToast } from '../support/toast';
import { enterpriseList, GOOD_VILLAGES, BAD_VILLAGES, villageList } from '../../fixtures/spreadsheets/office-lists';
import { choose, chooseFiles, readDownload, sha256, confirmImport } from './helpers';

type Village = { id: string; name: string; townshipId: string; population?: number; surplusLabour?: number; industries: string[]; partyOrg: { secretary?: string; type?: string }; importBatchId?: string; deleted: number };
type Township = { id: string; name: string; kind: string; deleted: number; importBatchId?: string };
type Batch = { id: string; fileName: string; fileHash: string; counts: { added: number; updated: number; rejected: number }; undone: boolean };

const VILLAGE_FILE = '村情信息表.xlsx';
/** The shared machine is slow at times. */
const WAIT = { timeout: 20_000 };
/** 露湖村 is written under 「河田」, which the user maps to 河田镇. */
const rows = [...GOOD_VILLAGES.map((v) => (v.name === '露湖村' ? { ...v, township: '河田' } : v)), ...BAD_VILLAGES];

describe('导入村情、企业信息：办公室格式的表格，对应列，预览错误行，确认导入，拼音查找，整批撤销，再次导入', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('imports an office village list end to end, undoes it and imports it again', async () => {
    const { page } = app;
    const villageBytes = await villageList({ rows, unknownSecretaryHeader: true });

    // 河田镇 exists already; 大同镇 does not.
    await app.goto('/registry/townships');
    await page.getByRole('button', { name: '新建' }).click();
    await page.getByRole('dialog', { name: '新建乡镇' }).getByLabel('名称').fill('河田镇');
    await page.getByRole('dialog', { name: '新建乡镇' }).getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '河田镇', exact: true }).isVisible(), WAIT).toBe(true);

    // From the village list's toolbar.
    await page.getByRole('menuitem', { name: /信息库/ }).click();
    await page.getByRole('menuitem', { name: '村', exact: true }).click();
    await expect.poll(() => page.getByText('村情信息库').isVisible(), WAIT).toBe(true);
    await page.getByRole('button', { name: /导入/ }).first().click();
    await expect.poll(() => page.getByText('导入村情信息').isVisible(), WAIT).toBe(true);

    await chooseFiles(page, [{ name: VILLAGE_FILE, bytes: villageBytes }]);
    await page.getByRole('button', { name: '下一步' }).click();

    // Mapping: the header was found under the title rows, the merged groups expanded, units
    // recognised; 「负责人」 is unknown until the user maps it to 村党组织书记.
    await expect.poll(() => page.getByText('表头在第3–4行').isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByText('未识别的列').count(), WAIT).toBe(1);
    await app.screenshot('import-villages-mapping');
    await choose(page, 'L列「负责人」对应栏目', '村党组织书记');
    await expect.poll(() => page.getByText('手动指定', { exact: true }).isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByText(/列对应：本文件手动指定的列对应/).isVisible(), WAIT).toBe(true);
    await page.getByRole('button', { name: '下一步：预览' }).click();

    // Preview: every bad row with file, sheet, row and column.
    await expect.poll(() => page.getByText('文件 村情信息表.xlsx · 工作表 村情信息 · 第10行 · G列「富余劳动力（人）」：应为非负整数，实际为「约50」').isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByText(/第11行 · M列「党员数（人）」：应为非负整数，实际为「-3」/).isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByText(/第11行 · N列「联系电话」：联系电话应为11位手机号/).isVisible(), WAIT).toBe(true);
    // Rows naming unknown townships wait for a decision.
    await expect.poll(() => page.getByText(/第8行 · B列「所属乡镇」：乡镇「大同镇」不存在/).isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByText(/第6行 · B列「所属乡镇」：乡镇「河田」不存在/).isVisible(), WAIT).toBe(true);
    await app.screenshot('import-villages-preview-rejected');

    // The error workbook: the rejected rows, 错误原因, bad cells in red.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /下载错误行/ }).click();
    const errorBook = new ExcelJS.Workbook();
    await errorBook.xlsx.load((await readDownload(await downloading)) as unknown as ArrayBuffer);
    const sheet = errorBook.worksheets[0];
    const reasons = sheet.getRow(1).values as unknown[];
    expect(reasons).toContain('错误原因');
    // Two header rows as in the source; then source rows 6, 8, 9, 10, 11 (原行号 first, column G → H).
    expect([3, 4, 5, 6, 7].map((r) => sheet.getRow(r).getCell(1).value)).toEqual([6, 8, 9, 10, 11]);
    expect(sheet.getRow(6).getCell(8).value).toBe('约50');
    expect((sheet.getRow(6).getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(BAD_FILL);
    expect((sheet.getRow(6).getCell(7).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe(BAD_FILL);

    await page.getByRole('radiogroup', { name: '「大同镇」的处理方式' }).getByRole('radio', { name: '新建乡镇' }).check();
    await choose(page, '「河田」对应到', '河田镇（镇）', '河田镇');
    await expect.poll(() => page.getByText('所有未知名称都已处理。').isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByRole('tab', { name: '新增（5）' }).isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByRole('tab', { name: '拒绝（2）' }).isVisible(), WAIT).toBe(true);
    await app.screenshot('import-villages-preview');
    await confirmImport(page);
    await expect.poll(() => page.getByText('导入完成', { exact: true }).isVisible(), WAIT).toBe(true);

    const townships = await readLive<Township>(page, 'townships');
    const datong = townships.find((t) => t.name === '大同镇');
    const hetian = townships.find((t) => t.name === '河田镇')!;
    expect(datong?.kind).toBe('镇');
    let villages = await readLive<Village>(page, 'villages');
    expect(villages.map((v) => v.name).sort()).toEqual(['东关村', '伯湖村', '红星村', '露湖村', '黄馆村'].sort());
    const hongxing = villages.find((v) => v.name === '红星村')!;
    expect(hongxing.partyOrg.secretary).toBe('刘红英');
    expect(hongxing.industries).toEqual(['稀土新材料', '农林牧渔']);
    expect(villages.find((v) => v.name === '露湖村')?.townshipId).toBe(hetian.id);
    expect(villages.find((v) => v.name === '东关村')?.townshipId).toBe(datong?.id);
    const [batch] = await readTable<Batch>(page, 'importBatches');
    expect(batch).toMatchObject({ fileName: VILLAGE_FILE, fileHash: sha256(villageBytes), counts: { added: 5, updated: 0, rejected: 2 }, undone: false });
    expect(villages.every((v) => v.importBatchId === batch.id)).toBe(true);
    expect(datong?.importBatchId).toBe(batch.id);
    // One audit entry per table the batch created records in, naming each record it created.
    const audit = await readTable<{ batchId?: string; action: string; entity: string; ids?: string[] }>(page, 'audit');
    const created = audit.filter((a) => a.batchId === batch.id && a.action === 'create');
    expect(created.map((a) => [a.entity, a.ids?.length]).sort()).toEqual([
      ['townships', 1],
      ['villages', 5],
    ]);

    // Find a village by its pinyin initials.
    await page.getByRole('button', { name: '查看村列表' }).click();
    await page.getByLabel('查找').fill('hxc');
    await expect.poll(() => page.getByRole('cell', { name: '红星村' }).isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: '露湖村' }).count(), WAIT).toBe(0);
    await app.screenshot('import-villages-found-by-pinyin');

    // Undo the batch from the import history.
    await page.getByRole('menuitem', { name: '导入记录' }).click();
    await expect.poll(() => page.getByRole('cell', { name: VILLAGE_FILE }).isVisible(), WAIT).toBe(true);
    await app.screenshot('import-history');
    await page.getByRole('row', { name: new RegExp(VILLAGE_FILE) }).getByRole('button', { name: '撤销' }).click();
    await expectToast(page, /已撤销导入：删除 6 条新增记录/, () => page.getByRole('dialog').getByRole('button', { name: '撤销导入' }).click());
    expect(await readLive(page, 'villages')).toHaveLength(0);
    expect((await readLive<Township>(page, 'townships')).map((t) => t.name)).toEqual(['河田镇']);
    expect((await readTable<Batch>(page, 'importBatches'))[0].undone).toBe(true);

    // The import and its undo each took a safety backup first (kept in the browser).
    await app.goto('/backup');
    await expect.poll(() => page.getByRole('cell', { name: '导入前', exact: true }).count(), WAIT).toBe(2);

    // Import the same file again: the mapping is remembered.
    await app.goto('/import/villages');
    await chooseFiles(page, [{ name: VILLAGE_FILE, bytes: villageBytes }]);
    await expect.poll(() => page.getByText(/已于 .* 导入过/).count(), WAIT).toBe(0);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByText(/列对应：沿用上次保存的列对应（\d{4}-\d{2}-\d{2}）/).isVisible(), WAIT).toBe(true);
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await page.getByRole('radiogroup', { name: '「大同镇」的处理方式' }).getByRole('radio', { name: '新建乡镇' }).check();
    // This time through the suggestion offered beside the unknown name.
    await page.getByRole('button', { name: '可能是「河田镇」' }).click();
    await confirmImport(page);
    await expect.poll(() => page.getByText('导入完成', { exact: true }).isVisible(), WAIT).toBe(true);
    villages = await readLive<Village>(page, 'villages');
    expect(villages).toHaveLength(5);
    expect(villages.find((v) => v.name === '红星村')?.partyOrg.secretary).toBe('刘红英');
  });

  it('imports an office enterprise list: 单位名称, 是否规上, 党组织情况 group, units, a new 开发区', async () => {
    const { page } = app;
    await app.goto('/import/enterprises');
    await chooseFiles(page, [{ name: '非公企业基本情况表.xlsx', bytes: await enterpriseList() }]);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByText('表头在第3–4行').isVisible(), WAIT).toBe(true);
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await expect.poll(() => page.getByText(/第8行 · C列「统一社会信用代码」：统一社会信用代码校验位错误/).isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByText(/第9行 · F列「经济类型」：应为 私营、个体、外资、港澳台资、股份合作、其他非公 之一，实际为「国有」/).isVisible(), WAIT).toBe(true);
    await page.getByRole('button', { name: '全部新建' }).click();
    await expect.poll(() => page.getByRole('tab', { name: '新增（3）' }).isVisible(), WAIT).toBe(true);
    await app.screenshot('import-enterprises-preview');
    await confirmImport(page);
    await expect.poll(() => page.getByText('导入完成', { exact: true }).isVisible(), WAIT).toBe(true);

    type Enterprise = { deleted?: number; name: string; uscc?: string; employees?: number; outputValue?: number; aboveScale: boolean; partyOrg: { type: string; establishedDate?: string; secretary?: string; members?: number } };
    const stored = await readLive<Enterprise>(page, 'enterprises');
    const jinlong = stored.find((e) => e.name === '福建金龙稀土股份有限公司')!;
    expect(jinlong).toMatchObject({ employees: 1200, outputValue: 45, aboveScale: true, partyOrg: { type: '党委', establishedDate: '2005-07-01', secretary: '陈建华', members: 86 } });
    expect(stored.find((e) => e.name === '长汀县红旗纺织有限公司')?.partyOrg.establishedDate).toBe('2006-03-15');
    expect(stored.find((e) => e.name === '长汀县河田竹木制品厂')).toMatchObject({ aboveScale: false, partyOrg: { type: '未建立' } });
    expect((await readLive<Township>(page, 'townships')).map((t) => [t.name, t.kind]).sort()).toEqual([
      ['大同镇', '镇'],
      ['河田镇', '镇'],
      ['长汀经济开发区', '开发区'],
    ]);
  });
});
