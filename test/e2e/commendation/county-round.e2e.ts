// The seed article's county-level round: 8 enterprise and 14 village party organizations
// commended by the 县委 as 先进基层党组织. The organizations come into the registry as the
// office's lists, through the import wizard (the forms are tested in registry/*.e2e.ts); the
// round is nominated, publicized and approved in the UI; the decision .docx is exported and
// rendered through LibreOffice; the 22 certificates print as one PDF.
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL_FONT_NAMES } from '@shared/reports/docx';
import { openApp, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { expectToast } from '../support/toast';
import { linesOf, readPdf, renderDocx, type RenderedPdf } from '../../unit/shared/reports/docx/render';
import { closeBackupReminder, importList, until } from './registry-ui';

const run = promisify(execFile);
const OUT = fileURLToPath(new URL('../../../test-results/commendation/', import.meta.url));

const TOWNSHIPS = [
  { name: '长汀经济开发区', kind: '开发区' as const },
  { name: '河田镇', kind: '镇' as const },
  { name: '大同镇', kind: '镇' as const },
  { name: '策武镇', kind: '镇' as const },
];
const ENTERPRISES = ['长汀盼盼食品有限公司', '福建台慧体育器材有限公司', '长汀金龙稀土有限公司', '长汀宝丰纺织有限公司', '长汀南方纺织有限公司', '长汀汀州竹业有限公司', '长汀河田鸡发展有限公司', '长汀腾飞纺织实业有限公司'].map(
  (name) => ({ name, township: '长汀经济开发区', partyOrg: `${name}党支部` }),
);
const VILLAGES = [
  ['河田镇', '露湖村'], ['河田镇', '南塘村'], ['河田镇', '晨光村'], ['河田镇', '伯湖村'], ['河田镇', '蔡坊村'],
  ['大同镇', '东关村'], ['大同镇', '师福村'], ['大同镇', '红卫村'], ['大同镇', '草坪村'],
  ['策武镇', '南坑村'], ['策武镇', '红江村'], ['策武镇', '策田村'], ['策武镇', '李城村'], ['策武镇', '黄屋村'],
].map(([township, name]) => ({ township, name, partyOrg: `${township}${name}党支部` }));
const ALL_NAMES = [...ENTERPRISES, ...VILLAGES].map((o) => o.partyOrg);

type Nominee = { roundId: string; title: string; kind: string; displayName: string; source: string };
type Round = { id: string; year: number; level: string; status: string; docNumber?: string; decisionDate?: string };

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(OUT, name);
  await file.saveAs(path);
  return path;
}

/** Picks several organizations in the nominee form's multi-select: [option label, what to type]. */
async function pickMany(page: Page, dialog: ReturnType<Page['locator']>, choices: [string, string][]) {
  await dialog.getByLabel('推荐对象').click();
  for (const [option, search] of choices) {
    await page.keyboard.type(search);
    await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  }
  await dialog.getByText('推荐对象', { exact: true }).click();
}

