// A whole county through the UI only (issue 16, "Done means"): an empty app, the working year
// set to 2008, then the office's own files imported one after another — the village list
// (乡镇 merged down, 小计 rows), the enterprise list, the pairings workbook twice (its 联建名单
// sheet, then its 产业基地 sheet), the cross-appointment list, the honours list of two
// committees, the 骨干培训班 list and the 18 townships' year-end tallies in three layouts, in
// one batch. Then what
// the office reports: the stored tallies township by township and figure by figure, the
// annual table's county total and the exported summary paragraph against the seed article.
// The whole county's import time is printed (never asserted).
//
// Every township's figures in the annual table are its tally's (tallies as a source of the
// statistics, 产业共建 from the 产业基地 records), and the summary writes them in official
// rounding (4万多人, 5100多名, 600多万元).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { readLive } from '../support/store';
import { chooseFiles, confirmImport } from '../import/helpers';
import { ledgerFigures } from '@shared/reports/statistics/ledger-figures';
import { buildCounty, FIGURE_KEYS, TOWNSHIPS, townshipTotals, YEAR, ZONE } from '../../fixtures/county/model';
import { classList, crossAppointmentList, enterpriseList, honoursList, pairingsWorkbook, villageList } from '../../fixtures/county/files';
import { CSV_TOWNSHIP, FIGURE_IDS, tallyFiles } from '../../fixtures/county/tallies';

const WAIT = { timeout: 60_000, interval: 250 };
const until = <T>(fn: () => Promise<T> | T) => expect.poll(fn, WAIT);

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  return readFile((await file.path())!);
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One file through the import wizard: read, mapping as detected, preview, the unknown names decided, import. */
async function wizard(page: Page, name: string, bytes: Uint8Array, added: number, decide?: () => Promise<void>): Promise<void> {
  await chooseFiles(page, [{ name, bytes, mimeType: XLSX_MIME }]);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步：预览' }).click();
  await until(() => page.getByRole('tab', { name: /^拒绝（\d+）$/ }).isVisible()).toBe(true);
  if (decide) await decide();
  try {
    await until(() => page.getByRole('tab', { name: `新增（${added}）` }).isVisible()).toBe(true);
  } catch (e) {
    // Say what the preview says instead (its counts and its first refusals).
    await page.getByRole('tab', { name: /^拒绝/ }).click();
    throw new Error(`${name}：${(await page.locator('.ant-tabs').first().innerText()).slice(0, 1500)}`, { cause: e });
  }
  expect(await page.getByRole('tab', { name: '拒绝（0）' }).isVisible(), `${name}: no row refused`).toBe(true);
  await confirmImport(page);
  await expect.poll(() => page.locator('.ant-result-title', { hasText: '导入完成' }).isVisible(), { timeout: 180_000, interval: 250 }).toBe(true);
}

async function menu(page: Page, area: RegExp, item: string): Promise<void> {
  const entry = page.getByRole('menuitem', { name: item, exact: true });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: area }).first().click();
  await entry.click();
}

const createAll = (page: Page) => () => page.getByRole('button', { name: '全部新建' }).click();

/** The annual workbook's rows (each township and 全县合计) as label → 「group/label」 → value, over every sheet. */
async function tableRows(bytes: Buffer): Promise<Map<string, Map<string, number>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const out = new Map<string, Map<string, number>>();
  const clean = (v: unknown) => String(v ?? '').replace(/\n/g, '').replace(/[（(][^）)]*[）)]$/, '');
  for (const ws of wb.worksheets) {
    const labels = new Map<number, string>();
    ws.eachRow((row, n) => {
      const label = String(row.getCell(1).value ?? '');
      if (n > 4 && (label === '全县合计' || TOWNSHIPS.includes(label as (typeof TOWNSHIPS)[number]) || label === ZONE)) labels.set(n, label);
    });
    let group = '';
    for (let c = 2; c <= ws.columnCount; c++) {
      group = clean(ws.getCell(3, c).master.value) || group;
      const key = `${group}/${clean(ws.getCell(4, c).value)}`;
      for (const [n, label] of labels) {
        const row = out.get(label) ?? new Map<string, number>();
        row.set(key, Number(ws.getCell(n, c).value ?? 0));
        out.set(label, row);
      }
    }
  }
  return out;
}

/** The annual table's column of a tally figure (「劳务输送/输送人数」). */
const columnOf = (id: string) => {
  const f = ledgerFigures().find((x) => x.id === id)!;
  return `${f.typeName}/${f.label}`;
};

