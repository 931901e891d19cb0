// 年终统计 end to end, as the office and two townships would do it: templates for 2008 out,
// two of them filled by script (one with a bad row), both imported, the completeness board
// and the bad row with its address, the fix re-imported (replacing, never adding), the
// reconciliation, and the annual table exported and checked cell by cell (each township from
// its tally where it reported, from the ledger elsewhere).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';
import encodeGb18030 from '../../fixtures/spreadsheets/gb18030';

const WAIT = { timeout: 30_000 };

type Entry = { pairingId?: string; townshipId: string; year: number; type: string; figures: Record<string, unknown>; deleted: number };

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

const buffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** The hidden sheet's maps: figure id → column letter, row number → pairing id. */
function metaOf(wb: ExcelJS.Workbook) {
  const rows: unknown[][] = [];
  wb.getWorksheet('_cq_tally')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  const columnCount = Number(rows[8][1]);
  const columns = new Map(rows.slice(9, 9 + columnCount).map((r) => [String(r[1]), String(r[0])]));
  const rowCount = Number(rows[9 + columnCount][1]);
  const pairingRows = rows.slice(10 + columnCount, 10 + columnCount + rowCount).map((r) => ({ row: Number(r[0]), pairingId: String(r[1]) }));
  return { columns, pairingRows };
}

