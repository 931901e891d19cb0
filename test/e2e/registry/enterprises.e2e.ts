import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openApp, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { countText, dismissNotices, drawer, exportList, openRegistry, pick, poll, seedTownships, sheetRows, visible, autoDismissNotices } from './helpers';

type StoredEnterprise = {
  name: string;
  uscc?: string;
  townshipId: string;
  aboveScale: boolean;
  employees?: number;
  outputValue?: number;
  industry?: string;
  partyOrg: { type: string; name?: string; establishedDate?: string; secretary?: string; members?: number };
  deleted?: number;
};

describe('企业：信用代码校验、党组织、规模以上筛选、导出', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
    await autoDismissNotices(app.page);
    // Room for a busy machine (2 cores shared by several test runs).
    app.page.setDefaultTimeout(30_000);
  });
  afterEach(async () => {
    await app.close();
  });

  it('refuses a bad USCC with its message, accepts a good one, refuses a duplicate, filters 规模以上 and exports', async () => {
    const { page } = app;
    const [hetian] = await seedTownships(page, ['河田镇', '长汀经济开发区']);
    await openRegistry(page, '企业');
    await visible(page.getByText('暂无企业，点击「新建」添加'));

    await page.getByRole('button', { name: '新建' }).click();
    const form = drawer(page, '新建企业');
    await form.getByLabel('企业名称').fill('长汀县红都纺织有限公司');
    await form.getByLabel('统一社会信用代码').fill('91350100M000100Y44');
    await form.getByLabel('统一社会信用代码').press('Enter');
    await visible(form.getByText('统一社会信用代码校验位错误，应为3'));
    // Saving with the error in place is refused: nothing is written.
    await form.getByRole('button', { name: '保存' }).click();
    await visible(form.getByText('统一社会信用代码校验位错误，应为3'));
    expect(await readLive(page, 'enterprises')).toHaveLength(0);
    await app.screenshot('registry-enterprise-bad-uscc');

    await form.getByLabel('统一社会信用代码').fill('９１３５０１００ｍ０００１００ｙ４３');
    await form.getByLabel('统一社会信用代码').blur();
    await poll(() => form.getByText('统一社会信用代码校验位错误，应为3').count()).toBe(0);
    await pick(page, form, '所属乡镇', '河田镇');
    await form.getByLabel('行业').fill('纺织服装');
    await pick(page, form, '经济类型', '私营');
    await form.getByLabel('是', { exact: true }).check();
    await form.getByLabel('从业人员（人）').fill('1200');
    await form.getByLabel('年产值（万元）').fill('8560.5');
    await form.getByLabel('成立年份').fill('2001');
    await pick(page, form, '党组织类型', '党支部');
    await form.getByLabel('党组织名称').fill('红都纺织党支部');
    await form.getByLabel('建立日期').fill('2006-07-01');
    await form.getByLabel('建立日期').press('Enter');
    await form.getByLabel('书记').fill('李华');
    await form.getByLabel('党员数（人）').fill('15');
    await app.screenshot('registry-enterprise-form');
    await form.getByRole('button', { name: '保存' }).click();
    await visible(page.getByRole('cell', { name: '长汀县红都纺织有限公司' }));

    const [stored] = await readLive<StoredEnterprise>(page, 'enterprises');
    expect(stored).toMatchObject({
      name: '长汀县红都纺织有限公司',
      uscc: '91350100M000100Y43',
      townshipId: hetian,
      aboveScale: true,
      employees: 1200,
      outputValue: 8560.5,
      industry: '纺织服装',
      partyOrg: { type: '党支部', name: '红都纺织党支部', establishedDate: '2006-07-01', secretary: '李华', members: 15 },
    });

    // The same code again is refused with the holder's name.
    await page.getByRole('button', { name: '新建' }).click();
    const dup = drawer(page, '新建企业');
    await dup.getByLabel('企业名称').fill('福建汀州腾飞纺织有限公司');
    await dup.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
    await pick(page, dup, '所属乡镇', '长汀经济开发区');
    await dup.getByRole('button', { name: '保存' }).click();
    await visible(dup.getByText('统一社会信用代码 91350100M000100Y43 已登记为企业「长汀县红都纺织有限公司」'));
    // Without the code it saves (a small enterprise may have none yet), not above scale, no party organization.
    await dup.getByLabel('统一社会信用代码').fill('');
    await dup.getByLabel('从业人员（人）').fill('300');
    await dup.getByRole('button', { name: '保存' }).click();
    await visible(page.getByRole('cell', { name: '福建汀州腾飞纺织有限公司' }));
    expect((await readLive<StoredEnterprise>(page, 'enterprises')).find((e) => e.name.startsWith('福建'))?.partyOrg).toEqual({ type: '未建立' });

    // Totals, then the 规模以上 filter behind 「展开」.
    await visible(page.getByRole('cell', { name: '1500' }));
    await page.getByRole('button', { name: '展开' }).click();
    await pick(page, page, '规模以上', '是');
    await poll(() => countText(page)).toBe('找到 1 条（共 2 条）');
    expect(await page.getByRole('cell', { name: '福建汀州腾飞纺织有限公司' }).count()).toBe(0);
    await app.screenshot('registry-enterprises-list');

    const { sheet } = await exportList(page, 'registry-enterprises');
    expect(sheet.getCell('A1').value).toBe('企情信息表');
    expect(String(sheet.getCell('A2').value)).toContain('规模以上：是');
    const [header, row, totals] = sheetRows(sheet, 3);
    expect(header.slice(0, 8)).toEqual(['企业名称', '统一社会信用代码', '所属乡镇（开发区）', '行业', '经济类型', '规模以上', '从业人员（人）', '年产值（万元）']);
    expect(row.slice(0, 13)).toEqual(['长汀县红都纺织有限公司', '91350100M000100Y43', '河田镇', '纺织服装', '私营', '是', 1200, 8560.5, 2001, '党支部', new Date(Date.UTC(2006, 6, 1)), '李华', 15]);
    expect(sheet.getCell('K4').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('K4').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('H4').numFmt).toBe('0.00');
    expect(totals.slice(0, 8)).toEqual(['合计', undefined, undefined, undefined, undefined, undefined, 1200, 8560.5]);

    // The detail page shows the party organization and the tags.
    await dismissNotices(page);
    await page.getByRole('link', { name: '长汀县红都纺织有限公司' }).click();
    await poll(() => page.getByTestId('detail-title').textContent()).toBe('长汀县红都纺织有限公司');
    await visible(page.getByText('规模以上').first());
    await visible(page.getByText('2006-07-01'));
    await app.screenshot('registry-enterprise-detail');
  });
});
