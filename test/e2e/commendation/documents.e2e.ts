// The office's documents as a user makes them, on the sample county: the 表彰决定 with its
// 版记 (defaults from 设置, changed in the tab) and a title whose lines the user sets, exported
// as Word and printed from the app; the archive card printed on two pages; the work summary
// with its 版记. What the printer would get is read back from the PDFs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { expectToast } from '../support/toast';
import { closeBackupReminder } from './registry-ui';
import { linesOf, readPdf } from '../../unit/shared/reports/docx/render';

const OUT = fileURLToPath(new URL('../../../test-results/documents-e2e/', import.meta.url));
const WAIT = { timeout: 30_000 };

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; xml: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  const bytes = await readFile((await file.path())!);
  await writeFile(join(OUT, file.suggestedFilename()), bytes);
  return { name: file.suggestedFilename(), xml: await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string') };
}

/** The text of the paragraphs of a document.xml, one string each (the 版记's text box holds paragraphs of its own). */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

describe('公文 with 版记, titles broken where the user says, and the archive card on two pages', () => {
  let app: AppSession;
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    // The sample county from the first start: its office details (抄送 市委组织部 …) are 设置's.
    app = await openApp({ firstStart: 'sample' });
    await closeBackupReminder(app.page);
    await app.page.getByTestId('sample-data-tag').waitFor({ timeout: 120_000 });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  test('表彰决定: 版记 from 设置, changed in the tab, in the Word file and on the printed page', async () => {
    const { page } = app;
    await app.goto('/commendation/sample-r02');
    // 公示: its title and 版记 fields, with the defaults of 设置.
    await page.getByRole('tab', { name: '公示' }).click();
    await expect.poll(() => page.getByLabel('公示标题').inputValue(), WAIT).toMatch(/拟表彰对象的公示$/);
    await app.screenshot('publicity-tab-imprint');
    await page.getByRole('tab', { name: '表彰决定' }).click();
    // Both tabs have 版记 fields: the decision's are those in its panel.
    const panel = page.getByRole('tabpanel', { name: '表彰决定' });
    // The defaults of 设置 (the sample office's): 抄送 市委组织部, 印发 中共长汀县委办公室.
    await expect.poll(() => panel.getByLabel('抄送机关').inputValue(), WAIT).toBe('市委组织部');
    expect(await panel.getByLabel('印发机关').inputValue()).toBe('中共长汀县委办公室');
    // The generated title breaks between words; the user sets the break after the organ instead.
    await expect.poll(() => page.getByText(/现分2行：中共长汀县委员会关于表彰2008年度 ／ 村企党组织联建活动先进基层党组织的决定/).isVisible(), WAIT).toBe(true);
    await panel.getByLabel('标题', { exact: true }).fill('中共长汀县委员会/关于表彰2008年度村企党组织联建活动先进基层党组织的决定');
    await panel.getByLabel('抄送机关').fill('市委组织部、县人大常委会党组、县政府党组');
    // Its second line, too long for one, is broken further between words.
    await expect.poll(() => page.getByText('现分3行：中共长汀县委员会 ／ 关于表彰2008年度村企党组织联建活动 ／ 先进基层党组织的决定').isVisible(), WAIT).toBe(true);
    await expectToast(page, '已保存决定文字', () => page.getByRole('button', { name: '保存文字' }).click());
    const [round] = (await readLive<{ id: string; deleted: number; decision?: Record<string, string> }>(page, 'commendations')).filter((r) => r.id === 'sample-r02');
    expect(round.decision).toMatchObject({ copyTo: '市委组织部、县人大常委会党组、县政府党组', printingOrg: '中共长汀县委办公室' });
    await app.screenshot('decision-tab-imprint');

    const docx = await download(page, () => page.getByRole('button', { name: '导出表彰决定（Word）' }).click());
    expect(docx.name).toBe('中共长汀县委员会关于表彰2008年度村企党组织联建活动先进基层党组织的决定.docx');
    const texts = paragraphs(docx.xml);
    expect(texts).toEqual(expect.arrayContaining(['中共长汀县委员会', '关于表彰2008年度村企党组织联建活动', '先进基层党组织的决定']));
    expect(texts).toContain('抄送：市委组织部，县人大常委会党组，县政府党组。');
    expect(texts).toContain('2008年6月30日印发');
    expect(texts).toContain('2008年6月30日');

    // Printed from the app: the 版记 at the foot of the last page, an even one.
    await page.getByRole('button', { name: '打印表彰决定' }).click();
    await expect.poll(() => page.getByTestId('print-preview').getByLabel('版记').isVisible(), WAIT).toBe(true);
    await app.screenshot('decision-print-preview');
    const pdfPath = join(OUT, 'decision-print.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true });
    const pdf = await readPdf(pdfPath);
    expect(pdf.pages % 2).toBe(0);
    const last = linesOf(pdf.words.filter((w) => w.yMax < 297 - 35 + 2), pdf.pages).map((l) => l.map((w) => w.text).join(''));
    expect(last.at(-1)).toBe('中共长汀县委办公室2008年6月30日印发');
    expect(last.at(-2)).toBe('抄送：市委组织部，县人大常委会党组，县政府党组。');
    const printed = pdf.text.replace(/\s+/g, '');
    expect(printed).not.toMatch(/年0\d月|月0\d日/);
    await page.getByRole('dialog', { name: '打印表彰决定' }).getByRole('button', { name: '关闭', exact: true }).last().click();
  });

  test('archive card: two A4 pages, dates written out, printed and as Word', async () => {
    const { page } = app;
    await app.goto('/pairings/sample-lj060/card');
    await expect.poll(() => page.getByRole('article', { name: '联建档案卡' }).isVisible(), WAIT).toBe(true);
    await app.screenshot('archive-card-two-pages');
    const pdfPath = join(OUT, 'archive-card.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pdf = await readPdf(pdfPath);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    const text = pdf.text.replace(/\s+/g, '');
    expect(text).toMatch(/申请日期\d{4}年[1-9]\d?月[1-9]\d?日/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|年0\d月|月0\d日/);
    const docx = await download(page, () => page.getByRole('button', { name: '导出 Word' }).click());
    expect(paragraphs(docx.xml).join('')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test('work summary: the title in two lines between words, the 版记 on the back', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: /统计报表/ }).click();
    await page.getByRole('menuitem', { name: /工作总结数字/ }).click();
    await page.getByLabel('起始年度').fill('2006');
    await expect.poll(() => page.getByLabel('数字段落').inputValue(), WAIT).toContain('联建村共向企业输送技术工人');
    expect(await page.getByLabel('印发机关').inputValue()).toBe('中共长汀县委办公室');
    await page.getByLabel('印发机关').fill('中共长汀县委组织部办公室');
    await expect.poll(() => page.getByText('现分2行：长汀县2006—2008年 ／ 村企党组织联建工作情况').isVisible(), WAIT).toBe(true);
    await app.screenshot('summary-title-imprint');
    const docx = await download(page, () => page.getByRole('button', { name: '导出 Word' }).click());
    expect(docx.name).toBe('长汀县2006—2008年村企党组织联建工作情况.docx');
    const texts = paragraphs(docx.xml);
    expect(texts.slice(0, 2)).toEqual(['长汀县2006—2008年', '村企党组织联建工作情况']);
    expect(texts).toContain('抄送：市委组织部。');
    expect(texts.some((t) => /^\d{4}年[1-9]\d?月[1-9]\d?日印发$/.test(t))).toBe(true);
  });
});
