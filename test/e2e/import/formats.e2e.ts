import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';
import { encryptedXlsx, gb18030Csv, xlsFile } from '../../fixtures/spreadsheets/bad-files';
import { makeUscc } from '../../fixtures/spreadsheets/office-lists';
import { chooseFiles, readDownload, XLSX_MIME, confirmImport } from './helpers';

const WAIT = { timeout: 20_000 };

describe('导入 GB18030 编码的 .csv 和 .xls；加密文件给出提示；下载导入模板', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('reads a GB18030 CSV and an .xls, refuses an encrypted file with its message, and saves a template', async () => {
    const { page } = app;
    await app.goto('/import/villages');

    // The template for this import.
    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载导入模板' }).click();
    const download = await saving;
    expect(download.suggestedFilename()).toBe('村情信息导入模板.xlsx');
    const template = new ExcelJS.Workbook();
    await template.xlsx.load((await readDownload(download)) as unknown as ArrayBuffer);
    expect(template.worksheets.map((w) => w.name)).toEqual(['村情信息', '填表说明']);

    // An encrypted file next to a good one: its message names it; the good one goes on.
    const csv = gb18030Csv();
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(csv)).toThrow();
    await chooseFiles(page, [{ name: '村情信息表.csv', mimeType: 'text/csv', bytes: csv }]);
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('点击选择文件，或把文件拖到这里').click();
    await (await chooser).setFiles({ name: '加密的表.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(encryptedXlsx()) });
    await expect.poll(() => page.getByText('文件 加密的表.xlsx 无法读取：文件已加密，请先取消密码').isVisible(), WAIT).toBe(true);
    await app.screenshot('import-files-step');

    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByText('表头在第2行').isVisible(), WAIT).toBe(true);
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await page.getByRole('radio', { name: '新建乡镇' }).check();
    await expect.poll(() => page.getByRole('tab', { name: '新增（2）' }).isVisible(), WAIT).toBe(true);
    await confirmImport(page);
    await expect.poll(() => page.getByText('导入完成', { exact: true }).isVisible(), WAIT).toBe(true);
    type Village = { deleted?: number; name: string; areaCode?: string; households?: number };
    const villages = await readLive<Village>(page, 'villages');
    expect(villages.map((v) => [v.name, v.areaCode, v.households]).sort()).toEqual([
      ['红星村', '350821100201', 412],
      ['露湖村', '035082110020', 1200],
    ]);
    const batches = await readTable<{ fileName: string }>(page, 'importBatches');
    expect(batches.map((b) => b.fileName)).toEqual(['村情信息表.csv']);

    // An Excel 97–2003 file.
    await app.goto('/import/enterprises');
    const xls = xlsFile([
      ['长汀县非公企业名录'],
      ['企业名称', '统一社会信用代码', '所属乡镇', '从业人员（人）', '规模以上'],
      ['长汀县红旗纺织有限公司', makeUscc(2), '河田镇', 520, '是'],
      ['合计', '', '', 520, ''],
    ]);
    await chooseFiles(page, [{ name: '企业名录.xls', mimeType: 'application/vnd.ms-excel', bytes: xls }]);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await expect.poll(() => page.getByRole('tab', { name: '新增（1）' }).isVisible(), WAIT).toBe(true);
    await confirmImport(page);
    // (The 「导入完成」 of the import above may still be showing: wait for the store instead.)
    await expect
      .poll(() => readLive<{ deleted?: number; name: string; uscc?: string; employees?: number; aboveScale: boolean }>(page, 'enterprises'), WAIT)
      .toEqual([expect.objectContaining({ name: '长汀县红旗纺织有限公司', uscc: makeUscc(2), employees: 520, aboveScale: true })]);
  });
});
