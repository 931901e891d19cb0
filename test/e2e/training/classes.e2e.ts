// 培训交流 · 骨干培训班 end to end, in one session over the sample county (6 classes, 234
// trainees, as the seed article says): a class entered by hand with trainees picked from the
// registry; its sign-in sheet printed (the print view rendered to PDF and PNG) and exported
// (.xlsx → LibreOffice → PNG); the office's own class list imported — two classes on one sheet,
// their trainees on another, one unknown person mapped, one trainee listed twice refused with
// sheet, row and column; then the annual table's 骨干培训 columns and the work-summary
// sentence follow the records.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openApp, SCREENSHOT_DIR, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { expectToast } from '../support/toast';
import { chooseFiles } from '../import/helpers';
import { closeBackupReminder, until } from '../commendation/registry-ui';

type Named = { id: string; name: string; deleted: number };
type Person = Named & { orgKind: string; orgId?: string; post?: string };
type Org = Named & { townshipId: string };
type Trainee = { classId: string; personId: string; name: string; orgKind: string; orgId?: string; orgName?: string; post?: string; seq: number; deleted: number; importBatchId?: string };
type Klass = Named & { session?: string; startDate: string; endDate?: string };

type Registry = { persons: Person[]; orgs: Map<string, Org>; township: Map<string, string> };

/** Persons whose name no other person has, with their unit and its township. */
function uniquePersons(r: Registry, kind: 'village' | 'enterprise') {
  const count = new Map<string, number>();
  for (const p of r.persons) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  return r.persons
    .filter((p) => p.orgKind === kind && p.orgId && count.get(p.name) === 1)
    .map((p) => {
      const org = r.orgs.get(p.orgId!)!;
      return { ...p, unit: org.name, township: r.township.get(org.townshipId)! };
    });
}

/** The office's class list: 培训班 (a title row, then one row a class) and 学员 (one row a trainee). */
async function classList(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const classes = wb.addWorksheet('培训班');
  classes.addRow(['2008年村企党组织骨干培训班一览表']);
  classes.addRow(['期次', '培训班名称', '开班日期', '结业日期', '培训地点', '主办单位', '学时', '培训内容']);
  classes.addRow(['第8期', '全县村企党组织负责人骨干培训班', new Date(Date.UTC(2008, 11, 15)), new Date(Date.UTC(2008, 11, 19)), '县委党校', '县委组织部', 40, '党的建设\n村企联建政策']);
  classes.addRow(['第九期', '非公企业党务干部专题培训班', '2008-12-22', '2008年12月24日', '长汀经济开发区', '县委组织部', 24, '企业党组织规范化建设']);
  const trainees = wb.addWorksheet('学员');
  trainees.addRow(['序号', '期次', '姓名', '单位', '所在乡镇', '职务']);
  rows.forEach((r, i) => trainees.addRow([i + 1, ...r]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The 骨干培训 cells of the 全县合计 row of the annual table on screen. */
async function trainingTotals(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = [...document.querySelectorAll('.cq-stat-table')].find((t) => t.querySelector('thead')?.textContent?.includes('培训班（期）'));
    if (!pane) return [];
    const heads = [...pane.querySelectorAll('thead tr:nth-child(2) th')].map((th) => th.textContent);
    const i = heads.indexOf('培训班（期）');
    const total = [...pane.querySelectorAll('tfoot tr')].find((tr) => tr.textContent?.includes('全县合计'));
    const cells = total?.querySelectorAll('td') ?? [];
    return [cells[i + 1]?.textContent ?? '', cells[i + 2]?.textContent ?? ''];
  });
}

/** Opens a page from the left navigation, opening its group first when it is closed. */
async function openMenu(page: Page, group: string, item: string): Promise<void> {
  const entry = page.getByRole('menuitem', { name: new RegExp(item) });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: new RegExp(group) }).click();
  await entry.click();
}

async function summarySentence(page: Page): Promise<string> {
  await openMenu(page, '统计报表', '工作总结数字');
  await page.getByLabel('起始年度').fill('2006');
  const paragraph = page.getByLabel('数字段落');
  await until(() => paragraph.inputValue()).toMatch(/共举办\d+期培训班/);
  return /共举办\d+期培训班，培训村企党组织负责人\d+人。/.exec(await paragraph.inputValue())?.[0] ?? '';
}

