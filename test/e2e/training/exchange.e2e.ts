// 培训交流 beyond the classes, end to end in one session over the sample county (36 enterprises
// ↔ 62 villages in training-supply relations, 38 enterprises sending 45 cadres): an 订单式
// session recorded at a base registered on the spot moves the supply counts and the matrix
// (exported, read back and rendered); a visit listing its cadre moves 「38个企业派出45名」; a
// meeting with a decision is followed up and its record printed (A4, rendered); a pairing's
// liaison is changed and the archive page shows who served when; the work summary and the
// annual table say what the records say.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openApp, SCREENSHOT_DIR, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { closeBackupReminder, until } from '../commendation/registry-ui';

type Row = { id: string; deleted: number };
type Pairing = Row & { code: string; enterpriseId: string; villageId: string; enterpriseLiaison?: { name: string; personId?: string } };
type Named = Row & { name: string; orgId?: string };
type Entry = Row & { type: string; pairingId?: string; date: string; figures: Record<string, unknown>; personIds: string[]; description?: string };
type Meeting = Row & { title: string; decisions: { content: string; done: boolean; doneDate?: string; progress?: string }[] };

async function openMenu(page: Page, group: string, item: string): Promise<void> {
  const entry = page.getByRole('menuitem', { name: new RegExp(item) });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: new RegExp(group) }).click();
  await entry.click();
}

async function fillDate(scope: Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Picks in an antd Select (found by its aria-label) the option whose title matches. */
async function choose(page: Page, scope: Locator, label: string, typed: string, title: string | RegExp): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: typeof title === 'string' }).first().click();
}

async function save(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: '保存' }).click();
  try {
    await until(() => dialog.isVisible()).toBe(false);
  } catch {
    throw new Error(`未能保存：${await dialog.locator('.ant-alert, .ant-form-item-explain-error').allInnerTexts()}`);
  }
}

/** .xlsx or .pdf → PNG of the pages beside the screenshots; returns pdfinfo and the text. */
async function render(file: string, name: string, pages = 1): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cq-render-'));
  try {
    let pdf = file;
    if (file.endsWith('.xlsx')) {
      await promisify(execFile)('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 180_000 });
      pdf = join(dir, file.replace(/^.*\//, '').replace(/\.xlsx$/, '.pdf'));
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), pdf, join(SCREENSHOT_DIR, name)]);
    return execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }) + execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The 全县合计 cell of a column of the annual table's part on screen. */
async function annualTotal(page: Page, header: string): Promise<string> {
  return page.evaluate((h) => {
    const pane = [...document.querySelectorAll('.cq-stat-table')].find((t) => t.querySelector('thead')?.textContent?.includes(h));
    if (!pane) return '';
    const heads = [...pane.querySelectorAll('thead tr:nth-child(2) th')].map((th) => th.textContent);
    const total = [...pane.querySelectorAll('tfoot tr')].find((tr) => tr.textContent?.includes('全县合计'));
    return total?.querySelectorAll('td')[heads.indexOf(h) + 1]?.textContent ?? '';
  }, header);
}

