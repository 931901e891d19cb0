import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildSeedCounty } from '@shared/sample/seed-county';
import { tallyFigures } from '@shared/reports/statistics/ledger-figures';
import { buildTallyTemplate, DATA_SHEET, FIRST_DATA_ROW, GUIDE_SHEET, templateFileName, type TemplatePairing } from '@shared/tally/template';
import { META_SHEET, parseMeta } from '@shared/tally/meta';

const county = buildSeedCounty();
const hetian = county.townships.find((t) => t.name === '河田镇')!;
const pairings: TemplatePairing[] = county.pairings
  .filter((p) => p.responsibleTownshipId === hetian.id)
  .map((p) => ({
    id: p.id,
    code: p.code,
    enterpriseName: county.enterprises.find((e) => e.id === p.enterpriseId)!.name,
    villageName: county.villages.find((v) => v.id === p.villageId)!.name,
  }));
const scope = { kind: 'township' as const, id: hetian.id, name: hetian.name };

async function load() {
  const bytes = await buildTallyTemplate({ year: 2008, scope, countyName: '长汀县', unitName: '中共长汀县委组织部', pairings, generatedAt: '2008-12-03T08:00:00.000Z' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return wb;
}

describe('年终统计 template', { timeout: 60_000 }, () => {
  it('lists the township’s pairings with locked codes and names, and open figure cells under grouped headers with units', async () => {
    const wb = await load();
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      [DATA_SHEET, 'visible'],
      [GUIDE_SHEET, 'visible'],
      [META_SHEET, 'veryHidden'],
    ]);
    const ws = wb.getWorksheet(DATA_SHEET)!;
    expect(ws.getCell('A1').value).toBe('长汀县2008年村企联建工作年终统计表');
    expect(ws.getCell('A2').value).toContain('填报单位：河田镇（盖章）');
    expect(ws.getCell('E3').value).toBe('劳务输送');
    // Headers in lines that fit the column, between words, the unit on a line of its own.
    expect(ws.getCell('E4').value).toBe('输送人数\n（人）');
    expect(ws.getCell('F4').value).toBe('其中\n技术工人\n（人）');
    tallyFigures().forEach((f, i) => {
      const lines = String(ws.getCell(4, 5 + i).value).split('\n');
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(f.unit && line === lines.at(-1) ? 8 : 4);
      expect(lines.join('').startsWith(f.label), f.label).toBe(true);
      expect(lines.slice(1).every((l) => !/^[）)]/.test(l) || l === `（${f.unit}）`)).toBe(true);
    });
    expect(pairings.length).toBeGreaterThan(5);
    pairings.forEach((p, i) => {
      const row = ws.getRow(FIRST_DATA_ROW + i);
      expect(row.getCell(2).value).toBe(p.code);
      expect(row.getCell(3).value).toBe(p.enterpriseName);
      expect(row.getCell(2).protection?.locked ?? true).toBe(true);
      expect(row.getCell(5).protection?.locked).toBe(false);
    });
    const totals = ws.getRow(FIRST_DATA_ROW + pairings.length);
    expect(totals.getCell(1).value).toBe('合计');
    expect((totals.getCell(5).value as ExcelJS.CellFormulaValue).formula).toBe(`SUM(E5:E${FIRST_DATA_ROW + pairings.length - 1})`);
    expect(ws.getCell(`E${FIRST_DATA_ROW}`).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    const yesNo = tallyFigures().findIndex((f) => f.input === 'yesno');
    expect(ws.getCell(FIRST_DATA_ROW, 5 + yesNo).dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(ws.getCell(4, 5 + yesNo).value).toBe('是否\n订单式');
    // Too wide for one page at a legible scale: pages across, each repeating the fixed columns.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesColumn: 'A:D' });
    expect(ws.pageSetup.fitToWidth).toBeGreaterThanOrEqual(2);
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
  });

  it('says in its 填表说明 that blank counts as 0, and carries ids, year and version in the hidden sheet', async () => {
    const wb = await load();
    const guide = wb.getWorksheet(GUIDE_SHEET)!;
    const text = guide.getColumn(1).values.join('\n');
    expect(text).toContain('空白按0计');
    expect(text).toContain('【交叉任职】');
    const hidden = wb.getWorksheet(META_SHEET)!;
    const rows: unknown[][] = [];
    hidden.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const parsed = parseMeta(rows);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.meta).toMatchObject({ version: 1, year: 2008, scope, dataSheet: DATA_SHEET, blankMeansZero: true });
    expect(parsed.meta.rows.map((r) => r.pairingId)).toEqual(pairings.map((p) => p.id));
    expect(parsed.meta.columns[0]).toEqual({ column: 'E', figureId: 'labour.sent' });
    expect(parsed.meta.columns).toHaveLength(tallyFigures().length);
  });

  it('names the file after the year and the township', () => {
    expect(templateFileName(2008, scope)).toBe('2008年村企联建年终统计表-河田镇.xlsx');
  });

  it('refuses a hidden sheet from a newer version or a foreign file', () => {
    expect(parseMeta([['cq-tally', 99]])).toMatchObject({ ok: false, error: expect.stringContaining('比本系统新') });
    expect(parseMeta([['姓名', '年龄']])).toMatchObject({ ok: false });
  });
});
