// Finding the header in a sheet as offices lay them out: a title row (长汀县村情信息表), a
// subtitle row (填报单位：… 2008年12月), then a header of one row, or of two rows where a merged
// group cell (基本情况) spans the columns named in the row below (户数 / 人口). Each candidate
// row in the top of the sheet is tried as a one- and a two-row header; the one that names the
// most fields wins.
import { normalizeHeader, normalizeText } from '@shared/model/normalize';
import { columnLetter } from './cell-ref';
import type { ImportField } from './fields';
import { indexFields, isMatch, isOrdinalHeader, matchHeader, type FieldIndex } from './match';
import type { CellValue, MergeRange, SheetData, SheetRow } from './types';

/** How far down the header may be. */
const SEARCH_ROWS = 30;

export type ColumnStatus = 'matched' | 'unknown' | 'ordinal' | 'duplicate' | 'unit-conflict';

export type DetectedColumn = {
  /** 0-based column index. */
  index: number;
  letter: string;
  /** The header as written (the lower cell of a two-row header). */
  header: string;
  /** The merged group cell above it, if any. */
  group?: string;
  /** Key for remembering mappings: the normalized header with its group. */
  key: string;
  /** Auto-matched field key, or null. */
  field: string | null;
  unit: string | null;
  unitShift: number;
  status: ColumnStatus;
  /** Why it is not matched, in Chinese (unit conflicts, duplicates). */
  note?: string;
};

export type SheetLayout = {
  sheet: string;
  /** Row number of the (first) header row. */
  headerRow: number;
  /** 1 or 2. */
  headerRows: number;
  /** First row number that may hold data. */
  dataStartRow: number;
  columns: DetectedColumn[];
  /** Identifies files of the same layout: the normalized headers in order. */
  signature: string;
};

const textOf = (v: CellValue | undefined): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return normalizeText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return '';
};

/** Text of a cell, or of the merge master covering it. */
function makeLookup(sheet: SheetData) {
  const byRow = new Map<number, SheetRow>();
  for (const row of sheet.rows.slice(0, SEARCH_ROWS + 2)) byRow.set(row.r, row);
  const merges = sheet.merges.filter((m) => m.top <= (sheet.rows[Math.min(sheet.rows.length, SEARCH_ROWS + 2) - 1]?.r ?? 0));
  const mergeAt = (r: number, c: number): MergeRange | undefined => merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  const raw = (r: number, c: number) => textOf(byRow.get(r)?.cells[c - 1]);
  return {
    mergeAt,
    /** Text at (r, c), 1-based, following merges back to their master. */
    text(r: number, c: number): string {
      const m = mergeAt(r, c);
      return m ? raw(m.top, m.left) : raw(r, c);
    },
  };
}

type Candidate = { headerRows: 1 | 2; columns: DetectedColumn[]; score: number };

function buildColumns(index: FieldIndex, width: number, headerAt: (c: number) => { header: string; group?: string }): Candidate['columns'] {
  const columns: DetectedColumn[] = [];
  const taken = new Map<string, DetectedColumn>();
  for (let c = 1; c <= width; c++) {
    const { header, group } = headerAt(c);
    if (!header) continue;
    const key = normalizeHeader(group ? `${group}/${header}` : header);
    const column: DetectedColumn = { index: c - 1, letter: columnLetter(c), header, group, key, field: null, unit: null, unitShift: 0, status: 'unknown' };
    if (isOrdinalHeader(header)) {
      column.status = 'ordinal';
    } else {
      const m = matchHeader(index, header, group);
      if (isMatch(m)) {
        const first = taken.get(m.field.key);
        if (first) {
          column.status = 'duplicate';
          column.note = `与 ${first.letter} 列「${first.header}」对应同一字段「${m.field.label}」，未导入`;
        } else {
          Object.assign(column, { field: m.field.key, unit: m.unit, unitShift: m.unitShift, status: 'matched' });
          taken.set(m.field.key, column);
        }
      } else if (m.unitConflict) {
        column.status = 'unit-conflict';
        column.note = `单位「${m.unitConflict.unit}」与字段「${m.unitConflict.field.label}」的单位「${m.unitConflict.field.unit}」不符，无法换算`;
      }
    }
    columns.push(column);
  }
  return columns;
}

type Lookup = ReturnType<typeof makeLookup>;
type HeaderCell = { header: string; group?: string };

/**
 * Rows r and r+1 read as one header, or null when nothing says they are one: a cell merged
 * down through both rows, a merged group cell over several columns (not a title merged over
 * the whole width), or the unmerged form WPS users type — a group name over the first of its
 * columns, beside headers that have nothing below them.
 */
function twoRowHeader(look: Lookup, r: number, width: number): HeaderCell[] | null {
  const cells: HeaderCell[] = [];
  let evidence = false;
  let topOnly = false;
  let staircase = false;
  let carry: string | undefined;
  for (let c = 1; c <= width; c++) {
    const top = look.text(r, c);
    const down = look.mergeAt(r + 1, c);
    if (down && down.top <= r) {
      // One cell merged down through both rows.
      if (down.top === r && top) evidence = true;
      cells.push({ header: top });
      carry = undefined;
      continue;
    }
    const lower = look.text(r + 1, c);
    const across = look.mergeAt(r, c);
    const isGroup = across !== undefined && across.top === r && across.bottom === r && across.right > across.left && across.right - across.left + 1 < Math.max(3, width * 0.8);
    if (isGroup && lower) {
      evidence = true;
      cells.push({ header: lower, group: top || undefined });
      carry = undefined;
    } else if (top && lower && !across) {
      cells.push({ header: lower, group: top });
      carry = top;
      staircase = true;
    } else if (!top && lower) {
      cells.push({ header: lower, group: carry });
    } else {
      if (top && !lower) topOnly = true;
      cells.push({ header: top });
      carry = undefined;
    }
  }
  return evidence || (staircase && topOnly) ? cells : null;
}

const scoreOf = (columns: DetectedColumn[]) => columns.filter((c) => c.status === 'matched').length;

export function detectLayout(sheet: SheetData, fields: readonly ImportField[]): SheetLayout | null {
  const index = indexFields(fields);
  const look = makeLookup(sheet);
  const width = sheet.columnCount;
  let best: (Candidate & { row: number }) | null = null;
  for (const row of sheet.rows.slice(0, SEARCH_ROWS)) {
    const r = row.r;
    const single = buildColumns(index, width, (c) => ({ header: look.text(r, c) }));
    const double = twoRowHeader(look, r, width);
    const candidates: Candidate[] = [{ headerRows: 1, columns: single, score: scoreOf(single) }];
    if (double) {
      const columns = buildColumns(index, width, (c) => double[c - 1] ?? { header: '' });
      candidates.push({ headerRows: 2, columns, score: scoreOf(columns) });
    }
    for (const cand of candidates) {
      if (cand.score > (best?.score ?? 0)) best = { ...cand, row: r };
    }
  }
  if (!best) return null;
  return {
    sheet: sheet.name,
    headerRow: best.row,
    headerRows: best.headerRows,
    dataStartRow: best.row + best.headerRows,
    columns: best.columns,
    signature: best.columns.map((c) => c.key).join('|'),
  };
}
