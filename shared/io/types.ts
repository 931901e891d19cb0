// What every spreadsheet reader produces, whatever the file format: sheets of rows of plain
// cells, small enough to cross a worker or IPC boundary by structured clone. A cell keeps its
// place (row number and column index) so that every message can name it.

/** A cell Excel shows as an error (#REF!, #DIV/0!, #N/A…), or a formula with no cached result. */
export type CellError = { error: string };

/**
 * A cell's value: text, number, boolean, a date (date-formatted cells, at UTC midnight of the
 * calendar day), an error, or null for an empty cell. CSV cells are always text.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

export type SheetRow = {
  /** 1-based row number as the spreadsheet shows it. */
  r: number;
  /** cells[0] is column A; trailing empty cells are dropped. */
  cells: CellValue[];
};

/** A merged range, 1-based and inclusive. */
export type MergeRange = { top: number; left: number; bottom: number; right: number };

export type SheetData = {
  name: string;
  hidden: boolean;
  /** Non-empty rows only, in row order. */
  rows: SheetRow[];
  merges: MergeRange[];
  /** Width of the widest row (columns A..). */
  columnCount: number;
};

export type SpreadsheetFormat = 'xlsx' | 'xls' | 'csv';

export type WorkbookData = {
  fileName: string;
  format: SpreadsheetFormat;
  /** Dates stored as numbers count from 1904-01-01 (Excel for Mac, some old files). */
  date1904: boolean;
  sheets: SheetData[];
  /**
   * What the user must be told about the file although it was read (macros not run, formula
   * results taken as saved), each a Chinese sentence naming the sheet and cells.
   */
  warnings?: string[];
};

/** Progress of a long read, for a progress bar: `done` of `total` in `unit`. */
export type ReadProgress = { phase: 'check' | 'read' | 'convert'; done: number; total: number };

export type ReadOptions = {
  onProgress?: (p: ReadProgress) => void;
  /** Node only: use ExcelJS's streaming reader (large files in Electron's parse worker). */
  streaming?: boolean;
};

export const isCellError = (v: CellValue): v is CellError =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