/** .xlsx or .pdf → PNG pages beside the screenshots (LibreOffice for the workbook, poppler for both). */
async function renderPages(file: string, name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cq-render-'));
  try {
    let pdf = file;
    if (file.endsWith('.xlsx')) {
      const profile = pathToFileURL(join(dir, 'profile')).href;
      await promisify(execFile)('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 180_000 });
      pdf = join(dir, file.replace(/^.*\//, '').replace(/\.xlsx$/, '.pdf'));
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(SCREENSHOT_DIR, name)]);
    return execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }) + execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('培训交流：骨干培训班', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
    await closeBackupReminder(app.page);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });
  afterEach(async () => {
    await app?.close();
  });

  test('a class by hand, its sign-in sheet printed and exported, a class list imported, the statistics following', { timeout: 300_000 }, async () => {
    const { page } = app;
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await until(() => page.getByTestId('sample-data-tag').isVisible()).toBe(true);
    expect(await summarySentence(page)).toBe('共举办6期培训班，培训村企党组织负责人234人。');

    const [persons, villages, enterprises, townships] = await Promise.all([
      readLive<Person>(page, 'persons'),
      readLive<Org>(page, 'villages'),
      readLive<Org>(page, 'enterprises'),
      readLive<Named>(page, 'townships'),
    ]);
    const registry: Registry = { persons, orgs: new Map([...villages, ...enterprises].map((o) => [o.id, o])), township: new Map(townships.map((t) => [t.id, t.name])) };
    const [v1, v2, v4] = uniquePersons(registry, 'village');
    const [e1, e2] = uniquePersons(registry, 'enterprise');

    // 骨干培训班: the sample's six classes, 234 trainees.
    await openMenu(page, '培训交流', '骨干培训班');
    await until(() => page.getByTestId('classes-total-trainees').textContent()).toBe('234');
    expect(await page.getByText('合计：6 期').isVisible()).toBe(true);

    // A class by hand…
    await page.getByRole('button', { name: '新建' }).click();
    const drawer = page.getByRole('dialog', { name: '新建培训班' });
    await drawer.getByLabel('期次').fill('7');
    await drawer.getByLabel('培训班名称').fill('全县村企联络员培训班');
    for (const [label, date] of [['开班日期', '2008-12-01'], ['结业日期', '2008-12-03']]) {
      const input = drawer.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(date!);
      await input.press('Enter');
    }
    await drawer.getByLabel('培训地点').fill('县委党校');
    await drawer.getByLabel('学时').fill('24');
    await drawer.getByRole('button', { name: '保存' }).click();
    await until(() => page.getByRole('heading', { name: '全县村企联络员培训班（第7期）' }).isVisible()).toBe(true);

    // …with trainees picked from the registry (by name), each keeping the unit and post held now.
    await page.getByRole('button', { name: '添加学员' }).click();
    const dialog = page.getByRole('dialog', { name: '添加学员' });
    for (const p of [v1!, e1!]) {
      await dialog.getByLabel('选择学员').click();
      await page.keyboard.type(p.name);
      await page.locator('.ant-select-dropdown:visible').getByTitle(`${p.name} · ${p.unit}`, { exact: true }).click();
    }
    // Clicking beside the picker closes its list (Esc would close the dialog).
    await dialog.getByText('从信息库的人员中选择').click();
    await dialog.getByRole('button', { name: '添加 2 人' }).click();
    await until(() => page.getByText('学员名单（2）').isVisible()).toBe(true);
    const byHand = (await readLive<Klass>(page, 'trainings')).find((c) => c.session === '第7期')!;
    expect(byHand).toMatchObject({ name: '全县村企联络员培训班', startDate: '2008-12-01', endDate: '2008-12-03' });
    const handTrainees = (await readLive<Trainee>(page, 'trainees')).filter((t) => t.classId === byHand.id).sort((a, b) => a.seq - b.seq);
    expect(handTrainees.map((t) => [t.personId, t.orgId, t.orgName, t.post])).toEqual([
      [v1!.id, v1!.orgId, v1!.unit, v1!.post],
      [e1!.id, e1!.orgId, e1!.unit, e1!.post],
    ]);
    await app.screenshot('training-class-page');

    // 打印签到表: what would go to paper, kept to render as PDF afterwards.
    await page.evaluate(() => {
      const w = window as unknown as { printed: string[] };
      w.printed = [];
      window.print = () => {
        const root = document.querySelector('.cq-signin-root') as HTMLElement | null;
        w.printed.push(root?.innerText ?? '');
        if (root) document.body.append(Object.assign(root.cloneNode(true) as HTMLElement, { id: 'kept-print-copy' }));
        for (const style of document.head.querySelectorAll('style')) {
          if (style.textContent?.includes('@page')) document.head.append(Object.assign(style.cloneNode(true) as HTMLElement, { className: 'kept-page-rules' }));
        }
      };
    });
    await page.getByRole('button', { name: '打印签到表' }).click();
    const preview = page.getByRole('dialog', { name: '打印预览：全县村企联络员培训班（第7期）学员签到表' });
    await until(() => preview.getByTestId('print-preview').getByText(v1!.unit).isVisible()).toBe(true);
    expect(await preview.getByText('时间：2008年12月1日至3日').isVisible()).toBe(true);
    // The dialog's opening animation is over when no element carries its motion classes.
    await until(() => page.locator('.ant-modal[class*="ant-zoom"]').count()).toBe(0);
    await app.screenshot('training-sign-in-preview');
    await preview.locator('.ant-modal-footer').getByRole('button', { name: '打印' }).click();
    await until(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed.length)).toBe(1);
    const printedText = await page.evaluate(() => (window as unknown as { printed: string[] }).printed[0]!);
    expect(printedText).toMatch(new RegExp(`1\\s*${v1!.name}\\s*${v1!.unit}`));
    expect(printedText).toContain('序号');
    await preview.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await page.evaluate(() => document.body.classList.add('cq-signin-printing'));
    await page.emulateMedia({ media: 'print' });
    const pdf = join(SCREENSHOT_DIR, 'training-sign-in-print.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      document.body.classList.remove('cq-signin-printing');
      document.getElementById('kept-print-copy')?.remove();
      document.querySelectorAll('.kept-page-rules').forEach((s) => s.remove());
    });
    const printed = await renderPages(pdf, 'training-sign-in-print');
    expect(printed).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(printed).toContain('学员签到表');
    expect(printed).toContain(e1!.unit);
    expect(printed).not.toContain('村企党组织联建工作管理系统');

    // 导出签到表: the workbook, rendered through LibreOffice.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出签到表' }).click()]);
    expect(download.suggestedFilename()).toBe('全县村企联络员培训班（第7期）学员签到表.xlsx');
    const xlsx = join(SCREENSHOT_DIR, 'training-sign-in.xlsx');
    await copyFile((await download.path())!, xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('签到表')!;
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '单位', '职务', '签名']);
    expect((ws.getRow(4).values as unknown[]).slice(1, 5)).toEqual([1, v1!.name, v1!.unit, v1!.post]);
    // LibreOffice renders it while the import goes on.
    const exported = renderPages(xlsx, 'training-sign-in-xlsx');

    // 导入: two classes, their trainees; 郑新来 is nobody in the registry (mapped to v4), and
    // e1 is listed twice in 第8期.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '导入' }).click();
    await until(() => page.getByRole('heading', { name: '导入培训班名单' }).isVisible()).toBe(true);
    const file = await classList([
      ['第8期', v2!.name, v2!.unit, v2!.township, '村党支部书记'],
      ['第8期', e1!.name, e1!.unit, null, null],
      ['第8期', '郑新来', v4!.unit, v4!.township, '村委会主任'],
      ['第9期', v2!.name, `${v2!.township}${v2!.unit}`, null, null],
      ['第9期', e2!.name, e2!.unit, null, '党支部书记'],
      ['第8期', e1!.name, e1!.unit, null, null],
    ]);
    await chooseFiles(page, [{ name: '2008年骨干培训班名单.xlsx', bytes: file }]);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await until(() => page.getByText('文件 2008年骨干培训班名单.xlsx · 工作表 学员 · 第7行 · C列「姓名」：与第3行重复（培训班和学员相同）').isVisible()).toBe(true);
    const unknown = `郑新来（${v4!.unit}）`;
    await page.getByLabel(`「${unknown}」对应到`).click();
    await page.keyboard.type(v4!.name);
    await page.locator('.ant-select-dropdown:visible').getByTitle(new RegExp(`^${v4!.name}（${v4!.unit}`)).first().click();
    await until(() => page.getByText('所有未知名称都已处理。').isVisible()).toBe(true);
    await until(() => page.getByRole('tab', { name: '学员（5）' }).isVisible()).toBe(true);
    await app.screenshot('training-import-preview');
    await page.getByRole('checkbox', { name: '跳过这 1 行被拒绝的行，只导入其余的行' }).check();
    // The class import has no done page: its toast is what says the import went through.
    await expectToast(page, '导入完成', () => page.getByRole('button', { name: /确认导入/ }).click());

    const classes = await readLive<Klass>(page, 'trainings');
    const eighth = classes.find((c) => c.session === '第8期' && c.startDate === '2008-12-15')!;
    const ninth = classes.find((c) => c.session === '第9期' && c.startDate === '2008-12-22')!;
    expect(ninth).toMatchObject({ name: '非公企业党务干部专题培训班', endDate: '2008-12-24' });
    const trainees = await readLive<Trainee>(page, 'trainees');
    expect(trainees).toHaveLength(234 + 2 + 5);
    const roster = (id: string) => trainees.filter((t) => t.classId === id).sort((a, b) => a.seq - b.seq).map((t) => [t.personId, t.orgName, t.post]);
    expect(roster(eighth.id)).toEqual([
      [v2!.id, v2!.unit, '村党支部书记'],
      [e1!.id, e1!.unit, e1!.post],
      [v4!.id, v4!.unit, '村委会主任'],
    ]);
    expect(roster(ninth.id)).toEqual([
      [v2!.id, `${v2!.township}${v2!.unit}`, v2!.post],
      [e2!.id, e2!.unit, '党支部书记'],
    ]);
    expect((await readLive<Named>(page, 'persons')).length).toBe(persons.length);

    // The list: nine classes, 241 trainees.
    await page.getByRole('button', { name: '查看培训班列表' }).click();
    await until(() => page.getByTestId('classes-total-trainees').textContent()).toBe('241');
    expect(await page.getByText('合计：9 期').isVisible()).toBe(true);
    await app.screenshot('training-classes-list');

    // A person attends several classes: v2's 培训经历 lists both, with the unit written then.
    await app.goto(`/registry/persons/${v2!.id}`);
    await page.getByRole('tab', { name: '培训经历' }).click();
    await until(() => page.getByRole('link', { name: '非公企业党务干部专题培训班（第9期）' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: '全县村企党组织负责人骨干培训班（第8期）' }).isVisible()).toBe(true);
    expect(await page.getByRole('cell', { name: `${v2!.township}${v2!.unit}`, exact: true }).isVisible()).toBe(true);

    // The annual table (2008): 4 sample classes + 1 by hand + 2 imported; 156 + 2 + 5 trainees.
    await openMenu(page, '统计报表', '年度统计表');
    await until(() => page.getByRole('cell', { name: '全县合计' }).isVisible()).toBe(true);
    await until(() => trainingTotals(page)).toEqual(['7', '163']);
    // Scrolled to the 骨干培训 columns for the picture.
    await page.evaluate(() => {
      const table = [...document.querySelectorAll('.cq-stat-scroll')].find((t) => t.textContent?.includes('培训班（期）'));
      table?.scrollTo({ left: table.scrollWidth });
    });
    await app.screenshot('training-annual-table');
    // The summary: 9 classes, 241 trainees since 2006.
    expect(await summarySentence(page)).toBe('共举办9期培训班，培训村企党组织负责人241人。');
    await app.screenshot('training-summary');

    const rendered = await exported;
    expect(rendered).toMatch(/\(A4\)/);
    expect(rendered).toContain(e1!.name);
  });
});
