// Registry steps the commendation, supervision and training tests share: pickers, the backup
// reminder kept out of the way, and whole registry lists brought in through the import wizard.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppSession } from '../support/app';
import { chooseFiles, confirmImport } from '../import/helpers';

/** expect.poll with waits sized for a shared, busy machine. */
export const until = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000, interval: 250 });

/** Opens an antd Select by its label inside `scope`, types to search, and picks the option. */
export async function pick(page: Page, scope: ReturnType<Page['locator']>, label: string | RegExp, option: string, search = option): Promise<void> {
  await scope.getByLabel(label).click();
  await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** The browser edition's backup reminder (a notification at the top right) is closed whenever it would cover a click. */
export async function closeBackupReminder(page: Page): Promise<void> {
  await page.addLocatorHandler(
    page.locator('.ant-notification-notice').first(),
    async () => {
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('.ant-notification-notice-close').forEach((b) => b.click()));
      await page.locator('.ant-notification-notice').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
    },
    { noWaitAfter: true },
  );
}

/**
 * Seeds a registry list the way an office worker brings in a list they already have: a one-sheet
 * workbook (header row, then rows) through the list page's 导入 wizard, every row 新增, up to
 * 导入完成. Quicker than a form per record where the forms are not what is tested (they are in
 * registry/*.e2e.ts).
 */
export async function importList(app: AppSession, route: string, rows: (string | number)[][]): Promise<void> {
  const { page } = app;
  const book = new ExcelJS.Workbook();
  book.addWorksheet('名单').addRows(rows);
  await app.goto(route);
  await page.getByRole('button', { name: /导入/ }).first().click();
  await chooseFiles(page, [{ name: '名单.xlsx', bytes: new Uint8Array(await book.xlsx.writeBuffer()) }]);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步：预览' }).click();
  const slow = { timeout: 120_000, interval: 250 }; // a whole wizard step on a busy machine
  await expect.poll(() => page.getByRole('tab', { name: `新增（${rows.length - 1}）` }).isVisible(), slow).toBe(true);
  await confirmImport(page);
  // This wizard's own last step with its count — not the 「导入完成」 toast, which the previous
  // list's import may still be showing.
  const done = page.locator('.ant-result', { has: page.locator('.ant-result-title', { hasText: '导入完成' }) });
  await expect.poll(() => done.getByText(`新增 ${rows.length - 1} 条`).isVisible(), slow).toBe(true);
}