describe('年终统计: templates out, tallies in, board, fix and re-import, reconciliation, annual table', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  // The whole year in one session (templates, two imports, a fix, reconciliation, the annual
  // table checked cell by cell): well over the default two minutes on a loaded two-core machine.
  it('runs the year-end round without double counting', { timeout: 240_000 }, async () => {
    const { page } = app;
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await expect.poll(() => page.getByTestId('sample-data-tag').isVisible(), WAIT).toBe(true);
    // 产业共建 figures are 产业基地 records: each base counts as an entry of its (one) pairing.
    type Base = { pairingIds: string[]; townshipId: string; year: number; area?: number; households?: number; enterpriseGain?: number; deleted: number };
    const bases = (await readLive<Base>(page, 'industryBases')).map(
      (b): Entry => ({ pairingId: b.pairingIds[0], townshipId: b.townshipId, year: b.year, type: 'industry', figures: { bases: 1, area: b.area, households: b.households, enterpriseGain: b.enterpriseGain }, deleted: 0 }),
    );
    const ledger = [...(await readLive<Entry>(page, 'ledger')), ...bases].filter((e) => e.year === 2008);
    const townships = await readLive<{ id: string; name: string; order: number; deleted: number }>(page, 'townships');
    const townshipId = (name: string) => townships.find((t) => t.name === name)!.id;
    const pairingSum = (pairingId: string, type: string, key: string) =>
      ledger.filter((e) => e.pairingId === pairingId && e.type === type).reduce((s, e) => s + (typeof e.figures[key] === 'number' ? (e.figures[key] as number) : 0), 0);

    // 1. Templates for 2008, all at once (one .zip in the browser edition).
    await page.getByRole('menuitem', { name: /年终统计/ }).click();
    await page.getByRole('menuitem', { name: /统计模板/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /生成模板（18 个）/ }).isEnabled(), WAIT).toBe(true);
    await app.screenshot('tally-templates');
    const zip = await download(page, () => page.getByRole('button', { name: /生成模板/ }).click());
    expect(zip.name).toBe('2008年村企联建年终统计模板.zip');
    const archive = await JSZip.loadAsync(zip.bytes);
    expect(Object.keys(archive.files)).toHaveLength(18);
    const template = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await archive.file(`2008年村企联建年终统计表-${name}.xlsx`)!.async('arraybuffer'));
      return wb;
    };

    // 2. 河田镇 reports every figure as its ledger holds it, except 5 more skilled workers on its first pairing.
    const ledgerFigure = (pairingId: string, figureId: string): number | string => {
      const [type, key] = [figureId.slice(0, figureId.indexOf('.')), figureId.slice(figureId.indexOf('.') + 1)];
      const entries = ledger.filter((e) => e.pairingId === pairingId && e.type === type);
      if (key === '#count') return entries.length;
      if (key.endsWith('=true')) return entries.some((e) => e.figures[key.split('=')[0]] === true) ? '是' : '否';
      if (key.includes('=')) return entries.filter((e) => String(e.figures[key.split('=')[0]]) === key.split('=')[1]).length;
      return pairingSum(pairingId, type, key);
    };
    const hetian = await template('河田镇');
    const hetianMeta = metaOf(hetian);
    const hetianSheet = hetian.getWorksheet('年终统计表')!;
    hetianMeta.pairingRows.forEach(({ row, pairingId }, i) => {
      for (const [figure, column] of hetianMeta.columns) {
        const value = ledgerFigure(pairingId, figure);
        const shown = i === 0 && figure === 'labour.skilled' ? Number(value) + 5 : value;
        // Blank counts as 0 (the template says so): zeros are left out as a township would.
        if (shown !== 0 && shown !== '否') hetianSheet.getCell(`${column}${row}`).value = shown;
      }
    });
    const hetianFile = Buffer.from(await hetian.xlsx.writeBuffer());

    // 濯田镇: same, but its second row says 其中技术工人 > 输送人数.
    const zhuotian = await template('濯田镇');
    const zMeta = metaOf(zhuotian);
    const zSheet = zhuotian.getWorksheet('年终统计表')!;
    const fill = (badRow: boolean) => {
      zMeta.pairingRows.forEach(({ row, pairingId }, i) => {
        zSheet.getCell(`${zMeta.columns.get('labour.sent')}${row}`).value = pairingSum(pairingId, 'labour', 'sent') || 10;
        zSheet.getCell(`${zMeta.columns.get('labour.skilled')}${row}`).value = i === 1 && badRow ? 999 : pairingSum(pairingId, 'labour', 'skilled');
      });
      return zhuotian.xlsx.writeBuffer().then((b) => Buffer.from(b));
    };
    const zBad = await fill(true);
    const badRowNumber = zMeta.pairingRows[1].row;
    const skilledColumn = zMeta.columns.get('labour.skilled')!;

    // 3. Import both at once.
    await page.getByRole('menuitem', { name: /报送情况/ }).click();
    await expect.poll(() => page.getByTestId('tally-summary').textContent(), WAIT).toContain('已收到 0 个');
    await page.getByRole('button', { name: '导入年终统计表' }).click();
    const dialog = page.getByRole('dialog', { name: '导入2008年年终统计表' });
    await dialog.locator('input[type=file]').setInputFiles([
      { name: '河田镇2008年终统计.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: hetianFile },
      { name: '濯田镇2008年终统计.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: zBad },
    ]);
    const address = `文件 濯田镇2008年终统计.xlsx · 工作表 年终统计表 · 第${badRowNumber}行 · ${skilledColumn}列「其中技术工人（人）」：「其中技术工人」（999）不能大于「输送人数」`;
    await expect.poll(() => dialog.getByText(address).isVisible(), WAIT).toBe(true);
    await expect.poll(() => dialog.getByText(/可导入 \d+ 个联建点/).count(), WAIT).toBe(2);
    await app.screenshot('tally-import-preview');
    // The error workbook for the township, with the bad cell marked.
    const errors = await download(page, () => dialog.getByRole('button', { name: '下载错误行' }).click());
    const errorBook = new ExcelJS.Workbook();
    await errorBook.xlsx.load(buffer(errors.bytes));
    expect(errorBook.worksheets[0].getColumn(errorBook.worksheets[0].columnCount).values.join('')).toContain('不能大于');
    // 濯田镇's file has a rejected row: all or nothing, as in the registry import — it waits
    // until the user ticks to skip that row; 全部导入 imports 河田镇 alone.
    const zCard = dialog.getByTestId('tally-file-濯田镇2008年终统计.xlsx');
    await expect.poll(() => zCard.getByText('有 1 行被拒绝，整个文件暂不导入').isVisible(), WAIT).toBe(true);
    expect(await zCard.getByRole('button', { name: '导入此文件' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '全部导入（1 个文件）' }).click();
    await expect.poll(() => dialog.getByText(/^已导入/).count(), WAIT).toBe(1);
    expect((await readTable<{ townshipId: string }>(page, 'tallyReports')).map((r) => r.townshipId)).toEqual([townshipId('河田镇')]);
    await zCard.getByRole('checkbox', { name: '跳过这 1 行被拒绝的行，只导入其余的行' }).check();
    await zCard.getByRole('button', { name: '导入此文件' }).click();
    await expect.poll(() => dialog.getByText(/^已导入/).count(), WAIT).toBe(2);
    await dialog.getByRole('button', { name: '关闭' }).first().click();

    // 4. The board: 河田镇 received, 濯田镇 with errors (the bad row and its address), the rest missing.
    await expect.poll(() => page.getByTestId('tally-summary').textContent(), WAIT).toBe('已收到 1 个，有错误 1 个，未收到 16 个。');
    const zRow = page.getByRole('row', { name: /濯田镇/ });
    await expect.poll(() => zRow.getByText('有错误').isVisible(), WAIT).toBe(true);
    await zRow.getByRole('button', { name: /展开行|Expand row/ }).click();
    await expect.poll(() => page.getByText(address).isVisible(), WAIT).toBe(true);
    await app.screenshot('tally-board-errors');
    let reports = await readTable<{ townshipId: string; rows: { pairingId: string; figures: Record<string, Record<string, unknown>> }[] }>(page, 'tallyReports');
    expect(reports).toHaveLength(2);
    expect(reports.find((r) => r.townshipId === townshipId('濯田镇'))!.rows).toHaveLength(zMeta.pairingRows.length - 1);

    // 5. 濯田镇 fixes the row and sends it again: the new file replaces the old batch.
    const zFixed = await fill(false);
    await page.getByRole('button', { name: '导入年终统计表' }).click();
    await dialog.locator('input[type=file]').setInputFiles([{ name: '濯田镇2008年终统计（修改）.xlsx', mimeType: 'application/octet-stream', buffer: zFixed }]);
    await expect.poll(() => dialog.getByText(`可导入 ${zMeta.pairingRows.length} 个联建点`).isVisible(), WAIT).toBe(true);
    await dialog.getByRole('button', { name: '导入此文件' }).click();
    await expect.poll(() => dialog.getByText('已导入（已替换该单位此前导入的年终统计）').isVisible(), WAIT).toBe(true);
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => page.getByTestId('tally-summary').textContent(), WAIT).toBe('已收到 2 个，有错误 0 个，未收到 16 个。');
    await app.screenshot('tally-board');
    reports = await readTable(page, 'tallyReports');
    expect(reports).toHaveLength(2);
    const zReport = reports.find((r) => r.townshipId === townshipId('濯田镇'))!;
    expect(zReport.rows).toHaveLength(zMeta.pairingRows.length);
    const reportedSent = zReport.rows.reduce((s, r) => s + Number(r.figures.labour.sent), 0);
    expect(reportedSent).toBe(zMeta.pairingRows.reduce((s, { pairingId }) => s + (pairingSum(pairingId, 'labour', 'sent') || 10), 0));
    const batches = (await readTable<{ kind: string; undone: boolean; townshipId: string }>(page, 'importBatches')).filter((b) => b.kind === 'tally');
    expect(batches.filter((b) => !b.undone).map((b) => b.townshipId).sort()).toEqual([townshipId('河田镇'), townshipId('濯田镇')].sort());
    expect(batches.filter((b) => b.undone)).toHaveLength(1);

    // 6. Reconciliation: 河田镇's 5 extra skilled workers stand out.
    await page.getByRole('menuitem', { name: /统计报表/ }).click();
    await page.getByRole('menuitem', { name: /对账/ }).click();
    const hRow = page.getByRole('row', { name: /河田镇/ });
    await expect.poll(() => hRow.getByText('1 项不一致').isVisible(), WAIT).toBe(true);
    await hRow.getByRole('button', { name: /展开行|Expand row/ }).click();
    await expect.poll(() => page.getByRole('cell', { name: '+5', exact: true }).first().isVisible(), WAIT).toBe(true);
    await app.screenshot('tally-reconcile');

    // 7. The annual table: 河田镇 and 濯田镇 from their tallies (what a tally carries), every other
    // township and every breakdown a tally does not carry from the ledger — never both added —,
    // every township and the total checked cell by cell.
    await page.getByRole('menuitem', { name: /年度统计表/ }).click();
    await expect.poll(() => page.getByRole('cell', { name: '全县合计' }).isVisible(), WAIT).toBe(true);
    const annual = await download(page, () => page.getByRole('button', { name: '导出 Excel' }).click());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer(annual.bytes));
    const ordered = [...townships].sort((a, b) => a.order - b.order);
    const sums = (type: string, key: string, tid?: string) =>
      ledger.filter((e) => e.type === type && (!tid || e.townshipId === tid)).reduce((s, e) => {
        const v = e.figures[key.split('=')[0]];
        if (key === '#count') return s + 1;
        if (key.includes('=')) return s + (String(v) === key.split('=')[1] ? 1 : 0);
        return s + (typeof v === 'number' ? v : 0);
      }, 0);
    // A tally carries every sum, persons counted, the chosen outcomes and 是/否 answers, not the other option breakdowns.
    const carried = (key: string) => !key.includes('=') || key === 'orderBased=true' || /^outcome=(企业中层管理人员|农村经济发展带头人|当选村党组织书记)$/.test(key);
    const tallyOf = new Map(reports.map((r) => [r.townshipId, r]));
    const tallySum = (report: (typeof reports)[number], type: string, key: string) =>
      report.rows.reduce((s, r) => {
        const v = r.figures[type]?.[key];
        return s + (typeof v === 'number' ? v : v === true ? 1 : 0);
      }, 0);
    const expected = (type: string, key: string, tid: string) => {
      const report = tallyOf.get(tid);
      return report && carried(key) ? tallySum(report, type, key) : sums(type, key, tid);
    };
    expect(expected('labour', 'skilled', townshipId('河田镇'))).toBe(sums('labour', 'skilled', townshipId('河田镇')) + 5);
    let checked = 0;
    // The ledger's sheets only: 培训交流 counts organizations (test/e2e/training/exchange.e2e.ts) and
    // 督查整改 counts inspections (test/unit/shared/reports/statistics/annual-inspections.test.ts).
    for (const ws of wb.worksheets.slice(1).filter((w) => !w.name.endsWith('培训交流') && !w.name.endsWith('督查整改'))) {
      // Row 3: group (ledger type) headers, merged; row 4: figure headers.
      let type = '';
      for (let c = 2; c <= ws.columnCount; c++) {
        type = String(ws.getCell(3, c).master.value || type);
        const figure = String(ws.getCell(4, c).value).replace(/\n/g, '').replace(/\(.*\)$/, '');
        const spec = FIGURE_KEYS[`${type}/${figure}`];
        if (!spec) throw new Error(`unknown column ${type}/${figure}`);
        ordered.forEach((t, i) => expect(ws.getCell(5 + i, c).value, `${ws.name} ${t.name} ${type}/${figure}`).toBeCloseTo(expected(spec[0], spec[1], t.id), 6));
        const total = ordered.reduce((sum, t) => sum + expected(spec[0], spec[1], t.id), 0);
        expect(ws.getCell(5 + ordered.length, c).value, `${ws.name} 合计 ${type}/${figure}`).toBeCloseTo(total, 6);
        checked += ordered.length + 1;
      }
    }
    expect(checked).toBeGreaterThan(40 * 20);
  });
});