describe('评先表彰：县委2008年度先进基层党组织（8家企业、14个村）', () => {
  let app: AppSession;
  let decisionPath: string;
  let certificatesPath: string;

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    app = await openApp();
    await closeBackupReminder(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  test('organizations through the registry, the round nominated, publicized and approved, documents and certificates exported', { timeout: 600_000 }, async () => {
    const { page } = app;

    // 信息库: 4 townships, 8 enterprises, 14 villages, each list imported as the office has it
    await importList(app, '/registry/townships', [['乡镇名称', '类型'], ...TOWNSHIPS.map((t) => [t.name, t.kind])]);
    await importList(app, '/registry/enterprises', [
      ['企业名称', '所属乡镇（开发区）', '规模以上', '党组织类型', '企业党组织名称'],
      ...ENTERPRISES.map((e) => [e.name, e.township, '是', '党支部', e.partyOrg]),
    ]);
    await importList(app, '/registry/villages', [['所属乡镇', '村名', '村党组织名称'], ...VILLAGES.map((v) => [v.township, v.name, v.partyOrg])]);
    const townships = await readLive<{ name: string; kind: string; deleted: number }>(page, 'townships');
    expect(townships.map((t) => `${t.name} ${t.kind}`).sort()).toEqual(TOWNSHIPS.map((t) => `${t.name} ${t.kind}`).sort());
    expect(await readLive(page, 'enterprises')).toHaveLength(8);
    expect(await readLive(page, 'villages')).toHaveLength(14);

    // 新建 the round
    await page.getByRole('menuitem', { name: /评先表彰/ }).click();
    await until(() => page.getByText('暂无表彰，点击「新建」').isVisible()).toBe(true);
    await page.getByRole('button', { name: '新建' }).click();
    const roundDialog = page.getByRole('dialog', { name: '新建表彰' });
    await roundDialog.getByLabel('年度').fill('2008');
    await roundDialog.getByRole('button', { name: '保存' }).click();
    await until(() => page.getByRole('heading', { name: '2008年度县委表彰' }).isVisible()).toBe(true);

    // 推荐: the enterprises, then the villages, each in one go
    await page.getByRole('button', { name: '添加' }).click();
    let dialog = page.getByRole('dialog', { name: '添加推荐对象' });
    await pickMany(page, dialog, ENTERPRISES.map((e) => [e.name, e.name]));
    await until(() => dialog.getByText(/将添加：/).textContent()).toContain('长汀腾飞纺织实业有限公司党支部');
    await expectToast(page, '已添加8个推荐对象', () => dialog.getByRole('button', { name: '保存' }).click());

    await page.getByRole('button', { name: '添加' }).click();
    dialog = page.getByRole('dialog', { name: '添加推荐对象' });
    await dialog.getByText('村党组织', { exact: true }).click();
    await pickMany(page, dialog, VILLAGES.map((v) => [`${v.township} · ${v.name}`, v.name]));
    await expectToast(page, '已添加14个推荐对象', () => dialog.getByRole('button', { name: '保存' }).click());
    await until(() => page.getByRole('tab', { name: '推荐名单（22）' }).isVisible()).toBe(true);
    for (const name of ALL_NAMES) await until(() => page.getByRole('cell', { name, exact: true }).isVisible()).toBe(true);

    let [round] = await readLive<Round & { deleted: number }>(page, 'commendations');
    expect(round).toMatchObject({ year: 2008, level: '县委', status: '推荐' });
    let nominees = (await readLive<Nominee & { deleted: number }>(page, 'nominees')).filter((n) => n.roundId === round.id);
    expect(nominees).toHaveLength(22);
    expect(nominees.filter((n) => n.kind === 'enterprise')).toHaveLength(8);
    expect(nominees.filter((n) => n.kind === 'village')).toHaveLength(14);
    expect(new Set(nominees.map((n) => n.displayName))).toEqual(new Set(ALL_NAMES));
    await app.screenshot('commendation-nominees');

    // 推荐 → 批准 is not offered; 推荐 → 公示
    await until(() => page.getByRole('button', { name: '批准' }).count()).toBe(0);
    await page.getByRole('button', { name: '进入公示' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await until(async () => (await readLive<Round & { deleted: number }>(page, 'commendations'))[0].status).toBe('公示');
    await until(() => page.getByRole('button', { name: '添加' }).isDisabled()).toBe(true);

    // 公示: the office's period and telephone, then the notice as .docx
    await page.getByRole('tab', { name: '公示' }).click();
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill('2008-11-20');
    await page.keyboard.press('Enter');
    await page.getByPlaceholder('结束日期').fill('2008-11-26');
    await page.keyboard.press('Enter');
    await page.getByLabel('受理电话').fill('0597-6822345');
    const noticePath = await download(page, () => page.getByRole('button', { name: '导出公示（Word）' }).click(), 'publicity.docx');
    const noticeXml = await (await JSZip.loadAsync(await readFile(noticePath))).file('word/document.xml')!.async('string');
    expect(noticeXml).toContain('公示时间：2008年11月20日至26日。');
    expect(noticeXml).toContain('受理电话：0597-6822345');
    for (const name of ALL_NAMES) expect(noticeXml).toContain(name);

    // 批准: a malformed 文号 is refused with the rule; the right one is taken
    await page.getByRole('button', { name: '批准' }).click();
    const approve = page.getByRole('dialog', { name: '批准表彰' });
    await approve.getByLabel('文号').fill('汀委2008年42号');
    await approve.getByPlaceholder('成文日期').fill('2008-12-03');
    await page.keyboard.press('Enter');
    // The date taken: its picker closed (Enter commits the typed date), before 批准 is pressed.
    await until(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count()).toBe(0);
    await approve.getByRole('button', { name: '批准' }).click();
    await until(() => approve.getByText(/格式不对/).first().isVisible()).toBe(true);
    await approve.getByLabel('文号').fill('汀委〔2008〕42号');
    await expectToast(page, '已批准，文号 汀委〔2008〕42号', async () => {
      await approve.getByRole('button', { name: '批准' }).click();
      // The dialog closes once approved; while it stays open, what it says is the failure to read.
      await until(async () => ((await approve.isVisible()) ? (await approve.locator('.ant-form-item-explain-error, .ant-alert').allTextContents()).join('；') || '仍在保存' : '已关闭')).toBe('已关闭');
    });
    [round] = await readLive<Round & { deleted: number }>(page, 'commendations');
    expect(round).toMatchObject({ status: '批准', docNumber: '汀委〔2008〕42号', decisionDate: '2008-12-03' });

    // 表彰决定: the issuing organ typed in, the .docx exported
    await page.getByRole('tab', { name: '表彰决定' }).click();
    await page.getByLabel('发文机关标志').fill('中共长汀县委员会文件');
    await page.getByLabel('署名').fill('中共长汀县委员会');
    await page.getByLabel('标题', { exact: true }).fill('中共长汀县委员会关于表彰2008年度村企党组织联建活动先进基层党组织的决定');
    await until(() => page.getByLabel('正文').inputValue()).toMatch(/授予.+党支部等8个企业党组织和.+党支部等14个村党组织“先进基层党组织”称号。/);
    decisionPath = await download(page, () => page.getByRole('button', { name: '导出表彰决定（Word）' }).click(), 'decision.docx');
    await page.getByRole('button', { name: '打印表彰决定' }).click();
    await until(() => page.getByTestId('print-preview').getByText('汀委〔2008〕42号').isVisible()).toBe(true);
    await page.pdf({ path: join(OUT, 'decision-print.pdf'), preferCSSPageSize: true });
    const printed = await readPdf(join(OUT, 'decision-print.pdf'));
    expect(printed.pageSizeMm.width).toBeCloseTo(210, 0);
    expect(printed.pageSizeMm.height).toBeCloseTo(297, 0);
    for (const name of ALL_NAMES) expect(printed.text.replace(/\s+/g, '')).toContain(name);
    await page.getByRole('dialog', { name: '打印表彰决定' }).getByRole('button', { name: '关闭', exact: true }).last().click();

    // 荣誉证书: 22 pages of the certificate insert (260×185 mm), one PDF
    await page.getByRole('tab', { name: '荣誉证书' }).click();
    await page.getByRole('button', { name: /打印证书（22张/ }).click();
    await until(() => page.locator('.cq-print-root [data-testid="certificate-page"]').count()).toBe(22);
    await app.screenshot('commendation-certificates');
    certificatesPath = join(OUT, 'certificates.pdf');
    await page.pdf({ path: certificatesPath, preferCSSPageSize: true });
    await page.getByRole('dialog', { name: /打印荣誉证书/ }).getByRole('button', { name: '关闭', exact: true }).last().click();

    // the honour on the village's own page
    await app.goto('/registry/villages');
    await page.getByRole('row', { name: /露湖村/ }).getByRole('button', { name: '查看' }).click();
    await page.getByRole('tab', { name: '荣誉' }).click();
    await until(() => page.getByRole('cell', { name: '汀委〔2008〕42号' }).isVisible()).toBe(true);
    nominees = (await readLive<Nominee & { deleted: number }>(page, 'nominees')).filter((n) => n.roundId === round.id);
    expect(nominees).toHaveLength(22);
  });

  describe('the decision .docx', () => {
    let bytes: Uint8Array;
    let pdf: RenderedPdf;
    beforeAll(async () => {
      bytes = await readFile(decisionPath);
      pdf = await renderDocx(bytes, join(OUT, 'decision.pdf'));
    }, 180_000);

    test('names only real fonts, East-Asian font on every run, no theme fonts', async () => {
      const zip = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(zip.files).filter((n) => /^word\/(?!theme).*\.xml$/.test(n))) {
        const xml = await zip.file(name)!.async('string');
        expect(xml, name).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
        for (const tag of xml.match(/<w:rFonts[^>]*>/g) ?? []) {
          for (const slot of ['ascii', 'hAnsi', 'eastAsia']) expect(REAL_FONT_NAMES, tag).toContain(new RegExp(`w:${slot}="([^"]*)"`).exec(tag)?.[1]);
        }
        for (const r of xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []) if (/<w:t\b/.test(r)) expect(r).toMatch(/w:eastAsia="/);
      }
      const fonts = await zip.file('word/fontTable.xml')!.async('string');
      for (const m of fonts.matchAll(/w:(?:name|val)="([^"]+)"/g)) if (!/^[0-9a-fA-F]+$/.test(m[1]) && !['modern', 'script', 'fixed', 'variable', 'roman', 'auto'].includes(m[1])) expect(REAL_FONT_NAMES).toContain(m[1]);
    });

    test('LibreOffice opens it without warnings: A4, every honouree, 文号, date and page numbers', () => {
      expect(pdf.converterStderr).toBe('');
      expect(pdf.pageSizeMm.width).toBeCloseTo(210, 0);
      expect(pdf.pageSizeMm.height).toBeCloseTo(297, 0);
      const text = pdf.text.replace(/\s+/g, '');
      for (const name of ALL_NAMES) expect(text).toContain(name);
      expect(text).toContain('汀委〔2008〕42号');
      expect(text).toContain('2008年12月3日');
      expect(text).toContain('附件：2008年度先进基层党组织名单');
      for (let p = 1; p <= pdf.pages; p++) {
        const footer = pdf.words.filter((w) => w.page === p && w.yMin > 297 - 35 + 3);
        expect(footer.map((w) => w.text).join(' ')).toBe(`— ${p} —`);
      }
    });

    test('margins within 1 mm: left 28, right 26, top 37, bottom 35', () => {
      const body = pdf.words.filter((w) => w.yMax < 297 - 35 + 1);
      const tol = 1;
      expect(Math.abs(Math.min(...body.map((w) => w.xMin)) - 28)).toBeLessThan(tol);
      expect(Math.abs(Math.max(...body.map((w) => w.xMax)) - (210 - 26))).toBeLessThan(tol);
      // Page 1 runs full (the body continues on page 2): its last line ends on the bottom margin.
      const page1 = linesOf(body, 1);
      expect(Math.abs(page1.at(-1)![0].yMax - (297 - 35))).toBeLessThan(tol);
      // Page 2 starts at the top margin: with exact 28.95 pt lines a line's text box ends at
      // the foot of its line, one line pitch below the line's top.
      const page2 = linesOf(body, 2);
      const pitch = 225 / 22;
      expect(Math.abs(page2[0][0].yMax - pitch - 37)).toBeLessThan(tol);
    });
  });

  test('the certificates: one PDF, 22 pages of 260 × 185 mm', async () => {
    const pdf = await readPdf(certificatesPath);
    expect(pdf.pages).toBe(22);
    const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '22', certificatesPath]);
    // Every page the insert's size (Chromium rounds to whole device pixels: within 0.5 mm).
    const sizes = [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]) * (25.4 / 72), Number(m[2]) * (25.4 / 72)]);
    expect(sizes).toHaveLength(22);
    for (const [w, h] of sizes) {
      expect(Math.abs(w - 260)).toBeLessThan(0.5);
      expect(Math.abs(h - 185)).toBeLessThan(0.5);
    }
    const text = pdf.text.replace(/\s+/g, '');
    for (const name of ALL_NAMES) expect(text).toContain(name);
  });
});
