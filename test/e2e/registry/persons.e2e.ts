import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { dismissNotices, drawer, openRegistry, pick, poll, sheetRows, visible, exportList, autoDismissNotices } from './helpers';
import { base, putRecords } from './seed';

type StoredPerson = { name: string; idNumber?: string; gender?: string; phone?: string; politicalStatus?: string; orgKind: string; orgId?: string; post?: string; deleted?: number };

const ID = '35082119850312100X';
const MASKED = '350821**********0X';

describe('人员：身份证号校验、列表中脱敏、详情页完整显示', () => {
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

  it('creates a person in a village, masks the ID in the list and shows it whole on the detail page', async () => {
    const { page } = app;
    await putRecords(page, 'townships', [{ ...base('t-1'), name: '河田镇', kind: '镇', order: 1 }]);
    await putRecords(page, 'villages', [
      { ...base('v-1'), townshipId: 't-1', name: '红星村', industries: [], partyOrg: {} },
      { ...base('v-2'), townshipId: 't-1', name: '东街村', industries: [], partyOrg: {} },
    ]);
    await page.reload();
    await openRegistry(page, '人员');
    await visible(page.getByText('暂无人员，点击「新建」添加'));

    await page.getByRole('button', { name: '新建' }).click();
    const form = drawer(page, '新建人员');
    await form.getByLabel('姓名').fill('王丽');
    await form.getByLabel('身份证号').fill('350821198503121001');
    await form.getByLabel('身份证号').press('Enter');
    await visible(form.getByText('身份证号校验位错误，应为X'));
    await form.getByLabel('身份证号').fill('350821198503321001');
    await form.getByLabel('身份证号').blur();
    await visible(form.getByText('身份证号中的出生日期「19850332」不存在'));
    await form.getByLabel('身份证号').fill('35082119850312100x');
    await form.getByLabel('身份证号').blur();
    // The ID says 女: filled in for the user.
    await poll(() => form.getByLabel('女', { exact: true }).isChecked()).toBe(true);
    await form.getByLabel('联系电话').fill('139 0597 1234');
    await pick(page, form, '政治面貌', '中共党员');
    await form.getByLabel('村', { exact: true }).check();
    await pick(page, form, '所在村', '河田镇 · 红星村', 'hxc');
    await form.getByLabel('职务').fill('村党支部书记');
    await app.screenshot('registry-person-form');
    await page.keyboard.press('Control+s');
    await visible(page.getByRole('cell', { name: '王丽' }));

    // Masked in the list; the whole number appears nowhere on the page.
    await visible(page.getByRole('cell', { name: MASKED }));
    expect(await page.locator('body').innerText()).not.toContain(ID);
    const [stored] = await readLive<StoredPerson>(page, 'persons');
    expect(stored).toMatchObject({ name: '王丽', idNumber: ID, gender: '女', phone: '13905971234', politicalStatus: '中共党员', orgKind: 'village', orgId: 'v-1', post: '村党支部书记' });
    await app.screenshot('registry-persons-list');

    // The same ID again is refused.
    await page.getByRole('button', { name: '新建' }).click();
    const dup = drawer(page, '新建人员');
    await dup.getByLabel('姓名').fill('王莉');
    await dup.getByLabel('身份证号').fill(ID);
    await dup.getByRole('button', { name: '保存' }).click();
    await visible(dup.getByText(`身份证号 ${ID} 已登记为「王丽」`));
    await dup.getByRole('button', { name: '取消' }).click();
    await page.getByRole('button', { name: '放弃修改' }).click();
    expect(await readLive(page, 'persons')).toHaveLength(1);

    // Exports carry the masked number too.
    const { sheet } = await exportList(page, 'registry-persons');
    expect(sheetRows(sheet, 4)[0].slice(0, 8)).toEqual(['王丽', '女', MASKED, '13905971234', '中共党员', '村', '红星村', '河田镇']);

    // The detail page shows the whole number and the birth date.
    await page.getByRole('link', { name: '王丽' }).click();
    await poll(() => page.getByTestId('detail-title').textContent()).toBe('王丽');
    await poll(() => page.getByTestId('id-number').textContent()).toBe(ID);
    await visible(page.getByText('1985-03-12'));
    await app.screenshot('registry-person-detail');

    // Edit: move the person to 东街村; the change log names both villages.
    await dismissNotices(page);
    await page.getByRole('button', { name: '编辑' }).click();
    const edit = drawer(page, '编辑人员：王丽');
    await pick(page, edit, '所在村', '河田镇 · 东街村', '东街');
    await edit.getByRole('button', { name: '保存' }).click();
    await page.getByRole('tab', { name: '变更记录' }).click();
    const change = page.getByTestId('change-entry').filter({ hasText: '修改' });
    await visible(change.getByRole('cell', { name: '所在单位', exact: true }));
    await visible(change.getByRole('cell', { name: '红星村' }));
    await visible(change.getByRole('cell', { name: '东街村' }));

    // The village's page lists its persons, masked.
    await page.getByRole('tab', { name: '基本信息' }).click();
    await page.getByRole('link', { name: /东街村/ }).click();
    await poll(() => page.getByTestId('detail-title').textContent()).toBe('东街村');
    await visible(page.getByRole('cell', { name: MASKED }));
  });
});