describe('年终统计: a township’s own layout', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('imports a GB18030 .csv in the township’s own layout through the mapping step, blank as 0 only once ticked', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await expect.poll(() => page.getByTestId('sample-data-tag').isVisible(), WAIT).toBe(true);
    const townships = await readLive<{ id: string; name: string; deleted: number }>(page, 'townships');
    const cewu = townships.find((t) => t.name === '策武镇')!;
    const allPairings = await readLive<{ id: string; enterpriseId: string; villageId: string; responsibleTownshipId: string; status: string; deleted: number }>(page, 'pairings');
    const pairings = allPairings.filter((p) => p.responsibleTownshipId === cewu.id && p.status === '已批准');
    const enterprises = new Map((await readLive<{ id: string; name: string; deleted: number }>(page, 'enterprises')).map((e) => [e.id, e.name]));
    const villages = new Map((await readLive<{ id: string; name: string; deleted: number }>(page, 'villages')).map((v) => [v.id, v.name]));
    const approved = (townshipId: string) =>
      allPairings.filter((p) => p.responsibleTownshipId === townshipId && p.status === '已批准');
    const fileOf = (name: string, list: typeof pairings) =>
      [
        `${name}2008年村企联建工作情况统计表`,
        '序号,联建点,输送劳动力（人）,技术工人（人）,扶持资金（元）,培训（期）',
        ...list.map((p, i) => `${i + 1},${enterprises.get(p.enterpriseId)}—${villages.get(p.villageId)},${20 + i},${i === 0 ? '' : 10},${(i + 1) * 10000},${i + 1}`),
        `合计,,,,,`,
      ].join('\r\n');
    const lines = fileOf('策武镇', pairings).split('\r\n');
    // A second township sends the same layout: one batch, one mapping.
    const other = townships.find((t) => t.id !== cewu.id && approved(t.id).length > 0)!;
    const otherPairings = approved(other.id);
    await page.getByRole('menuitem', { name: /年终统计/ }).click();
    await page.getByRole('menuitem', { name: /报送情况/ }).click();
    await page.getByRole('button', { name: '导入年终统计表' }).click();
    const dialog = page.getByRole('dialog', { name: '导入2008年年终统计表' });
    const otherName = `${other.name}2008年统计.csv`;
    await dialog.locator('input[type=file]').setInputFiles([
      { name: '策武镇2008年统计.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGb18030(lines.join('\r\n'))) },
      { name: otherName, mimeType: 'text/csv', buffer: Buffer.from(encodeGb18030(fileOf(other.name, otherPairings))) },
    ]);
    const card = dialog.getByTestId('tally-file-策武镇2008年统计.csv');
    const otherCard = dialog.getByTestId(`tally-file-${otherName}`);
    await expect.poll(() => otherCard.getByText(`可导入 ${otherPairings.length} 个联建点`).isVisible(), WAIT).toBe(true);
    await expect.poll(() => otherCard.getByTestId('mapping-source').textContent(), WAIT).toBe('列对应：按表头自动识别的列对应');
    await expect.poll(() => card.getByText('自定格式').isVisible(), WAIT).toBe(true);
    await expect.poll(() => card.getByText('策武镇 · 2008年').isVisible(), WAIT).toBe(true);
    await expect.poll(() => card.getByText(`可导入 ${pairings.length} 个联建点`).isVisible(), WAIT).toBe(true);
    await expect.poll(() => card.getByText(/1 个空白格按“未填报”处理/).isVisible(), WAIT).toBe(true);
    // 培训（期） is not a known header: map it by hand.
    await card.getByText('列的对应关系（可修改）').click();
    const columnF = card.getByLabel('F列对应指标');
    const selectF = columnF.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
    // Typed into the open dropdown and picked; on a loaded machine the first keys can arrive
    // before the dropdown opens, so the choice is checked and made again when it did not take.
    for (let attempt = 0; attempt < 3 && !/技能培训.期数/.test((await selectF.textContent()) ?? ''); attempt++) {
      await columnF.click();
      await columnF.fill('期数');
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .filter({ hasText: /技能培训.期数/ })
        .first()
        .click({ timeout: 5_000 })
        .catch(() => page.keyboard.press('Escape'));
    }
    await expect.poll(() => selectF.textContent(), WAIT).toMatch(/技能培训.期数/);
    // The mapping chosen for the first file goes to the second of the same layout; each card says so.
    await expect.poll(() => card.getByTestId('mapping-source').textContent(), WAIT).toBe('列对应：本文件手动指定的列对应（同样格式的其他文件沿用）');
    await expect.poll(() => otherCard.getByTestId('mapping-source').textContent(), WAIT).toMatch(/^列对应：沿用第\d个文件（策武镇2008年统计\.csv）的列对应$/);
    await card.getByRole('checkbox', { name: '空白按0计' }).check();
    await expect.poll(() => card.getByText(/1 个空白格按0计/).isVisible(), WAIT).toBe(true);
    await app.screenshot('tally-own-layout');
    await card.getByRole('button', { name: '导入此文件' }).click();
    await expect.poll(() => card.getByText(/^已导入/).isVisible(), WAIT).toBe(true);
    await otherCard.getByRole('button', { name: '导入此文件' }).click();
    await expect.poll(() => otherCard.getByText(/^已导入/).isVisible(), WAIT).toBe(true);
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => page.getByRole('row', { name: /策武镇/ }).getByText('已收到').isVisible(), WAIT).toBe(true);
    const reports = await readTable<{ townshipId: string; blankMeansZero: boolean; rows: { pairingId: string; figures: Record<string, Record<string, unknown>> }[] }>(page, 'tallyReports');
    const report = reports.find((r) => r.townshipId === cewu.id)!;
    // The second file was read with the first file's mapping: its 培训（期） column is 技能培训·期数.
    const otherReport = reports.find((r) => r.townshipId === other.id)!;
    expect(otherReport.rows.map((r) => r.figures.training?.sessions).sort()).toEqual(otherPairings.map((_, i) => i + 1).sort());
    expect(report.townshipId).toBe(cewu.id);
    expect(report.blankMeansZero).toBe(true);
    expect(report.rows.map((r) => r.pairingId).sort()).toEqual(pairings.map((p) => p.id).sort());
    const first = report.rows.find((r) => r.pairingId === pairings[0].id)!;
    expect(first.figures).toEqual({ labour: { sent: 20, skilled: 0 }, funds: { amount: 1 }, training: { sessions: 1 } });
    const mapping = await readTable<{ target: string }>(page, 'importMappings');
    expect(mapping.map((m) => m.target)).toEqual(['tally']);
  });
});

