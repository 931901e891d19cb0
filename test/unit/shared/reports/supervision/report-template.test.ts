// The township's 月报表 template: title and 填报单位 above a two-row header, prefilled and
// locked pairing columns, drop-downs; read back by the import pipeline with every column
// matched, rows left as they came skipped, filled rows converted.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MONTHLY_REPORT_FIELDS } from '@shared/io/targets/monthly-report-fields';
import { buildReportTemplate, REPORT_DATA_SHEET, REPORT_FIRST_DATA_ROW, reportTemplateFileName } from '@shared/reports/supervision/report-template';
import { importSheet } from '../../io/pipeline';

const input = {
  countyName: '长汀县',
  unitName: '中共长汀县委组织部',
  townshipName: '濯田镇',
  month: '2008-12',
  deadline: '2009-01-05',
  pairings: [
    { code: 'LJ2008-011', enterpriseName: '福建盼盼食品有限公司', villageName: '水口村' },
    { code: 'LJ2007-020', enterpriseName: '长汀县红旗纺织有限公司', villageName: '刘坊村' },
    { code: 'LJ2006-003', enterpriseName: '=HYPERLINK("x")', villageName: '陂下村' },
  ],
};

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const column = (ws: ExcelJS.Worksheet, header: string, row = 4) => {
  for (let c = 1; c <= ws.columnCount; c++) {
    const v = String(ws.getCell(row, c).master.value ?? '');
    if (v === header) return c;
  }
  throw new Error(`no column ${header}`);
};

describe('buildReportTemplate', () => {
  it('lays out the township’s month with locked pairing columns, group headers and a 填表说明', async () => {
    const wb = await load(await buildReportTemplate(input));
    expect(reportTemplateFileName('濯田镇', '2008-12')).toBe('2008年12月村企联建月报表-濯田镇.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual([REPORT_DATA_SHEET, '填表说明']);
    const ws = wb.getWorksheet(REPORT_DATA_SHEET)!;
    expect(ws.getCell('A1').value).toBe('长汀县2008年12月村企联建活动月报表');
    expect(String(ws.getCell('A2').value)).toContain('填报单位：濯田镇（盖章）');
    expect(String(ws.getCell('A2').value)).toContain('报送截止日期：2009年1月5日');
    expect(ws.getCell(3, column(ws, '劳务输送', 3)).isMerged).toBe(true);
    expect((ws.getRow(REPORT_FIRST_DATA_ROW).values as unknown[]).slice(1, 6)).toEqual([1, 'LJ2008-011', '福建盼盼食品有限公司', '水口村', '2008-12']);
    expect(ws.getCell(REPORT_FIRST_DATA_ROW, 2).protection?.locked).not.toBe(false);
    expect(ws.getCell(REPORT_FIRST_DATA_ROW, column(ws, '是否开展活动', 3)).protection?.locked).toBe(false);
    // Text that looks like a formula stays text.
    expect(ws.getCell(REPORT_FIRST_DATA_ROW + 2, 3).value).toBe('=HYPERLINK("x")');
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:4' });
    const guide = wb.getWorksheet('填表说明')!;
    expect(String(guide.getCell('A3').value)).toContain('2009年1月5日前');
  });

  it('comes back through the import pipeline: every column matched, untouched rows skipped, filled rows converted', async () => {
    const wb = await load(await buildReportTemplate(input));
    const ws = wb.getWorksheet(REPORT_DATA_SHEET)!;
    const r = REPORT_FIRST_DATA_ROW;
    ws.getCell(r, column(ws, '是否开展活动', 3)).value = '是';
    ws.getCell(r, column(ws, '活动情况', 3)).value = '组织20名村民到企业参加岗前培训';
    ws.getCell(r, column(ws, '报送日期', 3)).value = new Date(Date.UTC(2009, 0, 4));
    const labour = column(ws, '劳务输送', 3);
    ws.getCell(r, labour).value = 20;
    ws.getCell(r, labour + 1).value = '5人';
    const funds = column(ws, '资金扶持', 3);
    ws.getCell(r + 2, column(ws, '是否开展活动', 3)).value = '否';
    ws.getCell(r + 2, funds).value = 3.5;
    const result = await importSheet('濯田镇12月.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()), MONTHLY_REPORT_FIELDS);
    expect(result.layout.headerRow).toBe(3);
    expect(result.layout.headerRows).toBe(2);
    expect(result.layout.columns.filter((c) => c.status !== 'matched').map((c) => c.header)).toEqual(['序号']);
    expect(result.rows.map((row) => row.row)).toEqual([r, r + 2]);
    expect(result.skipped).toContainEqual({ row: r + 1, kind: 'blank' });
    expect(result.messages).toEqual([]);
    expect(result.rows[0].values).toMatchObject({
      pairingCode: 'LJ2008-011',
      enterpriseName: '福建盼盼食品有限公司',
      month: '2008-12',
      active: true,
      summary: '组织20名村民到企业参加岗前培训',
      submittedDate: '2009-01-04',
      'figures.labour.sent': 20,
      'figures.labour.skilled': 5,
    });
    expect(result.rows[1].values).toMatchObject({ pairingCode: 'LJ2006-003', active: false, 'figures.funds.amount': 3.5 });
  });
});

describe('the 填表说明 sheet', () => {
  it('is not taken for a sheet of reports by the import wizard', async () => {
    const { readWorkbook } = await import('@shared/io/read-workbook');
    const { detectLayout } = await import('@shared/io/header');
    const read = await readWorkbook('t.xlsx', await buildReportTemplate(input));
    if (!read.ok) throw new Error(read.error);
    const guide = read.workbook.sheets.find((s) => s.name === '填表说明')!;
    expect(detectLayout(guide, MONTHLY_REPORT_FIELDS)).toBeNull();
  });
});
