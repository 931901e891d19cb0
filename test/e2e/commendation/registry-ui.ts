// Creates townships, enterprises and villages the way an office worker does: through the
// registry pages' forms, or a whole list at once through the list page's import.
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

/** Saves a registry drawer form; if it stays open, fails with what the form says. */
async function saveDrawer(page: Page, drawer: ReturnType<Page['locator']>): Promise<void> {
  await drawer.getByRole('button', { name: '保存' }).click();
  try {
    await until(() => drawer.isVisible()).toBe(false);
  } catch {
    await page.screenshot({ path: '/tmp/dx/drawer.png' });
    throw new Error(`表单未能保存：${await drawer.locator('.ant-alert, .ant-form-item-explain-error').allInnerTexts()}`);
  }
}

export async function createTownship(page: Page, name: string, kind: '镇' | '乡' | '开发区'): Promise<void> {
  await page.getByRole('button', { name: '新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建乡镇' });
  await dialog.getByLabel('名称').fill(name);
  if (kind !== '镇') {
    await dialog.getByLabel('类型').click();
    await page.getByTitle(kind, { exact: true }).click();
  }
  await dialog.getByRole('button', { name: '保存' }).click();
  await until(() => page.getByRole('cell', { name, exact: true }).isVisible()).toBe(true);
}

export async function createEnterprise(page: Page, e: { name: string; township: string; partyOrg: string }): Promise<void> {
  await page.getByRole('button', { name: '新建' }).click();
  const drawer = page.getByRole('dialog', { name: '新建企业' });
  await drawer.getByLabel('企业名称').fill(e.name);
  await pick(page, drawer, '所属乡镇', e.township);
  await drawer.getByRole('radio', { name: '是', exact: true }).check();
  await drawer.getByLabel('党组织类型').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('党支部', { exact: true }).click();
  await drawer.getByLabel('党组织名称').fill(e.partyOrg);
  await saveDrawer(page, drawer);
}

export async function createVillage(page: Page, v: { name: string; township: string; partyOrg: string }): Promise<void> {
  await page.getByRole('button', { name: '新建' }).click();
  const drawer = page.getByRole('dialog', { name: '新建村' });
  await pick(page, drawer, '所属乡镇', v.township);
  await drawer.getByLabel('村名').fill(v.name);
  await drawer.getByLabel('党组织名称').fill(v.partyOrg);
  await saveDrawer(page, drawer);
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
  await until(() => page.getByRole('tab', { name: `新增（${rows.length - 1}）` }).isVisible()).toBe(true);
  await confirmImport(page);
  await until(() => page.getByText('导入完成', { exact: true }).first().isVisible()).toBe(true);
}
