// The pairing list an office already keeps, imported through the wizard: title rows and a
// merged two-row header, 联建时间 as text and as dates, 红星村 in two townships told apart by
// the 乡镇 column, one row naming 红星村 with no township (mapped by the clerk, never
// guessed). Every pairing then shows in the list with the right sides, and in its archive.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';
import { base, putRecords } from '../registry/seed';
import { chooseFiles } from '../import/helpers';
import { OFFICE_PAIRING_ROWS, pairingListWorkbook } from '../../fixtures/spreadsheets/pairing-list';

const WAIT = { timeout: 20_000 };

type Pairing = { id: string; code: string; enterpriseId: string; villageId: string; status: string; appliedDate: string; deleted: number };

describe('导入已有的联建名单', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('imports an office pairing list and shows every pairing with the right sides', async () => {
    const { page } = app;
    await putRecords(page, 'townships', [
      { ...base('t-hetian'), name: '河田镇', kind: '镇', order: 1, leaderName: '王明', leaderPost: '镇党委书记' },
      { ...base('t-datong'), name: '大同镇', kind: '镇', order: 2 },
    ]);
    await putRecords(page, 'villages', [
      { ...base('v-hongxing-hetian'), townshipId: 't-hetian', name: '红星村', industries: [], partyOrg: {} },
      { ...base('v-hongxing-datong'), townshipId: 't-datong', name: '红星村', industries: [], partyOrg: {} },
      { ...base('v-luhu'), townshipId: 't-hetian', name: '露湖村', industries: [], partyOrg: {} },
    ]);
    await putRecords(page, 'enterprises', [
      { ...base('e-panpan'), townshipId: 't-hetian', name: '福建盼盼食品有限公司', aboveScale: true, partyOrg: { type: '党支部' } },
      { ...base('e-taihui'), townshipId: 't-hetian', name: '台慧体育器材公司', aboveScale: false, partyOrg: { type: '未建立' } },
    ]);
    await putRecords(page, 'persons', [
      { ...base('p-lisi'), name: '李四', orgKind: 'enterprise', orgId: 'e-panpan' },
      { ...base('p-zhangsan'), name: '张三', orgKind: 'village', orgId: 'v-hongxing-hetian', phone: '13905971234' },
    ]);
    await page.reload({ timeout: 60_000 });
    await page.getByRole('menuitem', { name: /联建档案/ }).waitFor({ timeout: 60_000 });

    const bytes = await pairingListWorkbook([...OFFICE_PAIRING_ROWS, ['2007-03', '福建盼盼食品有限公司', null, '红星村', '2007年6月', '组织推荐', '公益事业', null]]);
    await page.getByRole('menuitem', { name: /联建档案/ }).click();
    await page.getByRole('button', { name: '导入' }).click();
    await expect.poll(() => page.getByText('导入联建名单').isVisible(), WAIT).toBe(true);
    await chooseFiles(page, [{ name: '长汀县联建名单.xlsx', bytes }]);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByText('表头在第3–4行').isVisible(), WAIT).toBe(true);
    await app.screenshot('import-pairings-mapping');
    await page.getByRole('button', { name: '下一步：预览' }).click();

    // 红星村 without a township is not guessed: the clerk maps it.
    await expect.poll(() => page.getByText(/第8行 · D列「村」：村「红星村」有2个同名（河田镇、大同镇）/).isVisible(), WAIT).toBe(true);
    await page.getByLabel('「红星村」对应到', { exact: true }).click();
    await page.getByTitle('红星村（大同镇）', { exact: true }).last().click();
    await expect.poll(() => page.getByRole('tab', { name: '新增（4）' }).isVisible(), WAIT).toBe(true);
    await app.screenshot('import-pairings-preview');
    await page.getByRole('button', { name: /确认导入/ }).click();
    await expect.poll(() => page.getByText('导入完成', { exact: true }).isVisible(), WAIT).toBe(true);

    const stored = (await readLive<Pairing>(page, 'pairings')).sort((a, b) => a.code.localeCompare(b.code));
    expect(stored.map((p) => [p.code, p.enterpriseId, p.villageId, p.status, p.appliedDate])).toEqual([
      ['2007-01', 'e-panpan', 'v-hongxing-hetian', '已批准', '2007-03-01'],
      ['2007-02', 'e-taihui', 'v-hongxing-datong', '已批准', '2007-05-12'],
      ['2007-03', 'e-panpan', 'v-hongxing-datong', '已批准', '2007-06-01'],
      ['LJ2008-001', 'e-taihui', 'v-luhu', '已批准', '2008-06-01'],
    ]);
    expect((await readTable<{ pairingId: string; kind: string }>(page, 'pairingEvents')).filter((e) => e.kind === '批准')).toHaveLength(4);

    // The list shows each pairing with its sides.
    await page.getByRole('menuitem', { name: /联建档案/ }).click();
    await expect.poll(() => page.getByText('共 4 对').isVisible(), WAIT).toBe(true);
    const row = (code: string) => page.getByRole('row', { name: new RegExp(`^${code}\\s`) });
    expect(await row('2007-01').textContent()).toMatch(/福建盼盼食品有限公司.*河田镇 · 红星村/);
    expect(await row('2007-02').textContent()).toMatch(/台慧体育器材公司.*大同镇 · 红星村/);
    expect(await row('2007-03').textContent()).toMatch(/福建盼盼食品有限公司.*大同镇 · 红星村/);
    expect(await row('LJ2008-001').textContent()).toMatch(/台慧体育器材公司.*河田镇 · 露湖村/);
    await app.screenshot('import-pairings-list');

    // The archive of an imported pairing: its liaisons and its history.
    await row('2007-01').getByRole('button', { name: '查看' }).click();
    await expect.poll(() => page.getByLabel('企业方').textContent(), WAIT).toContain('李四（13905970001）');
    expect(await page.getByLabel('村方').textContent()).toContain('张三（13905971234）');
    expect(await page.getByLabel('联建历程').textContent()).toContain('提出联建申请（双向选择）。由已有联建名单导入');
  }, 600_000);
});
