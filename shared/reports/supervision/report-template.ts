// 月报表 templates: one workbook per township and month, prefilled with the pairings that owe
// that month's report. It is read back by the ordinary import wizard (its columns are
// MONTHLY_REPORT_FIELDS): the title and 填报单位 rows sit above a two-row header whose group
// cells name the ledger types, the prefilled columns (编号, 企业, 村, 月份) are locked (sheet
// protection without a password: it prevents slips, not people), the cells to fill carry
// drop-downs and number checks, and a 填表说明 sheet is generated from the same field list.
import ExcelJS from 'exceljs';
import { fieldHeader, fieldRule, type ImportField } from '../../io/fields';
import { REPORT_CONTENT_FIELDS, REPORT_FIGURE_FIELDS, REPORT_PREFILLED_FIELDS } from '../../io/targets/monthly-report-fields';
import { REPORT_LEDGER_TYPES, dateLabel, monthLabel } from '../../model/monthly-report';
import { stripControlChars } from '../../model/normalize';
import { columnLetter } from '../xlsx-stream';

export const REPORT_DATA_SHEET = '月报表';
export const REPORT_GUIDE_SHEET = '填表说明';
export const REPORT_HEADER_ROW = 3;
export const REPORT_FIRST_DATA_ROW = 5;

export type ReportTemplatePairing = { code: string; enterpriseName: string; villageName: string };

export type ReportTemplateInput = {
  countyName: string;
  /** Who collects it, e.g. 中共长汀县委组织部. */
  unitName: string;
  townshipName: string;
  month: string;
  /** The report deadline (YYYY-MM-DD). */
  deadline: string;
  pairings: readonly ReportTemplatePairing[];
};

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GRAY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const HEAD: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const FONT = { name: '宋体', size: 11 };

