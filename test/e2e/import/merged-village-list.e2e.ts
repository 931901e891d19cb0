// A village list whose 乡镇 column is one merged cell per township, reaching over the township's
// villages and its 小计 row, with a 合计 row at the end (issue 16 item 2): every village is
// imported under its township, the 小计 and 合计 rows are skipped, and the preview says which
// cells were filled.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { MERGED_COUNTY, mergedVillageListXlsx } from '../../fixtures/spreadsheets/merged-lists';
import { chooseFiles, confirmImport } from './helpers';

const WAIT = { timeout: 30_000 };

describe('导入乡镇列合并的村情表：合并单元格按行填充，跳过小计、合计行', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('imports every village under the township its merged cell names, and the preview says which cells were filled', async () => {
    const { page } = app;
    await app.goto('/import/villages');
    await chooseFiles(page, [{ name: '村情信息表（合并）.xlsx', bytes: await mergedVillageListXlsx() }]);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByText('表头在第3行').isVisible(), WAIT).toBe(true);
    await page.getByRole('button', { name: '下一步：预览' }).click();

    const note = page.getByTestId('fill-down-note');
    await expect.poll(() => note.isVisible(), WAIT).toBe(true);
    expect(await note.textContent()).toContain('合并单元格已按行填充：2 处合并的值填入了其下 3 个单元格');
    expect(await note.textContent()).toContain('村情信息表（合并）.xlsx · 工作表 村情信息 · B列「乡镇」B4:B7 的「河田镇」填入第5–6行');
    expect(await note.textContent()).toContain('B列「乡镇」B8:B10 的「大同镇」填入第9行');
    // None of the townships exists yet: the user creates them all.
    await page.getByRole('button', { name: '全部新建' }).click();
    await expect.poll(() => page.getByRole('tab', { name: '新增（6）' }).isVisible(), WAIT).toBe(true);
    expect(await page.getByRole('tab', { name: '拒绝（0）' }).isVisible()).toBe(true);
    // Three 小计 rows and the 合计 row.
    await expect.poll(() => page.locator('.ant-statistic').filter({ hasText: '跳过的合计、说明行' }).textContent(), WAIT).toContain('4');
    await app.screenshot('import-merged-villages-preview');
    await confirmImport(page);
    await expect.poll(() => page.getByText('导入完成', { exact: true }).isVisible(), WAIT).toBe(true);

    const townships = await readLive<{ id: string; name: string; deleted: number }>(page, 'townships');
    const villages = await readLive<{ name: string; townshipId: string; households?: number; deleted: number }>(page, 'villages');
    const townshipOf = new Map(townships.map((t) => [t.id, t.name]));
    expect(villages.map((v) => [townshipOf.get(v.townshipId), v.name, v.households]).sort()).toEqual(
      MERGED_COUNTY.flatMap((t) => t.villages.map((v) => [t.township, v.name, v.households])).sort(),
    );
    expect(townships.map((t) => t.name).sort()).toEqual(MERGED_COUNTY.map((t) => t.township).sort());
  });
});
