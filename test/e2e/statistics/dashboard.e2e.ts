import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { openApp, type AppSession } from '../support/app';

/** The machine is shared: give the UI time under load (the tests never assert time). */
const WAIT = { timeout: 30_000 };

describe('统计分析: charts with the shared filters, each saved as PNG', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('draws the sample county by year, by type and by township, saves a chart as PNG, and shares the township filter with the table', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await expect.poll(() => page.getByTestId('sample-data-tag').isVisible(), WAIT).toBe(true);
    await page.getByRole('menuitem', { name: /统计报表/ }).click();
    await page.getByRole('menuitem', { name: /统计分析/ }).click();
    await expect.poll(() => page.getByRole('img', { name: '输送人数（人）历年柱状图' }).locator('canvas').count(), WAIT).toBe(1);
    await expect.poll(() => page.getByRole('img', { name: '各台账类型条数饼图' }).locator('canvas').count(), WAIT).toBe(1);
    await expect.poll(() => page.getByRole('img', { name: '输送人数（人）各乡镇条形图' }).locator('canvas').count(), WAIT).toBe(1);
    await app.screenshot('dashboard');

    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: '保存图片：输送人数（人）·历年' }).click()]);
    expect(file.suggestedFilename()).toBe('输送人数（人）·历年.png');
    const png = await readFile((await file.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5_000);

    // Another figure, and a township filter that the annual table then shows too.
    await page.getByLabel('统计指标').click();
    await page.keyboard.type('联建对数');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('img', { name: '联建对数（对）历年柱状图' }).count(), WAIT).toBe(1);
    await page.getByLabel('乡镇筛选').click();
    await page.keyboard.type('濯田');
    await page.getByTitle('濯田镇', { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: /年度统计表/ }).click();
    // The dashboard has a 濯田镇 cell too: wait for the table's own total row first.
    await expect.poll(() => page.getByRole('cell', { name: '合计', exact: true }).isVisible(), WAIT).toBe(true);
    expect(await page.getByRole('cell', { name: '濯田镇' }).first().isVisible()).toBe(true);
    expect(await page.getByRole('cell', { name: '汀州镇' }).count()).toBe(0);
  });
});
