// 数据安全 end to end in Chromium: enter data, back up (download), change and delete data,
// restore (file chooser) and see exactly the backed-up state, table by table; a corrupt
// file is refused with the data untouched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { openApp, type AppSession } from '../support/app';
import { chooseFile, downloadBackup, readAll, visible } from './support';
import { recordKeysOf } from '@shared/model/record-keys';

// Pages take seconds to load on the shared 2-core machine; wait for what the user would see.
vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

/** The backup with one township renamed inside its table part (the manifest's hash unchanged). */
async function tamper(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = 'tables/townships/0001.json';
  zip.file(part, (await zip.file(part)!.async('string')).replace('河田镇', '河田乡'));
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
}

async function foreignZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('xl/workbook.xml', '<workbook/>');
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
}

async function createTownship(app: AppSession, name: string, leader: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: '新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建乡镇' });
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByLabel('挂钩领导').fill(leader);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => page.getByRole('cell', { name, exact: true }).isVisible()).toBe(true);
}

describe('备份与恢复', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('backs up, changes and deletes data, restores the backup and shows exactly the backed-up state', async () => {
    const { page } = app;
    await visible(page, '尚未备份');
    await app.goto('/registry/townships');
    await createTownship(app, '河田镇', '张三');
    await createTownship(app, '汀州镇😀', '李四');
    await createTownship(app, '𠮷野乡', '王五');
    // An attachment with bytes, written as the ledger would (no UI here needs one), with the
    // (deleted, so it adds to no totals) ledger entry of a village that owns it: a restore
    // refuses an attachment whose entry is not in the backup.
    // The village gets the keys the store would give it (search and sort keys, record-keys.ts).
    const villageKeys = recordKeysOf('villages', { name: '附件村', partyOrg: {} });
    await page.evaluate(
      (keys) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('cunqi-lianjian');
          open.onsuccess = () => {
            const tx = open.result.transaction(['townships', 'villages', 'ledger', 'attachments'], 'readwrite');
            const stamp = { createdAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z' };
            tx.objectStore('townships').getAll().onsuccess = (e) => {
              // A township the test neither deletes nor renames: ids are random, so the first
              // by key would sometimes be 𠮷野乡, which then could not be deleted.
              const townships = (e.target as IDBRequest).result as { id: string; name: string }[];
              const townshipId = townships.find((t) => t.name === '汀州镇😀')!.id;
              tx.objectStore('villages').put({ id: 'v-att', townshipId, name: '附件村', industries: [], partyOrg: {}, deleted: 0, ...stamp, ...keys });
              tx.objectStore('ledger').put({ id: 'l-att', villageId: 'v-att', townshipId, type: 'funds', date: '2008-05-01', precision: 'day', year: 2008, figures: { amount: 5 }, personIds: [], attachmentIds: ['att-1'], deleted: 1, ...stamp });
            };
            tx.objectStore('attachments').put({ id: 'att-1', ownerId: 'l-att', name: '现场照片.jpg', mime: 'image/jpeg', size: 4, createdAt: '2026-11-20T00:00:00.000Z', blob: new Blob([new Uint8Array([0xff, 0xd8, 0x00, 0x7f])], { type: 'image/jpeg' }) });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      villageKeys,
    );

    await app.goto('/backup');
    await visible(page, '浏览器的下载文件夹');
    const before = await readAll(page);
    const backup = await downloadBackup(page);
    expect(backup.name).toMatch(/^村企联建备份_\d{4}-\d{2}-\d{2}_\d{6}_手动\.cqbak$/);
    await visible(page, /^已备份：/);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    await expect.poll(() => page.getByTestId('backup-status').textContent()).toBe(`上次备份：${today}`);
    await app.screenshot('backup-page');

    // Change, delete and add.
    await app.goto('/registry/townships');
    await page.getByRole('row', { name: /河田镇/ }).getByRole('button', { name: '编辑' }).click();
    const edit = page.getByRole('dialog', { name: '编辑乡镇：河田镇' });
    await edit.getByLabel('名称').fill('河田镇（改）');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '河田镇（改）' }).isVisible()).toBe(true);
    await page.getByRole('row', { name: /𠮷野乡/ }).getByRole('button', { name: '删除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '𠮷野乡' }).count()).toBe(0);
    await createTownship(app, '备份之后新建的镇', '赵六');
    const changed = await readAll(page);
    expect(changed.townships).not.toEqual(before.townships);

    // Restore from the downloaded file.
    await page.getByRole('menuitem', { name: /数据安全/ }).click();
    await page.getByRole('menuitem', { name: /备份与恢复/ }).click();
    await chooseFile(page, '从备份文件恢复…', backup);
    const preview = page.getByRole('dialog', { name: '从备份恢复' });
    await expect.poll(() => preview.isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => preview.getByText(backup.name).isVisible()).toBe(true);
    const townshipRow = preview.getByRole('row', { name: /^乡镇/ });
    await expect.poll(() => townshipRow.textContent()).toBe('乡镇34');
    await app.screenshot('restore-preview');
    await preview.getByRole('button', { name: '恢复' }).click();
    await visible(page, `已从「${backup.name}」恢复数据`);
    await app.screenshot('restore-done');

    const after = await readAll(page);
    for (const table of Object.keys(before)) {
      if (table === 'audit') continue;
      expect(after[table], table).toEqual(before[table]);
    }
    expect(after.audit!.slice(0, before.audit!.length)).toEqual(before.audit);
    expect(after.audit!.at(-1)).toMatchObject({ action: 'restore', entity: 'backup', entityId: backup.name });

    // The list shows the restored state at once.
    await app.goto('/registry/townships');
    await expect.poll(() => page.getByRole('cell', { name: '𠮷野乡' }).isVisible()).toBe(true);
    expect(await page.getByRole('cell', { name: '备份之后新建的镇' }).count()).toBe(0);

    // The safety backup taken before the restore is listed and brings back the changed state.
    await app.goto('/backup');
    const safetyRow = page.getByRole('row', { name: /恢复前/ });
    await expect.poll(() => safetyRow.isVisible()).toBe(true);
    await safetyRow.getByText('恢复', { exact: true }).click();
    await page.getByRole('dialog', { name: '从备份恢复' }).getByRole('button', { name: '恢复' }).click();
    await visible(page, /已从「村企联建备份_.*_恢复前\.cqbak」恢复数据/);
    const undone = await readAll(page);
    expect(undone.townships).toEqual(changed.townships);
  });

  it('a corrupt or foreign backup file chosen for restore → refused after verification, current data untouched (fault row)', async () => {
    const { page } = app;
    await app.goto('/registry/townships');
    await createTownship(app, '河田镇', '张三');
    await app.goto('/backup');
    const backup = await downloadBackup(page);
    await app.goto('/registry/townships');
    await createTownship(app, '濯田镇', '钱七');
    await app.goto('/backup');
    const before = await readAll(page);

    const cases: { name: string; bytes: Buffer; says: RegExp }[] = [
      { name: '截断的备份.cqbak', bytes: backup.bytes.subarray(0, Math.floor(backup.bytes.length / 2)), says: /已损坏或不完整/ },
      { name: '随便的文件.cqbak', bytes: Buffer.from('这不是备份文件'.repeat(20)), says: /不是村企联建的备份文件/ },
      { name: '被改动的备份.cqbak', bytes: await tamper(backup.bytes), says: /「乡镇」数据的校验值不符/ },
      { name: '表格.xlsx', bytes: await foreignZip(), says: /不是村企联建的备份文件/ },
    ];
    for (const bad of cases) {
      await chooseFile(page, '从备份文件恢复…', bad);
      const refusal = page.getByRole('dialog').filter({ hasText: `无法恢复「${bad.name}」` });
      await expect.poll(() => refusal.isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await refusal.textContent()).toMatch(bad.says);
      if (bad.name === '截断的备份.cqbak') await app.screenshot('restore-refused');
      await refusal.getByRole('button', { name: '知道了' }).click();
      expect(await page.getByRole('dialog', { name: '从备份恢复' }).count()).toBe(0);
    }
    expect(await readAll(page)).toEqual(before);
  });
});
