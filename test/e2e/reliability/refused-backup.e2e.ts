// A hand-edited backup (hashes recomputed, so only the record rules can tell) is chosen for
// restore: the restore preview refuses it, lists what is wrong (table, record, field,
// problem), saves the list as .xlsx, and the store is the same afterwards, table by table.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBackup } from '@shared/backup/write';
import { makeV001Data } from '../../fixtures/db/v001-data';
import { openApp, type AppSession } from '../support/app';
import type { Locator } from 'playwright-core';
import { chooseFile, readAll } from '../backup/support';

const visible = (locator: Locator) => expect.poll(() => locator.first().isVisible(), { timeout: 30_000, interval: 100 }).toBe(true);

describe('a backup whose records break the rules is refused in the restore preview, with its report', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await app.context.addInitScript(() => localStorage.setItem('cunqi-lianjian.backup-reminded', new Date().toDateString()));
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists 人口「abc」, a township of kind 星球 and a village without its township; saves the list; changes nothing', async () => {
    const { page } = app;
    const data = makeV001Data({ townships: 2, villagesPer: 2, enterprisesPer: 1, ledger: 10, audit: 2 });
    data.townships[1]!.kind = '星球';
    const [hongxing, second] = data.villages.filter((v) => !v.deleted);
    hongxing!.population = 'abc';
    second!.townshipId = 't-404';
    const bytes = await buildBackup({ tables: data, appVersion: '0.1.0', schemaVersion: 2, createdAt: '2026-11-25T01:02:03.000Z', reason: 'manual' });

    await app.goto('/backup');
    const before = await readAll(page);
    await chooseFile(page, '从备份文件恢复…', { name: '改过的备份.cqbak', bytes: Buffer.from(bytes) });
    const dialog = page.getByRole('dialog', { name: '从备份恢复：备份有问题，不能恢复' });
    await visible(dialog.getByText('备份文件中有 3 处记录不符合本程序的数据规则（见问题清单），未做任何更改'));
    const report = dialog.getByRole('table');
    await visible(report.getByRole('row', { name: /村.*人口.*人口应为非负整数/ }));
    await visible(report.getByRole('row', { name: /乡镇.*类型.*类型应为 乡、镇、街道 或 开发区/ }));
    await visible(report.getByRole('row', { name: /村.*所属乡镇.*所属乡镇不存在/ }));
    expect(await dialog.getByRole('button', { name: '恢复' }).count()).toBe(0);
    await app.screenshot('restore-refused-report');

    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /保存问题清单/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('备份问题清单_改过的备份.xlsx');
    const book = new ExcelJS.Workbook();
    const file = await readFile(await download.path());
    await book.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('备份文件数据问题清单');
    const rows = [4, 5, 6].map((r) => (sheet.getRow(r).values as unknown[]).slice(1, 6));
    expect(rows).toContainEqual([expect.any(Number), '村', expect.any(Number), hongxing!.name, '人口']);
    expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining(['乡镇', '村', '村']));

    await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    expect(await readAll(page)).toEqual(before);
  });
});
