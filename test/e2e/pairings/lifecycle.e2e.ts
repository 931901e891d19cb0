// The whole life of a pairing as a clerk does it: registry records, the application with the
// matching aid, approval, ledger entries (form, attachment, quick grid), a change of liaison,
// the archive with its history and totals, the archive card printed to PDF and exported as
// Word, termination, and an entry dated after termination refused.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';
import { expectToast } from '../support/toast';

/** The machines are shared and slow: wait for what the user would wait for, up to 20 s. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });

const OUT = fileURLToPath(new URL('../../../test-results/pairings/', import.meta.url));

async function pickDate(page: Page, label: string, date: string, scope = page.getByRole('dialog')) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Picks an option of an antd Select, from the dropdown that is open (not one left hidden by an earlier dialog). */
async function choose(page: Page, field: ReturnType<Page['getByLabel']>, title: string) {
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  for (let attempt = 0; attempt < 3; attempt++) {
    // The dialog may still be settling (its opening animation): try the click again.
    if (!(await field.click({ timeout: 5_000 }).then(() => true, () => false))) continue;
    // A click during the dropdown's opening animation can be lost, or the dropdown close under
    // it, on a loaded machine: close it, check, and try again.
    const clicked = await page
      .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`)
      .click({ timeout: 5_000 })
      .then(() => true, () => false);
    if (!clicked) {
      await page.keyboard.press('Escape');
      continue;
    }
    if (await expect.poll(() => select.textContent(), { timeout: 5_000 }).toContain(title).then(() => true, () => false)) return;
  }
  throw new Error(`未能选择「${title}」`);
}

type Stored = { id: string; code: string; status: string; villageLiaison?: { name: string; phone?: string } };
type Event = { kind: string; date: string; reason?: string; changes?: { label: string; from: string; to: string }[] };
type Entry = { type: string; date: string; figures: Record<string, unknown>; attachmentIds: string[] };

describe('联建：申请、批准、台账、变更、档案卡、终止', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
    mkdirSync(OUT, { recursive: true });
  });
  afterEach(async () => {
    await app.close();
  });

  it('runs a pairing from application to termination', async () => {
    const { page } = app;
    onTestFailed(async () => {
      await app.screenshot('lifecycle-failure');
    });

    // 信息库: a township, a village and an enterprise, entered through their forms.
    await app.goto('/registry/townships');
    await page.getByRole('button', { name: '新建' }).click();
    let dialog = page.getByRole('dialog', { name: '新建乡镇' });
    await dialog.getByLabel('名称').fill('河田镇');
    await dialog.getByLabel('挂钩领导').fill('王明');
    await dialog.getByLabel('领导职务').fill('镇党委书记');
    await dialog.getByRole('button', { name: '保存' }).click();
    await poll(() => page.getByRole('cell', { name: '河田镇' }).first().isVisible()).toBe(true);

    await app.goto('/registry/villages');
    await page.getByRole('button', { name: '新建' }).click();
    dialog = page.getByRole('dialog', { name: '新建村' });
    await choose(page, dialog.getByLabel('所属乡镇'), '河田镇');
    await dialog.getByLabel('村名').fill('红星村');
    await dialog.getByLabel('富余劳动力（人）').fill('100');
    await dialog.getByLabel('党组织名称').fill('中共红星村支部委员会');
    await dialog.getByRole('button', { name: '保存' }).click();
    await poll(async () => (await readLive(page, 'villages')).length).toBe(1);

    await app.goto('/registry/enterprises');
    await page.getByRole('button', { name: '新建' }).click();
    dialog = page.getByRole('dialog', { name: '新建企业' });
    await dialog.getByLabel('企业名称').fill('台慧体育器材公司');
    await choose(page, dialog.getByLabel('所属乡镇'), '河田镇');
    await dialog.getByLabel('从业人员（人）').fill('300');
    await dialog.getByRole('button', { name: '保存' }).click();
    await poll(async () => (await readLive(page, 'enterprises')).length).toBe(1);

    // 联建申请, the village chosen from the matching aid.
    await page.getByRole('menuitem', { name: /联建档案/ }).click();
    await poll(() => page.getByText('暂无联建，点击「新建」登记联建申请').isVisible()).toBe(true);
    await page.getByRole('button', { name: '新建' }).click();
    dialog = page.getByRole('dialog', { name: '新建联建申请' });
    await choose(page, dialog.getByLabel('企业', { exact: true }), '台慧体育器材公司');
    const match = dialog.getByRole('listitem', { name: '推荐：红星村' });
    await poll(() => match.textContent()).toContain('同在河田镇');
    await poll(() => match.textContent()).toContain('富余劳动力 100 人，可满足企业（职工 300 人）一成以上的用工');
    await match.getByRole('button', { name: '选择' }).click();
    await poll(() => dialog.getByLabel('挂钩领导姓名').inputValue()).toBe('王明');
    for (const area of ['劳务输送', '技能培训', '资金扶持']) await dialog.getByRole('checkbox', { name: area }).check();
    await dialog.getByLabel('村联络员姓名').fill('张三');
    await dialog.getByLabel('村联络员电话').fill('13905971234');
    await dialog.getByLabel('联建协议').fill('企业每年吸纳村富余劳动力不少于50人。');
    await pickDate(page, '申请日期', '2008-03-01', dialog);
    await app.screenshot('pairing-apply');
    await dialog.getByRole('button', { name: '保存' }).click();
    await poll(() => page.getByRole('cell', { name: 'LJ2008-001' }).isVisible()).toBe(true);
    let pairings = await readLive<Stored & { deleted?: number }>(page, 'pairings');
    expect(pairings).toMatchObject([{ code: 'LJ2008-001', status: '申请', villageLiaison: { name: '张三', phone: '13905971234' } }]);
    await app.screenshot('pairings-list');

    // 批准, from the archive page.
    await page.getByRole('row', { name: /LJ2008-001/ }).getByRole('button', { name: '查看' }).click();
    await page.getByRole('button', { name: '批准' }).click();
    dialog = page.getByRole('dialog', { name: '批准联建：LJ2008-001' });
    await pickDate(page, '批准日期', '2008-03-10', dialog);
    await dialog.getByRole('button', { name: '批准' }).click();
    await poll(async () => (await readLive<Stored & { deleted?: number }>(page, 'pairings'))[0].status).toBe('已批准');

    // 台账 through the form: 劳务输送, then 资金扶持 with a photo (a file past the limit refused).
    await poll(() => page.getByRole('dialog').count()).toBe(0); // the last dialog has finished closing
    await page.getByRole('button', { name: '登记台账' }).click();
    dialog = page.getByRole('dialog', { name: '登记台账' });
    await pickDate(page, '日期', '2008-04-15', dialog);
    // More than the village's surplus labour: a warning while typing, which does not block.
    await dialog.getByRole('textbox', { name: '输送人数' }).fill('150');
    await poll(() => dialog.getByText('「红星村」2008年累计输送劳动力 150 人，超过该村富余劳动力（100 人），请核对').isVisible()).toBe(true);
    await app.screenshot('ledger-entry-warning');
    await dialog.getByRole('textbox', { name: '输送人数' }).fill('45');
    await poll(() => dialog.getByText(/超过该村富余劳动力/).count()).toBe(0);
    await dialog.getByRole('textbox', { name: '其中技术工人' }).fill('30');
    await dialog.getByRole('button', { name: '保存' }).click();
    await poll(async () => (await readLive(page, 'ledger')).length).toBe(1);

    await poll(() => page.getByRole('dialog').count()).toBe(0); // the last dialog has finished closing
    await page.getByRole('button', { name: '登记台账' }).click();
    dialog = page.getByRole('dialog', { name: '登记台账' });
    await choose(page, dialog.getByLabel('台账类型'), '资金扶持');
    await pickDate(page, '日期', '2008-05-20', dialog);
    await dialog.getByRole('textbox', { name: '金额' }).fill('12.5');
    await dialog.getByRole('radio', { name: '公益事业' }).check();
    // The refusal is a toast: recorded as it shows, as 21 MB reach the page slowly on a busy machine.
    await expectToast(
      page,
      '「过大的扫描件.pdf」大小为 21.0 MB，超过每个附件 20.0 MB 的限制',
      async () => {
        const big = page.waitForEvent('filechooser');
        await dialog.getByRole('button', { name: '添加附件' }).click();
        await (await big).setFiles([{ name: '过大的扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(21 * 1024 * 1024, 1) }], { timeout: 90_000 });
      },
      90_000,
    );
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '添加附件' }).click();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
    await (await chooser).setFiles([{ name: '捐赠仪式.png', mimeType: 'image/png', buffer: png }]);
    await poll(() => dialog.getByLabel('附件：捐赠仪式.png').isVisible()).toBe(true);
    await app.screenshot('ledger-entry-form');
    await dialog.getByRole('button', { name: '保存' }).click();
    await poll(async () => (await readLive(page, 'ledger')).length).toBe(2);
    const attachments = await readTable<{ name: string; mime: string; size: number }>(page, 'attachments');
    expect(attachments.map((a) => [a.name, a.mime, a.size])).toEqual([['捐赠仪式.png', 'image/png', png.length]]);

    // 快速录入: two rows of 技能培训, the second pasted as copied from Excel; a bad row first.
    await poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: '快速录入' }).click();
    dialog = page.getByRole('dialog', { name: '快速录入台账' });
    await choose(page, dialog.getByLabel('台账类型'), '技能培训');
    await dialog.getByLabel('第1行 期数（期）').waitFor();
    await dialog.getByLabel('第1行 日期').fill('2008-05-10');
    await dialog.getByLabel('第1行 期数（期）').fill('1');
    await dialog.getByLabel('第1行 期数（期）').press('Tab');
    await page.keyboard.type('40');
    await dialog.getByLabel('第1行 培训后上岗（人）').fill('50');
    await dialog.getByLabel('第1行 订单式').fill('是');
    await dialog.getByLabel('第2行 日期').focus();
    await page.evaluate(() => {
      const target = document.activeElement as HTMLInputElement;
      const data = new DataTransfer();
      // 日期, 期数, 培训人次, 培训后上岗, 培训基地, 订单式, 结业日期, 培训工种, 情况说明.
      data.setData('text/plain', '2008-06-12\t2\t60\t50\t河田培训基地\t否\t2008-06-14\t缝纫工\t第二期\r\n');
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await poll(() => dialog.getByLabel('第2行 培训基地').inputValue()).toBe('河田培训基地');
    await dialog.getByRole('button', { name: '全部保存' }).click();
    await poll(() => dialog.getByText('第1行：「培训后上岗」（50）不能大于「培训人次」（40）').isVisible()).toBe(true);
    expect(await readLive(page, 'ledger')).toHaveLength(2);
    await app.screenshot('ledger-grid-errors');
    await dialog.getByLabel('第1行 培训后上岗（人）').fill('35');
    await dialog.getByRole('button', { name: '全部保存' }).click();
    await poll(async () => (await readLive(page, 'ledger')).length).toBe(4);
    const entries = await readLive<Entry & { deleted?: number }>(page, 'ledger');
    expect(entries.filter((e) => e.type === 'training').map((e) => [e.date, e.figures.trainees, e.figures.orderBased]).sort()).toEqual([
      ['2008-05-10', 40, true],
      ['2008-06-12', 60, false],
    ]);

    // 变更: the village liaison.
    await page.getByRole('button', { name: '变更' }).click();
    dialog = page.getByRole('dialog', { name: '变更联建：LJ2008-001' });
    await dialog.getByLabel('村联络员姓名').fill('赵六');
    await dialog.getByLabel('村联络员电话').fill('0597-6822345');
    await pickDate(page, '变更日期', '2008-07-01', dialog);
    await dialog.getByLabel('变更原因').fill('原联络员外出务工');
    await dialog.getByRole('button', { name: '保存变更' }).click();
    const history = page.getByLabel('联建历程');
    await poll(() => history.textContent()).toContain('村联络员：张三（13905971234） → 赵六（0597-6822345）。原因：原联络员外出务工');

    // The archive: both sides, history, totals per type.
    await poll(() => page.getByLabel('合计：劳务输送').textContent()).toContain('输送人数 45 人');
    expect(await page.getByLabel('合计：技能培训').textContent()).toContain('培训人次 100 人次');
    expect(await page.getByLabel('合计：技能培训').textContent()).toContain('订单式 1 条');
    expect(await page.getByLabel('合计：资金扶持').textContent()).toContain('金额 12.5 万元');
    expect(await page.getByLabel('村方').textContent()).toContain('中共红星村支部委员会');
    await app.screenshot('pairing-archive');

    // 档案卡: the print view, printed to PDF with its own page rule; and as Word.
    await page.getByRole('button', { name: '档案卡' }).click();
    await poll(() => page.getByRole('article', { name: '联建档案卡' }).isVisible()).toBe(true);
    await app.screenshot('archive-card-preview');
    // What the print dialog prints: the print view with its own page rule, as Chromium's PDF printer renders it.
    const pdfPath = `${OUT}archive-card.pdf`;
    await page.emulateMedia({ media: 'print' });
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const info = execFileSync('pdfinfo', [pdfPath]).toString();
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Math.abs(Number(width) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(height) - 841.89)).toBeLessThan(1);
    // In the .docx's sizes (小四 tables), the printed card fits two pages as the Word one does.
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(2);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString().replace(/\s+/g, '');
    // The change's cell wraps in the card's table, so its two lines are checked apart.
    for (const words of ['村企党组织联建档案卡', 'LJ2008-001', '台慧体育器材公司', '张三（13905971234）→赵六', '（0597-6822345）。原因：原联络员外出务工', '输送人数45人', '—1—']) expect(text).toContain(words);
    expect(text).not.toContain('导出Word');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, `${OUT}archive-card`]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Word' }).click();
    const docx = await download;
    expect(docx.suggestedFilename()).toBe('联建档案卡_LJ2008-001.docx');
    const docxPath = `${OUT}archive-card.docx`;
    await docx.saveAs(docxPath);
    const xml = await (await JSZip.loadAsync(await import('node:fs').then((fs) => fs.readFileSync(docxPath)))).file('word/document.xml')!.async('string');
    expect(xml).toContain('村企党组织联建档案卡');
    expect(xml).toContain('赵六（0597-6822345）');

    // The host's print path: in the browser edition, the print dialog (where 「另存为 PDF」 is chosen).
    await page.getByRole('button', { name: '导出 PDF' }).click();
    await poll(() => page.getByText('PDF：打印对话框（目标打印机选择「另存为 PDF」）').isVisible()).toBe(true);

    // 终止, then an entry dated after termination is refused.
    await page.getByRole('button', { name: '返回档案' }).click();
    await page.getByRole('button', { name: '终止' }).click();
    dialog = page.getByRole('dialog', { name: '终止联建：LJ2008-001' });
    await pickDate(page, '终止日期', '2008-12-31', dialog);
    await dialog.getByLabel('终止原因').fill('企业搬迁');
    await dialog.getByRole('button', { name: '终止' }).click();
    await poll(async () => (await readLive<Stored & { deleted?: number }>(page, 'pairings'))[0].status).toBe('已终止');
    await poll(() => page.getByRole('button', { name: '变更' }).count()).toBe(0);

    await poll(() => page.getByRole('dialog').count()).toBe(0); // the last dialog has finished closing
    await page.getByRole('button', { name: '登记台账' }).click();
    dialog = page.getByRole('dialog', { name: '登记台账' });
    await choose(page, dialog.getByLabel('台账类型'), '资金扶持');
    await pickDate(page, '日期', '2009-01-05', dialog);
    await dialog.getByRole('textbox', { name: '金额' }).fill('5');
    await dialog.getByRole('button', { name: '保存' }).click();
    await poll(() => dialog.getByText('台账日期（2009-01-05）晚于联建「LJ2008-001」的终止日期（2008-12-31）').isVisible()).toBe(true);
    await app.screenshot('ledger-after-termination-refused');
    await page.keyboard.press('Escape');
    expect(await readLive(page, 'ledger')).toHaveLength(4);

    pairings = await readLive<Stored & { deleted?: number }>(page, 'pairings');
    const events = (await readTable<Event & { pairingId: string }>(page, 'pairingEvents')).sort((a, b) => a.date.localeCompare(b.date));
    expect(events.map((e) => [e.kind, e.date])).toEqual([
      ['申请', '2008-03-01'],
      ['批准', '2008-03-10'],
      ['变更', '2008-07-01'],
      ['终止', '2008-12-31'],
    ]);
    expect(events[2].changes).toEqual([
      { field: 'villageLiaison', label: '村联络员', from: '张三（13905971234）', to: '赵六（0597-6822345）', liaison: { from: expect.objectContaining({ name: '张三', phone: '13905971234' }), to: { name: '赵六', phone: '0597-6822345' } } },
    ]);
    expect(pairings[0].villageLiaison).toEqual({ name: '赵六', phone: '0597-6822345' });

    // The ledger page shows the four entries with totals per type for 2008.
    // 成效台账 is a submenu (成效台账, 产业基地).
    await page.getByRole('menuitem', { name: /成效台账/ }).first().click();
    await page.getByRole('menuitem', { name: '成效台账', exact: true }).click();
    const range = page.locator('.ant-picker-range input');
    await range.first().click();
    await range.first().fill('2008-01');
    await range.first().press('Enter');
    await range.last().fill('2008-12');
    await range.last().press('Enter');
    await poll(() => page.getByText('2008年1月至2008年12月，共 4 条').isVisible()).toBe(true);
    expect(await page.getByLabel('合计：劳务输送').textContent()).toContain('其中技术工人 30 人');
    await app.screenshot('ledger-list');

    // The village's detail page: 联建情况 and 台账 tabs.
    const village = (await readLive<{ id: string; deleted?: number }>(page, 'villages'))[0];
    await app.goto(`/registry/villages/${village.id}`);
    await page.getByRole('tab', { name: '联建情况' }).click();
    await poll(() => page.getByRole('cell', { name: 'LJ2008-001' }).isVisible()).toBe(true);
    expect(await page.getByRole('row', { name: /LJ2008-001/ }).textContent()).toContain('台慧体育器材公司');
    await page.getByRole('tab', { name: '台账' }).click();
    await poll(() => page.getByLabel('合计：技能培训').isVisible()).toBe(true);
    await app.screenshot('village-ledger-tab');
  }, 600_000);
});
