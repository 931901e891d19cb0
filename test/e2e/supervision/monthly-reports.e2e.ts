// 月报 end to end, as the office works a month: on the sample county, December 2008 has no
// reports yet. One township's month is typed into the grid (a bad cell first, then fixed),
// one report corrected through the form (an update with its history, its ledger entry
// updated, never doubled); another township's month comes back as the app's own template,
// filled in and imported through the wizard. The board then shows who has not reported,
// and the chase list is exported (checked cell by cell) and printed (A4, only the list).
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, SCREENSHOT_DIR, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';
import { expectToast } from '../support/toast';
import { chooseFiles } from '../import/helpers';
import { autoDismissNotices } from '../registry/helpers';
import { formatRate } from '@shared/model/monthly-report';

const WAIT = { timeout: 30_000 };
const MONTH = '2008-12';

type Pairing = { id: string; code: string; responsibleTownshipId: string; approvedDate?: string; endedDate?: string; deleted: number };
type Township = { id: string; name: string; order: number; deleted: number };
type Report = { id: string; pairingId: string; month: string; submittedDate: string; active: boolean; summary: string; figures?: Record<string, Record<string, unknown>>; deleted: number };
type Entry = { id: string; pairingId?: string; type: string; year: number; figures: Record<string, unknown>; monthlyReportId?: string; deleted: number };
type Printed = { html: string; bodyClass: string; text: string };

/** Opens a page from the left navigation, opening its group only when it is closed (a click on an open group closes it). */
async function openMenu(page: Page, group: RegExp, item: RegExp): Promise<void> {
  const entry = page.getByRole('menuitem', { name: item });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: group }).click();
  await entry.click();
}

