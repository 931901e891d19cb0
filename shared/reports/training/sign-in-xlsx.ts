// The 学员签到表 as .xlsx: the table of sign-in.ts on A4 portrait, header repeated on every
// printed page, body rows tall enough to sign in.
import ExcelJS from 'exceljs';
import { fail, ok, type Result } from '../../model/result';
import { checkTable, writeTableSheet } from '../xlsx-table';
import { signInTable, type SignInSheet } from './sign-in';

/** Rows this tall (points) leave room for a handwritten name. */
const SIGN_ROW_HEIGHT = 30;

export async function buildSignInXlsx(sheet: SignInSheet): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const model = signInTable(sheet);
  const checked = checkTable(model);
  if (!checked.ok) return fail(checked.error);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村企联建';
  workbook.created = new Date();
  const ws = writeTableSheet(workbook, model);
  // Body rows start under the title, the subtitle and the header.
  for (let r = 4; r < 4 + model.rows.length; r++) {
    const row = ws.getRow(r);
    row.height = SIGN_ROW_HEIGHT;
    row.alignment = { vertical: 'middle', wrapText: true };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    row.getCell(2).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  ws.getRow(2).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(3).height = 26;
  const buffer = await workbook.xlsx.writeBuffer();
  return ok(new Uint8Array(buffer as ArrayBuffer));
}
