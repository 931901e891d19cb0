// The empty-store guard and the browser edition's backup reminder, in Chromium: a database
// that opens empty while the marker (localStorage) says it held records stops the app and
// offers a restore; starting empty needs an explicit confirmation.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { completeFirstStart, openApp, type AppSession } from '../support/app';
import { chooseFile, downloadBackup, readAll, visible } from './support';

// Pages take seconds to load on the shared 2-core machine; wait for what the user would see.
vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

const MARKER_KEY = 'cunqi-lianjian.store-marker';

async function createTownship(app: AppSession, name: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: '新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建乡镇' });
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => page.getByRole('cell', { name, exact: true }).isVisible()).toBe(true);
}

async function markerTotal(page: Page): Promise<number> {
  return page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"total":0}') as { total: number }).total, MARKER_KEY);
}

/** Deletes the app's database from a same-origin page where the app is not running (as a wipe would). */
async function wipeDatabase(app: AppSession): Promise<void> {
  await app.page.goto(`${app.baseURL}favicon.svg`);
  await app.page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('cunqi-lianjian');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked'));
      }),
  );
}

describe('empty-store guard', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('stops an empty store that the marker says held data, and restores the chosen backup', async () => {
    const { page } = app;
    await app.goto('/registry/townships');
    await createTownship(app, '河田镇');
    await createTownship(app, '童坊镇');
    await app.goto('/backup');
    const backup = await downloadBackup(page);
    const before = await readAll(page);
    await expect.poll(() => markerTotal(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);

    await wipeDatabase(app);
    await page.goto(`${app.baseURL}#/`);
    await visible(page, '数据库是空的，但本机记录显示原来有数据');
    expect(await page.getByTestId('guard-marker').textContent()).toMatch(/共有 \d+ 条记录；上次备份：.*手动\.cqbak/);
    // The app itself is not shown: no navigation, nothing to write with.
    expect(await page.getByRole('menuitem', { name: /信息库/ }).count()).toBe(0);
    await app.screenshot('empty-store-guard');

    await chooseFile(page, '选择备份文件恢复…', backup);
    const preview = page.getByRole('dialog', { name: '从备份恢复' });
    await expect.poll(() => preview.isVisible(), { timeout: 20_000 }).toBe(true);
    await preview.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => page.getByRole('menuitem', { name: /信息库/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    const after = await readAll(page);
    expect(after.townships).toEqual(before.townships);
    expect(after.audit!.slice(0, before.audit!.length)).toEqual(before.audit);
  });

  it('starts empty only after an explicit confirmation, and then no longer stops', async () => {
    const { page } = app;
    await app.goto('/registry/townships');
    await createTownship(app, '河田镇');
    await expect.poll(() => markerTotal(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await wipeDatabase(app);
    await page.goto(`${app.baseURL}#/`);
    await visible(page, '数据库是空的，但本机记录显示原来有数据');

    await page.getByRole('button', { name: '仍以空数据库开始' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确定以空数据库开始吗？' });
    await confirm.getByRole('button', { name: '取消' }).click();
    await visible(page, '数据库是空的，但本机记录显示原来有数据');
    await page.getByRole('button', { name: '仍以空数据库开始' }).click();
    await page.getByRole('dialog').filter({ hasText: '确定以空数据库开始吗？' }).getByRole('button', { name: '以空数据库开始' }).click();
    // Empty and without office details (they went with the database): the first start comes next.
    await expect.poll(() => page.getByTestId('first-start').isVisible()).toBe(true);
    await completeFirstStart(page);
    await expect.poll(() => page.getByRole('menuitem', { name: /信息库/ }).isVisible()).toBe(true);
    expect(await markerTotal(page)).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByRole('menuitem', { name: /信息库/ }).isVisible()).toBe(true);
    expect(await page.getByText('数据库是空的').count()).toBe(0);
  });
});

describe('browser edition backup reminder', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('shows 尚未备份, then the date of the last backup, in the warning colour once it is over a week old', async () => {
    const { page } = app;
    const status = page.getByTestId('backup-status');
    await expect.poll(() => status.textContent()).toBe('尚未备份');
    expect(await status.getAttribute('data-stale')).toBe('true');
    await app.goto('/registry/townships');
    await createTownship(app, '河田镇');
    await expect.poll(() => markerTotal(page), { timeout: 15_000 }).toBeGreaterThan(0);

    // The last backup ten days ago.
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);
    await page.evaluate(
      ({ key, at }) => {
        const marker = JSON.parse(localStorage.getItem(key)!);
        localStorage.setItem(key, JSON.stringify({ ...marker, lastBackupAt: at, lastBackupName: '村企联建备份_旧.cqbak' }));
      },
      { key: MARKER_KEY, at: tenDaysAgo.toISOString() },
    );
    await page.reload();
    const day = tenDaysAgo.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    await expect.poll(() => status.textContent()).toBe(`上次备份：${day}`);
    expect(await status.getAttribute('data-stale')).toBe('true');
    const color = await status.evaluate((el) => getComputedStyle(el).color);
    expect(color).toBe('rgb(250, 173, 20)');
    await visible(page, `上次备份是 ${day}，已超过 7 天`);
    await app.screenshot('backup-reminder');

    // 去备份 → the backup page; a fresh backup clears the warning.
    await page.getByRole('button', { name: '去备份' }).click();
    await visible(page, '浏览器的下载文件夹');
    await downloadBackup(page);
    await expect.poll(() => status.getAttribute('data-stale')).toBe('false');
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    expect(await status.textContent()).toBe(`上次备份：${today}`);
  });
});
