import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from '../support/app';

/** The machine is shared: give the UI time under load (the tests never assert time). */
const WAIT = { timeout: 30_000 };
import { readLive, readTable } from '../support/store';

type Entry = { townshipId: string; year: number; type: string; figures: Record<string, unknown>; deleted: number };

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe('示例数据, the annual statistics table and the work-summary figures', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('loads the sample county, shows and exports the annual table whose totals match the ledger, writes the summary, and clears the sample', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await expect.poll(() => page.getByText('当前为示例数据').first().isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByTestId('sample-data-tag').isVisible(), WAIT).toBe(true);
    expect(await readLive(page, 'enterprises')).toHaveLength(727);
    await app.screenshot('sample-loaded-home');

    await page.getByRole('menuitem', { name: /统计报表/ }).click();
    await page.getByRole('menuitem', { name: /年度统计表/ }).click();
    await expect.poll(() => page.getByRole('cell', { name: '全县合计' }).isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: '40,618' }).isVisible(), WAIT).toBe(true);
    await app.screenshot('annual-table-basic');
    await page.getByRole('tab', { name: '联建成效' }).click();
    await app.screenshot('annual-table-ledger');

    const { name, bytes } = await download(page, () => page.getByRole('button', { name: '导出 Excel' }).click());
    expect(name).toBe('长汀县村企联建工作年度统计表（2008年）.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);

    // Every township's ledger figures of 2008 and the county total, checked cell by cell against the ledger in the store.
    const townships = (await readLive<{ id: string; name: string; order: number; deleted: number }>(page, 'townships')).sort((a, b) => a.order - b.order);
    const ledger = (await readLive<Entry>(page, 'ledger')).filter((e) => e.year === 2008);
    const sum = (type: string, key: string, townshipId?: string) =>
      ledger.filter((e) => e.type === type && (!townshipId || e.townshipId === townshipId)).reduce((s, e) => s + (typeof e.figures[key] === 'number' ? (e.figures[key] as number) : 0), 0);
    const sheet = wb.getWorksheet('表二 联建成效（一）')!;
    const headerCol = (label: string) => {
      for (let c = 2; c <= sheet.columnCount; c++) if (String(sheet.getCell(4, c).value).replace(/\n/g, '').startsWith(label)) return c;
      throw new Error(`no column ${label}`);
    };
    const checks: [string, string, string][] = [
      ['输送人数', 'labour', 'sent'],
      ['其中技术工人', 'labour', 'skilled'],
      ['金额', 'funds', 'amount'],
      ['培训人次', 'training', 'trainees'],
    ];
    townships.forEach((t, i) => {
      expect(sheet.getCell(5 + i, 1).value).toBe(t.name);
      for (const [label, type, key] of checks) expect(sheet.getCell(5 + i, headerCol(label)).value, `${t.name} ${label}`).toBeCloseTo(sum(type, key, t.id), 6);
    });
    const totalRow = 5 + townships.length;
    expect(sheet.getCell(totalRow, 1).value).toBe('全县合计');
    for (const [label, type, key] of checks) expect(sheet.getCell(totalRow, headerCol(label)).value).toBeCloseTo(sum(type, key), 6);
    const basic = wb.getWorksheet('表一 基本情况')!;
    expect(basic.getCell(totalRow, 2).value).toBe(727);

    // 打印: the paper copy (every page of the workbook, A4 landscape) is what the print dialog gets.
    await page.evaluate(() => {
      window.print = () => {
        const root = document.querySelector('[data-testid=stat-print-root]');
        (window as unknown as { printed: unknown }).printed = {
          pages: root?.querySelectorAll('.cq-stat-print-page').length,
          text: root?.textContent,
          printing: document.body.classList.contains('cq-stat-printing'),
        };
      };
    });
    await page.getByRole('button', { name: '打印' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: { pages: number } }).printed?.pages), WAIT).toBe(7);
    const printed = await page.evaluate(() => (window as unknown as { printed: { text: string; printing: boolean } }).printed);
    expect(printed.printing).toBe(true);
    expect(printed.text).toContain('长汀县村企联建工作年度统计表（2008年）');
    expect(printed.text).toContain('联建成效（二）');
    expect(printed.text).toContain('督查整改');
    expect(printed.text).toContain('全县合计');

    // The township filter narrows the rows; the total follows.
    await page.getByLabel('乡镇筛选').click();
    await page.keyboard.type('河田');
    await page.getByTitle('河田镇', { exact: true }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('cell', { name: '汀州镇' }).count(), WAIT).toBe(0);
    await expect.poll(() => page.getByRole('cell', { name: '合计', exact: true }).isVisible(), WAIT).toBe(true);
    await page.getByLabel('乡镇筛选').hover();
    await page.locator('.ant-select-clear').first().click();

    // 工作总结数字: the paragraph as the article writes it, exported as .docx.
    await page.getByRole('menuitem', { name: /工作总结数字/ }).click();
    await page.getByLabel('起始年度').fill('2006');
    await page.getByLabel('市委名称').fill('龙岩市委');
    const paragraph = page.getByLabel('数字段落');
    // The sentences that depend on the years, and the commendations with the city's name, arrive last.
    await expect.poll(() => paragraph.inputValue(), WAIT).toContain('被龙岩市委评为先进基层党组织');
    await expect.poll(() => paragraph.inputValue(), WAIT).toContain('联建村共向企业输送技术工人5100多名');
    const text = await paragraph.inputValue();
    expect(text).toContain('全县非公有制企业发展到727家，安排就业人员4万多人，39家规模以上非公有制企业全部建立党组织。');
    for (const phrase of ['联建村共向企业输送技术工人5100多名', '企业共扶持联建村资金600多万元', '交叉任职的85名党员', '被龙岩市委评为先进基层党组织', '2007年以来，又有72个村企自愿加入联建']) expect(text).toContain(phrase);
    await app.screenshot('summary-figures');
    const docx = await download(page, () => page.getByRole('button', { name: '导出 Word' }).click());
    expect(docx.name).toBe('长汀县2006—2008年村企党组织联建工作情况.docx');
    const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('联建村共向企业输送技术工人5100多名');

    // Clear the sample: asked once, everything of the batch gone.
    await page.getByRole('menuitem', { name: /工作台/ }).click();
    await page.getByRole('button', { name: '清除示例数据' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '清除' }).click();
    await expect.poll(() => page.getByRole('button', { name: '载入示例数据' }).isVisible(), WAIT).toBe(true);
    for (const table of ['townships', 'villages', 'enterprises', 'persons', 'pairings', 'ledger', 'ledgerAggregates', 'trainings', 'nominees']) {
      expect(await readTable(page, table), table).toHaveLength(0);
    }
    expect(await page.getByTestId('sample-data-tag').count()).toBe(0);
  });
});
