import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readWorkbook } from '@shared/io/read-workbook';
import { detectLayout } from '@shared/io/header';
import { autoMapping } from '@shared/io/extract';
import { formatIssue } from '@shared/io/issues';
import type { WorkbookData } from '@shared/io/types';
import { buildTallyTemplate, DATA_SHEET, FIRST_DATA_ROW } from '@shared/tally/template';
import { findOwnMeta, readOwnTally, readTallySheet } from '@shared/tally/read';
import { tallyImportFields } from '@shared/tally/fields';
import { splitPair } from '@shared/tally/match-pairings';
import { toReportFigures, reportedValue } from '@shared/tally/report';
import { tallyFigures } from '@shared/reports/statistics/ledger-figures';
import * as XLSX from '@e965/xlsx';
import encodeGb18030 from '../../../fixtures/spreadsheets/gb18030';

const candidates = [
  { id: 'p1', code: 'LJ2006-001', enterpriseName: '长汀县宏达纺织有限公司', villageName: '红星村' },
  { id: 'p2', code: 'LJ2007-004', enterpriseName: '福建台慧体育器材有限公司', villageName: '露湖村' },
  { id: 'p3', code: 'LJ2008-002', enterpriseName: '长汀盼盼食品有限公司', villageName: '刘坊村' },
];
const scope = { kind: 'township' as const, id: 't7', name: '河田镇' };
const figureColumn = (id: string) => 5 + tallyFigures().findIndex((f) => f.id === id);

async function read(bytes: Uint8Array, name: string): Promise<WorkbookData> {
  const r = await readWorkbook(name, bytes);
  if (!r.ok) throw new Error(r.error);
  return r.workbook;
}