describe('a county’s files, imported through the UI, give the seed article’s figures', () => {
  let app: AppSession;
  const county = buildCounty();

  beforeAll(async () => {
    app = await openApp();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('imports the whole county and reports it', { timeout: 900_000 }, async () => {
    const { page } = app;
    // The office works on 2008's figures.
    await page.getByLabel('工作年度').click();
    for (let y = new Date().getFullYear(); y > YEAR; y--) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await until(() => page.locator('.ant-select', { has: page.getByLabel('工作年度') }).textContent()).toContain(`${YEAR}年`);

    const files = {
      villages: await villageList(county),
      enterprises: await enterpriseList(county),
      pairings: await pairingsWorkbook(county),
      cross: await crossAppointmentList(county),
      honours: await honoursList(county),
      classes: await classList(county),
      tallies: await tallyFiles(county),
    };
    const started = Date.now();
    const lap: [string, number][] = [];
    const mark = (what: string) => lap.push([what, Date.now()]);

    await app.goto('/import/villages');
    await wizard(page, '长汀县村情信息表.xlsx', files.villages, 290, createAll(page));
    mark('村情信息（290个村，18个乡镇）');
    await app.goto('/import/enterprises');
    await wizard(page, '长汀县非公有制企业基本情况表.xlsx', files.enterprises, 727, () =>
      page.getByRole('radiogroup', { name: '「长汀经济开发区」的处理方式' }).getByRole('radio', { name: '新建乡镇' }).check(),
    );
    mark('企业（727家）');
    await app.goto('/import/pairings');
    await wizard(page, '长汀县村企联建名单.xlsx', files.pairings, 125);
    mark('联建名单（125对）');
    await menu(page, /成效台账/, '产业基地');
    await page.getByRole('button', { name: 'import 导入', exact: true }).click();
    await wizard(page, '长汀县村企联建名单.xlsx', files.pairings, 12);
    mark('产业基地（12个）');
    await menu(page, /成效台账/, '成效台账');
    await page.getByRole('button', { name: 'import 导入', exact: true }).click();
    await page.getByRole('menuitem', { name: '导入交叉任职名单' }).click();
    await wizard(page, '交叉任职党员名单.xlsx', files.cross, 85, createAll(page));
    mark('交叉任职名单（85人）');
    await page.getByRole('menuitem', { name: /评先表彰/ }).first().click();
    await page.getByRole('button', { name: '导入表彰名单' }).click();
    await wizard(page, '先进基层党组织名单.xlsx', files.honours, 33, createAll(page));
    mark('表彰名单（2个文号，33个）');
    // The class list: 6 classes and their 234 trainees, all new to the registry (created in their units).
    await menu(page, /培训交流/, '骨干培训班');
    await page.getByRole('button', { name: 'import 导入', exact: true }).click();
    await chooseFiles(page, [{ name: '骨干培训班名单.xlsx', bytes: files.classes, mimeType: XLSX_MIME }]);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await page.getByRole('button', { name: '全部新建' }).click();
    await until(() => page.locator('.ant-statistic').filter({ hasText: '新增学员' }).textContent()).toContain('234');
    expect(await page.locator('.ant-statistic').filter({ hasText: '新增培训班' }).textContent()).toContain('6');
    expect(await page.getByRole('tab', { name: '拒绝（0）' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /确认导入/ }).click();
    await expect.poll(() => page.locator('.ant-result-title', { hasText: '导入完成' }).isVisible(), { timeout: 180_000, interval: 250 }).toBe(true);
    mark('骨干培训班（6期，234人）');

    await menu(page, /年终统计/, '报送情况');
    await page.getByRole('button', { name: '导入年终统计表' }).click();
    const dialog = page.getByRole('dialog', { name: `导入${YEAR}年年终统计表` });
    await dialog.locator('input[type=file]').setInputFiles(files.tallies.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.bytes) })));
    await expect.poll(() => dialog.getByText(/^可导入 \d+ 个联建点/).count(), { timeout: 180_000, interval: 250 }).toBe(18);
    const csvCard = dialog.getByTestId(`tally-file-${files.tallies.find((f) => f.township === CSV_TOWNSHIP)!.name}`);
    await csvCard.getByRole('checkbox', { name: '空白按0计' }).check();
    await app.screenshot('county-tallies');
    await dialog.getByRole('button', { name: '全部导入（18 个文件）' }).click();
    await expect.poll(() => dialog.getByText(/^已导入/).count(), { timeout: 180_000, interval: 250 }).toBe(18);
    mark('年终统计表（18个乡镇）');
    const seconds = (Date.now() - started) / 1000;
    const parts = lap.map(([what, t], i) => `${what} ${((t - (i ? lap[i - 1]![1] : started)) / 1000).toFixed(1)} 秒`);
    console.log(`全县导入用时 ${seconds.toFixed(1)} 秒：${parts.join('；')}`);
    await dialog.getByRole('button', { name: '关闭' }).first().click();

    // What the store holds: the registry, the lists, and each township's tally figure by figure.
    expect(await readLive(page, 'townships')).toHaveLength(19);
    expect(await readLive(page, 'villages')).toHaveLength(290);
    expect(await readLive(page, 'enterprises')).toHaveLength(727);
    expect(await readLive(page, 'pairings')).toHaveLength(125);
    expect(await readLive(page, 'industryBases')).toHaveLength(12);
    const townships = new Map((await readLive<{ id: string; name: string; deleted: number }>(page, 'townships')).map((t) => [t.id, t.name]));
    const reports = await readLive<{ townshipId: string; year: number; rows: { figures: Record<string, Record<string, unknown>> }[]; deleted?: number }>(page, 'tallyReports');
    expect(reports.map((r) => townships.get(r.townshipId)).sort()).toEqual([...TOWNSHIPS].sort());
    for (const report of reports) {
      const name = townships.get(report.townshipId)!;
      const expected = townshipTotals(county, name);
      for (const k of FIGURE_KEYS) {
        const [type, key] = [FIGURE_IDS[k].slice(0, FIGURE_IDS[k].indexOf('.')), FIGURE_IDS[k].slice(FIGURE_IDS[k].indexOf('.') + 1)];
        const got = report.rows.reduce((s, r) => s + Number(r.figures[type]?.[key] ?? 0), 0);
        expect(got, `${name} ${k}`).toBeCloseTo(expected[k], 6);
      }
    }

    // The annual table of 2008: its 全县合计 row, exported.
    await menu(page, /统计报表/, '年度统计表');
    await until(() => page.getByRole('cell', { name: '全县合计' }).isVisible()).toBe(true);
    await app.screenshot('county-annual-table');
    // Under the table: the 18 townships that sent their tallies stand on them, the 开发区 on the ledger.
    expect(await page.getByTestId('annual-sources').textContent()).toContain(`${YEAR}年联建成效：18个乡镇（开发区）取自年终统计表（`);
    expect(await page.getByTestId('annual-sources').textContent()).toContain('，1个取自台账');
    const rows = await tableRows(await download(page, () => page.getByRole('button', { name: '导出 Excel' }).click()));
    const totals = rows.get('全县合计')!;
    const at = (key: string) => {
      if (!totals.has(key)) throw new Error(`年度统计表没有「${key}」列：${[...totals.keys()].join('、')}`);
      return totals.get(key);
    };
    expect(['非公有制企业/企业数', '非公有制企业/从业人员', '非公有制企业/规模以上企业', '非公有制企业/其中建立党组织', '非公有制企业/企业党组织', '村/村数', '村/村党组织', '村企联建/联建对数'].map(at)).toEqual([727, 41_236, 39, 39, 41, 290, 290, 125]);
    // Each figure once: the 去向 of 交叉任职 are a 联建成效 column and a 分类明细 column of the same count.
    expect(['交叉任职/交叉任职', '交叉任职/企业中层管理人员', '交叉任职/农村经济发展带头人', '交叉任职/当选村党组织书记', '产业共建/基地数', '产业共建/面积'].map(at)).toEqual([85, 7, 34, 18, 12, 26_000]);
    expect(['交叉任职·成效/企业中层管理人员', '交叉任职·成效/农村经济发展带头人', '交叉任职·成效/当选村党组织书记'].map(at)).toEqual([7, 34, 18]);
    // Each township's row is its tally's totals, cell by cell (产业共建 from the 产业基地 records, which agree), and the 全县合计 their sum.
    for (const k of FIGURE_KEYS) {
      const column = columnOf(FIGURE_IDS[k]);
      let whole = 0;
      for (const name of TOWNSHIPS) {
        const expected = townshipTotals(county, name)[k];
        expect(rows.get(name)?.get(column), `${name} ${column}`).toBeCloseTo(expected, 6);
        whole += expected;
      }
      expect(rows.get(ZONE)?.get(column) ?? 0, `${ZONE} ${column}`).toBe(0);
      expect(at(column), `全县合计 ${column}`).toBeCloseTo(whole, 6);
    }
    expect(['表彰先进/县委表彰', '表彰先进/市委表彰', '骨干培训/培训班', '骨干培训/培训人员'].map(at)).toEqual([22, 11, 6, 234]);

    // The summary paragraph, exported as Word, against the article's sentences.
    await menu(page, /统计报表/, '工作总结数字');
    await page.getByLabel('市委名称').fill('龙岩市委');
    await until(async () => (await page.getByLabel('数字段落').inputValue()).includes('龙岩市委')).toBe(true);
    const docx = await download(page, () => page.getByRole('button', { name: '导出 Word' }).click());
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const sentence of [
      '全县非公有制企业发展到727家',
      '39家规模以上非公有制企业全部建立党组织',
      '全县41家非公有制企业党组织和290个村党支部',
      '联建村派到企业交叉任职的85名党员，有7人成为企业中层管理人员，有34人回村后成为发展农村经济带头人，有18人当选为村党组织书记',
      '有12个村企党组织共建产业基地2.6万亩',
      '共有3家企业和8个村党组织被龙岩市委评为先进基层党组织，有8家企业和14个村党组织被县委评为先进基层党组织',
      '共举办6期培训班，培训村企党组织负责人234人',
      '2007年以来，又有72个村企自愿加入联建',
      '安排就业人员4万多人',
      '联建村共向企业输送技术工人5100多名',
      '企业共扶持联建村资金600多万元',
      '全县有36家企业与62个村建立了劳动力技能培训供给关系',
      '21个联建点成立了治安联防队，13个联建村帮助企业化解各类矛盾纠纷34起',
      '全县共有38个企业派出45名党务干部到联建村学习取经',
    ]) {
      expect(text, sentence).toContain(sentence);
    }
  });
});