async function download(page: Page, click: () => Promise<void>, keepAs: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = (await file.path())!;
  await copyFile(path, join(SCREENSHOT_DIR, keepAs));
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const workbook = async (bytes: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
};

/** The column whose header (row 3, or row 4 under a group) reads `header`. */
function columnOf(ws: ExcelJS.Worksheet, header: string, group?: string): number {
  for (let c = 1; c <= ws.columnCount; c++) {
    if (group ? ws.getCell(3, c).master.value === group && String(ws.getCell(4, c).value).replace(/^\*/, '').startsWith(header) : ws.getCell(3, c).master.value === header) return c;
  }
  throw new Error(`no column ${group ?? ''}/${header}`);
}

describe('月报: grid, form and import for a month, the board and the chase list', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
    await autoDismissNotices(app.page);
  });
  afterEach(async () => {
    await app.close();
  });

  it('enters a township’s month, imports another’s, and chases the rest', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await expect.poll(() => page.getByTestId('sample-data-tag').isVisible(), WAIT).toBe(true);

    // Who owes December 2008: approved, not ended. Two townships with a handful each.
    const townships = (await readLive<Township>(page, 'townships')).sort((a, b) => a.order - b.order);
    const due = (await readLive<Pairing>(page, 'pairings')).filter((p) => p.approvedDate && p.approvedDate.slice(0, 7) <= MONTH && !p.endedDate);
    const of = (t: Township) => due.filter((p) => p.responsibleTownshipId === t.id).sort((a, b) => a.code.localeCompare(b.code));
    const [typed, imported] = townships.filter((t) => of(t).length >= 3 && of(t).length <= 8);
    const [a1, a2, a3] = of(typed);
    const [b1, b2] = of(imported);
    const untouched = due.length - of(typed).length - of(imported).length;

    // The board opens on the sample's latest month; December 2008 has nothing reported yet.
    await openMenu(page, /督导考评/, /月报报送情况/);
    await expect.poll(() => page.getByRole('region', { name: '各乡镇报送情况' }).isVisible(), WAIT).toBe(true);
    // One 督导考评 group holds the four parts, in the office's order.
    const group = page.getByRole('menuitem', { name: /督导考评/ }).locator('xpath=..');
    expect((await group.getByRole('menuitem').allTextContents()).slice(-4)).toEqual(['月报报送情况', '督查整改', '分片挂钩责任', '绩效考评']);
    await app.screenshot('supervision-board-sample');
    await page.getByLabel('报送月份').click();
    await page.getByLabel('报送月份').fill(MONTH);
    await page.keyboard.press('Enter');
    const summary = page.getByTestId('board-summary');
    await expect.poll(() => summary.textContent(), WAIT).toContain('报送截止日期2009-01-05');
    expect(await summary.textContent()).toContain(`应报${due.length}个已报（其中逾期 0）0个`);

    // 1. The grid: the first township's month, a wrong cell refused with its place, then fixed.
    await page.getByLabel('乡镇', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(typed.name, { exact: true }).click();
    await page.getByRole('button', { name: '快速录入' }).click();
    const grid = page.getByRole('dialog', { name: '月报快速录入' });
    await expect.poll(() => grid.getByRole('table', { name: '月报录入表格' }).isVisible(), WAIT).toBe(true);
    await grid.getByLabel('台账数字列').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('劳务输送', { exact: true }).click();
    await grid.getByText('月报快速录入').click();
    const cell = (p: Pairing, header: string) => grid.getByLabel(`${p.code} ${header}`, { exact: true });
    await cell(a1, '是否开展活动').fill('是');
    await cell(a1, '活动情况').fill('组织12名村民到企业务工，开展岗前培训');
    await cell(a1, '报送日期').fill('2009-01-03');
    await cell(a1, '劳务输送·输送人数（人）').fill('12');
    await cell(a1, '劳务输送·其中技术工人（人）').fill('20');
    await cell(a2, '是否开展活动').fill('否');
    await cell(a2, '活动情况').fill('企业停工检修，本月未开展活动');
    await cell(a2, '报送日期').fill('2009-01-05');
    await grid.getByRole('button', { name: '全部保存' }).click();
    await expect.poll(() => grid.getByText(`第1行（${a1.code}）：劳务输送：「其中技术工人」（20）不能大于「输送人数」（12）`).isVisible(), WAIT).toBe(true);
    await app.screenshot('supervision-grid-error');
    expect(await readLive<Report>(page, 'monthlyReports').then((r) => r.filter((x) => x.month === MONTH))).toEqual([]);
    await cell(a1, '劳务输送·其中技术工人（人）').fill('3');
    await app.screenshot('supervision-grid');
    await expectToast(page, '已保存：新报 2 个，更新 0 个', () => grid.getByRole('button', { name: '全部保存' }).click());

    const decReports = async () => (await readLive<Report>(page, 'monthlyReports')).filter((r) => r.month === MONTH);
    let reports = await decReports();
    expect(reports.map((r) => [r.pairingId, r.active, r.submittedDate]).sort()).toEqual([
      [a1.id, true, '2009-01-03'],
      [a2.id, false, '2009-01-05'],
    ].sort());
    const a1Report = reports.find((r) => r.pairingId === a1.id)!;
    const reportEntries = async () => (await readLive<Entry>(page, 'ledger')).filter((e) => e.monthlyReportId === a1Report.id);
    expect((await reportEntries()).map((e) => [e.type, e.figures.sent, e.figures.skilled])).toEqual([['labour', 12, 3]]);
    const labourSum = async () => ((await readTable<{ id: string; sums: Record<string, number> }>(page, 'ledgerAggregates')).find((x) => x.id === `${a1.id}|2008|labour`)?.sums.sent ?? 0);
    const sentBefore = (await readLive<Entry>(page, 'ledger')).filter((e) => e.pairingId === a1.id && e.year === 2008 && e.type === 'labour' && !e.monthlyReportId).reduce((s, e) => s + Number(e.figures.sent ?? 0), 0);
    expect(await labourSum()).toBe(sentBefore + 12);

    // 2. The form: the same month of a1 again is its report, corrected — never a second one.
    await page.getByRole('row', { name: new RegExp(a1.code) }).getByRole('button', { name: '查看' }).click();
    const view = page.getByRole('dialog', { name: new RegExp(`${a1.code}.*2008年12月月报`) });
    await expect.poll(() => view.getByText('劳务输送：输送人数 12人，其中技术工人 3人').isVisible(), WAIT).toBe(true);
    await view.getByRole('button', { name: '修改' }).click();
    const form = page.getByRole('dialog', { name: '修改月报' });
    await expect.poll(() => form.getByLabel('劳务输送输送人数').inputValue(), WAIT).toBe('12');
    await form.getByLabel('劳务输送输送人数').fill('15');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('已更新月报（原内容保留在修改记录中）').isVisible(), WAIT).toBe(true);
    reports = await decReports();
    expect(reports.filter((r) => r.pairingId === a1.id)).toHaveLength(1);
    expect((await reportEntries()).map((e) => e.figures.sent)).toEqual([15]);
    expect(await labourSum()).toBe(sentBefore + 15);
    const history = (await readTable<{ entity: string; entityId: string; action: string }>(page, 'audit')).filter((e) => e.entity === 'monthlyReports' && e.entityId === a1Report.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    await page.getByRole('row', { name: new RegExp(a1.code) }).getByRole('button', { name: '查看' }).click();
    await expect.poll(() => view.getByLabel('修改记录').textContent(), WAIT).toContain('台账数字：劳务输送：输送人数 12人，其中技术工人 3人 → 劳务输送：输送人数 15人，其中技术工人 3人');
    await app.screenshot('supervision-report-history');
    await view.getByRole('button', { name: '关闭' }).last().click();
    await expect.poll(() => view.count(), WAIT).toBe(0);

    // 3. The other township's month: its template, filled in as the township would (one late), imported.
    await page.getByLabel('乡镇', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(imported.name, { exact: true }).click();
    const template = await download(page, () => page.getByRole('button', { name: '下载月报表模板' }).click(), 'supervision-template.xlsx');
    expect(template.name).toBe(`2008年12月村企联建月报表-${imported.name}.xlsx`);
    const wb = await workbook(template.bytes);
    const ws = wb.getWorksheet('月报表')!;
    const rowOf = (p: Pairing) => {
      for (let r = 5; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === p.code) return r;
      throw new Error(`no row for ${p.code}`);
    };
    const fill = (p: Pairing, values: Record<string, unknown>, figures: [string, string, number][] = []) => {
      const r = rowOf(p);
      for (const [header, value] of Object.entries(values)) ws.getCell(r, columnOf(ws, header)).value = value as ExcelJS.CellValue;
      for (const [group, header, value] of figures) ws.getCell(r, columnOf(ws, header, group)).value = value;
    };
    fill(b1, { 是否开展活动: '是', 活动情况: '企业捐资3万元修建村道', 填报人: '钟文华', 报送日期: new Date(Date.UTC(2009, 0, 8)) }, [['资金扶持', '金额', 3]]);
    fill(b2, { 是否开展活动: '否', 活动情况: '', 报送日期: new Date(Date.UTC(2009, 0, 4)) });
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    await page.getByRole('button', { name: '导入月报表' }).click();
    await expect.poll(() => page.getByText('导入村企联建月报表').isVisible(), WAIT).toBe(true);
    await chooseFiles(page, [{ name: `${imported.name}12月月报.xlsx`, bytes: filled }]);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => page.getByText('表头在第3–4行').isVisible(), WAIT).toBe(true);
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await expect.poll(() => page.getByRole('tab', { name: '新增（2）' }).isVisible(), WAIT).toBe(true);
    await app.screenshot('supervision-import-preview');
    await page.getByRole('button', { name: /确认导入/ }).click();
    await expect.poll(() => page.getByText('导入完成', { exact: true }).isVisible(), WAIT).toBe(true);
    reports = await decReports();
    expect(reports.filter((r) => r.pairingId === b1.id || r.pairingId === b2.id).map((r) => [r.pairingId, r.active, r.submittedDate]).sort()).toEqual([
      [b1.id, true, '2009-01-08'],
      [b2.id, false, '2009-01-04'],
    ].sort());
    expect((await readLive<Entry>(page, 'ledger')).filter((e) => e.pairingId === b1.id && e.monthlyReportId).map((e) => [e.type, e.figures.amount])).toEqual([['funds', 3]]);

    // 4. The board: four reported (one late), everyone else overdue, by township.
    await openMenu(page, /督导考评/, /月报报送情况/);
    await expect.poll(() => summary.textContent(), WAIT).toContain(`应报${due.length}个`);
    expect(await summary.textContent()).toContain('已报（其中逾期 1）4个');
    expect(await summary.textContent()).toContain(`未报（其中逾期未报 ${due.length - 4}）${due.length - 4}个`);
    const counts = page.getByRole('region', { name: '各乡镇报送情况' });
    const cellsOf = (name: string) => counts.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell').allTextContents();
    const n = of(typed).length;
    await expect.poll(() => cellsOf(typed.name), WAIT).toEqual([typed.name, expect.any(String), String(n), '2', '0', String(n - 2), formatRate(2 / n)]);
    const m = of(imported).length;
    expect(await cellsOf(imported.name)).toEqual([imported.name, expect.any(String), String(m), '2', '1', String(m - 2), formatRate(2 / m)]);
    const statusOf = (p: Pairing) => page.getByRole('region', { name: '各联建点报送情况' }).getByRole('row', { name: new RegExp(p.code) });
    await page.getByLabel('乡镇', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(typed.name, { exact: true }).click();
    await expect.poll(() => statusOf(a3).textContent(), WAIT).toContain('逾期未报');
    expect(await statusOf(a1).textContent()).toContain('按时报送');
    await app.screenshot('supervision-board-township');
    await page.locator('.ant-select-clear').first().click();
    await expect.poll(() => page.getByRole('region', { name: '各联建点报送情况' }).getByText('逾期报送').first().isVisible(), WAIT).toBe(true);
    await app.screenshot('supervision-board');

    // 5. The chase list, exported: every pairing not reported, with whom to call, and the counts.
    const chase = await download(page, () => page.getByRole('button', { name: '导出催报名单' }).click(), 'supervision-chase-list.xlsx');
    expect(chase.name).toBe('长汀县2008年12月村企联建月报催报名单.xlsx');
    const book = await workbook(chase.bytes);
    const list = book.getWorksheet('催报名单')!;
    expect(list.getCell('A1').value).toBe('长汀县2008年12月村企联建月报催报名单');
    const listed: string[] = [];
    for (let r = 4; r <= list.rowCount; r++) if (typeof list.getCell(r, 1).value === 'number') listed.push(String(list.getCell(r, 3).value));
    const reportedIds = new Set([a1.id, a2.id, b1.id, b2.id]);
    expect([...listed].sort()).toEqual(due.filter((p) => !reportedIds.has(p.id)).map((p) => p.code).sort());
    const a3Row = (list.getRow(4 + listed.indexOf(a3.code)).values as unknown[]).slice(1);
    expect(a3Row[1]).toBe(typed.name);
    expect(a3Row[8]).toBe('逾期未报');
    expect(list.getCell(4 + listed.length, 1).value).toBe('合计');
    const byTownship = book.getWorksheet('各乡镇报送情况')!;
    const lineOf = (name: string) => {
      for (let r = 5; r <= byTownship.rowCount; r++) if (byTownship.getCell(r, 1).value === name) return (byTownship.getRow(r).values as unknown[]).slice(1);
      throw new Error(`no line for ${name}`);
    };
    expect(lineOf(typed.name).slice(2, 9)).toEqual([of(typed).length, 2, 2, 0, of(typed).length - 2, 0, of(typed).length - 2]);
    expect(lineOf(imported.name).slice(2, 9)).toEqual([of(imported).length, 2, 1, 1, of(imported).length - 2, 0, of(imported).length - 2]);
    expect(lineOf('全县合计').slice(2, 4)).toEqual([due.length, 4]);
    expect(untouched).toBeGreaterThan(0);

    // 6. The chase list, printed: a preview, then only the list goes to paper, on A4.
    await page.evaluate(() => {
      const w = window as unknown as { __printed: Printed[] };
      w.__printed = [];
      window.print = () => {
        const root = document.querySelector('.cq-sv-print-root') as HTMLElement | null;
        w.__printed.push({ html: document.documentElement.outerHTML, bodyClass: document.body.className, text: root?.innerText ?? '' });
        if (root) document.body.append(Object.assign(root.cloneNode(true) as HTMLElement, { id: 'kept-print-copy' }));
        for (const style of document.head.querySelectorAll('style')) {
          if (style.textContent?.includes('@page')) document.head.append(Object.assign(style.cloneNode(true) as HTMLElement, { className: 'kept-page-rules' }));
        }
      };
    });
    await page.getByRole('button', { name: '打印催报名单' }).click();
    const preview = page.getByRole('dialog', { name: '打印预览：长汀县2008年12月村企联建月报催报名单' });
    await expect.poll(() => preview.getByTestId('print-preview').getByText(a3.code).isVisible(), WAIT).toBe(true);
    await app.screenshot('supervision-chase-preview');
    await preview.getByRole('button', { name: '打印' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: Printed[] }).__printed.length), WAIT).toBe(1);
    const [printed] = await page.evaluate(() => (window as unknown as { __printed: Printed[] }).__printed);
    expect(printed.bodyClass).toContain('cq-sv-printing');
    expect(printed.html).toContain('size: A4 landscape');
    expect(printed.text).toContain('报送截止日期：2009年1月5日');
    expect(printed.text).toContain(a3.code);
    expect(printed.text).not.toContain(a1.code);
    await expect.poll(() => page.locator('.cq-sv-print-root:not(#kept-print-copy)').count(), WAIT).toBe(0);
    await preview.getByRole('button', { name: '关闭' }).last().click();
    await expect.poll(() => preview.count(), WAIT).toBe(0);

    // 7. The rest of the year's picture: the archive, the pairing list, the dashboard, the responsibility view.
    const year = (await readLive<Report>(page, 'monthlyReports')).filter((r) => r.month.startsWith('2008'));
    // Months owed in 2008: from the approval month (if approved that year) to December; deadline the 5th of the next month.
    const dueMonths = (p: Pairing) => (p.approvedDate!.startsWith('2008') ? 13 - Number(p.approvedDate!.slice(5, 7)) : 12);
    const deadlineOf = (month: string) => (month === '2008-12' ? '2009-01-05' : `2008-${String(Number(month.slice(5)) + 1).padStart(2, '0')}-05`);
    const reportedOf = (ps: Pairing[]) => year.filter((r) => ps.some((p) => p.id === r.pairingId)).length;
    await statusOf(a1).getByRole('button', { name: '档案' }).click();
    const card = page.getByLabel('月报情况', { exact: true });
    const lateA1 = year.filter((r) => r.pairingId === a1.id && r.submittedDate > deadlineOf(r.month)).length;
    await expect.poll(() => card.getByTestId('pairing-report-rate').textContent(), WAIT).toBe(
      `2008年：应报 ${dueMonths(a1)} 次，已报 ${reportedOf([a1])} 次（其中逾期 ${lateA1} 次），报送率 ${formatRate(reportedOf([a1]) / dueMonths(a1))}`,
    );
    expect(await card.getByRole('row', { name: /^2008-12/ }).textContent()).toContain('按时报送');
    await app.screenshot('supervision-archive-reports');

    await page.getByRole('menuitem', { name: /联建档案/ }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: '月报（2008年）' }).isVisible(), WAIT).toBe(true);

    await openMenu(page, /统计报表/, /统计分析/);
    const rowOfTownship = (scope: ReturnType<Page['getByRole']>) => scope.getByRole('row').filter({ has: page.getByRole('cell', { name: typed.name, exact: true }) }).first();
    const rates = page.getByRole('table', { name: '月报报送率' });
    await expect.poll(() => rowOfTownship(rates).isVisible(), WAIT).toBe(true);
    const typedDue = of(typed).reduce((n, p) => n + dueMonths(p), 0);
    expect(await rowOfTownship(rates).getByRole('cell').last().textContent()).toBe(formatRate(reportedOf(of(typed)) / typedDue));

    await openMenu(page, /督导考评/, /分片挂钩责任/);
    const line = rowOfTownship(page.getByRole('table', { name: '各乡镇挂钩责任' }));
    await expect.poll(async () => (await line.getByRole('cell').allTextContents()).slice(1, 7), WAIT).toEqual([
      typed.name,
      expect.any(String),
      String(of(typed).length),
      String(typedDue),
      String(reportedOf(of(typed))),
      formatRate(reportedOf(of(typed)) / typedDue),
    ]);
    await page.getByRole('tab', { name: '按挂钩领导' }).click();
    await app.screenshot('supervision-responsibility-leaders');
    await page.getByRole('tab', { name: '按乡镇（分片）' }).click();
    await page.getByRole('button', { name: '打印' }).click();
    const sheet = page.getByRole('dialog', { name: /^打印预览：长汀县2008年村企联建分片挂钩责任表/ });
    await expect.poll(() => sheet.getByTestId('print-preview').getByText(a3.code).isVisible(), WAIT).toBe(true);
    await app.screenshot('supervision-responsibility-print');
  }, 600_000);
});
