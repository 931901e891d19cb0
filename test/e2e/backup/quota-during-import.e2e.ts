// Fault row "quota exceeded during a write", injected in the middle of an import in Chromium:
// IndexedDB refuses a write with QuotaExceededError part-way through the commit of a
// 200-village list. The import rolls back whole, the user reads a clear message, and the app
// keeps working: with space again the same import succeeds.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';
import { GOOD_VILLAGES, villageList } from '../../fixtures/spreadsheets/office-lists';
import { chooseFiles } from '../import/helpers';
import { readAll } from './support';

// Pages take seconds to load on the shared 2-core machine; wait for what the user would see.
vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

const WAIT = { timeout: 30_000 };

/** Installed before the app loads: once armed, the Nth IndexedDB write throws QuotaExceededError. */
function quotaFault() {
  const state = window as unknown as { __quotaAfter?: number };
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (typeof state.__quotaAfter === 'number' && --state.__quotaAfter < 0) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    } as IDBObjectStore['put'];
  }
}

describe('quota exceeded during a write → rollback, a clear message, the app keeps working (fault row): in the middle of an import in Chromium', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('rolls the whole import back, says why, and the same import succeeds once there is space', async () => {
    const { page } = app;
    await page.addInitScript(quotaFault);
    await page.reload();
    const base = GOOD_VILLAGES[0]!;
    const rows = Array.from({ length: 200 }, (_, i) => ({ ...base, name: `第${i + 1}村`, areaCode: `350821${100000 + i}` }));
    const bytes = await villageList({ rows });

    await app.goto('/registry/townships');
    await page.getByRole('button', { name: '新建' }).click();
    await page.getByRole('dialog', { name: '新建乡镇' }).getByLabel('名称').fill('河田镇');
    await page.getByRole('dialog', { name: '新建乡镇' }).getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '河田镇', exact: true }).isVisible(), WAIT).toBe(true);

    await app.goto('/import/villages');
    await chooseFiles(page, [{ name: '村情信息表（200个村）.xlsx', bytes }]);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await expect.poll(() => page.getByRole('tab', { name: /^新增（/ }).first().textContent(), WAIT).toBe('新增（200）');
    const before = await readAll(page);

    // The backup taken before every import cannot be written (the browser's storage is full):
    // nothing is imported, and the user is told why.
    await page.evaluate(() => {
      const storage = navigator.storage as StorageManager & { realGetDirectory?: StorageManager['getDirectory'] };
      storage.realGetDirectory = storage.getDirectory.bind(storage);
      storage.getDirectory = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    });
    await page.getByRole('button', { name: /确认导入/ }).click();
    await expect.poll(() => page.getByText(/导入前未能自动备份当前数据（.*浏览器存储空间不足），为安全起见没有导入，数据未改动/).isVisible(), WAIT).toBe(true);
    expect(await readAll(page)).toEqual(before);
    await page.evaluate(() => {
      const storage = navigator.storage as StorageManager & { realGetDirectory?: StorageManager['getDirectory'] };
      storage.getDirectory = storage.realGetDirectory!;
    });

    // The disk fills up after 150 records of the batch.
    await page.evaluate(() => void ((window as unknown as { __quotaAfter?: number }).__quotaAfter = 150));
    await page.getByRole('button', { name: /确认导入/ }).click();
    await expect.poll(() => page.getByText('磁盘空间不足，未能保存。请清理磁盘后重试，已有数据未受影响。').isVisible(), WAIT).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __quotaAfter: number }).__quotaAfter)).toBeLessThan(0);
    await app.screenshot('import-quota-exceeded');
    expect(await readAll(page)).toEqual(before);
    expect(await readLive(page, 'villages')).toHaveLength(0);
    expect(await readTable(page, 'importBatches')).toHaveLength(0);

    // Space again: the same preview commits.
    await page.evaluate(() => void delete (window as unknown as { __quotaAfter?: number }).__quotaAfter);
    await page.getByRole('button', { name: /确认导入/ }).click();
    await expect.poll(() => page.getByText('导入完成', { exact: true }).isVisible(), WAIT).toBe(true);
    expect(await readLive(page, 'villages')).toHaveLength(200);
    expect(await readTable(page, 'importBatches')).toHaveLength(1);
  });
});
