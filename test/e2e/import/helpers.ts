// Steps of the import wizard as a user does them, for the import e2e tests.
import { createHash } from 'node:crypto';
import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Picks files in step 1 (click the drop zone, answer the file chooser) and waits until all are read. */
export async function chooseFiles(page: Page, files: { name: string; mimeType?: string; bytes: Uint8Array }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('点击选择文件，或把文件拖到这里').click();
  await (await chooser).setFiles(files.map((f) => ({ name: f.name, mimeType: f.mimeType ?? XLSX_MIME, buffer: Buffer.from(f.bytes) })));
  await expect.poll(() => page.getByText(/^已读取：/).count(), { timeout: 120_000 }).toBe(files.length);
}

/** Chooses an option of a searchable antd Select found by its aria-label (typing narrows its virtual list). */
export async function choose(page: Page, label: string, option: string, search = option): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(search);
  await page.getByTitle(option, { exact: true }).last().click();
}

export async function readDownload(download: Download): Promise<Uint8Array> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