async function filledTemplate(fill: (ws: ExcelJS.Worksheet) => void): Promise<WorkbookData> {
  const template = await buildTallyTemplate({ year: 2008, scope, countyName: '长汀县', unitName: '县委组织部', pairings: candidates, generatedAt: '2008-12-03' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.buffer as ArrayBuffer);
  fill(wb.getWorksheet(DATA_SHEET)!);
  return read(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '河田镇年终统计.xlsx');
}

describe('reading a returned tally', () => {
  it('reads the app’s own template by its hidden sheet: figures per pairing, blank as 0, 是/否', async () => {
    const workbook = await filledTemplate((ws) => {
      ws.getCell(FIRST_DATA_ROW, figureColumn('labour.sent')).value = 120;
      ws.getCell(FIRST_DATA_ROW, figureColumn('labour.skilled')).value = '80人';
      ws.getCell(FIRST_DATA_ROW, figureColumn('funds.amount')).value = 12.5;
      ws.getCell(FIRST_DATA_ROW, figureColumn('training.orderBased=true')).value = '是';
      ws.getCell(FIRST_DATA_ROW + 2, figureColumn('welfare.amount')).value = 3;
    });
    const meta = findOwnMeta(workbook);
    if (!meta?.ok) throw new Error('no meta');
    expect(meta.meta.scope).toEqual(scope);
    const parse = readOwnTally(workbook, meta.meta, candidates);
    if ('error' in parse) throw new Error(parse.error);
    expect(parse.issues).toEqual([]);
    expect(parse.rows.map((r) => r.pairingId)).toEqual(['p1', 'p2', 'p3']);
    expect(parse.rows[0].figures).toMatchObject({ 'labour.sent': 120, 'labour.skilled': 80, 'funds.amount': 12.5, 'training.orderBased=true': true, 'dispute.resolved': 0 });
    expect(parse.rows[1].figures['labour.sent']).toBe(0);
    expect(parse.rows[1].figures['training.orderBased=true']).toBe(false);
    expect(parse.blankCells).toBe(3 * tallyFigures().length - 5);
    const stored = toReportFigures(parse.rows[0].figures);
    expect(stored.labour).toMatchObject({ sent: 120, skilled: 80 });
    expect(reportedValue(stored, tallyFigures().find((f) => f.id === 'training.orderBased=true')!)).toBe(1);
  }, 60_000);

  it('rejects a bad row with its file, sheet, row and column, and keeps the good ones', async () => {
    const workbook = await filledTemplate((ws) => {
      ws.getCell(FIRST_DATA_ROW, figureColumn('labour.sent')).value = 10;
      ws.getCell(FIRST_DATA_ROW + 1, figureColumn('labour.sent')).value = 10;
      ws.getCell(FIRST_DATA_ROW + 1, figureColumn('labour.skilled')).value = 25;
      ws.getCell(FIRST_DATA_ROW + 2, figureColumn('funds.amount')).value = '约5';
    });
    const meta = findOwnMeta(workbook)!;
    if (!meta.ok) throw new Error(meta.error);
    const parse = readOwnTally(workbook, meta.meta, candidates);
    if ('error' in parse) throw new Error(parse.error);
    expect(parse.rows.map((r) => r.pairingId)).toEqual(['p1']);
    const messages = parse.issues.map(formatIssue);
    expect(messages[0]).toBe('文件 河田镇年终统计.xlsx · 工作表 年终统计表 · 第6行 · F列「其中技术工人（人）」：「其中技术工人」（25）不能大于「输送人数」（10）');
    expect(messages[1]).toMatch(/^文件 河田镇年终统计\.xlsx · 工作表 年终统计表 · 第7行 · [A-Z]+列「金额（万元）」：.*约5/);
    expect(parse.rejected.map((r) => r.row)).toEqual([6, 7]);
  }, 60_000);

  it('reads a township’s own layout: title rows, merged headers with units, 「企业—村」 in one cell, a totals row; blank is not 0 unless confirmed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['河田镇2008年村企联建工作统计表']);
    ws.addRow(['填报单位：河田镇党委']);
    ws.addRow(['序号', '联建点', '劳务输送', '', '资金扶持', '公益帮扶']);
    ws.addRow(['', '', '输送人数（人）', '其中技术工人（人）', '金额（万元）', '金额（元）']);
    ws.mergeCells('C3:D3');
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.addRow([1, '长汀县宏达纺织有限公司—红星村', 50, 30, 4.5, 20000]);
    ws.addRow([2, '台慧—露湖', 40, null, 2, null]);
    ws.addRow(['合计', '', 90, 30, 6.5, 20000]);
    const workbook = await read(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '河田镇.xlsx');
    expect(findOwnMeta(workbook)).toBeNull();
    const sheet = workbook.sheets[0];
    const layout = detectLayout(sheet, tallyImportFields())!;
    const mapping = autoMapping(layout);
    expect([...mapping.values()]).toEqual([null, 'pair', 'labour.sent', 'labour.skilled', 'funds.amount', 'welfare.amount']);
    const ctx = { file: '河田镇.xlsx', candidates, sheetLabel: 'Sheet1', date1904: false };
    const strict = readTallySheet(sheet, layout, mapping, { ...ctx, blankMeansZero: false });
    expect(strict.issues).toEqual([]);
    expect(strict.rows.map((r) => r.pairingId)).toEqual(['p1', 'p2']);
    expect(strict.rows[0].figures).toEqual({ 'labour.sent': 50, 'labour.skilled': 30, 'funds.amount': 4.5, 'welfare.amount': 2 });
    expect(strict.rows[1].figures['labour.skilled']).toBeNull();
    expect(strict.blankCells).toBe(2);
    expect(strict.missing.map((c) => c.id)).toEqual(['p3']);
    const confirmed = readTallySheet(sheet, layout, mapping, { ...ctx, blankMeansZero: true });
    expect(confirmed.rows[1].figures['labour.skilled']).toBe(0);
  }, 60_000);

  it('reads a GB18030 .csv and an .xls tally the same way, enterprise and village in two cells', async () => {
    const lines = ['企业名称,村名称,输送人数(人),资金扶持金额(万元)', '长汀县宏达纺织有限公司,红星村,50,4.5', '福建台慧体育器材有限公司,露湖,40,2', '合计,,90,6.5'];
    const csv = await read(encodeGb18030(lines.join('\r\n')), '河田镇.csv');
    const aoa = lines.map((l) => l.split(',').map((c) => (/^[\d.]+$/.test(c) ? Number(c) : c)));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Sheet1');
    const xls = await read(new Uint8Array(XLSX.write(book, { bookType: 'xls', type: 'array' }) as ArrayBuffer), '河田镇.xls');
    for (const workbook of [csv, xls]) {
      expect(workbook.format).toBe(workbook.fileName.endsWith('.csv') ? 'csv' : 'xls');
      const sheet = workbook.sheets[0];
      const layout = detectLayout(sheet, tallyImportFields())!;
      const parse = readTallySheet(sheet, layout, autoMapping(layout), { file: workbook.fileName, candidates, blankMeansZero: false, sheetLabel: undefined, date1904: false });
      expect(parse.issues).toEqual([]);
      expect(parse.rows.map((r) => [r.pairingId, r.figures['labour.sent'], r.figures['funds.amount']])).toEqual([
        ['p1', 50, 4.5],
        ['p2', 40, 2],
      ]);
    }
  }, 60_000);

  it('splits 「企业—村」 written with the usual separators', () => {
    expect(splitPair('宏达纺织—红星村')).toEqual(['宏达纺织', '红星村']);
    expect(splitPair('宏达纺织 - 红星村')).toEqual(['宏达纺织', '红星村']);
    expect(splitPair('宏达纺织与红星村')).toEqual(['宏达纺织', '红星村']);
    expect(splitPair('宏达纺织')).toBeNull();
  });
});
