// Helpers for the 数据安全 end-to-end tests: read every table (attachments with their bytes)
// straight from IndexedDB, take a backup through the UI, hand a file to the file chooser.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CONTEXT_OPTIONS } from '../support/app';
import { BACKUP_TABLES } from '@shared/backup/tables';

export type Dump = Record<string, Record<string, unknown>[]>;

/** Every backed-up table plus ledgerAggregates, attachments' Blobs as byte arrays. */
export function readAll(page: Page): Promise<Dump> {
  return page.evaluate(
    (tables) =>
      new Promise<Dump>((resolve, reject) => {
        const open = indexedDB.open('cunqi-lianjian');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(tables, 'readonly');
          const out: Dump = {};
          for (const t of tables) {
            const request = tx.objectStore(t).getAll();
            request.onsuccess = () => void (out[t] = request.result as Record<string, unknown>[]);
          }
          tx.oncomplete = async () => {
            db.close();
            out.attachments = await Promise.all(
              out.attachments!.map(async ({ blob, ...rest }) => ({ ...rest, bytes: [...new Uint8Array(await (blob as Blob).arrayBuffer())], type: (blob as Blob).type })),
            );
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...BACKUP_TABLES, 'ledgerAggregates'],
  );
}

/** Clicks 立即备份 on the backup page and returns the downloaded file. */
export async function downloadBackup(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '立即备份' }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

export async function chooseFile(page: Page, button: string, file: { name: string; bytes: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes }, { timeout: 60_000 });
}

export async function visible(page: Page, text: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible(), { timeout: 20_000 }).toBe(true);
}

/**
 * Starts Chromium again on an existing profile (after a kill) and waits — longer than
 * openApp does — for the app, since IndexedDB first recovers its files.
 */
export async function relaunch(profileDir: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await chromium.launchPersistentContext(profileDir, CONTEXT_OPTIONS);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${inject('baseURL')}#/`);
  await page.getByText('村企联建', { exact: true }).first().waitFor({ timeout: 90_000 });
  return {
    page,
    close: async () => {
      await context.close();
      if (errors.length) throw new Error(`页面脚本错误：\n${errors.join('\n')}`);
    },
  };
}

/** SIGKILLs the Chromium browser process started on this profile (found by its own arguments). */
export function killBrowser(profile: string): number[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const pids = lines
    .filter((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  return pids;
}

/** The start-up notice of an operation that was cut off (title, and its text), once it shows. */
export async function interruptedNotice(page: Page): Promise<{ title: string; text: string }> {
  const status = page.getByRole('status', { name: '未完成的操作' });
  await expect.poll(() => status.isVisible(), { timeout: 60_000, interval: 100 }).toBe(true);
  return { title: (await page.locator('.ant-modal-confirm-title').first().textContent()) ?? '', text: (await status.textContent()) ?? '' };
}