/** Annual-table column (group/label) → ledger type and aggregate key, written out independently of the app's figure list. */
const FIGURE_KEYS: Record<string, [string, string]> = {
  '劳务输送/输送人数': ['labour', 'sent'],
  '劳务输送/其中技术工人': ['labour', 'skilled'],
  '劳务输送/其中失地农民': ['labour', 'landless'],
  '劳务输送/其中留守妇女': ['labour', 'leftBehindWomen'],
  '技能培训/期数': ['training', 'sessions'],
  '技能培训/培训人次': ['training', 'trainees'],
  '技能培训/培训后上岗': ['training', 'employedAfter'],
  '资金扶持/金额': ['funds', 'amount'],
  '产业共建/基地数': ['industry', 'bases'],
  '产业共建/面积': ['industry', 'area'],
  '产业共建/带动农户': ['industry', 'households'],
  '产业共建/企业增效': ['industry', 'enterpriseGain'],
  '交叉任职/交叉任职': ['crossAppointment', '#count'],
  '交叉任职/企业中层管理人员': ['crossAppointment', 'outcome=企业中层管理人员'],
  '交叉任职/农村经济发展带头人': ['crossAppointment', 'outcome=农村经济发展带头人'],
  '交叉任职/当选村党组织书记': ['crossAppointment', 'outcome=当选村党组织书记'],
  '矛盾化解/化解纠纷': ['dispute', 'resolved'],
  '治安联防/联防队': ['security', 'teams'],
  '治安联防/队员': ['security', 'members'],
  '治安联防/巡逻': ['security', 'patrols'],
  '学习交流/派出党务干部': ['exchange', 'cadres'],
  '学习交流/交流次数': ['exchange', 'visits'],
  '公益帮扶/金额': ['welfare', 'amount'],
  '公益帮扶/受益群众': ['welfare', 'beneficiaries'],
  '党员星级/评星党员': ['starRating', '#count'],
  '技能培训·订单式/是': ['training', 'orderBased=true'],
  '资金扶持·用途/产业发展': ['funds', 'purpose=产业发展'],
  '资金扶持·用途/公益事业': ['funds', 'purpose=公益事业'],
  '资金扶持·用途/基础设施': ['funds', 'purpose=基础设施'],
  '资金扶持·用途/帮扶困难群众': ['funds', 'purpose=帮扶困难群众'],
  '交叉任职·方向/村→企': ['crossAppointment', 'direction=村→企'],
  '交叉任职·方向/企→村': ['crossAppointment', 'direction=企→村'],
  '交叉任职·成效/企业中层管理人员': ['crossAppointment', 'outcome=企业中层管理人员'],
  '交叉任职·成效/农村经济发展带头人': ['crossAppointment', 'outcome=农村经济发展带头人'],
  '交叉任职·成效/当选村党组织书记': ['crossAppointment', 'outcome=当选村党组织书记'],
  '交叉任职·成效/其他': ['crossAppointment', 'outcome=其他'],
  '矛盾化解·类别/占用土地': ['dispute', 'category=占用土地'],
  '矛盾化解·类别/环境卫生': ['dispute', 'category=环境卫生'],
  '矛盾化解·类别/社会治安': ['dispute', 'category=社会治安'],
  '矛盾化解·类别/劳资': ['dispute', 'category=劳资'],
  '矛盾化解·类别/其他': ['dispute', 'category=其他'],
  '学习交流·方向/企→村': ['exchange', 'direction=企→村'],
  '学习交流·方向/村→企': ['exchange', 'direction=村→企'],
  '学习交流·方向/互访': ['exchange', 'direction=互访'],
  '党员星级·星级/1': ['starRating', 'stars=1'],
  '党员星级·星级/2': ['starRating', 'stars=2'],
  '党员星级·星级/3': ['starRating', 'stars=3'],
  '党员星级·星级/4': ['starRating', 'stars=4'],
  '党员星级·星级/5': ['starRating', 'stars=5'],
};