describe('培训交流：订单式培训、供给关系、交流互访、交流会议、联络员', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
    await closeBackupReminder(app.page);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });
  afterEach(async () => {
    await app?.close();
  });

  test('records move the counts, the matrix, the summary and the archive', { timeout: 240_000 }, async () => {
    const { page } = app;
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await until(() => page.getByTestId('sample-data-tag').isVisible()).toBe(true);
    const [pairings, enterprises, villages, persons] = await Promise.all([
      readLive<Pairing>(page, 'pairings'),
      readLive<Named>(page, 'enterprises'),
      readLive<Named>(page, 'villages'),
      readLive<Named>(page, 'persons'),
    ]);
    const name = (list: Named[], id: string) => list.find((x) => x.id === id)!.name;
    // LJ2006-039: its enterprise neither trains nor has sent cadres in the sample, nor is its village trained.
    const target = pairings.find((p) => p.id === 'sample-lj039')!;
    const [enterprise, village] = [name(enterprises, target.enterpriseId), name(villages, target.villageId)];
    const secretary = persons.find((p) => p.orgId === target.enterpriseId)!;

    // 订单式培训: the sample's relations, then a session at a base registered from the form.
    await openMenu(page, '培训交流', '订单式培训');
    const counts = page.getByTestId('supply-counts');
    await until(() => counts.textContent()).toContain('36家企业与62个村建立了劳动力技能培训供给关系（62对）');
    await page.getByRole('button', { name: '登记培训' }).click();
    const form = page.getByRole('dialog', { name: '登记订单式培训' });
    await choose(page, form, '联建', target.code, new RegExp(`^${target.code} `));
    await form.getByRole('button', { name: '新基地' }).click();
    const baseForm = page.getByRole('dialog', { name: '新建技能培训基地' });
    // The village and enterprise come from the pairing.
    // Each picker shows its record's name once its own options have loaded (until then the id):
    // wait for both, not for the village alone.
    await until(() => baseForm.textContent()).toContain(`· ${village}`);
    await until(() => baseForm.textContent()).toContain(enterprise);
    await baseForm.getByLabel('基地名称').fill(`${village}订单培训基地`);
    await baseForm.getByLabel('培训工种').fill('垒球手缝');
    await save(baseForm);
    await until(() => form.textContent()).toContain(`${village}订单培训基地`);
    await fillDate(form, '开班日期', '2008-10-06');
    await fillDate(form, '结业日期', '2008-10-10');
    await form.getByLabel('培训工种').fill('垒球手缝');
    await form.getByLabel('培训人数').fill('50');
    await form.getByLabel('其中上岗录用').fill('46');
    await save(form);
    await until(() => counts.textContent()).toContain('37家企业与63个村建立了劳动力技能培训供给关系（63对）');
    const session = (await readLive<Entry>(page, 'ledger')).find((e) => e.type === 'training' && e.pairingId === target.id)!;
    expect(session).toMatchObject({ date: '2008-10-06', figures: { sessions: 1, trainees: 50, employedAfter: 46, orderBased: true, endDate: '2008-10-10', content: '垒球手缝', base: `${village}订单培训基地` } });
    expect((await readLive<Named & { villageId: string; enterpriseIds: string[] }>(page, 'trainingBases')).find((b) => b.name === `${village}订单培训基地`)).toMatchObject({ villageId: target.villageId, enterpriseIds: [target.enterpriseId] });
    await app.screenshot('training-sessions');

    // 技能培训供给关系: the sentence, the matrix, and the workbook.
    await openMenu(page, '培训交流', '培训供给关系');
    await until(() => page.getByTestId('supply-sentence').textContent()).toBe('2006—2008年，全县有37家企业与63个村建立了劳动力技能培训供给关系。');
    await page.getByRole('tab', { name: '供给关系矩阵' }).click();
    await until(() => page.getByRole('table', { name: '供给关系矩阵' }).getByTitle(`${enterprise} — ${village}：1期`).isVisible()).toBe(true);
    await app.screenshot('training-supply-matrix');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('长汀县村企劳动力技能培训供给关系表（2006—2008年）.xlsx');
    const xlsx = join(SCREENSHOT_DIR, 'training-supply.xlsx');
    await copyFile((await download.path())!, xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['供给关系一览', '供给关系矩阵']);
    const list = wb.getWorksheet('供给关系一览')!;
    const rows = Array.from({ length: list.rowCount - 3 }, (_, i) => (list.getRow(4 + i).values as unknown[]).slice(1));
    expect(rows.find((r) => r[1] === enterprise && r[3] === village)).toEqual([expect.any(Number), enterprise, expect.any(String), village, target.code, `${village}订单培训基地`, '2008', 1, 50, 46]);
    expect(rows.at(-1)!.slice(0, 5)).toEqual(['合计', '37家企业', undefined, '63个村', '63对']);
    const matrix = wb.getWorksheet('供给关系矩阵')!;
    const foot = (matrix.getRow(matrix.rowCount - 1).values as unknown[]).slice(1);
    expect(foot[0]).toBe('联系村数');
    expect(foot.at(-1)).toBe(63);
    const rendered = render(xlsx, 'training-supply-xlsx', 3);

    // 交流互访: the sample's 38 enterprises and 45 cadres, then one more visit naming its cadre.
    await openMenu(page, '培训交流', '交流互访');
    const exchangeCounts = page.getByTestId('exchange-counts');
    await until(() => exchangeCounts.textContent()).toBe('共有38个企业派出45名党务干部到联建村学习取经');
    await page.getByRole('button', { name: '登记交流' }).click();
    const visit = page.getByRole('dialog', { name: '登记交流互访' });
    await choose(page, visit, '联建', target.code, new RegExp(`^${target.code} `));
    await fillDate(visit, '交流日期', '2008-11-12');
    await choose(page, visit, '派出人员', secretary.name, `${secretary.name} · ${enterprise}`);
    await visit.getByLabel('交流地点').click();
    await visit.getByLabel('交流地点').fill(`${village}党群活动室`);
    await visit.getByLabel('学习内容').fill('学习村党支部党员定岗定责、设岗承诺的做法');
    await save(visit);
    await until(() => exchangeCounts.textContent()).toBe('共有39个企业派出46名党务干部到联建村学习取经');
    const visitEntry = (await readLive<Entry>(page, 'ledger')).find((e) => e.type === 'exchange' && e.pairingId === target.id)!;
    expect(visitEntry).toMatchObject({ personIds: [secretary.id], figures: { cadres: 1, direction: '企→村', place: `${village}党群活动室` }, description: '学习村党支部党员定岗定责、设岗承诺的做法' });
    await app.screenshot('training-exchanges');

    // 交流会议: a meeting with a decision, followed up, its record printed.
    await openMenu(page, '培训交流', '交流会议');
    await page.getByRole('button', { name: '新建会议' }).click();
    const meetingForm = page.getByRole('dialog', { name: '新建会议记录' });
    await meetingForm.getByLabel('会议名称').fill('2008年度村企党组织联建活动交流会');
    await fillDate(meetingForm, '会议日期', '2008-12-20');
    await meetingForm.getByLabel('会议地点').fill('县委党校报告厅');
    await choose(page, meetingForm, '参会企业', enterprise, enterprise);
    await meetingForm.getByLabel('会议纪要').fill('交流了订单式培训和党员定岗定责的经验。');
    await meetingForm.getByRole('button', { name: '添加议定事项' }).click();
    await meetingForm.getByLabel('议定事项1').fill('拍摄联建活动专题片，刻录光盘发放各联建点');
    await meetingForm.getByLabel('责任单位1').fill('县委组织部');
    await fillDate(meetingForm, '完成时限1', '2009-01-31');
    await save(meetingForm);
    await until(() => page.getByRole('heading', { name: '2008年度村企党组织联建活动交流会' }).isVisible()).toBe(true);
    const decisions = page.getByRole('region', { name: '议定事项' }).or(page.getByLabel('议定事项'));
    await decisions.getByRole('button', { name: '办理' }).click();
    const follow = page.getByRole('dialog', { name: '议定事项办理情况' });
    await follow.getByLabel('办理情况').fill('专题片已拍摄，刻录光盘1200片');
    await follow.getByLabel('已办结').check();
    await fillDate(follow, '办结日期', '2009-01-20');
    await save(follow);
    await until(() => page.getByText('已办结 2009-01-20').isVisible()).toBe(true);
    const meeting = (await readLive<Meeting>(page, 'meetings')).find((m) => m.title === '2008年度村企党组织联建活动交流会')!;
    expect(meeting.decisions).toEqual([expect.objectContaining({ content: '拍摄联建活动专题片，刻录光盘发放各联建点', done: true, doneDate: '2009-01-20', progress: '专题片已拍摄，刻录光盘1200片' })]);

    await page.evaluate(() => {
      const w = window as unknown as { printed: string[] };
      w.printed = [];
      window.print = () => {
        const root = document.querySelector('.cq-meeting-root') as HTMLElement | null;
        w.printed.push(root?.innerText ?? '');
        if (root) document.body.append(Object.assign(root.cloneNode(true) as HTMLElement, { id: 'kept-print-copy' }));
        for (const style of document.head.querySelectorAll('style')) {
          if (style.textContent?.includes('@page')) document.head.append(Object.assign(style.cloneNode(true) as HTMLElement, { className: 'kept-page-rules' }));
        }
      };
    });
    await page.getByRole('button', { name: '打印会议记录' }).click();
    const preview = page.getByRole('dialog', { name: '打印预览：2008年度村企党组织联建活动交流会会议记录' });
    await until(() => preview.getByTestId('print-preview').getByText('2008年12月20日').isVisible()).toBe(true);
    await preview.locator('.ant-modal-footer').getByRole('button', { name: '打印' }).click();
    await until(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed.length)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed[0]!)).toContain('已办结（2009年1月20日）：专题片已拍摄，刻录光盘1200片');
    await preview.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await page.evaluate(() => document.body.classList.add('cq-meeting-printing'));
    await page.emulateMedia({ media: 'print' });
    const pdf = join(SCREENSHOT_DIR, 'training-meeting-record.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      document.body.classList.remove('cq-meeting-printing');
      document.getElementById('kept-print-copy')?.remove();
      document.querySelectorAll('.kept-page-rules').forEach((s) => s.remove());
    });
    const printed = await render(pdf, 'training-meeting-record');
    expect(printed).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(printed).toContain('会议记录');
    expect(printed).toContain('县委党校报告厅');
    expect(printed).not.toContain('村企党组织联建工作管理系统');

    // 联络员: LJ2006-001's enterprise names its second party cadre; the archive page shows both terms.
    const lj001 = pairings.find((p) => p.id === 'sample-lj001')!;
    const before = lj001.enterpriseLiaison!.name;
    const cadre = persons.find((p) => p.orgId === lj001.enterpriseId && p.id.startsWith('sample-p7'))!;
    await app.goto(`/pairings/${lj001.id}`);
    const card = page.getByLabel('联络员', { exact: true });
    await card.getByRole('button', { name: '更换联络员' }).click();
    const change = page.getByRole('dialog', { name: `更换联络员：${lj001.code}` });
    await choose(page, change, '新联络员', cadre.name, new RegExp(`^${cadre.name} · `));
    await change.getByLabel('联系电话').fill('13859071234');
    await fillDate(change, '起任日期', '2008-12-01');
    await change.getByLabel('更换原因').fill('原联络员另有任用');
    await save(change);
    await until(() => card.getByRole('row', { name: new RegExp(`${cadre.name}.*2008-12-01 至 今.*现任`) }).isVisible()).toBe(true);
    expect(await card.getByRole('row', { name: new RegExp(`${before}.*至 2008-12-01.*已更换.*原联络员另有任用`) }).isVisible()).toBe(true);
    expect((await readLive<Pairing>(page, 'pairings')).find((p) => p.id === lj001.id)!.enterpriseLiaison).toEqual({ personId: cadre.id, name: cadre.name, phone: '13859071234' });
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('training-liaison-history');

    // The work summary and the annual table say what the records say.
    await openMenu(page, '统计报表', '工作总结数字');
    const paragraph = page.getByLabel('数字段落');
    await until(() => paragraph.inputValue()).toContain('全县有37家企业与63个村建立了劳动力技能培训供给关系');
    const text = await paragraph.inputValue();
    expect(text).toContain('全县共有39个企业派出46名党务干部到联建村学习取经。');
    expect(text).toContain('全县共召开村企党组织联建活动交流会3次、研讨会2次、通报会2次、推进会1次。');
    await openMenu(page, '统计报表', '年度统计表');
    await page.getByRole('tab', { name: '培训交流' }).click();
    await until(() => annualTotal(page, '交流会、研讨会、通报会（次）')).toBe('5');
    await app.screenshot('training-annual-exchange');

    const shown = await rendered;
    expect(shown).toMatch(/\(A4\)/);
    expect(shown).toContain('供给关系表（矩阵）');
  });
});
