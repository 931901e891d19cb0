// 设置 end to end: a fresh profile meets the first-start office form; the details saved there
// and in 设置 appear in the header, the annual table's title, the 表彰决定's 版头 and 文号 and
// the certificates; a dictionary edit (a new industry) reaches the enterprise form; the
// large-text mode really enlarges tables, forms and menus; loading and clearing the sample
// county leaves the office's own details untouched. The office is deliberately not the sample
// county (上杭县, 杭委), so every detail seen is the setting's and not the sample's.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from '../support/app';
import { readTable } from '../support/store';
import { expectToast } from '../support/toast';
import { closeBackupReminder, pick, until } from '../commendation/registry-ui';

type Office = Record<string, string>;

async function storedSetting<T>(page: Page, key: string): Promise<T | undefined> {
  return (await readTable<{ key: string; value: T }>(page, 'settings')).find((s) => s.key === key)?.value;
}

/** 取消 on a registry drawer, confirming 放弃修改 when the form counts as touched (a field left by the click). */
async function closeDrawer(page: Page, drawer: ReturnType<Page['locator']>): Promise<void> {
  await drawer.getByRole('button', { name: '取消' }).click();
  const discard = page.getByRole('button', { name: '放弃修改' });
  await until(async () => (await discard.isVisible()) || !(await drawer.isVisible())).toBe(true);
  if (await discard.isVisible()) await discard.click();
  await until(() => drawer.isVisible()).toBe(false);
}

/** How tall an element is drawn on screen (CSS zoom included). */
const drawnHeight = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().height);
const SELECTORS = { menu: '.ant-menu-item', header: '[role=columnheader]', button: '.ant-btn', input: '.ant-input' };

