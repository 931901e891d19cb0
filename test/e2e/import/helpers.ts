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

/**
 * Clicks 确认导入 in the preview. When rows were rejected, the button stays disabled until the
 * user explicitly chooses to import the rest (the file is all or nothing by default): this
 * checks that, then ticks 「跳过这 N 行被拒绝的行…」 as the user would.
 */
export async function confirmImport(page: Page): Promise<void> {
  const confirm = page.getByRole('button', { name: /确认导入/ });
  const rejectedTab = (await page.getByRole('tab', { name: /^拒绝（\d+）$/ }).textContent()) ?? '';
  const rejected = Number(/\d+/.exec(rejectedTab)?.[0] ?? 0);
  if (rejected > 0) {
    await expect.poll(() => page.getByText(`有 ${rejected} 行被拒绝，整个文件暂不导入`).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: `跳过这 ${rejected} 行被拒绝的行，只导入其余的行` }).check();
  }
  await confirm.click();
}