/** ExcelJS has range validations at runtime (worksheet.dataValidations) but not in its types. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

export function reportTemplateFileName(townshipName: string, month: string): string {
  return `${monthLabel(month)}村企联建月报表-${townshipName}.xlsx`.replace(/[\\/:*?"<>|]/g, '_');
}

const WIDTHS: Record<string, number> = { pairingCode: 12, enterpriseName: 22, villageName: 9, month: 9, active: 8, summary: 30, problems: 18, nextPlan: 18, reporter: 8, submittedDate: 11 };

function validation(f: ImportField): ExcelJS.DataValidation | undefined {
  const choices = f.kind === 'bool' ? ['是', '否'] : f.kind === 'enum' ? f.options : undefined;
  if (choices) return { type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`], showErrorMessage: true, errorTitle: '请从列表中选择', error: `${f.label}应为：${choices.join('、')}` };
  if (f.kind === 'int' || f.kind === 'decimal') {
    return { type: f.kind === 'int' ? 'whole' : 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [f.min ?? 0], showErrorMessage: true, errorTitle: '数字有误', error: `请填写不小于${f.min ?? 0}的${f.kind === 'int' ? '整数' : '数字'}${f.unit ? `（单位：${f.unit}，不带单位）` : ''}` };
  }
  if (f.kind === 'date') return { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(1990, 0, 1))], showErrorMessage: true, errorTitle: '日期有误', error: '请填写日期，如 2009-01-03' };
  return undefined;
}

function guide(wb: ExcelJS.Workbook, input: ReportTemplateInput): void {
  const ws = wb.addWorksheet(REPORT_GUIDE_SHEET, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 26 }, { width: 80 }];
  ws.mergeCells('A1:B1');
  Object.assign(ws.getCell('A1'), { value: `${input.countyName}${monthLabel(input.month)}村企联建活动月报表 填表说明`, font: { ...FONT, size: 14, bold: true } });
  const lines = [
    `一、本表由${input.townshipName}填报${monthLabel(input.month)}各联建点开展联建活动的情况，每个联建点一行，已列出本月应报的全部联建点。`,
    `二、请于${dateLabel(input.deadline)}前将本文件报送${input.unitName || '县委组织部'}；逾期报送的，计为逾期。`,
    '三、联建编号、企业名称、村名称、月份已锁定，请勿修改，也不要调换行的顺序或改动工作表名称。',
    '四、「是否开展活动」请从下拉列表选择；开展了活动的，须填写「活动情况」。整行不填的，视为该联建点本月未报。',
    '五、本月有成效的，在对应的台账栏目（劳务输送、资金扶持等）中填写数字，不带单位；金额以万元为单位。同一类栏目填写了一项的，该类中带 * 说明的必填项也须填写。',
    '六、重复报送同一联建点同一月份的，以后一次为准（系统保留修改记录）。',
    '',
  ];
  for (const line of lines) ws.addRow([line]).font = FONT;
  for (const r of ws.getRows(2, lines.length) ?? []) {
    ws.mergeCells(r.number, 1, r.number, 2);
    r.alignment = { wrapText: true, vertical: 'top' };
    r.height = 32;
  }
  const head = ws.addRow(['栏目', '填写要求']);
  head.eachCell((c) => Object.assign(c, { font: { ...FONT, bold: true }, fill: HEAD, border: BORDER }));
  // Names in 「」, so the import wizard never mistakes this list for a sheet of reports.
  for (const f of [...REPORT_CONTENT_FIELDS, ...REPORT_FIGURE_FIELDS]) {
    const row = ws.addRow([`「${fieldHeader(f)}」`, fieldRule(f)]);
    row.eachCell((c) => Object.assign(c, { font: FONT, border: BORDER, alignment: { wrapText: true, vertical: 'top' } }));
  }
}

export async function buildReportTemplate(input: ReportTemplateInput): Promise<Uint8Array> {
  const fixed = [...REPORT_PREFILLED_FIELDS, ...REPORT_CONTENT_FIELDS];
  const figures = REPORT_FIGURE_FIELDS;
  const total = 1 + fixed.length + figures.length;
  const wb = new ExcelJS.Workbook();
  wb.creator = input.unitName || '村企联建';
  const ws = wb.addWorksheet(REPORT_DATA_SHEET, {
    views: [{ state: 'frozen', xSplit: 1 + REPORT_PREFILLED_FIELDS.length, ySplit: REPORT_FIRST_DATA_ROW - 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${REPORT_HEADER_ROW}:${REPORT_FIRST_DATA_ROW - 1}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  }) as WithValidations;
  ws.columns = [{ width: 5 }, ...fixed.map((f) => ({ width: WIDTHS[f.key] ?? 10 })), ...figures.map(() => ({ width: 9 }))];
  const last = columnLetter(total - 1);

  ws.mergeCells(`A1:${last}1`);
  Object.assign(ws.getCell('A1'), { value: stripControlChars(`${input.countyName}${monthLabel(input.month)}村企联建活动月报表`), font: { ...FONT, size: 16, bold: true }, alignment: { horizontal: 'left', vertical: 'middle' } });
  ws.getRow(1).height = 30;
  ws.mergeCells(`A2:${last}2`);
  Object.assign(ws.getCell('A2'), {
    value: stripControlChars(`填报单位：${input.townshipName}（盖章）　　报送截止日期：${dateLabel(input.deadline)}　　应报联建点：${input.pairings.length} 个`),
    font: FONT,
  });

  const header = (cell: ExcelJS.Cell, value: string, required = false) =>
    Object.assign(cell, { value, font: { ...FONT, bold: true, color: required ? { argb: 'FFC00000' } : undefined }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BORDER, fill: HEAD });
  const h = REPORT_HEADER_ROW;
  ['序号', ...fixed.map((f) => fieldHeader(f))].forEach((label, i) => {
    const col = columnLetter(i);
    ws.mergeCells(`${col}${h}:${col}${h + 1}`);
    header(ws.getCell(`${col}${h}`), label);
  });
  let c = 1 + fixed.length;
  for (const type of REPORT_LEDGER_TYPES) {
    const from = columnLetter(c);
    const to = columnLetter(c + type.fields.length - 1);
    if (to !== from) ws.mergeCells(`${from}${h}:${to}${h}`);
    header(ws.getCell(`${from}${h}`), type.name);
    type.fields.forEach((f, i) => header(ws.getCell(h + 1, c + i + 1), `${f.required ? '*' : ''}${f.unit ? `${f.label}（${f.unit}）` : f.label}`));
    c += type.fields.length;
  }
  ws.getRow(h).height = 22;
  ws.getRow(h + 1).height = 48;

  input.pairings.forEach((p, i) => {
    const row = ws.getRow(REPORT_FIRST_DATA_ROW + i);
    // Room to write a sentence or two in the text cells (they wrap).
    row.height = 36;
    row.values = [i + 1, stripControlChars(p.code), stripControlChars(p.enterpriseName), stripControlChars(p.villageName), input.month];
    for (let k = 1; k <= total; k++) {
      const cell = row.getCell(k);
      cell.border = BORDER;
      cell.font = FONT;
      if (k <= 1 + REPORT_PREFILLED_FIELDS.length) {
        cell.fill = GRAY;
        cell.alignment = { vertical: 'top', horizontal: k === 1 ? 'center' : undefined, wrapText: k === 3 };
        if (k > 1) cell.numFmt = '@';
      } else {
        const f = [...fixed, ...figures][k - 2];
        cell.protection = { locked: false };
        cell.alignment = { vertical: 'top', wrapText: f.kind === 'text' };
        if (f.kind === 'date') cell.numFmt = 'yyyy-mm-dd';
        else if (f.kind === 'text') cell.numFmt = '@';
      }
    }
  });
  if (input.pairings.length) {
    const lastRow = REPORT_FIRST_DATA_ROW + input.pairings.length - 1;
    [...fixed, ...figures].forEach((f, i) => {
      if (f.prefilled) return;
      const v = validation(f);
      const col = columnLetter(i + 1);
      if (v) ws.dataValidations.add(`${col}${REPORT_FIRST_DATA_ROW}:${col}${lastRow}`, v);
    });
  }
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  guide(wb, input);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