describe('设置：首次启动、单位信息、字典、大字模式', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp({ firstStart: 'stay' });
    await closeBackupReminder(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  test('first start → office details → header, annual title, decision 版头 and 文号, certificates; dictionaries; large text; sample in and out', { timeout: 400_000 }, async () => {
    const { page } = app;

    // 首次启动: nothing else is reachable before the office is filled in (or the sample loaded).
    const first = page.getByTestId('first-start');
    await until(() => first.isVisible()).toBe(true);
    expect(await page.getByRole('menuitem').count()).toBe(0);
    await first.getByLabel('县名').fill('上杭县');
    // The usual names follow the county name.
    expect(await first.getByLabel('单位名称').inputValue()).toBe('中共上杭县委组织部');
    expect(await first.getByLabel('发文机关标志').inputValue()).toBe('中共上杭县委员会文件');
    await first.getByLabel('文号前缀').fill('杭委');
    await app.screenshot('settings-first-start');
    await first.getByRole('button', { name: '保存，开始使用' }).click();
    await until(() => page.getByTestId('office-name').textContent()).toBe('中共上杭县委组织部');
    expect(await storedSetting<Office>(page, 'office')).toMatchObject({
      unitName: '中共上杭县委组织部',
      countyName: '上杭县',
      issuerName: '中共上杭县委员会',
      issuerMark: '中共上杭县委员会文件',
      docPrefix: '杭委',
    });

    // 设置 → 单位信息: the rest of the details.
    await page.getByRole('menuitem', { name: /设置/ }).click();
    await page.getByLabel('上级党委').fill('中共龙岩市委');
    await page.getByLabel('抄送机关').fill('市委组织部');
    await page.getByLabel('公示联系人').fill('县委组织部组织科');
    await page.getByLabel('公示受理电话').fill('0597-3812345');
    await expectToast(page, '已保存单位信息', () => page.getByRole('button', { name: '保存单位信息' }).click());
    expect(await storedSetting<Office>(page, 'office')).toMatchObject({ superiorName: '中共龙岩市委', copyTo: '市委组织部', contactPhone: '0597-3812345', unitName: '中共上杭县委组织部' });
    await app.screenshot('settings-office');

    // 字典: a new industry, offered by the enterprise form.
    await page.getByRole('tab', { name: '字典' }).click();
    const industries = page.getByTestId('dictionary-industries');
    await industries.getByRole('button', { name: '添加一项' }).click();
    await industries.getByLabel('行业第14项').fill('新能源');
    await expectToast(page, '已保存行业', () => industries.getByRole('button', { name: '保存行业' }).click());
    expect((await storedSetting<string[]>(page, 'industries'))?.at(-1)).toBe('新能源');
    await app.screenshot('settings-dictionaries');

    await app.goto('/registry/enterprises');
    await page.getByRole('button', { name: '新建' }).click();
    const drawer = page.getByRole('dialog', { name: '新建企业' });
    const label = await drawnHeight(page, '.ant-drawer .ant-form-item-label label');
    await drawer.getByLabel('行业').click();
    await page.keyboard.type('新');
    await until(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option-content').getByText('新能源', { exact: true }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await closeDrawer(page, drawer);

    // 大字模式: the text of menus, tables and forms really grows.
    const small: Record<string, number> = {};
    for (const [k, s] of Object.entries(SELECTORS)) small[k] = await drawnHeight(page, s);
    await app.goto('/settings?tab=general');
    await page.getByRole('switch', { name: '大字模式' }).click();
    await until(() => page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true);
    expect(await storedSetting<boolean>(page, 'largeText')).toBe(true);
    await app.screenshot('settings-general-large');
    await app.goto('/registry/enterprises');
    await until(() => page.getByRole('columnheader').first().isVisible()).toBe(true);
    for (const [k, s] of Object.entries(SELECTORS)) expect(await drawnHeight(page, s), k).toBeGreaterThanOrEqual(small[k] * 1.2);
    await app.screenshot('large-text-enterprises');
    await page.getByRole('button', { name: '新建' }).click();
    await until(() => drawer.isVisible()).toBe(true);
    expect(await drawnHeight(page, '.ant-drawer .ant-form-item-label label')).toBeGreaterThanOrEqual(label * 1.2);
    await app.screenshot('large-text-enterprise-form');
    await closeDrawer(page, drawer);

    // 示例数据 loaded: the office's own details stay.
    await app.goto('/');
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await until(() => page.getByText('当前为示例数据').first().isVisible()).toBe(true);
    await app.screenshot('large-text-home-sample');
    await app.goto('/registry/enterprises');
    await until(() => page.getByText('共 727 条').isVisible()).toBe(true);
    await app.screenshot('large-text-enterprises-sample');
    await app.goto('/settings?tab=general');
    await page.getByRole('switch', { name: '大字模式' }).click();
    await until(() => page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(false);
    expect(await page.getByTestId('office-name').textContent()).toBe('中共上杭县委组织部');
    expect(await storedSetting<Office>(page, 'office')).toMatchObject({ unitName: '中共上杭县委组织部', countyName: '上杭县', docPrefix: '杭委', superiorName: '中共龙岩市委' });

    // The annual table is titled with the county of 设置.
    await app.goto('/statistics/annual');
    await until(() => page.getByText('上杭县村企联建工作年度统计表（2008年）').first().isVisible()).toBe(true);

    // A county round: the approval offers the 文号 prefix of 设置; the decision's 版头 and 文号, the certificates' issuer follow.
    await app.goto('/commendation');
    await page.getByRole('button', { name: '新建' }).click();
    const roundDialog = page.getByRole('dialog', { name: '新建表彰' });
    await roundDialog.getByLabel('年度').fill('2008');
    await roundDialog.getByRole('button', { name: '保存' }).click();
    await until(() => page.getByRole('heading', { name: '2008年度县委表彰' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '添加' }).click();
    const add = page.getByRole('dialog', { name: '添加推荐对象' });
    await pick(page, add, '推荐对象', '福建台慧体育器材有限公司');
    await until(() => add.getByLabel('名称').inputValue()).toMatch(/^福建台慧体育器材有限公司党(支部|总支)$/);
    await expectToast(page, '已添加1个推荐对象', () => add.getByRole('button', { name: '保存' }).click());
    await page.getByRole('button', { name: '进入公示' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.getByRole('button', { name: '批准' }).click();
    const approve = page.getByRole('dialog', { name: '批准表彰' });
    await until(() => approve.getByLabel('文号').inputValue()).toBe('杭委〔2008〕号');
    await approve.getByLabel('文号').fill('杭委〔2008〕9号');
    await approve.getByLabel('决定日期').fill('2008-12-03');
    await page.keyboard.press('Enter');
    await expectToast(page, '已批准，文号 杭委〔2008〕9号', () => approve.getByRole('button', { name: '批准' }).click());

    await page.getByRole('tab', { name: '表彰决定' }).click();
    await until(() => page.getByLabel('发文机关标志').inputValue()).toBe('中共上杭县委员会文件');
    expect(await page.getByLabel('署名').inputValue()).toBe('中共上杭县委员会');
    await until(() => page.getByText('杭委〔2008〕9号').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: '打印表彰决定' }).click();
    const preview = page.getByTestId('print-preview');
    await until(() => preview.getByText('中共上杭县委员会文件').first().isVisible()).toBe(true);
    await until(() => preview.getByText('杭委〔2008〕9号').first().isVisible()).toBe(true);
    await app.screenshot('settings-decision-preview');
    await page.keyboard.press('Escape');
    await until(() => preview.isVisible()).toBe(false);

    await page.getByRole('tab', { name: '荣誉证书' }).click();
    const certificates = page.getByRole('tabpanel', { name: '荣誉证书' });
    await until(() => certificates.getByText('中共上杭县委员会').first().isVisible()).toBe(true);
    await app.screenshot('settings-certificate');

    // 示例数据 cleared: the office's own details are still there.
    await app.goto('/');
    await page.getByRole('button', { name: '清除示例数据' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '清除' }).click();
    await until(() => page.getByText(/已清除示例数据/).isVisible()).toBe(true);
    expect(await page.getByTestId('office-name').textContent()).toBe('中共上杭县委组织部');
    expect(await storedSetting<Office>(page, 'office')).toMatchObject({ unitName: '中共上杭县委组织部', countyName: '上杭县', issuerMark: '中共上杭县委员会文件', docPrefix: '杭委', superiorName: '中共龙岩市委', copyTo: '市委组织部' });
  });
});
