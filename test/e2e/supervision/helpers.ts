// Shared steps of the 督导考评 end-to-end tests: the sample county loaded through its button,
// pairings read from the store, antd pickers and date fields driven as a user does.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { readLive } from '../support/store';

export const run = promisify(execFile);

/** expect.poll with waits sized for a shared, busy machine. */
export const until = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000, interval: 250 });

export type StoredPairing = { id: string; code: string; status: string; approvedDate?: string; endedDate?: string; enterpriseId: string; villageId: string; responsibleTownshipId: string; deleted: number };

/** 载入示例数据 on the 工作台, waiting for the app's own sign that it is loaded. */
export async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await until(() => page.getByTestId('sample-data-tag').isVisible()).toBe(true);
}

export async function livePairings(page: Page): Promise<StoredPairing[]> {
  return (await readLive<StoredPairing>(page, 'pairings')).sort((a, b) => a.code.localeCompare(b.code));
}

/** Opens the select labelled `label` inside `scope`, types `search`, and clicks the option whose text matches. */
export async function choose(page: Page, scope: Locator, label: string, search: string, option: RegExp | string = search): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Types a date into an antd DatePicker and confirms it. */
export async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  await field.click();
  await field.fill(iso);
  await page.keyboard.press('Enter');
}

/** Saves a dialog and waits for it to close; if it stays open, fails with what it says. */
export async function saveDialog(dialog: Locator, button = '保存'): Promise<void> {
  await dialog.getByRole('button', { name: button }).click();
  try {
    await until(() => dialog.isVisible()).toBe(false);
  } catch {
    throw new Error(`对话框未关闭：${(await dialog.locator('.ant-alert, .ant-form-item-explain-error').allInnerTexts()).join(' | ')}`);
  }
}
