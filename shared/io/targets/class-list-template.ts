// The empty class-list workbook the import page offers: a 培训班 sheet (one row a class), a
// 学员 sheet (one row a trainee, its 期次 naming the class) and 填表说明, headed by the same
// field lists the import reads, required columns marked *, ID numbers formatted as text.
import ExcelJS from 'exceljs';
import { fieldHeader, fieldRule, type ImportField } from '../fields';
import { SHEET_FONT } from '../../reports/xlsx-table';
import { CLASS_FIELDS, TRAINEE_FIELDS } from './training-fields';

const HEADER_FILL = 'FFDDEBF7';
const THIN = { style: 'thin' as const };
const TEXT_KINDS = new Set<ImportField['kind']>(['idcard', 'phone', 'text', 'enum']);

function addSheet(wb: ExcelJS.Workbook, name: string, fields: readonly ImportField[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  fields.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(12, fieldHeader(f).length * 2 + 4);
    col.numFmt = TEXT_KINDS.has(f.kind) ? '@' : f.kind === 'date' ? 'yyyy-mm-dd' : '';
    const cell = ws.getCell(1, i + 1);
    cell.value = `${f.required ? '*' : ''}${fieldHeader(f)}`;
    cell.font = { ...SHEET_FONT, bold: true, color: f.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.note = fieldRule(f);
  });
  ws.getRow(1).height = 30;
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
}

export async function buildClassListTemplate(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '村企联建';
  addSheet(wb, '培训班', CLASS_FIELDS);
  addSheet(wb, '学员', TRAINEE_FIELDS);
  const help = wb.addWorksheet('填表说明', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  help.columns = [{ width: 100 }];
  help.getCell('A1').value = '「培训班名单」导入模板 填表说明';
  help.getCell('A1').font = { ...SHEET_FONT, bold: true, size: 14 };
  for (const line of [
    '1. 「培训班」工作表一行一期培训班；「学员」工作表一行一名学员，「期次」写该学员参加的培训班（如 第3期，也可写培训班名称）。',
    '2. 也可以每期培训班一个学员工作表，工作表名称写期次（如「第3期」），表中可不设「期次」列。',
    '3. 带 * 的栏目必须填写。同一年度期次相同的培训班视为同一期，再次导入时按表中内容更新。',
    '4. 学员按身份证号或「姓名 + 单位」对应到信息库中的人员；信息库中没有的，导入预览时可选择新建或对应到已有人员。',
    '5. 「单位」写信息库中的企业或村（也可写其党组织名称，如 露湖村党支部）；同名的村请填写「所在乡镇」。',
    '6. 同一期培训班中同一人员只能出现一次。日期可写为 2008-03-17、2008/3/17 或 2008年3月17日。',
  ])
    help.addRow([line]).alignment = { wrapText: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
