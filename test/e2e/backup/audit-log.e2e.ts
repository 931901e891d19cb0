// 操作日志 in Chromium: every change appears with time, entity and action; the filters narrow
// it; the detail shows before and after with the changed fields marked; the export is an
// .xlsx holding what the list shows. An import's one entry per table expands to the records it
// created, the export lists them under it, and a record's 变更记录 names the file.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { openApp, type AppSession } from '../support/app';
import { readTable } from '../support/store';
import { visible } from './support';
import { chooseFiles, confirmImport } from '../import/helpers';
import { enterpriseList, GOOD_ENTERPRISES } from '../../fixtures/spreadsheets/office-lists';

// Pages take seconds to load on the shared 2-core machine; wait for what the user would see.
vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

describe('操作日志', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists every change, filters by action and entity, shows before/after and exports .xlsx', async () => {
    const { page } = app;
    await app.goto('/backup/audit');
    await visible(page, '暂无操作记录：新建、修改、删除数据后会记录在这里');

    await app.goto('/registry/townships');
    for (const name of ['河田镇', '童坊镇']) {
      await page.getByRole('button', { name: '新建' }).click();
      const dialog = page.getByRole('dialog', { name: '新建乡镇' });
      await dialog.getByLabel('名称').fill(name);
      await dialog.getByLabel('挂钩领导').fill('张三');
      await dialog.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => page.getByRole('cell', { name, exact: true }).isVisible()).toBe(true);
    }
    await page.getByRole('row', { name: /河田镇/ }).getByRole('button', { name: '编辑' }).click();
    const edit = page.getByRole('dialog', { name: '编辑乡镇：河田镇' });
    await edit.getByLabel('名称').fill('河田镇人民政府');
    await edit.getByLabel('挂钩领导').fill('李四');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '河田镇人民政府' }).isVisible()).toBe(true);
    await page.getByRole('row', { name: /童坊镇/ }).getByRole('button', { name: '删除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '童坊镇' }).count()).toBe(0);
    const stored = await readTable<{ action: string }>(page, 'audit');
    expect(stored.map((a) => a.action)).toEqual(['create', 'create', 'update', 'delete']);

    await page.getByRole('menuitem', { name: /数据安全/ }).click();
    await page.getByRole('menuitem', { name: /操作日志/ }).click();
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toBe('共 4 条');
    const rows = page.locator('.ant-table-row');
    await expect.poll(() => page.getByText('名称：河田镇 → 河田镇人民政府；挂钩领导：张三 → 李四').isVisible()).toBe(true);
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.filter({ hasText: '乡镇' }).count()).toBe(4);
    expect(await rows.first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}乡镇童坊镇删除/);
    await app.screenshot('audit-log');

    // Filter: only deletes.
    await page.getByRole('combobox', { name: '操作', exact: true }).click();
    await page.getByTitle('删除', { exact: true }).click();
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toBe('共 1 条');
    await expect.poll(() => page.getByText('童坊镇').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: '重置' }).click();
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toBe('共 4 条');

    // Filter: entity 村 has nothing yet.
    await page.getByRole('combobox', { name: '对象类型', exact: true }).click();
    await page.getByTitle('村', { exact: true }).click();
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toBe('共 0 条');
    await page.getByRole('button', { name: '重置' }).click();

    // Detail of the update: before / after with the two changed fields marked.
    await page.locator('.ant-table-row').filter({ hasText: '修改' }).getByText('查看').click();
    const detail = page.getByRole('dialog', { name: '操作详情' });
    await expect.poll(() => detail.isVisible()).toBe(true);
    const changed = detail.locator('tr[data-changed="true"]');
    await expect.poll(() => changed.count()).toBe(2);
    expect(await changed.nth(0).textContent()).toBe('名称河田镇河田镇人民政府');
    expect(await changed.nth(1).textContent()).toBe('挂钩领导张三李四');
    await app.screenshot('audit-detail');
    await page.keyboard.press('Escape');

    // Export.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^操作日志_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await file.path())) as never);
    const sheet = workbook.worksheets[0]!;
    const values = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1).map((c) => String(c ?? '')) : []));
    const text = values.map((r) => r.join('|'));
    expect(text[1]!.split('|')[0]).toBe('操作日志');
    expect(text[3]).toBe('时间|对象类型|对象|操作|变更内容');
    const body = text.filter((r) => /^\d{4}-\d{2}-\d{2} /.test(r));
    expect(body).toHaveLength(4);
    expect(body.find((r) => r.includes('|修改|'))).toMatch(/\|乡镇\|河田镇人民政府\|修改\|名称：河田镇 → 河田镇人民政府；挂钩领导：张三 → 李四$/);
    expect(body.find((r) => r.includes('|删除'))).toMatch(/\|乡镇\|童坊镇\|删除$/);

    // An import: one entry per table for the records it created, which opens up to their
    // names; each record's 变更记录 names the file it came from.
    await app.goto('/import/enterprises');
    await chooseFiles(page, [{ name: '非公企业基本情况表.xlsx', bytes: await enterpriseList(GOOD_ENTERPRISES) }]);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await page.getByRole('button', { name: '全部新建' }).click();
    await expect.poll(() => page.getByRole('tab', { name: '新增（3）' }).isVisible()).toBe(true);
    await confirmImport(page);
    await expect.poll(() => page.getByText('导入完成', { exact: true }).isVisible()).toBe(true);
    const log = await readTable<{ entity: string; ids?: string[]; fileName?: string; after?: unknown }>(page, 'audit');
    expect(log).toHaveLength(6);
    expect(log.filter((a) => a.ids).map((a) => [a.entity, a.ids!.length, a.fileName, a.after]).sort()).toEqual([
      ['enterprises', 3, '非公企业基本情况表.xlsx', undefined],
      ['townships', 3, '非公企业基本情况表.xlsx', undefined],
    ]);

    await app.goto('/backup/audit');
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toBe('共 6 条');
    const batchRow = page.locator('.ant-table-row').filter({ hasText: '从文件「非公企业基本情况表.xlsx」导入，新建企业 3 条' });
    expect(await batchRow.textContent()).toMatch(/企业共 3 条导入新建/);
    await batchRow.getByRole('button', { name: '展开行' }).click();
    const records = page.getByTestId('audit-batch-records');
    await expect.poll(() => records.textContent()).toBe('从文件「非公企业基本情况表.xlsx」导入的企业（共 3 条）：福建金龙稀土股份有限公司、长汀县红旗纺织有限公司、长汀县河田竹木制品厂');
    await app.screenshot('audit-log-import-batch');

    const batchExport = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出' }).click();
    const batchBook = new ExcelJS.Workbook();
    await batchBook.xlsx.load((await readFile(await (await batchExport).path())) as never);
    const batchText = batchBook.worksheets[0]!.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1).map((c) => String(c ?? '')).join('|') : ''));
    const imported = batchText.filter((r) => r.includes('非公企业基本情况表.xlsx'));
    // Each batch's row with the count, then one row per record it created: 2 + 6.
    expect(imported).toHaveLength(8);
    expect(imported.some((r) => /\|企业\|共 3 条\|导入新建\|从文件「非公企业基本情况表.xlsx」导入，新建企业 3 条$/.test(r))).toBe(true);
    expect(imported.some((r) => /\|企业\|　长汀县红旗纺织有限公司\|导入新建\|随批次导入，文件「非公企业基本情况表.xlsx」$/.test(r))).toBe(true);

    await app.goto('/registry/enterprises');
    await page.getByRole('row', { name: /长汀县红旗纺织有限公司/ }).getByRole('button', { name: '查看' }).click();
    await expect.poll(() => page.getByTestId('detail-title').textContent()).toBe('长汀县红旗纺织有限公司');
    await page.getByRole('tab', { name: '变更记录' }).click();
    await expect.poll(() => page.getByTestId('change-batch').textContent()).toBe('导入自文件「非公企业基本情况表.xlsx」（本批次新建 3 条）');
    expect(await page.getByTestId('change-entry').first().textContent()).toMatch(/新建批量导入/);
    await app.screenshot('audit-record-history-import');
  });
});
