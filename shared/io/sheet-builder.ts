// Collects one sheet's rows from any reader, enforcing the row and column caps as cells
// arrive, so a stray cell at XFD1048576 costs one message instead of a million-column row.
import { columnLetter } from './cell-ref';
import { ReadError } from './issues';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import type { CellValue, MergeRange, SheetData, SheetRow } from './types';

export const isEmptyCell = (v: CellValue | undefined): boolean => v === null || v === undefined || v === '';

export class SheetBuilder {
  private readonly rows: SheetRow[] = [];
  private columnCount = 0;
  private cells: CellValue[] | null = null;
  private rowNumber = 0;

  constructor(
    readonly name: string,
    readonly hidden = false,
  ) {}

  /** Starts row `r` (1-based, increasing); cells are then added with `set`. */
  startRow(r: number): void {
    this.endRow();
    this.rowNumber = r;
    this.cells = [];
  }

  /** Sets column `col` (1-based) of the current row. */
  set(col: number, value: CellValue): void {
    if (isEmptyCell(value) || !this.cells) return;
    if (col > MAX_COLUMNS || this.rowNumber > MAX_ROWS + 1000) {
      throw new ReadError(
        `工作表「${this.name}」的单元格 ${columnLetter(col)}${this.rowNumber} 超出了可导入的范围（最多 ${MAX_ROWS} 行、${MAX_COLUMNS} 列），请删除多余的单元格或把数据拆分到多个文件`,
      );
    }
    this.cells[col - 1] = value;
  }

  private endRow(): void {
    const cells = this.cells;
    this.cells = null;
    if (!cells || cells.length === 0) return;
    // Holes left by skipped columns become explicit nulls, so every reader sees dense arrays.
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    if (this.rows.length >= MAX_ROWS) {
      throw new ReadError(`工作表「${this.name}」的数据超过了 ${MAX_ROWS} 行的上限，请把数据拆分到多个文件`);
    }
    this.rows.push({ r: this.rowNumber, cells });
    if (cells.length > this.columnCount) this.columnCount = cells.length;
  }

  /** Adds a whole row at once (CSV). */
  addRow(r: number, values: readonly CellValue[]): void {
    this.startRow(r);
    for (let i = 0; i < values.length; i++) this.set(i + 1, values[i]);
  }

  build(merges: MergeRange[] = []): SheetData {
    this.endRow();
    return { name: this.name, hidden: this.hidden, rows: this.rows, merges, columnCount: this.columnCount };
  }
}
