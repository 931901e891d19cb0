import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openApp, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';
import { countText, dismissNotices, poll, drawer, exportList, openRegistry, pick, seedTownships, sheetRows, visible, autoDismissNotices } from './helpers';

type StoredVillage = {
  id: string;
  name: string;
  townshipId: string;
  households?: number;
  population?: number;
  contactPhone?: string;
  industries: string[];
  partyOrg: { name?: string; type?: string; secretary?: string; members?: number };
  deleted?: number;
};

describe('村：新建（含村党组织）、拼音查找、筛选、编辑、变更记录、删除与撤销、导出', () => {
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

  it('creates villages through the form, finds one by pinyin initials, filters, edits, deletes with undo and exports the filtered list', async () => {
    const { page } = app;
    const [hetian, cewu] = await seedTownships(page, ['河田镇', '策武镇']);
    await openRegistry(page, '村');
    await visible(page.getByText('暂无村，点击「新建」添加'));

    // Create 红星村 with its party organization; bad fields are named as the user leaves them.
    await page.getByRole('button', { name: '新建' }).click();
    const form = drawer(page, '新建村');
    await visible(form);
    await pick(page, form, '所属乡镇', '河田镇');
    await form.getByLabel('村名').fill('红星村');
    await form.getByLabel('区划代码').fill('35082110');
    await form.getByLabel('区划代码').press('Enter');
    await visible(form.getByText('区划代码应为12位数字'));
    await form.getByLabel('区划代码').fill('350821101201');
    await form.getByLabel('户数（户）').fill('420');
    await form.getByLabel('人口（人）').fill('1680');
    await form.getByLabel('富余劳动力（人）').fill('260');
    await form.getByLabel('村集体收入（万元）').fill('12.5');
    await form.getByLabel('党组织名称').fill('红星村党支部');
    await pick(page, form, '党组织类型', '党支部');
    await form.getByLabel('书记').fill('王明');
    await form.getByLabel('党员数（人）').fill('32');
    await form.getByLabel('联系电话').fill('6822345');
    await form.getByLabel('联系电话').blur();
    await visible(form.getByText('联系电话应为11位手机号（如 13905971234）或带区号的固定电话（如 0597-6822345），实际为「6822345」'));
    await form.getByLabel('联系电话').fill('0597-6822345');
    await app.screenshot('registry-village-form');
    await page.keyboard.press('Control+s');
    await visible(page.getByRole('cell', { name: '红星村' }));

    let stored = await readLive<StoredVillage>(page, 'villages');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      name: '红星村',
      townshipId: hetian,
      households: 420,
      population: 1680,
      contactPhone: '0597-6822345',
      partyOrg: { name: '红星村党支部', type: '党支部', secretary: '王明', members: 32 },
    });

    // A second village in another township, then a duplicate name is refused.
    await page.getByRole('button', { name: '新建' }).click();
    const second = drawer(page, '新建村');
    await pick(page, second, '所属乡镇', '策武镇');
    await second.getByLabel('村名').fill('东街村');
    await second.getByLabel('户数（户）').fill('318');
    await second.getByRole('button', { name: '保存' }).click();
    await visible(page.getByRole('cell', { name: '东街村' }));
    await page.getByRole('button', { name: '新建' }).click();
    const dup = drawer(page, '新建村');
    await pick(page, dup, '所属乡镇', '河田镇');
    await dup.getByLabel('村名').fill('红星村');
    await dup.getByRole('button', { name: '保存' }).click();
    await visible(dup.getByText('河田镇已有村「红星村」'));
    await dup.getByRole('button', { name: '取消' }).click();
    await page.getByRole('button', { name: '放弃修改' }).click();
    expect(await readLive(page, 'villages')).toHaveLength(2);

    // Totals row sums the figures shown.
    await visible(page.getByRole('cell', { name: '738' }));

    // Pinyin initials find 红星村 only.
    await page.getByLabel('查找').fill('hxc');
    await poll(() => countText(page)).toBe('找到 1 条（共 2 条）');
    expect(await page.getByRole('cell', { name: '东街村' }).count()).toBe(0);
    await app.screenshot('registry-villages-search');
    await page.getByLabel('查找').fill('');

    // Filter by township.
    await pick(page, page, '乡镇', '策武镇');
    await poll(() => countText(page)).toBe('找到 1 条（共 2 条）');
    await visible(page.getByRole('cell', { name: '东街村' }));
    await page.getByRole('button', { name: '重置' }).click();
    await poll(() => countText(page)).toBe('共 2 条');

    // Edit 户数 420 → 430.
    await page.getByRole('row', { name: /红星村/ }).getByRole('button', { name: '编辑' }).click();
    const edit = drawer(page, '编辑村：红星村');
    await poll(() => edit.getByLabel('户数（户）').inputValue()).toBe('420');
    await edit.getByLabel('户数（户）').fill('430');
    await edit.getByRole('button', { name: '保存' }).click();
    await visible(page.getByRole('cell', { name: '430' }));
    stored = await readLive<StoredVillage>(page, 'villages');
    expect(stored.find((v) => v.name === '红星村')?.households).toBe(430);

    // Detail page: basic info and the change log in Chinese labels.
    await page.getByRole('row', { name: /红星村/ }).getByRole('button', { name: '查看' }).click();
    await poll(() => page.getByTestId('detail-title').textContent()).toBe('红星村');
    await visible(page.getByText('红星村党支部'));
    await app.screenshot('registry-village-detail');
    await page.getByRole('tab', { name: '变更记录' }).click();
    const change = page.getByTestId('change-entry').filter({ hasText: '修改' });
    await visible(change.getByRole('cell', { name: '户数（户）' }));
    await visible(change.getByRole('cell', { name: '420' }));
    await visible(change.getByRole('cell', { name: '430' }));
    await visible(page.getByTestId('change-entry').filter({ hasText: '新建' }).getByRole('cell', { name: '河田镇' }));
    await app.screenshot('registry-village-changes');

    // Delete from the list, then undo.
    await dismissNotices(page);
    await page.getByRole('button', { name: '返回村列表' }).click();
    await page.getByRole('row', { name: /东街村/ }).getByRole('button', { name: '删除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await poll(() => page.getByRole('cell', { name: '东街村' }).count()).toBe(0);
    expect((await readLive<StoredVillage>(page, 'villages')).map((v) => v.name)).toEqual(['红星村']);
    await page.getByRole('button', { name: '撤销' }).click();
    await visible(page.getByRole('cell', { name: '东街村' }));
    expect(await readLive(page, 'villages')).toHaveLength(2);
    const audit = await readTable<{ action: string; entity: string }>(page, 'audit');
    expect(audit.filter((a) => a.entity === 'villages').map((a) => a.action)).toEqual(['create', 'create', 'update', 'delete', 'restore']);

    // Export the list filtered to 河田镇, checked cell by cell.
    await pick(page, page, '乡镇', '河田镇');
    await poll(() => countText(page)).toBe('找到 1 条（共 2 条）');
    const { sheet, name } = await exportList(page, 'registry-villages');
    expect(name).toMatch(/^村情信息表_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(sheet.getCell('A1').value).toBe('村情信息表');
    expect(String(sheet.getCell('A2').value)).toMatch(/^查询条件：乡镇：河田镇　　制表日期：\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(sheetRows(sheet, 3)[0]).toEqual([
      '村名',
      '所属乡镇',
      '区划代码',
      '户数（户）',
      '人口（人）',
      '富余劳动力（人）',
      '失地农民（人）',
      '主导产业',
      '村集体收入（万元）',
      '党组织类型',
      '党组织书记',
      '党员数（人）',
      '联系人',
      '联系电话',
    ]);
    const [row, totals, ...rest] = sheetRows(sheet, 4);
    expect(row).toEqual(['红星村', '河田镇', '350821101201', 430, 1680, 260, undefined, undefined, 12.5, '党支部', '王明', 32, undefined, '0597-6822345']);
    expect(sheet.getCell('D4').type).toBe(ExcelJS.ValueType.Number);
    expect(totals).toEqual(['合计', undefined, undefined, 430, 1680, 260, undefined, undefined, 12.5, undefined, undefined, 32]);
    expect(rest).toEqual([]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(cewu).toBeTruthy();
    await app.screenshot('registry-villages-list');

    // The township's page lists its villages; 查看 in the 乡镇 list leads there.
    await openRegistry(page, '乡镇');
    await page.getByRole('row', { name: /河田镇/ }).getByRole('button', { name: '查看' }).click();
    await poll(() => page.getByTestId('detail-title').textContent()).toBe('河田镇');
    await visible(page.getByText('1 个村，0 家企业'));
    await visible(page.getByRole('link', { name: '红星村' }));
    await app.screenshot('registry-township-detail');
  });
});
