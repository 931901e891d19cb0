// 督查整改台账 as .xlsx: every rectification item with its round, pairing, problem, requirement,
// responsible unit, deadline, state and 复查 — the shared table layout (title, header, borders,
// A4 landscape fitted to width, header repeated), with each row as tall as its longest
// wrapped text, since spreadsheet programs do not grow rows of a file they open.
import ExcelJS from 'exceljs';
import { ok, type Result } from '../../model/result';
import { checkTable, columnWidths, textWidth, writeTableSheet, type TableModel } from '../xlsx-table';

export type LedgerRow = {
  round: string;
  pairing: string;
  problem: string;
  requirement: string;
  responsible: string;
  deadline: string;
  state: string;
  progress: string;
  review: string;
};

export function rectificationLedgerModel(rows: readonly LedgerRow[], subtitle: string): TableModel {
  return {
    title: '督查整改台账',
    subtitle,
    // About 140 characters wide: one A4 landscape page at a readable size, long text wrapping in its cell.
    columns: [
      { header: '督查', kind: 'text', width: 16 },
      { header: '联建点', kind: 'text', width: 24 },
      { header: '存在问题', kind: 'text', width: 18 },
      { header: '整改要求', kind: 'text', width: 18 },
      { header: '责任单位', kind: 'text', width: 12 },
      { header: '整改期限', kind: 'date', width: 11 },
      { header: '状态', kind: 'text', width: 10 },
      { header: '整改情况', kind: 'text', width: 16 },
      { header: '复查', kind: 'text', width: 16 },
    ],
    rows: rows.map((r) => [r.round, r.pairing, r.problem, r.requirement, r.responsible, r.deadline, r.state, r.progress, r.review]),
  };
}

/** Lines a text takes in a column of `width` characters (a Chinese character counts 2). */
const linesIn = (text: string, width: number) => Math.max(1, Math.ceil(textWidth(text) / Math.max(1, width - 1)));

export async function buildRectificationLedger(rows: readonly LedgerRow[], subtitle: string): Promise<Result<Uint8Array>> {
  const model = rectificationLedgerModel(rows, subtitle);
  const checked = checkTable(model);
  if (!checked.ok) return checked;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村企联建';
  const sheet = writeTableSheet(workbook, model);
  const widths = columnWidths(model);
  const first = model.subtitle ? 4 : 3;
  model.rows.forEach((cells, i) => {
    const lines = Math.max(...cells.map((c, j) => (typeof c === 'string' ? linesIn(c, widths[j]) : 1)));
    if (lines > 1) sheet.getRow(first + i).height = 15 * lines + 3;
  });
  return ok(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}
