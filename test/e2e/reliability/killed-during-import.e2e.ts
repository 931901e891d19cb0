// The browser is killed while an import is under way (after it started, before its one
// transaction committed). Reopened on the same profile, the app says which import did not
// finish and that it wrote nothing — and the store indeed holds none of its villages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../support/app';
import { readTable } from '../support/store';
import { villageList, type VillageRow } from '../../fixtures/spreadsheets/office-lists';
import { chooseFiles } from '../import/helpers';
import { interruptedNotice, killBrowser, relaunch } from '../backup/support';

const profiles: string[] = [];
afterAll(() => profiles.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const NAMES = ['断电一村', '断电二村', '断电三村', '断电四村', '断电五村'];
const ROWS: VillageRow[] = NAMES.map((name, i) => ({
  township: '河田镇',
  name,
  areaCode: `3508211003${String(10 + i)}`,
  households: 300,
  population: 1200,
  surplusLabour: 100,
  landless: 0,
  industries: '农林牧渔',
  income: 5,
  orgType: '党支部',
  secretary: '刘红英',
  members: 30,
  phone: '13905971234',
}));

describe('an import cut off by the browser being killed is reported at the next start', () => {
  it('reopened, the app names the import that did not finish and says nothing was written', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'cq-profile-kill-import-'));
    profiles.push(profileDir);
    const first = await openApp({ profileDir });
    const { page } = first;
    // The sample county: townships to import into, and enough data that the safety backup
    // before the import takes a moment (the import is under way from its journal entry on).
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await expect.poll(() => page.getByText('当前为示例数据').first().isVisible(), { timeout: 60_000 }).toBe(true);

    await first.goto('/import/villages');
    await chooseFiles(page, [{ name: '五个村.xlsx', bytes: await villageList({ rows: ROWS }) }]);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步：预览' }).click();
    const confirm = page.getByRole('button', { name: '确认导入（新增 5，更新 0）' });
    await expect.poll(() => confirm.isVisible(), { timeout: 60_000 }).toBe(true);
    await confirm.click();
    // Killed as soon as the import's journal entry is in the store.
    await expect.poll(async () => (await readTable(page, 'journal')).length, { timeout: 60_000, interval: 20 }).toBe(1);
    expect(killBrowser(profileDir).length).toBe(1);
    await first.context.close().catch(() => undefined);

    const second = await relaunch(profileDir);
    try {
      const notice = await interruptedNotice(second.page);
      expect(notice.title).toBe('上次的导入没有完成');
      expect(notice.text).toMatch(/开始的导入「五个村\.xlsx」没有完成（程序被关闭或断电）。这次导入没有写入任何数据，当前数据与开始前相同。如仍需要，请重新导入。/);
      const villages = await readTable<{ name: string }>(second.page, 'villages');
      expect(villages.filter((v) => NAMES.includes(v.name))).toEqual([]);
      await second.page.screenshot({ path: join(process.cwd(), 'test-results/screenshots/interrupted-import-notice.png') });
      await second.page.getByRole('button', { name: '知道了' }).click();
      await expect.poll(async () => (await readTable(second.page, 'journal')).length, { timeout: 20_000 }).toBe(0);
    } finally {
      await second.close();
    }
  }, 240_000);
});
