// Small steps the registry end-to-end tests repeat: navigation, antd selects, downloads.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOT_DIR } from '../support/app';
import { base, putRecords } from './seed';

const HEADINGS = { 乡镇: '乡镇（开发区）', 村: '村情信息库', 企业: '企情信息库', 人员: '人员信息库' } as const;

/** Opens a registry list from the left navigation (opening the 信息库 group when it is closed). */
export async function openRegistry(page: Page, item: keyof typeof HEADINGS): Promise<void> {
  const entry = page.getByRole('menuitem', { name: new RegExp(`^${item}$`) });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: /信息库/ }).click();
  await entry.click();
  await visible(page.getByRole('heading', { name: HEADINGS[item] }));
}

/** Opens an antd Select found by its label inside `scope`, optionally types, and picks the option titled `option`. */
export async function pick(page: Page, scope: Locator | Page, label: string, option: string, typed?: string): Promise<void> {
  // Form labels read 「* 所属乡镇 :」 to assistive technology (required mark and colon come from CSS).
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const input = scope.getByRole('combobox', { name: new RegExp(`^(\\* )?${escaped}( :)?$`) });
  await input.click();
  if (typed !== undefined) await input.fill(typed);
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** The drawer (create / edit form) with this title. */
export const drawer = (page: Page, title: string): Locator => page.getByRole('dialog', { name: title });

/** expect.poll with room for a busy machine (the default second is too short on 2 shared cores). */
export const poll = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

export async function visible(locator: Locator): Promise<void> {
  try {
    await poll(() => locator.first().isVisible()).toBe(true);
  } catch (e) {
    // Leave a picture of what the user would have seen.
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await locator.page().screenshot({ path: join(SCREENSHOT_DIR, `failed-${Date.now()}.png`) });
    throw e;
  }
}

export async function countText(page: Page): Promise<string> {
  return (await page.getByTestId('list-count').textContent()) ?? '';
}

/** Clicks 导出 and returns the downloaded workbook's first sheet and the file name. */
/** Clicks 导出 and returns the downloaded workbook's first sheet and the file name; keeps a copy beside the screenshots. */
export async function exportList(page: Page, keepAs: string): Promise<{ sheet: ExcelJS.Worksheet; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出' }).click()]);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await copyFile(await download.path(), join(SCREENSHOT_DIR, `${keepAs}.xlsx`));
  return { sheet: await readSheet(download), name: download.suggestedFilename() };
}

export async function readSheet(download: Download): Promise<ExcelJS.Worksheet> {
  const bytes = await readFile(await download.path());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.worksheets[0];
}

/** Rows of a sheet from `fromRow` on, as arrays of values (column A first). */
export function sheetRows(sheet: ExcelJS.Worksheet, fromRow: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = fromRow; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
  return rows;
}

/** Seeds townships directly, then reloads so the app sees them. */
export async function seedTownships(page: Page, names: string[]): Promise<string[]> {
  const ids = names.map((_, i) => `t-${i + 1}`);
  await putRecords(
    page,
    'townships',
    names.map((name, i) => ({ ...base(ids[i]), name, kind: name.includes('开发区') ? '开发区' : '镇', order: i + 1 })),
  );
  await page.reload();
  return ids;
}

/** Closes any notification (e.g. the backup reminder) that would cover the top-right buttons. */
export async function dismissNotices(page: Page): Promise<void> {
  const close = page.locator('.ant-notification-notice-close');
  for (let open = await close.count(); open > 0; open = await close.count()) {
    await close.first().click();
    // The notice closed (its close button gone), not a pause that may be too short.
    await expect.poll(() => close.count(), { timeout: 10_000 }).toBeLessThan(open);
  }
}

/**
 * Closes a notification (the backup reminder shows once a day, bottom right, until closed)
 * whenever it would cover what a test clicks — as a user would close it.
 */
export async function autoDismissNotices(page: Page): Promise<void> {
  await page.addLocatorHandler(page.locator('.ant-notification-notice').first(), async (notice) => {
    await notice.locator('.ant-notification-notice-close').click();
  });
}
