// An empty import template per target: one sheet headed by the target's fields (required ones
// marked *), drop-down lists for choices, number checks, text format for codes; the header
// row locked by sheet protection (no password: it guards against slips, not people) with the
// data area left editable; and a 填表说明 sheet generated from the same field list.
import ExcelJS from 'exceljs';
import { fieldHeader, fieldRule, type ImportField } from './fields';
import { columnLetter } from './cell-ref';
import { SHEET_FONT, textWidth } from '../reports/xlsx-table';

export type TemplateOptions = {
  /** e.g. 村情信息 (sheet name and title of the instructions). */
  title: string;
  fields: readonly ImportField[];
  /** How many rows carry drop-downs and checks. */
  rows?: number;
  /** Extra lines for the 填表说明 (how rows are matched, what is created). */
  notes?: readonly string[];
};

const HEADER_FILL = 'FFDDEBF7';
const THIN = { style: 'thin' as const };
/** Excel keeps an inline list formula under 255 characters; longer lists go to a hidden sheet. */
const INLINE_LIST_MAX = 250;

/** ExcelJS has range validations at runtime (worksheet.dataValidations) but not in its types. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

const TEXT_KINDS = new Set<ImportField['kind']>(['code', 'uscc', 'idcard', 'phone', 'text', 'list', 'enum']);

export async function buildTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const { title, fields } = options;
  const rows = options.rows ?? 1000;
  const wb = new ExcelJS.Workbook();
  wb.creator = '村企联建';
  const ws = wb.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] }) as WithValidations;
  let lists: ExcelJS.Worksheet | undefined;

  fields.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    const letter = columnLetter(i + 1);
    // The column's default style leaves its cells editable (and codes as text); the header
    // cell below is locked explicitly.
    col.style = { protection: { locked: false }, numFmt: TEXT_KINDS.has(f.kind) ? '@' : f.kind === 'date' ? 'yyyy-mm-dd' : undefined };
    col.width = Math.max(12, fieldHeader(f).length * 2 + 4);
    const cell = ws.getCell(1, i + 1);
    cell.value = `${f.required ? '*' : ''}${fieldHeader(f)}`;
    cell.font = { ...SHEET_FONT, bold: true, color: f.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.protection = { locked: true };
    cell.note = fieldRule(f);

    const range = `${letter}2:${letter}${rows + 1}`;
    const choices = f.kind === 'enum' ? f.options : f.kind === 'bool' ? ['是', '否'] : undefined;
    if (choices) {
      let formula = `"${choices.join(',')}"`;
      if (formula.length > INLINE_LIST_MAX) {
        lists ??= wb.addWorksheet('选项', { state: 'veryHidden' });
        choices.forEach((c, r) => (lists!.getCell(r + 1, i + 1).value = c));
        formula = `选项!$${letter}$1:$${letter}$${choices.length}`;
      }
      ws.dataValidations.add(range, {
        type: 'list',
        allowBlank: !f.required,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: '请从列表中选择',
        error: `${f.label}应为：${choices.join('、')}`,
      });
    } else if ((f.kind === 'int' || f.kind === 'decimal') && f.min !== undefined) {
      ws.dataValidations.add(range, {
        type: f.kind === 'int' ? 'whole' : 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [f.min],
        showErrorMessage: true,
        errorTitle: '数值不符合要求',
        error: `${f.label}应为${f.kind === 'int' ? '整数' : '数字'}，且不小于${f.min}`,
      });
    } else if (f.kind === 'year') {
      ws.dataValidations.add(range, { type: 'whole', operator: 'between', allowBlank: true, formulae: [1900, 2100], showErrorMessage: true, error: `${f.label}应为四位年份` });
    }
  });
  ws.getRow(1).height = 30;
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });

  const help = wb.addWorksheet('填表说明', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  help.columns = [{ width: 24 }, { width: 10 }, { width: 70 }];
  help.mergeCells('A1:C1');
  help.getCell('A1').value = `「${title}」导入模板 填表说明`;
  help.getCell('A1').font = { ...SHEET_FONT, bold: true, size: 14 };
  help.getCell('A1').alignment = { horizontal: 'center' };
  const border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const head = help.addRow(['栏目', '是否必填', '填写要求']);
  head.height = 20;
  head.eachCell((c) => {
    c.font = { ...SHEET_FONT, bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    c.border = border;
    c.alignment = { horizontal: 'center', vertical: 'middle' };
  });
  // Rows as tall as their wrapped text: no spreadsheet grows a row on opening.
  const lines = (text: string, width: number) => text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(textWidth(l) / (width - 2))), 0);
  for (const f of fields) {
    const row = help.addRow([fieldHeader(f), f.required ? '必填' : '选填', fieldRule(f)]);
    // Every cell of a row starts at its top, so a tall rule reads beside its 栏目.
    row.eachCell((c) => {
      c.border = border;
      c.alignment = { wrapText: true, vertical: 'top' };
    });
    row.getCell(2).alignment = { horizontal: 'center', vertical: 'top' };
    const n = Math.max(lines(fieldHeader(f), 24), lines(fieldRule(f), 70));
    if (n > 1) row.height = 4 + n * 15;
  }
  help.addRow([]);
  const general = [
    `1. 请在「${ws.name}」工作表第2行起逐行填写，一行一条记录；第1行表头已锁定，请勿修改。`,
    '2. 带 * 的栏目必须填写；有下拉箭头的栏目请从列表中选择。',
    '3. 数字栏目只填数字，不要写「约」「多」「左右」等字样；单位以表头括号内为准。',
    '4. 日期可写为 2008-12-03、2008/12/3 或 2008年12月。',
    '5. 身份证号、统一社会信用代码、区划代码请保持文本格式，以免末尾数字丢失。',
    ...(options.notes ?? []),
  ];
  for (const line of general) {
    const r = help.rowCount + 1;
    help.mergeCells(r, 1, r, 3);
    const row = help.getRow(r);
    row.getCell(1).value = line;
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    const n = lines(line, 24 + 10 + 70);
    if (n > 1) row.height = 4 + n * 15;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
