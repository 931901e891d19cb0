// 季度督查 end to end: a round of the sample county with two visited pairings and two
// rectification items — one closed on time with its 复查, one left open past its deadline —
// the 工作台 lists the overdue one only, and the 督查情况通报 .docx renders through
// LibreOffice with every finding, every item and its deadline.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { renderDocx } from '../../unit/shared/reports/docx/render';
import { choose, livePairings, loadSample, run, saveDialog, typeDate, until } from './helpers';
import { closeBackupReminder } from '../commendation/registry-ui';

const OUT = fileURLToPath(new URL('../../../test-results/supervision/', import.meta.url));

type Item = { id: string; pairingId: string; problem: string; status: string; deadline: string; reviewDate?: string; reviewer?: string; deleted: number };
type Round = { id: string; year: number; quarter: number; team: string; visits: { pairingId: string; finding: string; rating?: string }[]; noticeNumber?: string; noticeImprint?: { copyTo?: string; printingOrg?: string }; deleted: number };

const FINDINGS = ['劳务输送台账齐全，订单式培训成效明显，联络员履职到位', '联建活动记录不全，7月、8月月报未按时报送'];
const PROBLEMS = ['联建协议到期未续签', '7月、8月月报未按时报送'];

describe('督查整改：一次季度督查，两项整改（一项按期完成、一项逾期）', () => {
  let app: AppSession;
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    app = await openApp();
    await closeBackupReminder(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('records the round, closes one item with its 复查, shows the overdue one on 工作台 and exports the 通报', { timeout: 240_000 }, async () => {
    const { page } = app;
    await loadSample(page);
    const [a, b] = (await livePairings(page)).filter((p) => p.status === '已批准' && p.approvedDate! < '2008-06-01');
    const ids = [a.id, b.id];

    // 新建督查
    await page.getByRole('menuitem', { name: /督导考评/ }).click();
    await page.getByRole('menuitem', { name: '督查整改' }).click();
    await until(() => page.getByText('暂无督查记录').isVisible()).toBe(true);
    await page.getByRole('button', { name: '新建督查' }).click();
    const roundDialog = page.getByRole('dialog', { name: '新建督查' });
    await choose(page, roundDialog, '季度', '', '第三季度');
    await typeDate(page, roundDialog.getByPlaceholder('开始日期'), '2008-09-22');
    await typeDate(page, roundDialog.getByPlaceholder('结束日期'), '2008-09-26');
    await roundDialog.getByLabel('督查组成员').fill('县委组织部组织科 张明、县农办 李华');
    await roundDialog.getByLabel('带队领导').fill('县委组织部副部长');
    await roundDialog.getByLabel('总体情况').fill('各联建点能按照联建协议开展活动，村企互动频繁');
    await saveDialog(roundDialog);
    await until(() => page.getByText('2008年第三季度督查').isVisible()).toBe(true);

    // two pairings visited, with what was found
    for (const [i, p] of [a, b].entries()) {
      await page.getByRole('button', { name: '添加联建点' }).click();
      const visit = page.getByRole('dialog', { name: '添加督查联建点' });
      await choose(page, visit, '联建点', p.code, p.code);
      await visit.getByRole('radio', { name: i === 0 ? '好' : '一般', exact: true }).check();
      await visit.getByLabel('督查发现').fill(FINDINGS[i]);
      await saveDialog(visit);
      await until(() => page.getByRole('cell', { name: FINDINGS[i] }).isVisible()).toBe(true);
    }

    // two rectification items
    for (const [i, p] of [a, b].entries()) {
      await page.getByRole('row', { name: new RegExp(p.code) }).getByRole('button', { name: '登记整改事项' }).click();
      const dialog = page.getByRole('dialog', { name: '新增整改事项' });
      await dialog.getByLabel('存在问题').fill(PROBLEMS[i]);
      await dialog.getByLabel('整改要求').fill(i === 0 ? '重新签订联建协议并报县委组织部备案' : '补报7月、8月月报，明确专人按月报送');
      await typeDate(page, dialog.getByLabel('整改期限'), i === 0 ? '2008-10-31' : '2008-10-15');
      await saveDialog(dialog);
    }
    await until(() => page.getByText('整改事项（2 项）').isVisible()).toBe(true);
    let items = (await readLive<Item>(page, 'rectifications')).filter((r) => ids.includes(r.pairingId));
    expect(new Map(items.map((r) => [r.problem, r.status]))).toEqual(new Map([[PROBLEMS[0], '待整改'], [PROBLEMS[1], '待整改']]));

    // 整改完成: refused without the 复查 date, taken with it
    await page.getByRole('row', { name: new RegExp(PROBLEMS[0]) }).getByRole('button', { name: '整改完成' }).click();
    const close = page.getByRole('dialog', { name: '编辑整改事项' });
    await close.getByLabel('整改情况').fill('已与村党支部重新签订联建协议，已报备');
    await close.getByLabel('复查人').fill('张明');
    await close.getByRole('button', { name: '保存' }).click();
    await until(() => close.getByText('整改完成须填写复查日期').isVisible()).toBe(true);
    await typeDate(page, close.getByPlaceholder('复查日期'), '2008-10-20');
    await saveDialog(close);
    await until(() => page.getByRole('row', { name: new RegExp(PROBLEMS[0]) }).getByText('已整改', { exact: true }).isVisible()).toBe(true);
    await until(() => page.getByRole('row', { name: new RegExp(PROBLEMS[1]) }).getByText('待整改 · 逾期').isVisible()).toBe(true);
    await app.screenshot('supervision-round');

    items = (await readLive<Item>(page, 'rectifications')).filter((r) => ids.includes(r.pairingId));
    expect(items.find((r) => r.problem === PROBLEMS[0])).toMatchObject({ status: '已整改', reviewDate: '2008-10-20', reviewer: '张明', deadline: '2008-10-31' });
    expect(items.find((r) => r.problem === PROBLEMS[1])).toMatchObject({ status: '待整改', deadline: '2008-10-15' });
    const [round] = await readLive<Round>(page, 'inspections');
    expect(round).toMatchObject({ year: 2008, quarter: 3, team: '县委组织部组织科 张明、县农办 李华' });
    expect(round.visits.map((v) => [v.pairingId, v.finding, v.rating])).toEqual([[a.id, FINDINGS[0], '好'], [b.id, FINDINGS[1], '一般']]);

    // 工作台: the overdue item, not the closed one
    await page.getByRole('menuitem', { name: '工作台' }).click();
    const overdue = page.getByLabel('逾期未整改');
    await until(() => overdue.getByRole('cell', { name: PROBLEMS[1] }).isVisible()).toBe(true);
    expect(await overdue.getByText(PROBLEMS[0]).count()).toBe(0);
    await expect.poll(() => overdue.getByText(/逾期未整改（1 项）/).isVisible()).toBe(true);
    await app.screenshot('supervision-home-overdue');

    // the 通报, from the round page
    await overdue.getByRole('cell', { name: PROBLEMS[1] }).click();
    await page.getByRole('button', { name: '导出通报（Word）' }).click();
    const notice = page.getByRole('dialog', { name: '导出督查情况通报' });
    await notice.getByLabel('文号').fill('汀委〔2008〕25号');
    await typeDate(page, notice.getByLabel('成文日期'), '2008-10-10');
    // 版记: 设置's defaults, changed for this 通报 (no 抄送), dated the 成文日期
    await notice.getByLabel('抄送机关').fill('');
    await notice.getByLabel('印发机关').fill('中共长汀县委组织部办公室');
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: '导出 Word' }).click()]);
    const docxPath = join(OUT, 'inspection-notice.docx');
    await download.saveAs(docxPath);
    expect(download.suggestedFilename()).toBe('2008年第三季度督查情况通报.docx');
    await until(() => notice.isVisible()).toBe(false);
    const saved = (await readLive<Round>(page, 'inspections'))[0];
    expect(saved.noticeNumber).toBe('汀委〔2008〕25号');
    expect(saved.noticeImprint).toEqual({ copyTo: '', printingOrg: '中共长汀县委组织部办公室' });

    const pdfPath = join(OUT, 'inspection-notice.pdf');
    const pdf = await renderDocx(await readFile(docxPath), pdfPath);
    expect(pdf.pageSizeMm.width).toBeCloseTo(210, 0);
    // Page numbers (— 2 —) fall between the lines of a sentence that crosses a page.
    const text = pdf.text.replace(/\s+/g, '').replace(/—\d+—/g, '');
    for (const f of FINDINGS) expect(text).toContain(f);
    for (const p of PROBLEMS) expect(text).toContain(p);
    expect(text).toContain('关于2008年第三季度村企党组织联建活动督查情况的通报');
    expect(text).toContain('汀委〔2008〕25号');
    expect(text).toContain('重新签订联建协议并报县委组织部备案');
    expect(text).toContain('整改期限：2008年10月15日前');
    expect(text).not.toMatch(/年0\d月|月0\d日/);
    expect(text).toContain('中共长汀县委组织部办公室2008年10月10日印发');
    expect(text).not.toContain('抄送');
    expect(text).toMatch(/整改期限：2008年10月31日前/);
    expect(text).toContain('2008年第三季度督查问题整改清单');
    await run('pdftoppm', ['-png', '-r', '60', pdfPath, join(OUT, 'inspection-notice')]);

    // the pairing list and the archive page show the inspections and the open item
    await page.getByRole('menuitem', { name: '联建档案' }).click();
    await page.getByPlaceholder('编号、企业或村名').fill(b.code);
    await until(() => page.getByRole('row', { name: new RegExp(b.code) }).getByText('督查1次 · 未改1').isVisible()).toBe(true);
    await page.getByRole('row', { name: new RegExp(b.code) }).getByRole('button', { name: '查看' }).click();
    const card = page.getByLabel('督查整改', { exact: true });
    await until(() => card.getByText('督查整改（督查 1 次，整改事项 1 项，未完成 1 项）').isVisible()).toBe(true);
    await until(() => card.getByRole('cell', { name: FINDINGS[1] }).isVisible()).toBe(true);
    await until(() => card.getByText('待整改 · 逾期').isVisible()).toBe(true);

    // the dashboard's table of the year's items
    await page.getByRole('menuitem', { name: /统计报表/ }).click();
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    const stats = page.getByLabel('督查整改情况');
    await until(() => stats.getByText('督查整改·2008年（督查 1 次）').isVisible()).toBe(true);
    await until(() => stats.getByRole('row', { name: /^合计/ }).textContent()).toBe('合计221001150%'); // visited, found, closed, of which late, in progress, waiting, overdue, rate
    await stats.scrollIntoViewIfNeeded();
    await app.screenshot('supervision-dashboard');

    // 整改事项: every item across the rounds, filtered to the overdue ones
    await page.getByRole('menuitem', { name: '督查整改' }).click();
    await page.getByRole('tab', { name: '整改事项' }).click();
    await choose(page, page.locator('body'), '整改状态', '', '逾期未整改');
    await until(() => page.getByText('共 1 项').isVisible()).toBe(true);
    await until(() => page.getByRole('cell', { name: PROBLEMS[1] }).isVisible()).toBe(true);
    await app.screenshot('supervision-items');
    const [ledger] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出' }).click()]);
    const ledgerPath = join(OUT, 'rectification-ledger.xlsx');
    await ledger.saveAs(ledgerPath);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(ledgerPath)).buffer as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getCell(1, 1).value).toBe('督查整改台账');
    expect([sheet.getCell(4, 1).value, sheet.getCell(4, 3).value, sheet.getCell(4, 7).value]).toEqual(['2008年第三季度', PROBLEMS[1], '待整改 · 逾期']);
    await run('soffice', [`-env:UserInstallation=file:///tmp/cq-soffice-${process.pid}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ledgerPath], { timeout: 120_000 });
    await run('pdftoppm', ['-png', '-r', '60', join(OUT, 'rectification-ledger.pdf'), join(OUT, 'rectification-ledger')]);
  });
});

