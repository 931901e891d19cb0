// Fault row "the app killed or the power lost during a write": Chromium is SIGKILLed while the
// app replaces the store with a large backup (one transaction of ~40,000 records). Reopened
// on the same profile, the store holds the complete old state — nothing of the restore —
// and the app starts normally.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildBackup } from '@shared/backup/write';
import { makeV001Data } from '../../fixtures/db/v001-data';
import { openApp } from '../support/app';
import { chooseFile, interruptedNotice, killBrowser, readAll, relaunch, visible } from './support';

// Pages take seconds to load on the shared 2-core machine; wait for what the user would see.
vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

// A profile of its own for each try: a retry must not meet the lock the killed browser left.
const profiles: string[] = [];
afterAll(() => profiles.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Names of the safety backups in the browser's OPFS (see features/backup/shelf.ts). */
function safetyBackups(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('backups', { create: true });
    const names: string[] = [];
    for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys()) if (name.endsWith('_恢复前.cqbak')) names.push(name);
    return names;
  });
}

describe('the app killed or the power lost during a write → on restart the store is consistent (fault row)', () => {
  it('a restore killed inside its transaction leaves the whole old state; the app restarts normally', async () => {
    const data = makeV001Data({ townships: 6, villagesPer: 10, enterprisesPer: 10, ledger: 40_000, audit: 200 });
    const bytes = await buildBackup({ tables: data, appVersion: '0.1.0', schemaVersion: 2, createdAt: new Date().toISOString(), reason: 'manual' });
    const big = { name: '大备份.cqbak', bytes: Buffer.from(bytes) };
    console.log(`backup of ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);

    const profileDir = mkdtempSync(join(tmpdir(), 'cq-profile-kill-'));
    profiles.push(profileDir);
    const first = await openApp({ profileDir });
    const { page } = first;
    await first.goto('/registry/townships');
    await page.getByRole('button', { name: '新建' }).click();
    await page.getByRole('dialog', { name: '新建乡镇' }).getByLabel('名称').fill('河田镇');
    await page.getByRole('dialog', { name: '新建乡镇' }).getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '河田镇', exact: true }).isVisible()).toBe(true);
    const before = await readAll(page);

    await first.goto('/backup');
    await chooseFile(page, '从备份文件恢复…', big);
    const preview = page.getByRole('dialog', { name: '从备份恢复' });
    await expect.poll(() => preview.isVisible(), { timeout: 60_000 }).toBe(true);
    await preview.getByRole('button', { name: '恢复' }).click();
    // The restore first writes a safety backup (into the browser's OPFS), then opens its one
    // transaction. Once that file exists, the transaction is running: kill a moment later.
    await expect.poll(async () => (await safetyBackups(page)).length, { timeout: 60_000, interval: 50 }).toBe(1);
    await page.waitForTimeout(300);
    expect(await preview.isVisible()).toBe(true);
    expect(killBrowser(profileDir).length).toBe(1);
    await first.context.close().catch(() => undefined);

    const second = await relaunch(profileDir);
    try {
      await expect.poll(() => second.page.getByRole('menuitem', { name: /信息库/ }).isVisible(), { timeout: 30_000 }).toBe(true);
      const after = await readAll(second.page);
      const committed = after.ledger!.length > 0;
      expect(after.townships).toEqual(before.townships);
      expect(after.villages).toEqual([]);
      expect(after.ledgerAggregates).toEqual([]);
      expect(after.audit).toEqual(before.audit);
      // Killed inside the transaction: nothing of it may be kept.
      expect(committed).toBe(false);
      expect(await safetyBackups(second.page)).toHaveLength(1);
      await visible(second.page, '村企联建');
      // And the user is told: the restore did not finish, nothing was changed.
      const notice = await interruptedNotice(second.page);
      expect(notice.title).toBe('上次的从备份恢复没有完成');
      expect(notice.text).toMatch(/从备份恢复「大备份\.cqbak」没有完成（程序被关闭或断电）。这次从备份恢复没有写入任何数据/);
    } finally {
      await second.close();
    }
  }, 300_000);
});
