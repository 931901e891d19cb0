import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildXlsxSheets, columnLetter, type SheetModel } from '@shared/reports/xlsx-stream';

const sheet = (over: Partial<SheetModel> = {}): SheetModel => ({
  title: '长汀县村企联建工作年度统计表（2008年）',
  subtitle: '表一　基本情况',
  sheetName: '表一 基本情况',
  columns: [
    { header: '乡镇（开发区）', kind: 'text', width: 16 },
    { header: '企业数', unit: '家', kind: 'integer', width: 7 },
    { header: '从业人员', unit: '人', kind: 'integer', width: 7 },
    { header: '金额', unit: '万元', kind: 'money', width: 8 },
    { header: '日期', kind: 'date', width: 10 },
  ],
  groups: [
    { label: '', span: 1 },
    { label: '非公有制企业', span: 2 },
    { label: '资金扶持', span: 1 },
    { label: '', span: 1 },
  ],
  rows: [
    ['汀州镇', 150, 7194, 3.7, '2008-12-03'],
    ['=HYPERLINK("http://x")', 0, null, 12.25, null],
  ],
  totals: ['全县合计', 150, 7194, 15.95, null],
  freezeColumns: 1,
  footnote: '说明：测试。',
  ...over,
});

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return wb;
}

function built(models: SheetModel[]): Uint8Array {
  const r = buildXlsxSheets(models);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('buildXlsxSheets (streamed SpreadsheetML)', () => {
  it('writes title, subtitle, merged group headers over stacked unit headers, body, totals and a note', async () => {
    const ws = (await load(built([sheet()]))).worksheets[0];
    expect(ws.name).toBe('表一 基本情况');
    expect(ws.getCell('A1').value).toBe('长汀县村企联建工作年度统计表（2008年）');
    expect(ws.getCell('E1').master.address).toBe('A1');
    expect(ws.getCell('A2').value).toBe('表一　基本情况');
    expect(ws.getCell('B3').value).toBe('非公有制企业');
    expect(ws.getCell('C3').master.address).toBe('B3');
    expect(ws.getCell('A3').value).toBe('乡镇（开发区）');
    expect(ws.getCell('A4').master.address).toBe('A3');
    expect(ws.getCell('E4').master.address).toBe('E3');
    expect(ws.getCell('B4').value).toBe('企业数\n(家)');
    expect(ws.getCell('D4').value).toBe('金额\n(万元)');
    expect(ws.getCell('C4').value).toBe('从业\n人员\n(人)');
    expect(ws.getCell('B4').font.bold).toBe(true);
    expect(ws.getCell('B4').border.top?.style).toBe('thin');
    expect(ws.getCell('B5').value).toBe(150);
    expect(ws.getCell('B5').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('D6').value).toBe(12.25);
    expect(ws.getCell('D6').numFmt).toBe('0.00');
    expect((ws.getCell('E5').value as Date).toISOString()).toBe('2008-12-03T00:00:00.000Z');
    expect(ws.getCell('E5').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('C6').value).toBeNull();
    expect(ws.getCell('A7').value).toBe('全县合计');
    expect(ws.getCell('B7').font.bold).toBe(true);
    expect(ws.getCell('A8').value).toBe('说明：测试。');
    expect(ws.getCell('E8').master.address).toBe('A8');
  });

  it('never writes a formula: text that looks like one stays text', async () => {
    const ws = (await load(built([sheet()]))).worksheets[0];
    expect(ws.getCell('A6').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('A6').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A6').numFmt).toBe('@');
  });

  it('sets A4 landscape fitted to one page wide, header rows repeated, frozen panes and page numbers', async () => {
    const bytes = built([sheet({ landscape: true }), sheet({ sheetName: '表二', groups: undefined })]);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<pane xSplit="1" ySplit="4" topLeftCell="B5" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('&amp;P');
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'表一 基本情况'!$1:$4</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'表二'!$1:$3</definedName>`);
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表一 基本情况', '表二']);
    expect(wb.worksheets[0].pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
  });

  it('refuses group headers that do not cover the columns, and cells Excel cannot hold', () => {
    expect(buildXlsxSheets([sheet({ groups: [{ label: 'x', span: 2 }] })])).toMatchObject({ ok: false, error: expect.stringContaining('分组表头覆盖2列') });
    const long = 'x'.repeat(40_000);
    expect(buildXlsxSheets([sheet({ rows: [[long, 1, 1, 1, null]] })])).toMatchObject({ ok: false, error: expect.stringContaining('32767') });
  });

  it('names columns past Z the spreadsheet way', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });

  it('keeps 3,000 rows exact', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => [`村${i}`, i, i * 2, i / 4, null]);
    const ws = (await load(built([sheet({ rows, totals: undefined, footnote: undefined })]))).worksheets[0];
    expect(ws.rowCount).toBe(4 + 3_000);
    expect(ws.getCell('A3004').value).toBe('村2999');
    expect(ws.getCell('D3004').value).toBe(2999 / 4);
  }, 60_000);
});
