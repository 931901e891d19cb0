// Two tabs of one browser profile preview the same 5-village file. While one window holds
// the bulk-write lock the other is told at once that another window is busy; after the
// first commits, the second's commit finds the villages already there and says so — the
// store holds 5, not 10. Then a number typed in full-width digits (「１２０」 in 从业人员) is
// shown as 120 and stored as 120.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, SCREENSHOT_DIR, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { villageList, type VillageRow } from '../../fixtures/spreadsheets/office-lists';
import { chooseFiles } from '../import/helpers';
import { drawer, openRegistry, pick, poll, seedTownships, visible } from '../registry/helpers';

const FILE = '五个村.xlsx';
const NAMES = ['试联一村', '试联二村', '试联三村', '试联四村', '试联五村'];
const ROWS: VillageRow[] = NAMES.map((name, i) => ({
  township: i < 3 ? '河田镇' : '大同镇',
  name,
  areaCode: `3508211002${String(10 + i)}`,
  households: 300 + i,
  population: 1200 + i,
  surplusLabour: 100,
  landless: 0,
  industries: '农林牧渔',
  income: 5,
  orgType: '党支部',
  secretary: '刘红英',
  members: 30,
  phone: '13905971234',
}));
const LOCK = 'cunqi-lianjian-bulk-write';

/** Step 1 → 2 → preview of the village import, in one tab; returns when 「新增 5」 shows. */
async function previewFile(page: Page, bytes: Uint8Array): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/import/villages`);
  await visible(page.getByText('导入村情信息'));
  await chooseFiles(page, [{ name: FILE, bytes }]);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步：预览' }).click();
  await visible(page.getByRole('button', { name: '确认导入（新增 5，更新 0）' }));
}

describe('two tabs, one store: bulk writes coordinated and checked at commit; forms read numbers as the importer does', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    // The weekly backup reminder is not under test here: count it as shown today in every tab.
    await app.context.addInitScript(() => localStorage.setItem('cunqi-lianjian.backup-reminded', new Date().toDateString()));
  });
  afterAll(async () => {
    await app.close();
  });

  it('two tabs commit the same 5-village file: the second is told another window is busy, then that the villages exist; the store holds 5', async () => {
    const first = app.page;
    await seedTownships(first, ['河田镇', '大同镇']);
    const second = await app.context.newPage();
    await second.goto(`${app.baseURL}#/`);
    const bytes = await villageList({ rows: ROWS });
    await previewFile(first, bytes);
    await previewFile(second, bytes);

    // Another window holds the lock (as during its import): this one is told at once.
    await first.evaluate((name) => {
      void navigator.locks.request(name, () => new Promise<void>((release) => ((window as unknown as { releaseLock: () => void }).releaseLock = release)));
    }, LOCK);
    await second.getByRole('button', { name: /确认导入/ }).click();
    await visible(second.getByText(/另一个窗口正在导入、撤销或恢复数据，请等它完成后再试/));
    expect(await readLive(second, 'villages')).toHaveLength(0);
    await first.evaluate(() => (window as unknown as { releaseLock: () => void }).releaseLock());

    // The first tab commits; the second, still showing its old preview, commits the same file.
    await first.getByRole('button', { name: /确认导入/ }).click();
    await visible(first.getByText('导入完成').first());
    await second.getByRole('button', { name: /确认导入/ }).click();
    await visible(second.getByText(/本次导入未写入任何数据，下列记录在预览之后已由另一个窗口或另一次导入写入/));
    await visible(second.getByText(/村「试联一村」：已有村「试联一村」（所属乡镇和村名相同）/));
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await second.screenshot({ path: join(SCREENSHOT_DIR, 'two-tabs-second-commit-refused.png'), fullPage: true });

    const villages = await readLive<{ name: string; deleted?: number }>(first, 'villages');
    expect(villages.map((v) => v.name).sort()).toEqual([...NAMES].sort());
    expect((await readLive(first, 'importBatches')).length).toBe(1);
    expect(await readLive(first, 'journal')).toEqual([]);
    await second.close();
  });

  it('「１２０」 typed in 从业人员 is shown as 120 and stored as 120', async () => {
    const { page } = app;
    await openRegistry(page, '企业');
    await page.getByRole('button', { name: '新建' }).click();
    const form = drawer(page, '新建企业');
    await form.getByLabel('企业名称').fill('长汀县试联纺织有限公司');
    await pick(page, form, '所属乡镇', '河田镇');
    await form.getByLabel('从业人员（人）').fill('１２０');
    await visible(form.getByText('＝ 120'));
    await app.screenshot('number-input-full-width-typing');
    await form.getByLabel('年产值（万元）').fill('3,500');
    await form.getByLabel('年产值（万元）').blur();
    await poll(() => form.getByLabel('年产值（万元）').inputValue()).toBe('3500');
    await poll(() => form.getByLabel('从业人员（人）').inputValue()).toBe('120');
    await form.getByRole('button', { name: '保存' }).click();
    await poll(async () => (await readLive<{ name: string; employees?: number; outputValue?: number; deleted?: number }>(page, 'enterprises')).map((e) => [e.name, e.employees, e.outputValue])).toEqual([
      ['长汀县试联纺织有限公司', 120, 3500],
    ]);
    await visible(page.getByRole('cell', { name: '120', exact: true }));

    // Text that is no number is refused with the reason, never saved as empty.
    await page.getByRole('button', { name: '新建' }).click();
    const second = drawer(page, '新建企业');
    await second.getByLabel('企业名称').fill('长汀县试联食品有限公司');
    await pick(page, second, '所属乡镇', '河田镇');
    await second.getByLabel('从业人员（人）').fill('约50');
    await second.getByLabel('从业人员（人）').blur();
    await visible(second.getByText('应为非负整数，实际为「约50」'));
    await second.getByRole('button', { name: '保存' }).click();
    await visible(second.getByText('应为非负整数，实际为「约50」'));
    expect(await readLive(page, 'enterprises')).toHaveLength(1);
  });
});
