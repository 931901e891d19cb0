// Merged cells in data rows. Offices merge a value down over the rows it belongs to — the
// 乡镇 of a village list, one merged cell per township; the enterprise of a tally over its
// villages. Every reader keeps the value in the merge's first cell only, so without this each
// row but the first would arrive blank. A value merged over several rows belongs to each row:
// it is filled down, and the preview says which cells were filled.
//
// A merge whose first cell lies above the data (in the header or the title) holds a header,
// not a value: the data rows it covers stay empty. A merge across columns fills only its first
// column (spreading one value over several fields would invent data).
import { columnLetter } from './cell-ref';
import { cellText } from './convert';
import { isEmptyCell } from './sheet-builder';
import type { CellValue, MergeRange, SheetData } from './types';

/** One merged range whose value was filled into the rows below its first cell. */
export type FillDown = {
  /** Column letter, e.g. 'B'. */
  column: string;
  /** The column's header as written. */
  header: string;
  /** The merged range as written, e.g. 'B5:B8'. */
  range: string;
  /** The value as shown, e.g. 「河田镇」. */
  value: string;
  /** Data rows that received it (rows skipped as 小计/合计 or blank are not listed). */
  rows: number[];
};

export type FillCell = { value: CellValue; merge: MergeRange };

/** Row number → (column index → the value filled there, and the merge it came from). */
export type FillPlan = Map<number, Map<number, FillCell>>;

/** Where merged values go: every covered cell at or below `dataStartRow`, from a first cell at or below it. */
export function planFillDown(sheet: SheetData, dataStartRow: number): FillPlan {
  const plan: FillPlan = new Map();
  const merges = sheet.merges.filter((m) => m.bottom > m.top && m.bottom >= dataStartRow && m.top >= dataStartRow);
  if (merges.length === 0) return plan;
  const firstCells = new Map<number, readonly CellValue[]>();
  const wanted = new Set(merges.map((m) => m.top));
  for (const row of sheet.rows) if (wanted.has(row.r)) firstCells.set(row.r, row.cells);
  for (const merge of merges) {
    const value = firstCells.get(merge.top)?.[merge.left - 1] ?? null;
    if (isEmptyCell(value)) continue;
    for (let r = merge.top + 1; r <= merge.bottom; r++) {
      let cells = plan.get(r);
      if (!cells) plan.set(r, (cells = new Map()));
      cells.set(merge.left - 1, { value, merge });
    }
  }
  return plan;
}

/** The row's cells with the merged values filled in (the same array when nothing is filled). */
export function applyFill(cells: readonly CellValue[], fills: ReadonlyMap<number, FillCell> | undefined): CellValue[] {
  if (!fills) return cells as CellValue[];
  const out = cells.slice();
  for (const [index, { value }] of fills) {
    while (out.length < index) out.push(null);
    if (isEmptyCell(out[index])) out[index] = value;
  }
  return out;
}

const rangeText = (m: MergeRange) => `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`;

/** Collects, per merge, the data rows that received its value. */
export class FillLog {
  private readonly byMerge = new Map<MergeRange, FillDown>();

  /** `headers`: the mapped columns (index → header); fills of other columns are not reported. */
  record(row: number, fills: ReadonlyMap<number, FillCell> | undefined, headers: ReadonlyMap<number, string>): void {
    if (!fills) return;
    for (const [index, { value, merge }] of fills) {
      const header = headers.get(index);
      if (header === undefined) continue;
      let entry = this.byMerge.get(merge);
      if (!entry) this.byMerge.set(merge, (entry = { column: columnLetter(merge.left), header, range: rangeText(merge), value: cellText(value), rows: [] }));
      entry.rows.push(row);
    }
  }

  list(): FillDown[] {
    return [...this.byMerge.values()].filter((f) => f.rows.length > 0);
  }
}

/** [6, 7, 8, 10] → 「第6–8、10行」. */
export function rowsText(rows: readonly number[]): string {
  const parts: string[] = [];
  let start = rows[0];
  let prev = rows[0];
  for (const r of [...rows.slice(1), Number.NaN]) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = prev = r;
  }
  return `第${parts.join('、')}行`;
}

/** One line per merge: 「B列「乡镇」B5:B8 的「河田镇」填入第6–8行」. */
export const describeFill = (f: FillDown): string => `${f.column}列「${f.header}」${f.range} 的「${f.value}」填入${rowsText(f.rows)}`;
